"""Dates: parsing date strings, and finding a page's publication and
modification dates.

The publication date is looked for in order of how reliable each source is:

1. a full date in the URL (``/2021/03/08/``), which the page cannot revise;
2. structured data: JSON-LD ``datePublished``, ``<meta>`` publication tags,
   ``itemprop="datePublished"``, then bare ``<meta name="date">``; a date
   line printed under the headline beats them when it shows another day;
3. elements marked as dates (``<time>``, ``class="entry-date"``,
   ``<abbr class="published">``), publication marks before neutral ones;
4. dates written in the visible text near the headline, then anywhere,
   those labelled "Published" first;
5. last resorts: a date in the scripts' JSON or any date-named ``<meta>``,
   the modification date, a date at the end of a long page, an update, the
   date in the sharing picture's address or the description.

Dates labelled as updates ("Updated", ``dateModified``, ``class="updated"``),
comment dates, sign-up dates ("Registered: ...") and copyright years are
never taken as the publication date while another is found. dateparser is
not needed for any of this (:mod:`newsshape.text._datetext`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsshape.text._datetext import MIN_YEAR, as_datetime, find_dates, first_date, latest_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsshape.document import Page
    from newsshape.document._types import Meta

__all__ = ["find_modified", "find_published", "parse_date", "published_source", "url_date"]

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
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "rnews:datepublished",
    "og:pubdate",
    "release_date",
    "displaydate",
    # generic names, weaker than microdata's datePublished
    "dc.date",
    "dcterms.date",
    "date",
    "created",
)
_GENERIC_META = ("dc.date", "dcterms.date", "date", "created")
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
    r"\b(?:updated?|last modified|modified|edited|revised|aktualisiert|geändert|(?:letzte )?änderung|"
    r"mis à jour|mise à jour|modifié|actualizado|actualización|modificado|aggiornato|aggiornamento|modificato|"
    r"atualizado|atualização|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|обновлено|päivitetty|oppdatert|"
    r"opdateret|uppdaterad|güncelleme|aktualizováno)\b",
    re.I,
)
_PUB_WORDS = re.compile(
    r"\b(?:published|posted|publi[ée]e?|veröffentlicht|erschienen|erstellt|publicado|pubblicato|gepubliceerd|"
    r"first published|date|opublikowano|publikováno|publicerad|publisert|udgivet|julkaistu|yayınlanma|"
    r"опубликовано)\b",
    re.I,
)
#: Labels of dates that are not the page's: a member's sign-up or birth, the
#: clock ("Registriert: 18.09.2008", "Aktuelle Zeit: 14.10.2020").
_OTHER_WORDS = re.compile(
    r"\b(?:registered|joined|member since|born|registriert|mitglied seit|dabei seit|anmeldedatum|geboren|"
    r"inscrit|inscription|né|née|registrado|miembro desde|nacido|iscritto|"
    r"current time|it is currently|aktuelle zeit)\b",
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
    """Parse a date string: ISO 8601 (time zone kept), or a numeric or
    written date (:func:`~newsshape.text._datetext.find_dates`; dateparser is
    asked only about a month name the table lacks on a page in a language
    ``lang`` the table does not cover). Returns ``None`` when no plausible
    date can be read."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        found = datetime.fromisoformat(iso)
    except ValueError:
        pass
    else:
        return found if found.year >= MIN_YEAR and found.date() <= latest_date() else None
    written = first_date(value, lang=lang, short_years=True)
    return as_datetime(written) if written is not None else None


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
            if found.year >= MIN_YEAR and found <= latest_date():
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


_NOT_THE_PAGE = ("person", "organization", "imageobject", "videoobject", "event")


def _jsonld_date(meta: Meta, keys: tuple[str, ...]) -> tuple[datetime, str] | None:
    """The first date under ``keys`` in the page's JSON-LD, articles first,
    and the string it was read from."""
    ranked: list[tuple[int, int, dict[str, Any]]] = []
    for n, obj in enumerate(meta.jsonld):
        if not any(key in obj for key in keys):
            continue
        kind = _types(obj)
        if any(t in kind for t in _NOT_THE_PAGE):
            continue
        rank = next((i for i, t in enumerate(_ARTICLE_TYPES) if t in kind), len(_ARTICLE_TYPES))
        ranked.append((rank, n, obj))
    ranked.sort(key=lambda r: (r[0], r[1]))
    for _rank, _n, obj in ranked:
        for key in keys:
            value = obj.get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    found = parse_date(item)
                    if found is not None:
                        return found, item
    return None


def _meta_date(meta: Meta, names: tuple[str, ...]) -> tuple[datetime, str] | None:
    """The first date in the ``<meta>`` tags ``names``, and its string."""
    for name in names:
        for value in meta.tags.get(name, ()):
            found = parse_date(value)
            if found is not None:
                return found, value
    return None


def _structured_published(meta: Meta) -> tuple[datetime, str] | None:
    """The publication date the page declares, and the string it was read
    from."""
    found = _jsonld_date(meta, ("datePublished", "dateCreated"))
    if found is None:
        found = _meta_date(meta, PUBLISHED_META[: -len(_GENERIC_META)])
    if found is None:
        # microdata names the publication; a bare "date" may be any date
        for value, hint in meta.times:
            if "datepublished" in hint or "datecreated" in hint:
                parsed = parse_date(value)
                if parsed is not None:
                    return parsed, value
    if found is None:
        found = _meta_date(meta, _GENERIC_META)
    return found


_SLASHED = re.compile(r"\s*(\d\d?)/(\d\d?)/((?:19|20)\d\d)(?!\d)")


def _other_reading(found: datetime, value: str) -> date | None:
    """``found`` with day and month the other way round, when ``value``, the
    string it was read from, is a slashed date that can be read both ways
    (``11/01/2023``)."""
    m = _SLASHED.match(value)
    if m is None or m.group(1) == m.group(2) or int(m.group(1)) > 12 or int(m.group(2)) > 12:
        return None
    return date(found.year, found.day, found.month)


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


def _described_date(meta: Meta) -> datetime | None:
    """A date the page's sharing metadata gives away: in its picture's
    address (``/files/2016/05/04/cover.png``), else written in its
    description ("Notizia del 14 Gennaio 2020")."""
    for name in ("og:image", "twitter:image"):
        for value in meta.tags.get(name, ()):
            full, _month = url_date(value)
            if full is not None:
                return as_datetime(full)
    for name in ("description", "og:description"):
        for value in meta.tags.get(name, ()):
            written = first_date(value[:300], lang=meta.lang)
            if written is not None:
                return as_datetime(written)
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
        if (_SKIP_HINT.search(hint) and not _PUB_HINT.search(hint)) or _OTHER_WORDS.search(value):
            continue
        if value[:1].isdigit() and "T" in value:
            found = parse_date(value)
        else:
            written = first_date(value, month_first=month_first, lang=meta.lang, short_years=True)
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


#: All three kinds of label in one pattern: a text is scanned once.
_LABEL = re.compile(
    f"(?P<mod>{_MOD_WORDS.pattern})|(?P<pub>{_PUB_WORDS.pattern})|(?P<other>{_OTHER_WORDS.pattern})", re.I
)


def _label(before: str) -> str:
    """What the label nearest before a date says: ``"mod"`` ("Updated"),
    ``"pub"`` ("Published"), ``"other"`` ("Registered", "Current time": not
    the page's date) or ``""`` (no label)."""
    label = ""
    for m in _LABEL.finditer(before):
        label = m.lastgroup or ""
    return label


_NOT_PUBLISHED = ("mod", "other")
_TEXT_BLOCKS = 400  # blocks searched for a date written in the text, before the rest
_DIGIT = re.compile(r"\d")


class _TextDates:
    """Dates written in the visible text of a page's blocks, each block read
    at most once however many questions are asked about it."""

    def __init__(self, page: Page) -> None:
        self.blocks = page.blocks
        meta = page.doc.meta
        self.month_first = _month_first(meta)
        self.lang = meta.lang
        self.read: dict[int, list[tuple[datetime, str, int]]] = {}

    def block(self, i: int) -> list[tuple[datetime, str, int]]:
        """``(date, label, offset)`` for the first two dates in block ``i``
        (see :func:`_label`); blocks over 400 characters are running text
        and yield none."""
        found = self.read.get(i)
        if found is None:
            text = self.blocks[i].text
            found = []
            if len(text) <= 400 and _DIGIT.search(text):
                for offset, day in find_dates(text, month_first=self.month_first, lang=self.lang, limit=2):
                    found.append((as_datetime(day), _label(text[max(0, offset - 40) : offset]), offset))
            self.read[i] = found
        return found

    def span(self, start: int = 0, stop: int = _TEXT_BLOCKS) -> list[tuple[int, datetime, str, int]]:
        """``(block index, date, label, offset)`` in blocks ``start`` to
        ``stop - 1``."""
        return [(i, *item) for i in range(max(0, start), min(stop, len(self.blocks))) for item in self.block(i)]


def _dateline(page: Page, anchor: int) -> list[datetime]:
    """The date opening the first long paragraph below the headline:
    "Karlsruhe, (12.11.2021). Traditionell ..."."""
    for i in range(anchor + 1, min(anchor + 13, len(page.blocks))):
        text = page.blocks[i].text
        if len(text) > 400:
            found = find_dates(text[:40], lang=page.doc.meta.lang, limit=1)
            return [as_datetime(found[0][1])] if found else []
    return []


def _in_month(found: date, month: tuple[int, int] | None) -> bool:
    return month is None or (found.year, found.month) == month


_DATE_LINE_WORDS = 15  # a date line is short: "By Jane Doe | March 3, 2021, 11:15 PM"


def _swapped(a: date, b: date) -> bool:
    """Whether ``a`` is ``b`` read with day and month the wrong way round."""
    return a.year == b.year and a.day == b.month and a.month == b.day


_HEAD_BELOW = 4  # blocks below the headline where any short line with a date is the date line
_HEAD_FURTHER = 8  # ... and where a line must open with the date (or say "published")


def _head_date(page: Page, texts: _TextDates, anchor: int | None) -> datetime | None:
    """A date printed on a short line right below the headline, else right
    above it. A few blocks further down (below a standfirst or a picture
    credit) only a line that opens with its date counts: "20. März 2021 -
    15:00 Uhr", not "Termin: 21.02.2020" nor a quotation's source."""
    if anchor is None:
        return None
    below = above = None
    for i, found, label, offset in texts.span(anchor - 2, anchor + _HEAD_FURTHER + 1):
        block = page.blocks[i]
        if label in _NOT_PUBLISHED or block.words > _DATE_LINE_WORDS:
            continue
        if i - anchor > _HEAD_BELOW and label != "pub" and (offset > 2 or block.words > 6):
            continue
        if anchor < i and below is None:
            below = found
        elif i < anchor and above is None:
            above = found
    return below or above


def find_published(page: Page) -> datetime | str | None:
    """The original publication date (see the module documentation)."""
    return published_source(page)[0]


def published_source(page: Page) -> tuple[datetime | str | None, str]:
    """The publication date and the name of the evidence it came from
    (``"url"``, ``"structured"``, ``"head"``, ``"marked"``, ``"text"``...),
    for diagnostics."""
    doc = page.doc
    meta = doc.meta
    texts = _TextDates(page)
    anchor = page.roles.index("title") if "title" in page.roles else None
    head = _head_date(page, texts, anchor)
    month: tuple[int, int] | None = None
    if doc.kind == "html":
        full, month = url_date(doc.url or meta.canonical)
        declared = _structured_published(meta)
        structured = declared[0] if declared else None
        other = _other_reading(*declared) if declared else None
        if structured is not None and other is not None:
            # "11/01/2023" can be read both ways: take the reading the page shows
            shown = {d.date() for _i, d, label, _o in texts.span() if label not in _NOT_PUBLISHED}
            if other in shown and structured.date() not in shown:
                structured = as_datetime(other)
        if full is not None:
            if structured is not None and structured.date() == full:
                return structured, "url+structured"
            return as_datetime(full), "url"
        # a page filed in a month's folder (/2021/10/) is not older than it;
        # a later date under its headline is a new edition
        if head is not None and month is not None and (head.year, head.month) < month:
            head = None
        # the date the page shows beats its metadata (often UTC, or the time
        # the story was filed), unless it is the same date misread
        if (
            structured is not None
            and _in_month(structured.date(), month)
            and (head is None or head.date() == structured.date() or _swapped(head.date(), structured.date()))
        ):
            return structured, "structured"
        pub, neutral, _mod = _marked_dates(meta)
        if head is not None:
            # the same day from markup may carry the time: prefer it
            generic = _meta_date(meta, _GENERIC_META)
            timed = pub + neutral + ([generic[0]] if generic else [])
            return next((d for d in timed if d.date() == head.date()), head), "head"
        for found in pub + neutral:
            if _in_month(found.date(), month):
                return found, "marked"
    elif head is not None:
        return head, "head"
    start = anchor or 0
    # the blocks around the headline first: most pages stop there
    near = [
        (d, label)
        for _i, d, label, _o in texts.span(start - 4, start + 13)
        if label not in _NOT_PUBLISHED and _in_month(d.date(), month)
    ]
    if not near and anchor is not None:
        near = [(d, "") for d in _dateline(page, anchor) if _in_month(d.date(), month)]
    # a date labelled "published" beats unlabelled ones (events, other stories)
    for found, label in near:
        if label == "pub":
            return found, "text-near-pub"
    if near:
        return near[0][0], "text-near"
    text_dates = texts.span()
    dates = [
        (i, d, label) for i, d, label, _o in text_dates if label not in _NOT_PUBLISHED and _in_month(d.date(), month)
    ]
    for _i, found, label in dates:
        if label == "pub":
            return found, "text-pub"
    if dates:
        return dates[0][1], "text"
    if doc.kind == "html":
        # last resorts: dates in scripts' JSON, any date-named meta tag, and
        # an update date (a page revised once was published no later)
        resorts: tuple[tuple[str, Callable[[], datetime | str | None]], ...] = (
            ("script-json", lambda: _raw_json_date(doc.raw)),
            ("any-meta", lambda: _any_meta_date(meta)),
            ("modified", lambda: find_modified(page)),
        )
        for name, resort in resorts:
            last = resort()
            if isinstance(last, datetime) and _in_month(last.date(), month):
                return last, name
    if len(page.blocks) > _TEXT_BLOCKS:
        # a long page may carry its only date at the very end ("Stand: ...")
        tail = texts.span(_TEXT_BLOCKS, 4 * _TEXT_BLOCKS)
        for _i, found, label, _o in tail:
            if label not in _NOT_PUBLISHED and _in_month(found.date(), month):
                return found, "text-tail"
        text_dates += tail
    updates = [d for _i, d, label, _o in text_dates if label == "mod" and _in_month(d.date(), month)]
    if updates:
        return updates[0], "text-update"
    if doc.kind == "html":
        described = _described_date(meta)
        if described is not None and _in_month(described.date(), month):
            return described, "description"
    if month is not None:
        return datetime(month[0], month[1], 1), "url-month"
    return page.first("date"), "date-block"


def find_modified(page: Page) -> datetime | str | None:
    """The last-modified date from JSON-LD, meta tags or update-marked
    elements."""
    meta = page.doc.meta
    found = _jsonld_date(meta, ("dateModified",)) or _meta_date(meta, MODIFIED_META)
    if found is not None:
        return found[0]
    if page.doc.kind == "html":
        _pub, _neutral, mod = _marked_dates(meta)
        return mod[0] if mod else None
    return None
