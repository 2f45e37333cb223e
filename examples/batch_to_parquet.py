"""Parse a folder and a WARC archive into Parquet, with the progress shown.

Reads ``examples/data/pages/`` (HTML, a text dump, a gzipped page) and
``examples/data/pages.warc.gz`` (the same pages as a crawler saved them).
Needs the ``batch`` extra: ``pip install 'newsshape[batch]'``.

Run: python examples/batch_to_parquet.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from newsshape.batch import read_records, run

DATA = Path(__file__).parent / "data"


def main() -> None:
    """Run the batch twice (a folder, then a WARC file) and print the records."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs in (("folder", [DATA / "pages"]), ("warc", [DATA / "pages.warc.gz"])):
            output = Path(tmp) / f"{name}.parquet"
            summary = run(inputs, output, workers=2, progress=sys.stdout)
            print(f"{name}: {summary.pages} pages, {summary.errors} errors -> {output.name}")
            for record in read_records(output):
                print(f"  {record['source']}: {record.get('title') or record.get('error')}")


if __name__ == "__main__":
    main()
