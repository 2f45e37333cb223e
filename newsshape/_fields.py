"""Field values that combine layout roles with the page's metadata."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from newsshape._authors import clean_authors
from newsshape._dates import find_modified, find_published
from newsshape._text import clean_line
from newsshape.extractors.base import Page

_DASHES = " — ", " – ", " - ", " -- "
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " || ", " / ")
_AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "byl",
    "citation_author",
    "twitter:creator",
)


def _jsonld(page: Page, key: str) -> list[Any]:
    out = []
    for obj in page.doc.meta.jsonld:
        if key in obj:
            out.append(obj[key])
    return out


def _site_name(value: str) -> str | None:
    value = clean_line(value)
    if not value or "://" in value or (value.lower().startswith("www.") and " " not in value):
        return None
    for sep in (" | ", " - ", " – ", " — ", " : "):
        if sep in value:
            value = value.split(sep, 1)[0].strip()
    return value or None


def site(page: Page) -> str | None:
    """The publication's name from metadata: ``og:site_name``, the JSON-LD
    publisher, ``application-name`` (a URL is not a name; of "Name |
    slogan" the name is kept)."""
    meta = page.doc.meta
    candidates: list[str] = list(meta.tags.get("og:site_name", ()))
    for publisher in _jsonld(page, "publisher"):
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                candidates.append(item["name"])
    candidates += meta.tags.get("application-name", ())
    for value in candidates:
        name = _site_name(value)
        if name:
            return name
    return None


def _host_key(url: str | None) -> str:
    """``www.example.co.uk`` -> ``example``: the part of a host a site's
    name is usually spelled from."""
    if not url or "://" not in url:
        return ""
    host = url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "com", "co", "org", "net")]
    return max(parts[:-1] or parts, key=len) if parts else ""


def _squash(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _is_site_part(part: str, site_name: str | None, host: str) -> bool:
    key = _squash(part)
    if not key:
        return False
    if site_name and key == _squash(site_name):
        return True
    return bool(host) and len(key) >= 3 and (host in key or key in host) and len(part.split()) <= 4


def strip_site_suffix(title: str, site_name: str | None, url: str | None = None) -> str:
    """Remove a " | Site" or " - Site" suffix (or a "Site: " prefix) from a
    title. A part is the site's when it spells the site's name or the host of
    ``url``, or (for a suffix) when it is a short name after a long title."""
    host = _host_key(url)
    title = clean_line(title)
    for _ in range(2):  # "Story - Section | Site"
        for sep in _TITLE_SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            first, _, rest = title.partition(sep)
            if _is_site_part(tail, site_name, host) and head.strip():
                title = head.strip()
                break
            if _is_site_part(first, site_name, host) and rest.strip():
                title = rest.strip()
                break
            if len(tail.split()) <= 3 and len(head.split()) >= 4 and tail[:1].isupper():
                title = head.strip()
                break
        else:
            break
    return title


_LOGO_WORDS = 4


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_squash(w) for w in a.split()), set(_squash(w) for w in b.split())
    wa.discard("")
    wb.discard("")
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def title(page: Page) -> str | None:
    """The headline: a title block, else JSON-LD ``headline`` / og:title /
    ``<title>`` with the site's name removed. A short title block that shares
    no word with any declared title (a logo in an ``h1``) yields to them."""
    meta = page.doc.meta
    declared: list[str] = [h for h in _jsonld(page, "headline") if isinstance(h, str) and h.strip()]
    declared += [v for v in (meta.first("og:title", "twitter:title"), meta.title) if v]
    site_name, url = site(page), page.doc.url or meta.canonical
    declared = [strip_site_suffix(d, site_name, url) for d in declared]
    found = page.first("title")
    if found and (not declared or len(found.split()) > _LOGO_WORDS or any(_overlap(found, d) > 0 for d in declared)):
        return found
    return next((d for d in declared if d), found)


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


def _jsonld_authors(page: Page) -> list[str]:
    out: list[str] = []
    for author in _jsonld(page, "author") + _jsonld(page, "creator"):
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    out += [n for n in name if isinstance(n, str)]
                elif isinstance(name, str):
                    out.append(name)
            elif isinstance(item, str):
                out.append(item)
    return out


def authors(page: Page) -> list[str]:
    """Byline blocks, else JSON-LD, ``<meta>`` and author markup: the first
    source that yields names once cleaned (:mod:`newsshape._authors`)."""
    meta = page.doc.meta
    for source in ("byline", "jsonld", "meta", "markup"):
        if source == "byline":
            raw = page.texts("byline")
        elif source == "jsonld":
            raw = _jsonld_authors(page)
        elif source == "meta":
            raw = [v for k in _AUTHOR_META for v in meta.tags.get(k, ())]
        else:
            raw = meta.authors[:4]
        names = _without_site(clean_authors(raw), site(page))
        if names:
            return names
    return []


def _without_site(names: tuple[str, ...], site_name: str | None) -> list[str]:
    """``names`` with the publication's name cut off where a byline glued
    it to a name ("Elliot Brownstein Florida Today"), and dropped where it
    stands alone (the publisher is not an author when people are named)."""
    if not site_name:
        return list(names)
    key = " " + site_name.casefold()
    out: list[str] = []
    for name in names:
        folded = name.casefold()
        if folded.endswith(key) and len(name) > len(key):
            name = name[: len(name) - len(key)].rstrip(" ,-–—|")
        elif folded == key[1:] and len(names) > 1:
            continue
        if name and name not in out:
            out.append(name)
    return out


def published(page: Page) -> datetime | str | None:
    """Publication date (see :mod:`newsshape._dates`)."""
    return find_published(page)


def modified(page: Page) -> datetime | str | None:
    """Modification date from metadata."""
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
