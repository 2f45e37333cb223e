"""Dates: finding a page's publication and modification dates.

The publication date is looked for in order of trust, what the page's
markup declares for machines before what it prints for readers:

1. structured metadata: JSON-LD ``datePublished`` (then ``dateCreated``)
   of the page's own object (an article before a web page; never a
   person's, a picture's or an event's), the ``<meta>`` publication tags
   (``article:published_time``, ``og:published_time``, Dublin Core
   ``dcterms.created``, Parse.ly ``parsely-pub-date``, Sailthru
   ``sailthru.date``, ...), microdata ``itemprop="datePublished"`` with a
   ``datetime`` or ``content`` attribute, then the generic ``dc.date`` and
   ``<meta name="date">``. The URL is only a consistency check here: a
   declared date outside the month of a page filed in a month's folder
   (``/2021/10/``) is not taken; a full date in the URL never overrides
   one, but tells which way a slashed declared date (``11/01/2023``) reads;
2. a full date in the URL (``/2021/03/08/``), with the time a date mark
   gives for that day;
3. the date line printed under the headline (or right above it), with the
   time a date mark gives for that day;
4. elements marked as dates (``<time datetime>``, ``class="entry-date"``,
   ``<abbr class="published">``), publication marks before neutral ones;
5. dates written in the visible text near the headline, then anywhere,
   those labelled "Published" first;
6. last resorts: a date in the scripts' JSON or any date-named ``<meta>``,
   the modification date, a date at the end of a long page, an update, the
   date in the sharing picture's address or the description, the URL's
   month.

Dates labelled as updates ("Updated", ``dateModified``, ``class="updated"``),
comment dates, dates in lists of other stories, sign-up dates ("Registered:
...") and copyright years are never taken as the publication date while
another is found. Each date keeps the string it was read from
(:class:`~newsshape.fields._dates.Dated`): an attribute's value, a
``<meta>`` content, the line of text, the URL.

The modification date (:func:`find_modified`) is the declared one
(:func:`~newsshape.fields._declared.declared_modified`), else a date
labelled as an update ("Last updated ...", "Aktualisiert am", "Mis à jour
le", "Обновлено") near the headline.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from newsshape.fields._dates import Dated, When, day, other_reading, parse_date, url_date
from newsshape.fields._declared import (
    LABEL,
    any_meta_date,
    declared_modified,
    described_date,
    page_marked_dates,
    raw_json_date,
    reads_month_first,
    structured_published,
)
from newsshape.text._datetext import find_dates

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsshape.document import Page

__all__ = ["find_modified", "find_published", "modified_raw", "published_raw", "published_source"]


def _label(before: str) -> str:
    """What the label nearest before a date says: ``"mod"`` ("Updated"),
    ``"pub"`` ("Published"), ``"other"`` ("Registered", "Current time": not
    the page's date) or ``""`` (no label)."""
    label = ""
    for m in LABEL.finditer(before):
        label = m.lastgroup or ""
    return label


#: Class and id words of the elements around a comment, whose dates are the comments' (WordPress's
#: ``comment-meta``, Disqus's ``comments``), never the story's.
_COMMENTS = re.compile(r"comment|disqus|reply")
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
        self.roles = page.roles  # a reader's comment (role "comment") dates the comment, not the story
        self.doc = page.doc
        meta = page.doc.meta
        self.month_first = reads_month_first(meta)
        self.lang = meta.lang
        self.read: dict[int, list[tuple[Dated, str, int]]] = {}

    def block(self, i: int) -> list[tuple[Dated, str, int]]:
        """``(date, label, offset)`` for the first two dates in block ``i``
        (see :func:`_label`), each with the block's text as its string;
        blocks over :data:`_RUNNING_TEXT` characters are running text and
        yield none."""
        found = self.read.get(i)
        if found is None:
            block = self.blocks[i]
            text = block.text
            found = []
            if len(text) <= _RUNNING_TEXT and _DIGIT.search(text) and self.roles[i] != "comment":
                dates = find_dates(text, month_first=self.month_first, lang=self.lang, limit=_DATES_PER_BLOCK)
                if dates and _COMMENTS.search(self.doc.hints(block)):  # the hints only of blocks with a date
                    dates = []
                for offset, day in dates:
                    label = _label(text[max(0, offset - _LABEL_REACH) : offset])
                    found.append((Dated(day, text), label, offset))
            self.read[i] = found
        return found

    def span(self, start: int = 0, stop: int = _TEXT_BLOCKS) -> list[tuple[int, Dated, str, int]]:
        """``(block index, date, label, offset)`` in blocks ``start`` to
        ``stop - 1``."""
        return [(i, *item) for i in range(max(0, start), min(stop, len(self.blocks))) for item in self.block(i)]


def _text_dates(page: Page) -> _TextDates:
    """The page's :class:`_TextDates`, made once and shared by the
    publication and the modification date."""
    return page.remember("text_dates", _TextDates)


def _dateline(page: Page, anchor: int) -> list[Dated]:
    """The date opening the first long paragraph below the headline:
    "Karlsruhe, (12.11.2021). Traditionell ..."."""
    for i in range(anchor + 1, min(anchor + _DATELINE_REACH, len(page.blocks))):
        text = page.blocks[i].text
        if len(text) > _RUNNING_TEXT:
            found = find_dates(text[:_DATELINE_CHARS], lang=page.doc.meta.lang, limit=1)
            return [Dated(found[0][1], text[:_DATELINE_CHARS])] if found else []
    return []


def _in_month(found: When, month: tuple[int, int] | None) -> bool:
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


def _head_date(page: Page, texts: _TextDates, anchor: int | None) -> Dated | None:
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


def find_published(page: Page) -> When | None:
    """The original publication date (see the module documentation); its
    string is :func:`published_raw`."""
    dated = page.remember("published", published_source)[0]
    return dated.value if isinstance(dated, Dated) else None


def published_raw(page: Page) -> str | None:
    """The string the date :func:`find_published` found was read from;
    ``None`` before it ran on ``page`` (an extractor that finds the date its
    own way) or when it found none."""
    found = page.evidence.get("published")
    dated = found[0] if isinstance(found, tuple) else None
    return dated.raw if isinstance(dated, Dated) else None


def _same_day(found: Dated, marks: list[Dated]) -> Dated:
    """The first of ``marks`` on ``found``'s day (a mark may carry the time
    of day a date line or an address leaves out), else ``found``."""
    return next((d for d in marks if day(d.value) == day(found.value)), found)


def _utc(value: When) -> bool:
    """Whether ``value`` is a timestamp in UTC (offset zero, "Z"): its day
    may be the day before or after the one the page's readers live in."""
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


def _marks(page: Page) -> list[Dated]:
    """The page's publication and neutral date marks, in that order
    (:func:`~newsshape.fields._declared.marked_dates`, read once per page)."""
    pub, neutral, _mod = page_marked_dates(page)
    return [*pub, *neutral]


def _checked(
    declared: Dated, line: Dated | None, address: Dated | None, marks: Callable[[], list[Dated]]
) -> tuple[Dated, str]:
    """The declared publication date, checked against the date line under
    the headline (``line``), the date in the address and the date marks
    (``marks()``: read only when the declared date is in question). The
    declared date stands unless the page itself says otherwise:

    - a UTC timestamp (``2023-11-09T03:28:35Z``) and a date line or address
      on the day before or after: the page's local day is the one printed;
    - a date line that another source of the page (the address, a date
      mark) confirms, on a day the metadata does not name: two sources
      against one;
    - a date line printed earlier than the declared day: the story was
      first published then, and the metadata is a republication's (the
      original date is wanted).

    Each overriding date takes the time a date mark gives for its day."""
    st = day(declared.value)
    if line is not None:
        shown = day(line.value)
        if shown != st and not _swapped(shown, st):
            if _utc(declared.value) and abs((shown - st).days) == 1:
                return _same_day(line, marks()), "head-local-day"
            confirmed = {day(m.value) for m in marks()}
            if address is not None:
                confirmed.add(day(address.value))
            if shown in confirmed:
                return _same_day(line, marks()), "head-confirmed"
            if shown < st:
                return _same_day(line, marks()), "head-original"
    if address is not None:
        full = day(address.value)
        if full != st and (
            (_utc(declared.value) and abs((full - st).days) == 1)
            or full in {day(m.value) for m in marks()}
            or (line is not None and day(line.value) == full)
        ):
            return _same_day(address, marks()), "url-confirmed"
    return declared, "structured"


def published_source(page: Page) -> tuple[Dated | None, str]:
    """The publication date with its string, and the name of the evidence
    it came from (``"structured"``, ``"url"``, ``"head"``, ``"marked"``,
    ``"text"``...), for diagnostics."""
    doc = page.doc
    meta = doc.meta
    texts = _text_dates(page)
    anchor = page.roles.index("title") if "title" in page.roles else None
    head = _head_date(page, texts, anchor)
    month: tuple[int, int] | None = None
    if doc.kind == "html":
        address = doc.url or meta.canonical
        full, month = url_date(address)
        # a page filed in a month's folder (/2021/10/) is not older than it;
        # a later date under its headline is a new edition
        if head is not None and month is not None and (head.value.year, head.value.month) < month:
            head = None
        declared = structured_published(meta)
        if declared is not None:
            other = other_reading(*declared)
            if other is not None:
                # "11/01/2023" can be read both ways: take the reading the address or the page shows
                shown = (
                    {full} if full else {day(d.value) for _i, d, lab, _o in texts.span() if lab not in _NOT_PUBLISHED}
                )
                if other in shown and day(declared.value) not in shown:
                    declared = Dated(other, declared.raw)
            if _in_month(declared.value, month):
                return _checked(declared, head, Dated(full, address or "") if full else None, lambda: _marks(page))
        if full is not None:
            return _same_day(Dated(full, address or ""), _marks(page)), "url"
        if head is not None:
            return _same_day(head, _marks(page)), "head"
        for found in _marks(page):
            if _in_month(found.value, month):
                return found, "marked"
    elif head is not None:
        return head, "head"
    start = anchor or 0
    # the blocks around the headline first: most pages stop there
    near = [
        (d, label)
        for _i, d, label, _o in texts.span(start - _NEAR_ABOVE, start + _NEAR_BELOW)
        if label not in _NOT_PUBLISHED and _in_month(d.value, month)
    ]
    if not near and anchor is not None:
        near = [(d, "") for d in _dateline(page, anchor) if _in_month(d.value, month)]
    # a date labelled "published" beats unlabelled ones (events, other stories)
    for found, label in near:
        if label == "pub":
            return found, "text-near-pub"
    if near:
        return near[0][0], "text-near"
    text_dates = texts.span()
    dates = [
        (i, d, label) for i, d, label, _o in text_dates if label not in _NOT_PUBLISHED and _in_month(d.value, month)
    ]
    for _i, found, label in dates:
        if label == "pub":
            return found, "text-pub"
    if dates:
        return dates[0][1], "text"
    if doc.kind == "html":
        # last resorts: dates in scripts' JSON, any date-named meta tag, and
        # an update date (a page revised once was published no later)
        resorts: tuple[tuple[str, Callable[[], Dated | None]], ...] = (
            ("script-json", lambda: raw_json_date(doc.raw)),
            ("any-meta", lambda: any_meta_date(meta)),
            ("modified", lambda: declared_modified(page)),
        )
        for name, resort in resorts:
            last = resort()
            if last is not None and _in_month(last.value, month):
                return last, name
    if len(page.blocks) > _TEXT_BLOCKS:
        # a long page may carry its only date at the very end ("Stand: ...")
        tail = texts.span(_TEXT_BLOCKS, _TAIL_BLOCKS)
        for _i, found, label, _o in tail:
            if label not in _NOT_PUBLISHED and _in_month(found.value, month):
                return found, "text-tail"
        text_dates += tail
    updates = [d for _i, d, label, _o in text_dates if label == "mod" and _in_month(d.value, month)]
    if updates:
        return updates[0], "text-update"
    if doc.kind == "html":
        described = described_date(meta)
        if described is not None and _in_month(described.value, month):
            return described, "description"
    if month is not None:
        return Dated(date(month[0], month[1], 1), address or ""), "url-month"
    for i in page.indices("date"):  # a block the layout took for a date line, outside comments
        block = page.blocks[i]
        value = parse_date(block.text) if not _COMMENTS.search(doc.hints(block)) else None
        if value is not None:
            return Dated(value, block.text), "date-block"
    return None, ""


def find_modified(page: Page) -> When | None:
    """The last-modified date: the declared one, else a date labelled as an
    update ("Updated:", "Aktualisiert am") on a line near the headline; its
    string is :func:`modified_raw`."""
    found = page.remember("modified", _modified)
    return found.value if isinstance(found, Dated) else None


def modified_raw(page: Page) -> str | None:
    """The string the date :func:`find_modified` found was read from
    (``None`` before it ran on ``page``, or when it found none)."""
    found = page.evidence.get("modified")
    return found.raw if isinstance(found, Dated) else None


def _modified(page: Page) -> Dated | bool:
    """:func:`find_modified`'s answer, ``False`` for none (a value the
    evidence can hold)."""
    declared = declared_modified(page)
    if declared is not None:
        return declared
    anchor = page.roles.index("title") if "title" in page.roles else 0
    texts = _text_dates(page)
    for _i, found, label, _o in texts.span(anchor - _NEAR_ABOVE, anchor + _NEAR_BELOW):
        if label == "mod":
            return found
    return False
