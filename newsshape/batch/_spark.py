"""Spark (or any engine that hands each task an iterable): each task reads
and parses its own files with :func:`parse_files`, or parses pages already
read with :func:`~newsshape.batch.parse_partition`, through
``RDD.mapPartitions``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from newsshape.batch._inputs import iter_pages
from newsshape.batch._parse import Record, parse_partition


def parse_files(paths: Iterable[str | os.PathLike[str]], extractor: str | None = None) -> Iterator[Record]:
    """Read and parse the pages of some files, folders or WARC archives: one
    record per page. Use it with ``mapPartitions`` over a collection of
    paths, so each worker reads its own files."""
    return parse_partition(iter_pages(paths), extractor)
