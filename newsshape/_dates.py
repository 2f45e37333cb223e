"""Dates: parsing date strings, and finding a page's publication and
modification dates.

The publication date is looked for in order of how reliable each source is:

1. a full date in the URL (``/2021/03/08/``), which the page cannot revise;
2. structured data: JSON-LD ``datePublished``, ``<meta>`` publication tags,
   ``itemprop="datePublished"``;
3. elements marked as dates (``<time>``, ``class="entry-date"``,
   ``<abbr class="published">``), publication marks before neutral ones;
4. dates written in the visible text near the headline, then anywhere.

Dates labelled as updates ("Updated", ``dateModified``, ``class="updated"``),
comment dates and copyright years are never taken as the publication date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsshape._datetext import MIN_YEAR, as_datetime, dateparser_date, find_dates, first_date

if TYPE_CHECKING:
    from newsshape._document import Meta
    from newsshape.extractors.base import Page

__all__ = ["find_modified", "find_published", "parse_date", "url_date"]

#: ``<meta>`` names of the publication date, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "datepublished",
    "datecreated",
    "date_published",
    "publish-date",
    "publish_date",
    "publishdate",
    "publication_date",
    "pubdate",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "rnews:datepublished",
    "og:pubdate",
    "date",
    "created",
    "release_date",
    "displaydate",
)
#: ``<meta>`` names of the last modification.
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "revised",
    "article.updated",
    "parsely-updated",
)

_ARTICLE_TYPES = ("article", "posting", "report", "review", "recipe", "creativework", "blog", "webpage")
_PUB_HINT = re.compile(
    r"publish|publication|pubdate|posted|created|entry-date|post-date|article-date|submitted|dateline|byline"
)
_MOD_HINT = re.compile(r"modif|updat|edited|revised|lastmod")
_SKIP_HINT = re.compile(r"comment|reply|sidebar|widget|related|footer|copyright|calendar|archive|teaser|event")
_MOD_WORDS = re.compile(
    r"\b(?:updated?|last modified|modified|edited|revised|aktualisiert|geändert|mis à jour|actualizado|"
    r"aggiornato|atualizado|bijgewerkt)\b",
    re.I,
)
_PUB_WORDS = re.compile(
    r"\b(?:published|posted|publi[ée]e?|veröffentlicht|erschienen|erstellt|publicado|pubblicato|gepubliceerd|"
    r"first published|date)\b",
    re.I,
)

# "/2021/03/08/" or "2021-3-8"; in "/2023/10/3-questions/" the 3 starts the slug
_URL_YMD_SEP = re.compile(
    r"/((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)(?!(?<=/\d)-|(?<=/\d\d)-\D)"
)
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_DMY = re.compile(r"/(0[1-9]|[12]\d|3[01])[._-]?(0[1-9]|1[0-2])[._-]?((?:19|20)\d\d)(?=[/_.-]|$)")
_URL_YM = re.compile(r"/((?:19|20)\d\d)(?:/(0?[1-9]|1[0-2])|[_-](0[1-9]|1[0-2]))(?=/)")


@lru_cache(maxsize=4096)
def parse_date(value: str, lang: str | None = None) -> datetime | None:
    """Parse a date string: ISO 8601 (time zone kept), a numeric or written
    date in the common European languages, else whatever dateparser reads in
    the language ``lang`` (English by default). Returns ``None`` when no
    plausible date can be read."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        found = datetime.fromisoformat(iso)
    except ValueError:
        pass
    else:
        return found if found.year >= MIN_YEAR and found.date() <= date.today() + timedelta(days=2) else None
    written = first_date(value)
    if written is not None:
        return as_datetime(written)
    if len(value) > 60 or not any(map(str.isdigit, value)) or not any(map(str.isalpha, value)):
        return None
    found_date = dateparser_date(value, lang)
    return as_datetime(found_date) if found_date is not None and found_date.year >= MIN_YEAR else None


def url_date(url: str | None) -> tuple[date | None, tuple[int, int] | None]:
    """The full date in a URL path (``/2021/03/08/``, ``/20210308``), and the
    year and month when only those are there (``/2021/03/``)."""
    if not url:
        return None, None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    path = path.split("#", 1)[0][:300]
    for pattern in (_URL_YMD_SEP, _URL_YMD):
        m = pattern.search(path)
        if m:
            try:
                found = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                continue
            if found.year >= MIN_YEAR and found <= date.today() + timedelta(days=2):
                return found, None
    m = _URL_DMY.search(path)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None
        except ValueError:
            pass
    m = _URL_YM.search(path)
    if m:
        return None, (int(m.group(1)), int(m.group(2) or m.group(3)))
    return None, None


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(k for k in kind if isinstance(k, str)).lower() if isinstance(kind, list) else str(kind).lower()


def _jsonld_date(meta: Meta, keys: tuple[str, ...]) -> datetime | None:
    ranked = sorted(
        meta.jsonld,
        key=lambda o: next((i for i, t in enumerate(_ARTICLE_TYPES) if t in _types(o)), len(_ARTICLE_TYPES)),
    )
    for obj in ranked:
        kind = _types(obj)
        if any(t in kind for t in ("person", "organization", "imageobject", "videoobject", "event")):
            continue
        for key in keys:
            value = obj.get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    found = parse_date(item)
                    if found is not None:
                        return found
    return None


def _meta_date(meta: Meta, names: tuple[str, ...]) -> datetime | None:
    for name in names:
        for value in meta.tags.get(name, ()):
            found = parse_date(value)
            if found is not None:
                return found
    return None


def _structured_published(meta: Meta) -> datetime | None:
    found = _jsonld_date(meta, ("datePublished", "dateCreated"))
    if found is None:
        found = _meta_date(meta, PUBLISHED_META)
    if found is None:
        for value, hint in meta.times:
            if "datepublished" in hint or "datecreated" in hint:
                found = parse_date(value)
                if found is not None:
                    break
    return found


_RAW_JSON_DATE = re.compile(
    r'"(?:datePublished|dateCreated|createdAt|created_at|publishedAt|published_at|publishDate|pubDate|'
    r'date_published|uploadDate|firstPublished|publicationDate)"\s{0,3}:\s{0,3}"([0-9T:.+-]{10,32}Z?)"'
)
_META_DATE_NAME = re.compile(r"date|time|publish|creat|upload|issued")
_META_NOT_PUBLISHED = re.compile(r"modif|updat|expir|edit|revis|valid|until|end|start")


def _raw_json_date(raw: str) -> datetime | None:
    """A publication date in JSON the page's scripts carry."""
    m = _RAW_JSON_DATE.search(raw, 0, 3_000_000)
    return parse_date(m.group(1)) if m else None


def _any_meta_date(meta: Meta) -> datetime | None:
    """A date in any ``<meta>`` whose name speaks of dates and not of
    updates (site-specific names: ``five_hundred_pixels:uploaded``)."""
    for name, values in meta.tags.items():
        if _META_DATE_NAME.search(name) and not _META_NOT_PUBLISHED.search(name):
            for value in values:
                if value[:1].isdigit():
                    found = parse_date(value)
                    if found is not None:
                        return found
    return None


def _month_first(meta: Meta) -> bool:
    lang = (meta.lang or "").lower()
    return lang in ("en", "en-us") or lang.startswith("en-us")


def _marked_dates(meta: Meta) -> tuple[list[datetime], list[datetime], list[datetime]]:
    """Dates of date-marked elements: (publication, neutral, modification).
    Comment dates are left out, and so are marks that carry three or more
    different dates: those are lists of other stories."""
    month_first = _month_first(meta)
    marked: list[tuple[str, datetime, str]] = []
    seen: dict[str, set[date]] = {}
    for value, hint in meta.times:
        if _SKIP_HINT.search(hint) and not _PUB_HINT.search(hint):
            continue
        if value[:1].isdigit() and "T" in value:
            found = parse_date(value)
        else:
            written = first_date(value, month_first=month_first, lang=meta.lang)
            found = as_datetime(written) if written else None
        if found is None:
            continue
        kind = (
            "mod"
            if _MOD_HINT.search(hint) or _MOD_WORDS.search(value)
            else ("pub" if _PUB_HINT.search(hint) or _PUB_WORDS.search(value) else "neutral")
        )
        marked.append((kind, found, hint))
        seen.setdefault(hint, set()).add(found.date())
    lists = {hint for hint, dates in seen.items() if len(dates) >= 3}
    pub: list[datetime] = []
    neutral: list[datetime] = []
    mod: list[datetime] = []
    for kind, found, hint in marked:
        if hint in lists:
            continue
        (mod if kind == "mod" else pub if kind == "pub" else neutral).append(found)
    return pub, neutral, mod


def _labelled_update(before: str) -> bool:
    """Whether the label nearest before a date says "updated" (and not
    "published")."""
    last_mod = max((m.end() for m in _MOD_WORDS.finditer(before)), default=-1)
    last_pub = max((m.end() for m in _PUB_WORDS.finditer(before)), default=-1)
    return last_mod > last_pub


def _text_dates(page: Page, start: int = 0, stop: int = 400) -> list[tuple[int, datetime, bool]]:
    """Dates in the visible text of blocks ``start`` to ``stop - 1``:
    ``(block index, date, is_update)``; a block yields at most two dates."""
    month_first = _month_first(page.doc.meta)
    out: list[tuple[int, datetime, bool]] = []
    for i in range(max(0, start), min(stop, len(page.blocks))):
        text = page.blocks[i].text
        if len(text) > 400 or not any(map(str.isdigit, text)):
            continue
        for offset, found in find_dates(text, month_first=month_first, lang=page.doc.meta.lang, limit=2):
            out.append((i, as_datetime(found), _labelled_update(text[max(0, offset - 40) : offset])))
    return out


def _in_month(found: date, month: tuple[int, int] | None) -> bool:
    return month is None or (found.year, found.month) == month


_DATE_LINE_WORDS = 15  # a date line is short: "By Jane Doe | March 3, 2021, 11:15 PM"


def _swapped(a: date, b: date) -> bool:
    """Whether ``a`` is ``b`` read with day and month the wrong way round."""
    return a.year == b.year and a.day == b.month and a.month == b.day


def _head_date(page: Page, anchor: int | None) -> datetime | None:
    """A date printed on a short line right below the headline, else right
    above it."""
    if anchor is None:
        return None
    below = above = None
    for i, found, update in _text_dates(page, anchor - 2, anchor + 5):
        if update or page.blocks[i].words > _DATE_LINE_WORDS:
            continue
        if anchor < i and below is None:
            below = found
        elif i < anchor and above is None:
            above = found
    return below or above


def find_published(page: Page) -> datetime | str | None:
    """The original publication date (see the module documentation)."""
    doc = page.doc
    meta = doc.meta
    title = page.indices("title")
    anchor = title[0] if title else None
    head = _head_date(page, anchor)
    month: tuple[int, int] | None = None
    if doc.kind == "html":
        full, month = url_date(doc.url or meta.canonical)
        structured = _structured_published(meta)
        if full is not None:
            return structured if structured is not None and structured.date() == full else as_datetime(full)
        if head is not None and not _in_month(head.date(), month):
            head = None
        if structured is not None and _in_month(structured.date(), month):
            # the date the page shows beats its metadata (often UTC, or the
            # time the story was filed), unless it is the same date misread
            if head is not None and head.date() != structured.date() and not _swapped(head.date(), structured.date()):
                return head
            return structured
        pub, neutral, _mod = _marked_dates(meta)
        if head is not None:
            # the same day from markup may carry the time: prefer it
            return next((d for d in pub + neutral if d.date() == head.date()), head)
        for found in pub + neutral:
            if _in_month(found.date(), month):
                return found
    elif head is not None:
        return head
    start = anchor or 0
    text_dates = _text_dates(page)
    dates = [(i, d) for i, d, update in text_dates if not update and _in_month(d.date(), month)]
    near = [d for i, d in dates if start - 3 <= i <= start + 12]
    if near:
        return near[0]
    if dates:
        return dates[0][1]
    if doc.kind == "html":
        # last resorts: dates in scripts' JSON, any date-named meta tag, and
        # an update date (a page revised once was published no later)
        for last in (_raw_json_date(doc.raw), _any_meta_date(meta), find_modified(page)):
            if isinstance(last, datetime) and _in_month(last.date(), month):
                return last
    updates = [d for _i, d, update in text_dates if update and _in_month(d.date(), month)]
    if updates:
        return updates[0]
    if month is not None:
        return datetime(month[0], month[1], 1)
    return page.first("date")


def find_modified(page: Page) -> datetime | str | None:
    """The last-modified date from JSON-LD, meta tags or update-marked
    elements."""
    meta = page.doc.meta
    found = _jsonld_date(meta, ("dateModified",))
    if found is None:
        found = _meta_date(meta, MODIFIED_META)
    if found is None and page.doc.kind == "html":
        _pub, _neutral, mod = _marked_dates(meta)
        found = mod[0] if mod else None
    return found
