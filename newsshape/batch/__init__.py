"""Parse many pages: folders, globs, ``.gz`` files and WARC archives, on one
machine or on a cluster.

Everything here is built from one pure function, :func:`parse_page`, which
turns one :class:`PageInput` into one output *record* (a ``dict``): the
article's :meth:`~newsshape.Article.to_dict` with a ``source`` key in front,
or ``{"source": ..., "error": ...}`` when the page could not be read or
parsed. A failing page never stops a run. :func:`parse_page` holds no state
between calls and pickles by reference, so the same records come out
whatever runs it, and however many workers:

* :func:`run` -- a process pool on one machine, writing JSON Lines or
  Parquet (what ``newsshape batch`` does);
* :func:`parse_bag` and :func:`parse_dataframe` -- Dask;
* :func:`parse_partition` and :func:`parse_files` -- Spark's
  ``mapPartitions`` or any other engine that hands out iterables.

>>> from newsshape.batch import PageInput, parse_page
>>> page = b"Site\\nA headline here\\n\\nA first paragraph, long enough to be body text."
>>> record = parse_page(PageInput("memo.txt", page))
>>> record["source"], record["title"]
('memo.txt', 'A headline here')
>>> parse_page(PageInput("gone.html", None, error="cannot read: no such file"))
{'source': 'gone.html', 'error': 'cannot read: no such file'}

WARC support needs the ``batch`` extra (``pip install newsshape[batch]``:
warcio and pyarrow); Dask needs the ``dask`` extra.
"""

from __future__ import annotations

from newsshape.batch import _dask, _inputs
from newsshape.batch._dask import parse_bag, parse_dataframe, read_bag
from newsshape.batch._inputs import PageInput, expand_inputs, iter_pages, iter_warc
from newsshape.batch._output import BatchSummary, arrow_schema, read_records, run
from newsshape.batch._parse import Record as Record  # the records' type, for annotations
from newsshape.batch._parse import parse_page, parse_partition
from newsshape.batch._spark import parse_files

# Public classes show (in tracebacks, reprs and pickles) where they are imported from.
for _cls in (PageInput, BatchSummary):
    _cls.__module__ = __name__

#: File name endings taken from folders (each also with ``.gz`` after it).
PAGE_SUFFIXES: tuple[str, ...] = _inputs.PAGE_SUFFIXES

#: Columns of :func:`parse_dataframe`'s output besides the full article.
DATAFRAME_COLUMNS: tuple[str, ...] = _dask.DATAFRAME_COLUMNS

__all__ = [
    "DATAFRAME_COLUMNS",
    "PAGE_SUFFIXES",
    "BatchSummary",
    "PageInput",
    "arrow_schema",
    "expand_inputs",
    "iter_pages",
    "iter_warc",
    "parse_bag",
    "parse_dataframe",
    "parse_files",
    "parse_page",
    "parse_partition",
    "read_bag",
    "read_records",
    "run",
]
