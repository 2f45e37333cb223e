"""Readers' comments as records (:class:`~newsshape.Comment`): the blocks
:mod:`newsshape.layout._comments` marked, each comment's author line, date
line and text read apart.

The author is the name of the author's line without "says:"; the date is
read with the project's date parsing (:func:`~newsshape.fields._dates.parse_date`),
with its time of day when the line gives one ("March 5, 2024 at 9:12 pm").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time

from newsshape.document import Page
from newsshape.fields._dates import parse_date
from newsshape.layout._comments import NAME_STAMP, SAYS
from newsshape.model import Comment
from newsshape.text._lines import clean_line

#: A time of day in a comment's date line: "9:12 am", "21:12", "10:02AM".
_TIME = re.compile(r"(?<![\d:])(\d{1,2})[:.](\d\d)(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
#: Hours on a 12-hour clock, hours of a day and minutes of an hour.
_HALF_DAY, _HOURS, _MINUTES = 12, 24, 60
#: Longest author name kept, in characters: a longer "author" line is text a rule caught.
_MAX_AUTHOR = 60


def _when(text: str, lang: str | None) -> date | datetime | None:
    """The date of a comment's date line, a ``datetime`` when it gives the
    time of day as well."""
    day = parse_date(text, lang)
    if day is None or isinstance(day, datetime):
        return day
    found = _TIME.search(text)
    if found is None:
        return day
    hour, minute = int(found.group(1)), int(found.group(2))
    half = (found.group(3) or "").lower()
    if half:
        if not 1 <= hour <= _HALF_DAY:
            return day
        hour = hour % _HALF_DAY + (_HALF_DAY if half == "p" else 0)
    if hour >= _HOURS or minute >= _MINUTES:
        return day
    return datetime.combine(day, time(hour, minute))


#: What surrounds a name on a comment's author line: "by", a user number in brackets ("by jdoe (1234)").
_NAME_FRAME = re.compile(r"^(?:by|posted by:?|von|par|por|di)\s+|\s*\(\d+\)$|\s+(?:at|on|am|le|el)$", re.IGNORECASE)


def _author(text: str) -> str | None:
    says = SAYS.match(text)
    name = says.group("name") if says else text
    return _NAME_FRAME.sub("", name).strip(" :-–—") or None


def comments(page: Page) -> list[Comment]:
    """The page's comments, raw: one record for each comment the layout
    found; on a page whose layout marked ``comment`` blocks without saying
    how they group (an extractor's own layout), one for each block."""
    found = page.evidence.get("comments")
    if not isinstance(found, list):
        return [Comment(text=t) for t in page.texts("comment")]
    blocks, roles, lang = page.blocks, page.roles, page.doc.meta.lang
    out: list[Comment] = []
    for parts in found:
        author: str | None = None
        published: date | datetime | None = None
        texts: list[str] = []
        for i, part in parts:
            if roles[i] != "comment":
                continue  # a later pass took the block
            text = blocks[i].text
            if part == "text":
                texts.append(text)
            elif part == "author" and author is None:
                author = _author(text)
            elif part == "date" and published is None:
                published = _when(text, lang)
            elif part == "header":
                header = NAME_STAMP.match(text)
                if header is not None:
                    author = author or _author(header.group("name"))
                    published = published or _when(header.group("stamp"), lang)
        if texts:
            out.append(Comment(author, published, "\n\n".join(texts)))
    return out


def clean_comments(items: Iterable[Comment]) -> tuple[Comment, ...]:
    """Comments with text: each paragraph of the text cleaned (white space
    collapsed, characters composed), the author too; a longer "name" than
    a name is left out."""
    out: list[Comment] = []
    for c in items:
        paragraphs = [p for p in (clean_line(p) for p in c.text.split("\n\n")) if p]
        if not paragraphs:
            continue
        author = clean_line(c.author) if c.author else None
        if author is not None and (not author or len(author) > _MAX_AUTHOR):
            author = None
        out.append(Comment(author, c.published, "\n\n".join(paragraphs)))
    return tuple(out)
