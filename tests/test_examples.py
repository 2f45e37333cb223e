"""Every script in examples/ runs with no arguments on the data shipped
with the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsshape.batch import iter_warc

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py"))

# What each script must print (besides exiting with status 0).
EXPECTED_OUTPUT = {
    "parse_page.py": ["title:      Council sets a budget with more money for buses", "# Council sets a budget"],
    "write_extractor.py": [
        "lakeside_ledger: 'Night ferry returns to the north shore' by Ana Ruiz and Tom Okafor",
        "night-ferry.html: as expected",
    ],
    "batch_to_parquet.py": ["folder: 3 pages, 0 errors -> folder.parquet", "warc: 3 pages, 0 errors -> warc.parquet"],
    "dask_pages.py": ["bag: 6 records, same as serial: True"],
    "spark_warc.py": ["pages.warc.gz#326: Council sets a budget with more money for buses"],
}


def test_the_scripts_are_the_ones_checked() -> None:
    assert set(EXPECTED_OUTPUT) <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_runs_without_arguments(script: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for line in EXPECTED_OUTPUT.get(script, []):
        assert line in done.stdout


def test_the_warc_generator_rebuilds_the_shipped_archive(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(EXAMPLES / "data", copy)
    (copy / "pages.warc.gz").unlink()
    done = subprocess.run(
        [sys.executable, str(copy / "make_warc.py")], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    rebuilt = [(p.url, p.content, p.source.rsplit("#")[1]) for p in iter_warc(copy / "pages.warc.gz")]
    shipped = [(p.url, p.content, p.source.rsplit("#")[1]) for p in iter_warc(EXAMPLES / "data" / "pages.warc.gz")]
    assert rebuilt == shipped
