"""Parse pages on a local Dask cluster: a bag of pages in, articles out,
and the same as a dataframe.

Needs the ``dask`` extra: ``pip install 'newsshape[dask,batch]'``.

Run: python examples/dask_pages.py
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

# Shutting a cluster down can log harmless "connection closed" notices; keep
# the example's output to what it computes. distributed reads its log levels
# from the environment when it is imported.
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")

import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

from newsshape.batch import iter_pages, parse_bag, parse_dataframe, parse_page, read_bag

DATA = Path(__file__).parent / "data"


def main() -> None:
    """Parse the example pages on two local workers and compare with a serial run."""
    inputs = [DATA / "pages", DATA / "pages.warc.gz"]
    serial = [parse_page(page) for page in iter_pages(inputs)]

    quiet = {"dashboard_address": None, "silence_logs": logging.CRITICAL}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, **quiet) as cluster, Client(cluster):
        # A bag: the workers read the files and parse the pages.
        records = parse_bag(read_bag(inputs)).compute()
        print(f"bag: {len(records)} records, same as serial: {records == serial}")
        for record in records:
            print(f"  {record['source']}: {record.get('title')}")

        # A dataframe of pages (bytes and URLs), as it might come from a table.
        pages = pd.DataFrame([{"source": p.source, "url": p.url, "content": p.content} for p in iter_pages(inputs)])
        articles = parse_dataframe(dd.from_pandas(pages, npartitions=2)).compute()
        print(articles[["source", "title", "published"]].to_string(index=False))


if __name__ == "__main__":
    main()
