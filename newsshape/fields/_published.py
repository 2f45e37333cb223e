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
from typing import TYPE_CHECKING

from newsshape.fields._dates import other_reading, url_date
from newsshape.fields._declared import (
    GENERIC_META,
    LABEL,
    any_meta_date,
    described_date,
    find_modified,
    marked_dates,
    meta_date,
    raw_json_date,
    reads_month_first,
    structured_published,
)
from newsshape.text._datetext import as_datetime, find_dates

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsshape.document import Page

__all__ = ["find_published", "published_source"]


def _label(before: str) -> str:
    """What the label nearest before a date says: ``"mod"`` ("Updated"),
    ``"pub"`` ("Published"), ``"other"`` ("Registered", "Current time": not
    the page's date) or ``""`` (no label)."""
    label = ""
    for m in LABEL.finditer(before):
        label = m.lastgroup or ""
    return label


#: Labels that make a date not the publication's: an update's, or another date ("Registered", "Current time").
_NOT_PUBLISHED = ("mod", "other")
_DIGIT = re.compile(r"\d")

# Thresholds, all set by hand on htmldate-dev's 800 dated pages (benchmarks/dates.py) and checked on the dates
# of trafilatura-eval.

#: Blocks searched for a date written in the text before the rest: the head and body of nearly every page.
_TEXT_BLOCKS = 400
#: How far a long page is searched for the only date it carries at its end ("Stand: ..."), in blocks.
_TAIL_BLOCKS = 4 * _TEXT_BLOCKS
#: A block longer than this (characters) is running text: its dates are what the story tells of, not its own.
_RUNNING_TEXT = 400
#: Dates read per block: a date line carries the publication date and perhaps an update.
_DATES_PER_BLOCK = 2
#: Characters before a date searched for the label that says what the date is ("Updated:", "Veröffentlicht am").
_LABEL_REACH = 40
#: The blocks around the headline searched before the rest of the page: from this many above it ...
_NEAR_ABOVE = 4
#: ... to this many below it (exclusive).
_NEAR_BELOW = 13
#: Blocks below the headline searched for the first long paragraph, whose opening may be a dated dateline ...
_DATELINE_REACH = 13
#: ... and the characters of its opening read for the date ("Karlsruhe, (12.11.2021).").
_DATELINE_CHARS = 40


class _TextDates:
    """Dates written in the visible text of a page's blocks, each block read
    at most once however many questions are asked about it."""

    def __init__(self, page: Page) -> None:
        self.blocks = page.blocks
        meta = page.doc.meta
        self.month_first = reads_month_first(meta)
        self.lang = meta.lang
        self.read: dict[int, list[tuple[datetime, str, int]]] = {}

    def block(self, i: int) -> list[tuple[datetime, str, int]]:
        """``(date, label, offset)`` for the first two dates in block ``i``
        (see :func:`_label`); blocks over :data:`_RUNNING_TEXT` characters are running text
        and yield none."""
        found = self.read.get(i)
        if found is None:
            text = self.blocks[i].text
            found = []
            if len(text) <= _RUNNING_TEXT and _DIGIT.search(text):
                dates = find_dates(text, month_first=self.month_first, lang=self.lang, limit=_DATES_PER_BLOCK)
                for offset, day in dates:
                    found.append((as_datetime(day), _label(text[max(0, offset - _LABEL_REACH) : offset]), offset))
            self.read[i] = found
        return found

    def span(self, start: int = 0, stop: int = _TEXT_BLOCKS) -> list[tuple[int, datetime, str, int]]:
        """``(block index, date, label, offset)`` in blocks ``start`` to
        ``stop - 1``."""
        return [(i, *item) for i in range(max(0, start), min(stop, len(self.blocks))) for item in self.block(i)]


def _dateline(page: Page, anchor: int) -> list[datetime]:
    """The date opening the first long paragraph below the headline:
    "Karlsruhe, (12.11.2021). Traditionell ..."."""
    for i in range(anchor + 1, min(anchor + _DATELINE_REACH, len(page.blocks))):
        text = page.blocks[i].text
        if len(text) > _RUNNING_TEXT:
            found = find_dates(text[:_DATELINE_CHARS], lang=page.doc.meta.lang, limit=1)
            return [as_datetime(found[0][1])] if found else []
    return []


def _in_month(found: date, month: tuple[int, int] | None) -> bool:
    return month is None or (found.year, found.month) == month


#: Words a date line may have at most: "By Jane Doe | March 3, 2021, 11:15 PM" (htmldate-dev).
_DATE_LINE_WORDS = 15


def _swapped(a: date, b: date) -> bool:
    """Whether ``a`` is ``b`` read with day and month the wrong way round."""
    return a.year == b.year and a.day == b.month and a.month == b.day


#: Blocks above the headline where a date line may stand (a kicker's date).
_HEAD_ABOVE = 2
#: Blocks below the headline where any short line with a date is the date line ...
_HEAD_BELOW = 4
#: ... and further down to where a line must open with its date, or say "published", to be it (htmldate-dev).
_HEAD_FURTHER = 8
#: Beyond :data:`_HEAD_BELOW`, a line "opens with its date" when the date starts within this many characters ...
_OPENS_AT = 2
#: ... or when the line has at most this many words ("20. März 2021 - 15:00 Uhr").
_DATE_ALONE_WORDS = 6


def _head_date(page: Page, texts: _TextDates, anchor: int | None) -> datetime | None:
    """A date printed on a short line right below the headline, else right
    above it. A few blocks further down (below a standfirst or a picture
    credit) only a line that opens with its date counts: "20. März 2021 -
    15:00 Uhr", not "Termin: 21.02.2020" nor a quotation's source."""
    if anchor is None:
        return None
    below = above = None
    for i, found, label, offset in texts.span(anchor - _HEAD_ABOVE, anchor + _HEAD_FURTHER + 1):
        block = page.blocks[i]
        if label in _NOT_PUBLISHED or block.words > _DATE_LINE_WORDS:
            continue
        if i - anchor > _HEAD_BELOW and label != "pub" and (offset > _OPENS_AT or block.words > _DATE_ALONE_WORDS):
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
        declared = structured_published(meta)
        structured = declared[0] if declared else None
        other = other_reading(*declared) if declared else None
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
        pub, neutral, _mod = marked_dates(meta)
        if head is not None:
            # the same day from markup may carry the time: prefer it
            generic = meta_date(meta, GENERIC_META)
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
        for _i, d, label, _o in texts.span(start - _NEAR_ABOVE, start + _NEAR_BELOW)
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
            ("script-json", lambda: raw_json_date(doc.raw)),
            ("any-meta", lambda: any_meta_date(meta)),
            ("modified", lambda: find_modified(page)),
        )
        for name, resort in resorts:
            last = resort()
            if isinstance(last, datetime) and _in_month(last.date(), month):
                return last, name
    if len(page.blocks) > _TEXT_BLOCKS:
        # a long page may carry its only date at the very end ("Stand: ...")
        tail = texts.span(_TEXT_BLOCKS, _TAIL_BLOCKS)
        for _i, found, label, _o in tail:
            if label not in _NOT_PUBLISHED and _in_month(found.date(), month):
                return found, "text-tail"
        text_dates += tail
    updates = [d for _i, d, label, _o in text_dates if label == "mod" and _in_month(d.date(), month)]
    if updates:
        return updates[0], "text-update"
    if doc.kind == "html":
        described = described_date(meta)
        if described is not None and _in_month(described.date(), month):
            return described, "description"
    if month is not None:
        return datetime(month[0], month[1], 1), "url-month"
    return page.first("date"), "date-block"
