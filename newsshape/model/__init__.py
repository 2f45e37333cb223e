"""The output model: :class:`Article` and the small records it holds.

Every class here is a frozen :mod:`attrs` class. Values are plain Python types
(``str``, ``int``, ``date``/``datetime``, tuples), so an article can be compared,
hashed, pickled, and turned into JSON and back without loss.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs

from newsshape.model._body import (
    BlockQuote,
    BodyBlock,
    Code,
    Embed,
    Figure,
    Image,
    ListBlock,
    ListItem,
    Paragraph,
    Section,
    Table,
    block_texts,
    load_sections,
)

__all__ = [
    "Article",
    "BlockQuote",
    "BodyBlock",
    "Code",
    "Comment",
    "Embed",
    "Figure",
    "Image",
    "Link",
    "ListBlock",
    "ListItem",
    "Note",
    "Paragraph",
    "Quote",
    "Section",
    "Table",
    "Takeaway",
    "block_texts",
]


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


def _dt(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


#: The length of an ISO 8601 day ("2024-03-05"): a string this long is read back as a ``date``, a longer one as a
#: ``datetime`` (what :func:`_dt` wrote for each).
_ISO_DAY = 10


def _parse_dt(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text) if len(text) == _ISO_DAY else datetime.fromisoformat(text)


@attrs.frozen
class Comment:
    """A reader's comment printed under the story (see :doc:`/guide/comments`)."""

    author: str | None = None
    """The name the comment is signed with ("Jane Doe", a handle), or ``None``."""
    published: date | datetime | None = attrs.field(default=None, converter=_parse_dt)
    """When it was posted, if the page says: a ``date``, or a (naive) ``datetime`` when it gives the time."""
    text: str = ""
    """What the reader wrote, its paragraphs separated by blank lines."""


def _as_is(value: Any) -> Any:
    return value


def _records(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    def load(items: Any) -> tuple[Any, ...]:
        return tuple(cls(**item) for item in items)

    return load


def _image(item: Any) -> Image:
    return Image(**item)


def _kind(clean: str, load: Callable[[Any], Any] = _as_is, dump: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """The metadata of an :class:`Article` field: the name of the processor
    that normalises an extractor's raw value (``clean``, looked up in
    :mod:`newsshape.fields._normalize`), how :meth:`Article.from_dict` reads
    the field back from JSON (``load``) and, when :func:`attrs.asdict` does
    not give JSON already, how :meth:`Article.to_dict` writes it (``dump``).
    The field list of :class:`Article` is the one list of fields: extraction,
    normalisation and (de)serialisation all walk it."""
    return {"clean": clean, "load": load, "dump": dump}


#: Silent reading rate of adults for non-fiction in English, words per minute, that
#: :attr:`Article.reading_time` uses: Brysbaert (2019), "How many words do we read per
#: minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109.
WORDS_PER_MINUTE = 238

#: One optional text ("str | None"): cleaned to a single line, ``None`` when empty.
_TEXT = _kind("text")
#: A tuple of texts, each cleaned, empty ones dropped.
_TEXTS = _kind("texts", tuple)
#: A date: a ``date`` (the day only) or a ``datetime`` (a timestamp), or a string parsed; ISO 8601 in JSON.
_DATE = _kind("date", _parse_dt, _dt)
_COMMENTS = _kind("comments", _records(Comment), lambda cs: [c | {"published": _dt(c["published"])} for c in cs])


@attrs.frozen
class Article:
    """The structure of one news page.

    Every field has a neutral value (``None`` or an empty tuple) when the
    page does not have it, so an empty page gives ``Article()`` but for
    :attr:`kind` (``"error"``) and :attr:`kind_evidence`. Text
    fields hold the text a reader sees: white space collapsed to single
    spaces, zero-width characters dropped, and characters composed (Unicode
    normalisation form C: "e" followed by a combining acute accent is
    "é"), so that equal texts compare equal whatever the page's encoding of
    them.
    """

    url: str | None = attrs.field(default=None, metadata=_TEXT)
    """The page's address: the one passed to :func:`newsshape.parse`, else the
    canonical address the page declares."""

    site: str | None = attrs.field(default=None, metadata=_TEXT)
    """The publication's name ("The Midtown Times"), without a domain suffix
    unless the name is a domain ("T4K3.news")."""

    title: str | None = attrs.field(default=None, metadata=_TEXT)
    """The headline, without a " | Site" or " - Site" suffix."""

    subtitle: str | None = attrs.field(default=None, metadata=_TEXT)
    """The deck or standfirst printed under the headline."""

    summary: str | None = attrs.field(default=None, metadata=_TEXT)
    """A summary of the story: a "Summary" section or a teaser paragraph set
    apart from the body, else the page's own description (``og:description``,
    ``<meta name="description">``, ``twitter:description`` or the story's
    JSON-LD ``description``), kept even when it repeats the body's opening."""

    authors: tuple[str, ...] = attrs.field(default=(), metadata=_kind("authors", tuple))
    """Names of the authors in byline order, without "By", dates, job titles, the place the story was
    filed from or the publication, each once, in the case of the source that writes them best ("Jane Doe"
    from a meta tag rather than "JANE DOE" from the byline).

    People only whenever the page names any: a wire, a desk or another organisation credited beside them
    is dropped ("By Jane Doe, Associated Press" gives ``("Jane Doe",)``). When the page names no person,
    the organisation it credits with the story stands alone: a wire (``("Associated Press",)``), a
    newsroom (``("Redaktion",)``), and as the last resort the publication itself (:attr:`site`) when the
    page declares it the author (JSON-LD ``author`` typed ``Organization`` or ``NewsMediaOrganization``,
    an ``author`` or ``article:author`` meta tag, author markup, a byline), never from the site's name
    alone (``og:site_name``, JSON-LD ``publisher``, ``twitter:creator``). One field for every credit, so
    that a story is never shown without the credit its page gives; a caller that wants people only tests
    the one name against the wire, the newsroom or :attr:`site`. A blog's handle ("gizzmo") is kept when
    the page's author markup gives it, never from visible text."""

    published: date | datetime | None = attrs.field(default=None, metadata=_DATE)
    """When the story was first published, as precise as the page gives it: a
    :class:`~datetime.date` when the page gives only the day ("5 March
    2024"), a :class:`~datetime.datetime` when it gives a time, with the
    page's UTC offset when it gives one (never converted), naive when it
    gives none. ``isinstance(published, datetime)`` tells a timestamp from
    a day (a ``datetime`` is also a ``date``); ``published.isoformat()[:10]``
    is the day either way."""

    published_raw: str | None = attrs.field(default=None, metadata=_TEXT)
    """The string :attr:`published` was read from, as the page wrote it
    (``"2024-03-05T09:30:00+01:00"``, ``"5. März 2024"``); ``None`` when
    there is no date or the extractor gave a value without its string."""

    modified: date | datetime | None = attrs.field(default=None, metadata=_DATE)
    """When the story was last updated, if the page says so ("Updated ...",
    ``dateModified``, ``article:modified_time``): a ``date`` or a
    ``datetime`` as for :attr:`published`."""

    modified_raw: str | None = attrs.field(default=None, metadata=_TEXT)
    """The string :attr:`modified` was read from (see :attr:`published_raw`)."""

    dateline: str | None = attrs.field(default=None, metadata=_TEXT)
    """The place the story was filed from, as printed before the dash that
    opens the first paragraph ("Anchorage, Alaska")."""

    language: str | None = attrs.field(default=None, metadata=_TEXT)
    """The page's language as a BCP 47 tag ("en", "de-AT"): the one the page
    declares (``<html lang>``, ``content-language``, JSON-LD ``inLanguage``,
    ``og:locale``), else the one detected from the body text (a bare
    language code such as ``"en"``); ``None`` when neither gives one."""

    sections: tuple[Section, ...] = attrs.field(default=(), metadata=_kind("sections", load_sections))
    """The body in reading order, grouped by heading."""

    quotes: tuple[Quote, ...] = attrs.field(default=(), metadata=_kind("quotes", _records(Quote)))
    """Direct quotations in the body, in reading order."""

    takeaways: tuple[Takeaway, ...] = attrs.field(default=(), metadata=_kind("takeaways", _records(Takeaway)))
    """Pull-quotes and key takeaways with their attribution lines."""

    highlights: tuple[str, ...] = attrs.field(default=(), metadata=_kind("unique_texts", tuple))
    """Items of a "Highlights", "Key points", "What to know" box."""

    notes: tuple[Note, ...] = attrs.field(default=(), metadata=_kind("notes", _records(Note)))
    """Editorial notes printed with the story."""

    related: tuple[Link, ...] = attrs.field(default=(), metadata=_kind("related", _records(Link)))
    """Related-story links, in page order."""

    boilerplate: tuple[str, ...] = attrs.field(default=(), metadata=_TEXTS)
    """Every block of page furniture that was left out of the body (menus,
    share bars, comment forms, footers), in page order: nothing is dropped
    without being reported here."""

    extractor: str = attrs.field(default="generic", metadata=_kind("as_is"))
    """The name of the extractor that produced this article."""

    image: Image | None = attrs.field(default=None, metadata=_kind("image", _image))
    """The lead image: the one the page declares (JSON-LD ``image``,
    ``og:image``, ``twitter:image``), else the first figure of the story;
    never a logo, an avatar, an icon, a tracking pixel or an ad."""

    images: tuple[Image, ...] = attrs.field(default=(), metadata=_kind("images", _records(Image)))
    """The story's figures (``<figure>`` elements with a picture) in page
    order, with their captions and credits."""

    tags: tuple[str, ...] = attrs.field(default=(), metadata=_kind("labels", tuple))
    """Keywords and tags the page gives the story (``article:tag``, JSON-LD
    ``keywords``, ``<meta name="keywords">``, ``rel="tag"`` links, a
    visible "Tags:" line), in page order, each once (case ignored)."""

    categories: tuple[str, ...] = attrs.field(default=(), metadata=_kind("labels", tuple))
    """The sections or categories the story is filed under
    (``article:section``, JSON-LD ``articleSection``, category links, a
    visible "Filed under:" line), in page order, each once (case ignored)."""

    kind: str = attrs.field(default="article", metadata=_kind("as_is"))
    """What the page is: ``"article"`` (one story), ``"listing"`` (a front
    page, a section or tag front, search results: teasers of stories),
    ``"media"`` (a gallery, a video page) or ``"error"`` (a "not found"
    page, an empty page). A listing's teasers give no authors, highlights
    or quotations: those fields stay empty."""

    kind_evidence: tuple[str, ...] = attrs.field(default=(), metadata=_TEXTS)
    """Why :attr:`kind` was chosen: short notes on what was read
    (``"og:type=article"``, ``"JSON-LD @type=CollectionPage"``, ``"12
    teaser headlines, 40 words of story"``), the deciding one first."""

    is_accessible_for_free: bool | None = attrs.field(default=None, metadata=_kind("as_is"))
    """Whether the page declares the story free to read (JSON-LD
    ``isAccessibleForFree``, ``article:content_tier``); ``None`` when it
    declares nothing."""

    comments: tuple[Comment, ...] = attrs.field(default=(), metadata=_COMMENTS)
    """Readers' comments, in page order: never in the body nor in :attr:`boilerplate` (:doc:`/guide/comments`)."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """All body paragraphs, across sections, in reading order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def text(self) -> str:
        """The body as plain text: headings and paragraphs joined by blank
        lines."""
        return body_text(self.sections)

    @property
    def word_count(self) -> int:
        """Number of words of the body (:attr:`text`, headings included):
        runs of characters between white space, so a text in a script
        written without spaces (Chinese, Japanese, Thai) counts few."""
        return sum(len(part.split()) for part in self.paragraphs) + sum(
            len(s.heading.split()) for s in self.sections if s.heading
        )

    @property
    def reading_time(self) -> int:
        """Minutes a reader takes for the body at :data:`WORDS_PER_MINUTE`,
        rounded up; 0 for no body."""
        return -(-self.word_count // WORDS_PER_MINUTE)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-compatible builtins (dates as ISO 8601
        strings). :meth:`from_dict` turns the result back into an equal
        :class:`Article`."""
        data = attrs.asdict(self)
        for name, dump in _DUMPS:
            data[name] = dump(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build an article from the output of :meth:`to_dict` (or parsed
        JSON of the same shape). Unknown keys are ignored, and a missing or
        ``null`` one gives the field's default."""
        values: dict[str, Any] = {}
        for field in attrs.fields(cls):
            value = data.get(field.name)
            if value is not None:
                values[field.name] = field.metadata["load"](value)
        return cls(**values)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string (UTF-8 characters kept
        as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self, *, compact: bool = False) -> str:
        """Return the article as Markdown for reading: the headline as ``#``,
        deck, byline, summary, highlights, the body with its ``##``
        headings, takeaways, notes, the quotations with their speakers and
        the related links, every text escaped so that it reads as written
        (see :doc:`/guide/output`). With ``compact``, no blank line follows
        a heading."""
        return _RENDERERS["markdown"](self, compact=compact)

    def to_html(self, *, compact: bool = False, standalone: bool = False) -> str:
        """Return the article as semantic HTML5 (``<article>``,
        ``<header>``, ``<h1>``, ``<section>``, ``<h2>``, ``<p>``,
        ``<blockquote>``, ``<time>``, ``<a href>``), safe to embed: every
        text escaped, no scripts or event attributes, links only to http,
        https or relative addresses. With ``compact``, no line breaks
        between elements; with ``standalone``, a whole HTML document rather
        than the ``<article>`` element."""
        return _RENDERERS["html"](self, compact=compact, standalone=standalone)

    def to_text(self, *, compact: bool = False) -> str:
        """Return the article as plain text for reading: headline, deck,
        byline, summary, the body with its headings, then highlights,
        takeaways, notes, quotations and related links, blocks separated by
        blank lines (with ``compact``, one block a line)."""
        return _RENDERERS["text"](self, compact=compact)


#: The renderers behind :meth:`Article.to_markdown`, :meth:`Article.to_html`
#: and :meth:`Article.to_text`, by format. :mod:`newsshape.output`, a higher
#: layer, fills it when it is imported (``import newsshape`` imports it), so
#: this module never imports upward.
_RENDERERS: dict[str, Callable[..., str]] = {}

#: The fields :meth:`Article.to_dict` writes other than :func:`attrs.asdict` does, with how.
_DUMPS = tuple((f.name, f.metadata["dump"]) for f in attrs.fields(Article) if f.metadata["dump"] is not None)
