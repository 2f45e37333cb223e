"""Dask: a bag of pages whose files the workers read, a bag of records, and
a dataframe of pages to a dataframe of articles."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from newsshape.batch._inputs import PageInput, _missing, _read_file, expand_inputs
from newsshape.batch._parse import Record, parse_page, parse_partition
from newsshape.model import Article


def read_bag(inputs: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of the :class:`PageInput` of ``inputs``: the file
    list is made here, the files are read by the workers."""
    try:
        import dask.bag as db
    except ImportError:
        raise _missing("dask", "dask[bag]") from None
    files = expand_inputs(inputs)
    bag = db.from_sequence(files, npartitions=npartitions or max(1, min(len(files), 64)))
    return bag.map(_list_file).flatten()


def _list_file(path: str) -> list[PageInput]:
    return list(_read_file(path))


def parse_bag(pages: Any, *, extractor: str | None = None) -> Any:
    """Map a ``dask.bag.Bag`` of pages (anything :func:`parse_page` takes)
    to a bag of records."""
    return pages.map(parse_page, extractor=extractor)


#: Columns of :func:`parse_dataframe`'s output besides the full article.
DATAFRAME_COLUMNS: tuple[str, ...] = (
    "source",
    "error",
    "url",
    "site",
    "title",
    "published",
    "extractor",
    "text",
    "article",
)


def _frame_of(records: Iterable[Record]) -> Any:
    import pandas as pd

    rows = []
    for record in records:
        if "error" in record:
            rows.append({**dict.fromkeys(DATAFRAME_COLUMNS), "source": record["source"], "error": record["error"]})
            continue
        article = {k: v for k, v in record.items() if k != "source"}
        rows.append(
            {
                "source": record["source"],
                "error": None,
                "url": record["url"],
                "site": record["site"],
                "title": record["title"],
                "published": record["published"],
                "extractor": record["extractor"],
                "text": Article.from_dict(article).text,
                "article": json.dumps(article, ensure_ascii=False),
            }
        )
    return pd.DataFrame(rows, columns=list(DATAFRAME_COLUMNS), dtype=object)


def _parse_frame(frame: Any, content: str, url: str | None, source: str | None, extractor: str | None) -> Any:
    import pandas as pd

    def value(row: dict[str, Any], column: str | None) -> Any:
        found = row.get(column) if column else None
        if found is None or isinstance(found, (str, bytes)):
            return found
        return None if pd.isna(found) else found

    pages = []
    for i, row in enumerate(frame.to_dict("records")):
        name, page_url, raw = value(row, source), value(row, url), value(row, content)
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        pages.append(PageInput(str(name) if name is not None else str(i), raw, str(page_url) if page_url else None))
    out = _frame_of(parse_partition(pages, extractor))
    out.index = frame.index
    return out


def parse_dataframe(
    frame: Any,
    *,
    content: str = "content",
    url: str | None = "url",
    source: str | None = "source",
    extractor: str | None = None,
) -> Any:
    """Parse a Dask (or pandas) dataframe of pages into a dataframe of
    articles, one row per page with the same index.

    :param content: the column holding the page (``bytes`` or ``str``).
    :param url: the column holding the page's address, or ``None``.
    :param source: the column naming the page, or ``None`` (then the row
        position within its partition is used).
    :returns: a dataframe with the columns of :data:`DATAFRAME_COLUMNS`:
        ``source``, ``error``, a few article fields as strings, ``text``
        (:attr:`~newsshape.Article.text`) and ``article`` (the whole article
        as JSON, for :meth:`~newsshape.Article.from_dict` after
        ``json.loads``).
    """
    if url is not None and url not in frame.columns:
        url = None
    if source is not None and source not in frame.columns:
        source = None
    if hasattr(frame, "map_partitions"):
        meta = _frame_of([])
        return frame.map_partitions(_parse_frame, content, url, source, extractor, meta=meta)
    return _parse_frame(frame, content, url, source, extractor)
