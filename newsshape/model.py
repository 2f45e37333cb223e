"""The output model: :class:`Article` and the small records it holds.

Every class here is a frozen :mod:`attrs` class. Values are plain Python types
(``str``, ``int``, ``datetime``, tuples), so an article can be compared,
hashed, pickled, and turned into JSON and back without loss.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs

__all__ = ["Article", "Link", "Note", "Quote", "Section", "Takeaway"]


def body_text(sections: tuple[Section, ...]) -> str:
    """``sections`` as plain text: headings and paragraphs joined by blank
    lines (:attr:`Article.text`)."""
    parts: list[str] = []
    for section in sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return "\n\n".join(parts)


@attrs.frozen
class Section:
    """A run of body paragraphs under one heading."""

    heading: str | None
    """The section's visible heading, or ``None`` for text under no heading
    (typically the opening paragraphs of an article)."""

    paragraphs: tuple[str, ...] = ()
    """The paragraphs of the section in reading order. List items are
    paragraphs of their own, with the bullet removed."""


@attrs.frozen
class Quote:
    """A direct quotation found in the body, with who said it."""

    text: str
    """What stands inside the quotation marks, without the marks and without
    a trailing comma that belongs to the sentence around it."""

    speaker: str | None = None
    """The person or body the article says the words come from, in the
    fullest form the article gives ("Donald Trump" rather than "he" or
    "Trump"); ``None`` when the text names no source."""

    cue: str | None = None
    """The verb or phrase that attributes the quotation ("said", "told
    reporters", "according to"), when there is one."""

    section: int = 0
    """Index of the section in :attr:`Article.sections` holding the quote."""

    paragraph: int = 0
    """Index of the paragraph within that section where the quote starts."""

    start: int = 0
    """Character offset of the quoted text (after the opening mark) within
    that paragraph."""

    end: int = 0
    """Character offset of the closing mark: ``start:end`` spans everything
    between the marks, including a trailing comma that :attr:`text` leaves
    out. For a quotation running over several paragraphs the offset is in the
    paragraph where it ends."""


@attrs.frozen
class Takeaway:
    """A pull-quote or key takeaway set apart from the body."""

    text: str
    """The takeaway itself, without surrounding quotation marks."""

    attribution: str | None = None
    """The line that credits or explains the takeaway (a person, "Editorial
    note on ...", ...), or ``None``."""


@attrs.frozen
class Note:
    """An editorial note printed with the article (a risk note, a correction,
    a disclosure)."""

    title: str | None
    """The note's heading, if it has one."""

    text: str
    """The note's text."""


@attrs.frozen
class Link:
    """A related-story link."""

    title: str
    """The visible headline of the linked story."""

    url: str | None = None
    """The link's absolute address; ``None`` for text dumps, which carry no
    addresses."""

    snippet: str | None = None
    """The teaser printed under the headline, if any."""


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@attrs.frozen
class Article:
    """The structure of one news page.

    Every field has a neutral value (``None`` or an empty tuple) when the
    page does not have it, so an empty page gives ``Article()``. Text
    fields hold the text a reader sees: white space collapsed to single
    spaces, zero-width characters dropped, and characters composed (Unicode
    normalisation form C: "e" followed by a combining acute accent is
    "é"), so that equal texts compare equal whatever the page's encoding of
    them.
    """

    url: str | None = None
    """The page's address: the one passed to :func:`newsshape.parse`, else the
    canonical address the page declares."""

    site: str | None = None
    """The publication's name ("The Midtown Times"), without a domain suffix
    unless the name is a domain ("T4K3.news")."""

    title: str | None = None
    """The headline, without a " | Site" or " - Site" suffix."""

    subtitle: str | None = None
    """The deck or standfirst printed under the headline."""

    summary: str | None = None
    """A summary of the story: a "Summary" section, the page's description or
    a teaser paragraph set apart from the body."""

    authors: tuple[str, ...] = ()
    """Names of the authors in byline order, without "By", dates, job
    titles, the place the story was filed from or the publication, each
    once."""

    published: datetime | None = None
    """When the story was first published; time-zone aware when the page
    gives an offset."""

    modified: datetime | None = None
    """When the story was last updated, if the page says so."""

    dateline: str | None = None
    """The place the story was filed from, as printed before the dash that
    opens the first paragraph ("Anchorage, Alaska")."""

    language: str | None = None
    """The page's language as a BCP 47 tag ("en", "de-AT"), when declared."""

    sections: tuple[Section, ...] = ()
    """The body in reading order, grouped by heading."""

    quotes: tuple[Quote, ...] = ()
    """Direct quotations in the body, in reading order."""

    takeaways: tuple[Takeaway, ...] = ()
    """Pull-quotes and key takeaways with their attribution lines."""

    highlights: tuple[str, ...] = ()
    """Items of a "Highlights", "Key points", "What to know" box."""

    notes: tuple[Note, ...] = ()
    """Editorial notes printed with the story."""

    related: tuple[Link, ...] = ()
    """Related-story links, in page order."""

    boilerplate: tuple[str, ...] = ()
    """Every block of page furniture that was left out of the body (menus,
    share bars, comment forms, footers), in page order: nothing is dropped
    without being reported here."""

    extractor: str = "generic"
    """The name of the extractor that produced this article."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """All body paragraphs, across sections, in reading order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def text(self) -> str:
        """The body as plain text: headings and paragraphs joined by blank
        lines."""
        return body_text(self.sections)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-compatible builtins (dates as ISO 8601
        strings). :meth:`from_dict` turns the result back into an equal
        :class:`Article`."""
        data = attrs.asdict(self)
        data["published"] = _dt(self.published)
        data["modified"] = _dt(self.modified)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build an article from the output of :meth:`to_dict` (or parsed
        JSON of the same shape). Unknown keys are ignored."""
        d = dict(data)
        return cls(
            url=d.get("url"),
            site=d.get("site"),
            title=d.get("title"),
            subtitle=d.get("subtitle"),
            summary=d.get("summary"),
            authors=tuple(d.get("authors") or ()),
            published=_parse_dt(d.get("published")),
            modified=_parse_dt(d.get("modified")),
            dateline=d.get("dateline"),
            language=d.get("language"),
            sections=tuple(
                Section(s.get("heading"), tuple(s.get("paragraphs") or ())) for s in d.get("sections") or ()
            ),
            quotes=tuple(Quote(**q) for q in d.get("quotes") or ()),
            takeaways=tuple(Takeaway(**t) for t in d.get("takeaways") or ()),
            highlights=tuple(d.get("highlights") or ()),
            notes=tuple(Note(**n) for n in d.get("notes") or ()),
            related=tuple(Link(**r) for r in d.get("related") or ()),
            boilerplate=tuple(d.get("boilerplate") or ()),
            extractor=d.get("extractor") or "generic",
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string (UTF-8 characters kept
        as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
