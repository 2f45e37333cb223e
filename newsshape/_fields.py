"""Field values that combine layout roles with the page's metadata."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from newsshape.extractors.base import Page

_DASHES = " — ", " – ", " - ", " -- "
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")


def _jsonld(page: Page, key: str) -> list[Any]:
    out = []
    for obj in page.doc.meta.jsonld:
        if key in obj:
            out.append(obj[key])
    return out


def site(page: Page) -> str | None:
    """The publication's name from metadata."""
    meta = page.doc.meta
    name = meta.first("og:site_name", "application-name")
    if name:
        return name
    for publisher in _jsonld(page, "publisher"):
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return str(publisher["name"])
    return None


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """Remove a " | Site" or " - Site" suffix (or prefix) from a title."""
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if site_name and tail.strip().casefold() == site_name.casefold():
                return head.strip()
            if site_name and head.strip().casefold() == site_name.casefold():
                return tail.strip()
            if len(tail.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
    return title


def title(page: Page) -> str | None:
    """The headline: a title block, else og:title / JSON-LD / ``<title>``."""
    found = page.first("title")
    if found:
        return found
    meta = page.doc.meta
    for headline in _jsonld(page, "headline"):
        if isinstance(headline, str) and headline.strip():
            return headline
    raw = meta.first("og:title", "twitter:title") or meta.title
    return strip_site_suffix(raw, site(page)) if raw else None


def description(page: Page) -> str | None:
    """The page's description (HTML only), unless it merely repeats the
    opening of the body (an automatic excerpt, often cut with "…")."""
    if page.doc.kind != "html":
        return None
    found = page.doc.meta.first("og:description", "description", "twitter:description")
    body = page.indices("body")
    if found and body:
        head = " ".join(found.split()).rstrip(".…[] ").strip()
        if head and page.blocks[body[0]].text.startswith(head):
            return None
    return found


def authors(page: Page) -> list[str]:
    """Byline blocks, else JSON-LD, meta and author markup."""
    from newsshape._head import split_byline

    found = [split_byline(t)[1] or t for t in page.texts("byline")]
    if found:
        return found
    out: list[str] = []
    for author in _jsonld(page, "author"):
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                out.append(item["name"])
            elif isinstance(item, str):
                out.append(item)
    if out:
        return out
    meta = page.doc.meta
    name = meta.first("author", "article:author", "parsely-author", "dc.creator", "sailthru.author")
    if name and not name.startswith("http"):
        return [name]
    return list(page.doc.meta.authors[:3])


def published(page: Page) -> datetime | str | None:
    """Publication date (see :mod:`newsshape._dates`)."""
    from newsshape._dates import find_published

    return find_published(page)


def modified(page: Page) -> datetime | str | None:
    """Modification date from metadata."""
    from newsshape._dates import find_modified

    return find_modified(page)


_DATELINE = re.compile(r"^([A-Z][^—–\n]{1,60}?)\s+[—–]\s+\S")


def dateline(page: Page) -> str | None:
    """The place before the dash that opens the first body paragraph."""
    body = page.indices("body")
    if not body:
        return None
    match = _DATELINE.match(page.blocks[body[0]].text)
    if match is None:
        return None
    place = match.group(1).strip()
    return place if len(place.split()) <= 6 else None
