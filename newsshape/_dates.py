"""Dates: parsing date strings, and finding a page's publication and
modification dates."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsshape.extractors.base import Page

__all__ = ["find_modified", "find_published", "parse_date"]


@lru_cache(maxsize=4096)
def parse_date(value: str) -> datetime | None:
    """Parse an ISO 8601 string, or any human date string with dateparser.
    Returns ``None`` when no date can be read."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    import dateparser

    try:
        return dateparser.parse(value, settings={"STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def _first_iso(values: list[Any]) -> datetime | None:
    for value in values:
        if isinstance(value, str):
            found = parse_date(value)
            if found is not None:
                return found
    return None


def find_published(page: Page) -> datetime | str | None:
    """The original publication date: JSON-LD, meta tags, ``<time>``, then a
    date line."""
    meta = page.doc.meta
    found = _first_iso([o.get("datePublished") for o in meta.jsonld])
    if found is not None:
        return found
    raw = meta.first("article:published_time", "og:published_time", "datepublished", "pubdate",
                     "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date")
    if raw:
        found = parse_date(raw)
        if found is not None:
            return found
    for value, _hint in meta.times:
        found = parse_date(value)
        if found is not None:
            return found
    return page.first("date")


def find_modified(page: Page) -> datetime | str | None:
    """The last-modified date from JSON-LD or meta tags."""
    meta = page.doc.meta
    found = _first_iso([o.get("dateModified") for o in meta.jsonld])
    if found is not None:
        return found
    raw = meta.first("article:modified_time", "og:updated_time", "datemodified", "last-modified")
    return parse_date(raw) if raw else None
