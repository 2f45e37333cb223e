"""The pure step every engine runs: one page in, one record out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

from newsshape._pipeline import parse
from newsshape.batch._inputs import PageInput, _describe
from newsshape.errors import NewsshapeError

#: An output record: ``{"source": ..., **article.to_dict()}`` or
#: ``{"source": ..., "error": ...}``.
Record: TypeAlias = dict[str, Any]


def _as_page(item: Any) -> PageInput:
    if isinstance(item, PageInput):
        return item
    if isinstance(item, dict):
        return PageInput(
            str(item.get("source", "")), item.get("content"), item.get("url"), item.get("error"), item.get("encoding")
        )
    if isinstance(item, (tuple, list)) and 2 <= len(item) <= 3:
        return PageInput(str(item[0]), *item[1:])
    if isinstance(item, (str, bytes)):
        content = item.encode("utf-8") if isinstance(item, str) else item
        return PageInput("", content)
    raise TypeError(f"cannot make a page of a {type(item).__name__}")


def parse_page(page: PageInput | Any, *, extractor: str | None = None) -> Record:
    """Parse one page into one record; never raises for a bad page.

    :param page: a :class:`PageInput`, a ``(source, content)`` or
        ``(source, content, url)`` tuple, a ``dict`` with those keys (and
        optionally ``encoding``), or the page's ``bytes`` / ``str`` alone.
    :param extractor: the extractor's name; by default it is chosen per page.
    :returns: ``{"source": ..., **article.to_dict()}``, or
        ``{"source": ..., "error": "..."}`` when the page could not be read
        or parsed: ``"not a page (it looks like: PDF document): ..."`` for
        input that is no page (:class:`~newsshape.NotAPageError`), the
        exception's type and message for an unexpected failure.
    """
    try:
        page = _as_page(page)
    except TypeError as exc:
        return {"source": "", "error": str(exc)}
    if page.error is not None or page.content is None:
        return {"source": page.source, "error": page.error or "no content"}
    try:
        article = parse(page.content, url=page.url, extractor=extractor, encoding=page.encoding)
    except NewsshapeError as exc:  # a documented error: its message says it all
        return {"source": page.source, "error": str(exc)}
    except Exception as exc:
        return {"source": page.source, "error": _describe(exc)}
    return {"source": page.source, **article.to_dict()}


def parse_partition(pages: Iterable[PageInput | Any], extractor: str | None = None) -> Iterator[Record]:
    """Parse an iterable of pages lazily, one record per page, in order. The
    shape Spark's ``RDD.mapPartitions`` expects."""
    for page in pages:
        yield parse_page(page, extractor=extractor)


def _parse_chunk(chunk: list[PageInput], extractor: str | None) -> list[Record]:
    return [parse_page(page, extractor=extractor) for page in chunk]
