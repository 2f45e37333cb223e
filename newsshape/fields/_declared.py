"""Dates the page declares in its metadata and markup: JSON-LD, ``<meta>``
tags, microdata, elements marked as dates (``<time>``, ``class="entry-date"``),
dates in the scripts' JSON and in the sharing metadata; and the labels that
tell an update's date from a publication's in them and in the text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from newsshape.fields._dates import Dated, day, parse_date, url_date
from newsshape.text._datetext import first_date

if TYPE_CHECKING:
    from newsshape.document import Page
    from newsshape.document._types import Meta

__all__ = ["MODIFIED_META", "PUBLISHED_META", "declared_modified"]

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
#: The generic names at the end of :data:`PUBLISHED_META`: any date, read only after microdata's datePublished.
GENERIC_META = ("dc.date", "dcterms.date", "date", "created")
#: ``<meta>`` names of the last modification: Open Graph's ``article:`` and ``og:`` tags, microdata's
#: ``dateModified`` (a ``<meta itemprop>``), Dublin Core, the HTTP header as ``http-equiv`` and its spellings as a
#: name, and the publishing systems' own (Parse.ly, Sailthru).
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "og:updated_time",
    "og:modified_time",
    "datemodified",
    "modified_time",
    "date_modified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmodified",
    "lastmod",
    "sailthru.lastmodified",
    "revised",
    "article.updated",
    "parsely-updated",
)

#: JSON-LD types of the page's own object, most likely first: dates of the first one found win.
_ARTICLE_TYPES = ("article", "posting", "report", "review", "recipe", "creativework", "blog", "webpage")
#: Class and ``itemprop`` words of elements marking a publication date.
_PUB_HINT = re.compile(
    r"publish|publication|pubdate|posted|created|entry-date|post-date|article-date|submitted|dateline|byline"
)
#: ... marking a modification date.
_MOD_HINT = re.compile(r"modif|updat|edited|revised|lastmod")
#: ... in furniture or lists of other stories, whose dates are not the page's (unless also marked as publication).
_SKIP_HINT = re.compile(r"comment|reply|sidebar|widget|related|footer|copyright|calendar|archive|teaser|event")
#: Words labelling a date as an update ("Updated", "aktualisiert"), in many languages; Chinese and Japanese ones
#: (更新, "update"), written without spaces, need no word boundary.
_MOD_WORDS = re.compile(
    r"\b(?:updated?|last modified|modified|edited|revised|aktualisiert|geändert|(?:letzte )?änderung|"
    r"mis à jour|mise à jour|modifié|actualisé|actualizado|actualización|modificado|aggiornato|aggiornamento|"
    r"modificato|atualizado|atualização|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|обновлено|оновлено|"
    r"päivitetty|oppdatert|opdateret|uppdaterad|güncelleme|güncellendi|aktualizováno|aktualizované|"
    r"ažurirano|frissítve|actualizat|تحديث|آخر تحديث|به‌روزرسانی|بروزرسانی|עודכן)\b|更新|修改",
    re.I,
)
#: Words labelling a date as the publication's ("Published", "veröffentlicht"), in many languages; Chinese and
#: Japanese ones (发布, 公開, "published"), written without spaces, need no word boundary.
_PUB_WORDS = re.compile(
    r"\b(?:published|posted|publi[ée]e?|veröffentlicht|erschienen|erstellt|publicado|pubblicato|gepubliceerd|"
    r"first published|date|opublikowano|publikováno|publicerad|publisert|udgivet|julkaistu|yayınlanma|"
    r"опубликовано|опубліковано|نشر|تاريخ النشر|منتشر شده|פורסם)\b|发布|發布|發佈|发表|發表|公開|掲載|投稿",
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

#: All three kinds of label in one pattern: a text is scanned once.
LABEL = re.compile(
    f"(?P<mod>{_MOD_WORDS.pattern})|(?P<pub>{_PUB_WORDS.pattern})|(?P<other>{_OTHER_WORDS.pattern})", re.I
)


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(k for k in kind if isinstance(k, str)).lower() if isinstance(kind, list) else str(kind).lower()


#: JSON-LD types whose dates are never the page's (a person's birth, a picture's upload, an event's day).
_NOT_THE_PAGE = ("person", "organization", "imageobject", "videoobject", "event")


def _jsonld_date(meta: Meta, keys: tuple[str, ...]) -> Dated | None:
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
                if isinstance(item, int) and not isinstance(item, bool):
                    item = str(item)  # a Unix time
                if isinstance(item, str):
                    found = parse_date(item)
                    if found is not None:
                        return Dated(found, item)
    return None


def meta_date(meta: Meta, names: tuple[str, ...]) -> Dated | None:
    """The first date in the ``<meta>`` tags ``names``, and its string."""
    for name in names:
        for value in meta.tags.get(name, ()):
            found = parse_date(value)
            if found is not None:
                return Dated(found, value)
    return None


def structured_published(meta: Meta) -> Dated | None:
    """The publication date the page declares, and the string it was read
    from."""
    found = _jsonld_date(meta, ("datePublished", "dateCreated"))
    if found is None:
        found = meta_date(meta, PUBLISHED_META[: -len(GENERIC_META)])
    if found is None:
        # microdata names the publication; a bare "date" may be any date
        for value, hint in meta.times:
            if "datepublished" in hint or "datecreated" in hint:
                parsed = parse_date(value)
                if parsed is not None:
                    return Dated(parsed, value)
    if found is None:
        found = meta_date(meta, GENERIC_META)
    return found


#: Keys of a publication date in the JSON the page's scripts carry (read when nothing else dates the page).
_RAW_JSON_DATE = re.compile(
    r'"(?:datePublished|dateCreated|createdAt|created_at|publishedAt|published_at|publishDate|pubDate|'
    r'date_published|uploadDate|firstPublished|publicationDate)"\s{0,3}:\s{0,3}"([0-9T:.+-]{10,32}Z?)"'
)
#: Characters of the raw page searched for a date in the scripts' JSON: bounds the cost on huge pages; the
#: largest pages of the development sets are well under it.
_RAW_JSON_REACH = 3_000_000
#: Characters of a description read for a date written in it ("Notizia del 14 Gennaio 2020"), at its opening.
_DESCRIPTION_CHARS = 300
#: Different dates under one mark that make it a list of other stories, not the page's date (htmldate-dev).
_LIST_DATES = 3
#: ``<meta>`` names that speak of dates ...
_META_DATE_NAME = re.compile(r"date|time|publish|creat|upload|issued")
#: ... and those of them that name another date than the publication's.
_META_NOT_PUBLISHED = re.compile(r"modif|updat|expir|edit|revis|valid|until|end|start")


def raw_json_date(raw: str) -> Dated | None:
    """A publication date in JSON the page's scripts carry."""
    m = _RAW_JSON_DATE.search(raw, 0, _RAW_JSON_REACH)
    found = parse_date(m.group(1)) if m else None
    return Dated(found, m.group(1)) if m and found is not None else None


def any_meta_date(meta: Meta) -> Dated | None:
    """A date in any ``<meta>`` whose name speaks of dates and not of
    updates (site-specific names: ``five_hundred_pixels:uploaded``)."""
    for name, values in meta.tags.items():
        if _META_DATE_NAME.search(name) and not _META_NOT_PUBLISHED.search(name):
            for value in values:
                if value[:1].isdigit():
                    found = parse_date(value)
                    if found is not None:
                        return Dated(found, value)
    return None


def described_date(meta: Meta) -> Dated | None:
    """A date the page's sharing metadata gives away: in its picture's
    address (``/files/2016/05/04/cover.png``), else written in its
    description ("Notizia del 14 Gennaio 2020")."""
    for name in ("og:image", "twitter:image"):
        for value in meta.tags.get(name, ()):
            full, _month = url_date(value)
            if full is not None:
                return Dated(full, value)
    for name in ("description", "og:description"):
        for value in meta.tags.get(name, ()):
            written = first_date(value[:_DESCRIPTION_CHARS], lang=meta.lang)
            if written is not None:
                return Dated(written, value)
    return None


def reads_month_first(meta: Meta) -> bool:
    """Whether the page reads a slashed date month first (``01/02/2021`` is
    January 2): English pages, as US sites write it."""
    lang = (meta.lang or "").lower()
    return lang in ("en", "en-us") or lang.startswith("en-us")


def marked_dates(meta: Meta) -> tuple[list[Dated], list[Dated], list[Dated]]:
    """Dates of date-marked elements: (publication, neutral, modification).
    Comment dates are left out, and so are marks that carry three or more
    different dates: those are lists of other stories."""
    month_first = reads_month_first(meta)
    marked: list[tuple[str, Dated, str]] = []
    seen: dict[str, set[date]] = {}
    for value, hint in meta.times:
        if (_SKIP_HINT.search(hint) and not _PUB_HINT.search(hint)) or _OTHER_WORDS.search(value):
            continue
        if value[:1].isdigit() and ("T" in value or value.isdigit()):
            found = parse_date(value)  # ISO 8601, a compact timestamp or a Unix time
        else:
            found = first_date(value, month_first=month_first, lang=meta.lang, short_years=True)
        if found is None:
            continue
        kind = (
            "mod"
            if _MOD_HINT.search(hint) or _MOD_WORDS.search(value)
            else ("pub" if _PUB_HINT.search(hint) or _PUB_WORDS.search(value) else "neutral")
        )
        marked.append((kind, Dated(found, value), hint))
        seen.setdefault(hint, set()).add(day(found))
    lists = {hint for hint, dates in seen.items() if len(dates) >= _LIST_DATES}
    pub: list[Dated] = []
    neutral: list[Dated] = []
    mod: list[Dated] = []
    for kind, dated, hint in marked:
        if hint in lists:
            continue
        (mod if kind == "mod" else pub if kind == "pub" else neutral).append(dated)
    return pub, neutral, mod


def declared_modified(page: Page) -> Dated | None:
    """The last-modified date the page declares: JSON-LD ``dateModified``,
    the ``<meta>`` tags of :data:`MODIFIED_META`, else elements marked as an
    update (``itemprop="dateModified"``, ``class="updated"``, a "Last
    updated" label in a date element)."""
    meta = page.doc.meta
    found = _jsonld_date(meta, ("dateModified",)) or meta_date(meta, MODIFIED_META)
    if found is not None:
        return found
    if page.doc.kind == "html":
        _pub, _neutral, mod = page_marked_dates(page)
        return mod[0] if mod else None
    return None


def page_marked_dates(page: Page) -> tuple[list[Dated], list[Dated], list[Dated]]:
    """:func:`marked_dates` of the page's metadata, worked out once per page
    (the publication and the modification date both read them)."""
    return page.remember("marked_dates", lambda p: marked_dates(p.doc.meta))
