"""The extractor class API.

An extractor does two things: it says how confidently a page is its own
(:meth:`Extractor.claim`), and it turns the page's
:class:`~newsshape.document.Document` into an :class:`~newsshape.Article`
(:meth:`Extractor.extract`).

Extraction has two stages. :meth:`Extractor.layout` gives every block of the
document a *role* (body paragraph, heading, title, related link, boilerplate,
...), recorded in a :class:`Page`. Then one method per field of
:class:`~newsshape.Article` (the same name) reads the page and returns a raw
value, and one function cleans all values in one place. The base class is
the complete generic method: its layout reads any news page, and its field
methods complete the roles from the page's metadata (the description as
summary, the dateline, dates and authors from markup). A site extractor
overrides only the stages or fields where its template differs; most are
declarations (:class:`~newsshape.extractors.TemplateExtractor`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar, Literal
from urllib.parse import urljoin

import attrs

from newsshape.document import Block, Document, Page
from newsshape.fields import (
    _authors,
    _comments,
    _dateline,
    _image,
    _kind,
    _language,
    _published,
    _site,
    _summary,
    _tags,
    _title,
)
from newsshape.fields._normalize import build_article, clean_sections
from newsshape.fields._quotes import quotes_in_sections
from newsshape.fields._structure import structure
from newsshape.layout import _boxes, _content, _furniture, _head
from newsshape.layout import _comments as _comment_blocks
from newsshape.layout._furniture import JETPACK_CONTEXT, JETPACK_CONTEXT_END
from newsshape.model import Article, Comment, Image, Link, Note, Quote, Section, Takeaway
from newsshape.text._datetext import DATE_ALONE

__all__ = ["Extractor"]  # Page and Role: import them from newsshape.document


class Extractor:
    """Base class of all extractors; subclasses set :attr:`name` and the
    declarations below, and override what their template does differently.

    Register a subclass with :func:`newsshape.register` (or an entry point in
    the ``newsshape.extractors`` group) to make :func:`newsshape.parse` use it.
    """

    name: ClassVar[str] = ""
    """Unique name, used by ``parse(..., extractor=name)`` and recorded in
    :attr:`Article.extractor`."""

    url_patterns: ClassVar[tuple[str, ...]] = ()
    """Regular expressions searched in the page URL; a match is strong
    evidence that the page is this extractor's."""

    html_signatures: ClassVar[tuple[str, ...]] = ()
    """Substrings of the raw HTML that the template always carries (a theme
    class, a generator tag)."""

    text_markers: ClassVar[tuple[str, ...]] = ()
    """Whole lines that text dumps of the template carry ("Related News")."""

    site_name: ClassVar[str | None] = None
    """The publication's name, when the extractor serves one site."""

    needs_metadata: ClassVar[Literal["head", "all"]] = "all"
    """What of :attr:`Document.meta <newsshape.Document.meta>` :meth:`claim`
    and :meth:`layout` read: ``"all"`` (anything, the safe default) or
    ``"head"``: only the ``<meta>`` tags, the title, the canonical link and
    the language, not the JSON-LD nor the date and author markup.
    :func:`newsshape.clean` collects only those (about a sixth of its time)
    when the extractor it is given, or every registered one, says
    ``"head"`` and does not override :meth:`extract`. The field methods
    always see all of it. It is not inherited: a subclass that does not set
    it reads ``"all"`` (its layout may read more than its parent's)."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "needs_metadata" not in cls.__dict__:
            cls.needs_metadata = "all"

    def claim(self, doc: Document) -> float:
        """How confident the extractor is that ``doc`` is its template, from
        0 (not at all) to 1. The default counts the declared evidence: a URL
        pattern decides alone; otherwise the share of signatures (HTML) or
        markers (text) present, so a page needs most of them. The search
        for signatures stops once the page can no longer score above 0.5
        (each one scans the whole page): scores below that are lower bounds."""
        if self.matches_url(doc):
            return 1.0
        if doc.kind == "html" and self.html_signatures:
            total = len(self.html_signatures)
            found = missing = 0
            for signature in self.html_signatures:
                if signature in doc.raw:
                    found += 1
                else:
                    missing += 1
                    if 0.9 * (total - missing) / total <= 0.5:
                        break
            return 0.9 * found / total
        if doc.kind == "text" and self.text_markers:
            lines = {b.text.casefold() for b in doc.blocks}
            found = sum(1 for m in self.text_markers if m.casefold() in lines)
            return 0.9 * found / len(self.text_markers)
        return 0.0

    def matches_url(self, doc: Document) -> bool:
        """Whether the page's URL matches one of :attr:`url_patterns`."""
        return bool(doc.url) and any(re.search(p, doc.url or "") for p in self.url_patterns)

    def names_site(self, doc: Document) -> bool:
        """Whether the page's ``og:site_name`` is :attr:`site_name` (case
        ignored): strong evidence for an extractor that serves one site."""
        declared = doc.meta.first("og:site_name")
        if not (declared and self.site_name):
            return False
        return declared.casefold() == self.site_name.casefold()

    # -- stage 1 -------------------------------------------------------------

    def layout(self, doc: Document) -> Page:
        """Give every block a role: the generic layout, five passes over the
        blocks (page furniture, readers' comments, labelled boxes, the main
        content, the lines above it; :mod:`newsshape.layout`)."""
        page = Page(doc)
        _furniture.mark(page)
        _comment_blocks.mark(page)
        _boxes.mark(page)
        _content.mark(page)
        _head.mark(page)
        return page

    # -- stage 2: one method per field ----------------------------------------

    def site(self, page: Page) -> str | None:
        """The publication's name: ``og:site_name``, the JSON-LD publisher,
        else :attr:`site_name`, else a ``site`` block."""
        return _site.site(page) or self.site_name or page.first("site")

    def title(self, page: Page) -> str | None:
        """The headline: the ``title`` block, else the page's declared
        title (its site's name removed)."""
        return _title.title(page)

    def subtitle(self, page: Page) -> str | None:
        """The deck under the headline."""
        return page.first("subtitle")

    def summary(self, page: Page) -> str | None:
        """The ``summary`` blocks, else the page's description (HTML)."""
        found = page.texts("summary")
        return " ".join(found) if found else _summary.description(page)

    def authors(self, page: Page) -> list[str]:
        """Author names, raw (normalisation strips "By" and de-duplicates):
        the ``byline`` blocks, else the page's author metadata and markup."""
        return _authors.authors(page)

    def published(self, page: Page) -> date | str | None:
        """Publication date, a ``date``, a ``datetime`` or a raw string to be
        parsed: from metadata, markup, the URL, a ``date`` block and the text."""
        return _published.find_published(page)

    def published_raw(self, page: Page) -> str | None:
        """The string :meth:`published` read its date from (a date returned
        as a string is its own)."""
        return _published.published_raw(page)

    def modified(self, page: Page) -> date | str | None:
        """Last-modified date, from metadata, markup and "Updated" lines."""
        return _published.find_modified(page)

    def modified_raw(self, page: Page) -> str | None:
        """The string :meth:`modified` read its date from."""
        return _published.modified_raw(page)

    def dateline(self, page: Page) -> str | None:
        """The place the story was filed from: the dateline opening the
        first body paragraph ("MADRID —")."""
        return _dateline.dateline(page)

    def language(self, page: Page) -> str | None:
        """The page's language tag: the declared one, else detected from
        the body text."""
        return _language.language(page)

    def url(self, page: Page) -> str | None:
        """The page address: the one given, else the canonical link (made
        absolute against ``og:url`` / ``twitter:url``), ``og:url`` or
        ``twitter:url``; never a relative address."""
        if page.doc.url:
            return page.doc.url
        meta = page.doc.meta
        canonical = meta.canonical if meta.canonical and "://" in meta.canonical else None
        twitter = meta.first("twitter:url")
        return canonical or (twitter if twitter and "://" in twitter else None)

    def sections(self, page: Page) -> list[Section]:
        """Body sections: ``body`` blocks grouped under ``heading`` blocks,
        each with its typed blocks (:mod:`newsshape.fields._structure`)."""
        return _grouped(page, typed=True)

    def quotes(self, page: Page, sections: list[Section]) -> list[Quote]:
        """Direct quotations in the body; ``sections`` are the article's
        (cleaned), which the quotations' offsets index."""
        return quotes_in_sections(sections)

    def takeaways(self, page: Page) -> list[Takeaway]:
        """Takeaways: each ``takeaway`` block with the ``attribution`` block
        right after it, if any."""
        out: list[Takeaway] = []
        for i in page.indices("takeaway"):
            attribution = None
            if i + 1 < len(page.roles) and page.roles[i + 1] == "attribution":
                attribution = page.blocks[i + 1].text
            out.append(Takeaway(page.blocks[i].text, attribution))
        return out

    def highlights(self, page: Page) -> list[str]:
        """Highlight items."""
        return page.texts("highlight")

    def notes(self, page: Page) -> list[Note]:
        """Editorial notes: ``note`` blocks, each under the ``note_title``
        before it."""
        out: list[Note] = []
        title: str | None = None
        for i in page.indices("note_title", "note"):
            if page.roles[i] == "note_title":
                title = page.blocks[i].text
            else:
                out.append(Note(title, page.blocks[i].text))
                title = None
        return out

    def related(self, page: Page) -> list[Link]:
        """Related links: each ``related`` block, with its link address
        (made absolute against the page's address) and the
        ``related_snippet`` block after it (furniture between them skipped)."""
        out: list[Link] = []
        base = self.url(page)
        for i in page.indices("related"):
            block = page.blocks[i]
            url = block.links[0][1] if block.links else None
            if url and base:
                url = urljoin(base, url)
            snippet = None
            j = i + 1
            while j < len(page.roles) and page.roles[j] == "boilerplate":
                j += 1  # a date or a category line between a headline and its teaser
            if j < len(page.roles) and page.roles[j] == "related_snippet":
                snippet = page.blocks[j].text
            out.append(Link(_link_title(block), url, snippet))
        return out

    def boilerplate(self, page: Page) -> list[str]:
        """Texts of every block left out of the article's fields."""
        return page.texts("boilerplate", "label", "unknown")

    def image(self, page: Page) -> Image | None:
        """The lead image: the one the page declares, else the story's first figure."""
        return _image.lead_image(page)

    def images(self, page: Page) -> list[Image]:
        """The story's figures, in page order."""
        return _image.figures(page)

    def tags(self, page: Page) -> list[str]:
        """Tags, raw: ``rel="tag"`` links and "Tags:" lines, else the declared keywords."""
        return _tags.tags(page)

    def categories(self, page: Page) -> list[str]:
        """Categories, raw: category links and lines, else the declared sections."""
        return _tags.categories(page)

    def kind(self, page: Page) -> str:
        """What the page is: ``"article"``, ``"listing"``, ``"media"`` or ``"error"``."""
        return _kind.page_kind(page)[0]

    def kind_evidence(self, page: Page) -> list[str]:
        """Why :meth:`kind` says what it says."""
        return list(_kind.page_kind(page)[1])

    def is_accessible_for_free(self, page: Page) -> bool | None:
        """Whether the page declares the story free to read."""
        return _kind.accessible_for_free(page)

    def comments(self, page: Page) -> list[Comment]:
        """Readers' comments: the ``comment`` blocks, each comment's author
        line, date line and text read apart."""
        return _comments.comments(page)

    # -- driver --------------------------------------------------------------

    def extract_body(self, doc: Document) -> tuple[Section, ...]:
        """Only the body of :meth:`extract`'s article (its
        :attr:`~newsshape.Article.sections`): the layout stage and
        :meth:`sections`, none of the other fields, so it costs about a
        quarter less (``doc`` may hold only the head's metadata: see
        :attr:`needs_metadata`). An extractor that overrides :meth:`extract` has it
        run, so the answer is always ``self.extract(doc).sections``."""
        if self._extract_overridden():
            return self.extract(doc).sections
        return clean_sections(self.sections(self.layout(doc)))

    def _text_body(self, doc: Document) -> tuple[Section, ...]:
        """:meth:`extract_body` for :func:`newsshape.clean`, which returns
        only the text: the same paragraphs, without the typed blocks (left
        empty), unless the class overrides how sections are made."""
        if self._extract_overridden() or type(self).sections is not Extractor.sections:
            return self.extract_body(doc)
        return clean_sections(_grouped(self.layout(doc), typed=False), typed=False)

    def _extract_overridden(self) -> bool:
        """Whether the class overrides :meth:`extract` (its body may then
        depend on any field, and so on all the metadata)."""
        return type(self).extract is not Extractor.extract

    def extract(self, doc: Document) -> Article:
        """Run the layout stage, then the field method of every field of
        :class:`~newsshape.Article` (:data:`FIELDS`), and normalise the values
        into the article. Quotes are found on the cleaned sections, so their
        offsets index :attr:`Article.sections <newsshape.Article.sections>`."""
        page = self.layout(doc)
        values: dict[str, Any] = {}
        for name in FIELDS:
            if name not in _DERIVED:
                values[name] = getattr(self, name)(page)
        sections = clean_sections(values["sections"])
        values["sections"] = sections
        if values["kind"] == "listing":  # teasers: no authors, highlights or quotes of one story
            values["authors"] = values["highlights"] = ()
            values["quotes"] = ()
        else:
            values["quotes"] = self.quotes(page, list(sections))
        values["extractor"] = self.name
        return build_article(**values)


def _grouped(page: Page, *, typed: bool) -> list[Section]:
    """:meth:`Extractor.sections`; ``typed=False``: without the typed blocks."""
    sections: list[Section] = []
    heading: str | None = None
    body: list[int] = []
    blocks = page.blocks
    for i in page.indices("body", "heading"):
        if page.roles[i] == "heading":
            if heading is not None or body:
                sections.append(_section(page, heading, body, typed))
            heading, body = blocks[i].text, []
        else:
            body.append(i)
    if heading is not None or body:
        sections.append(_section(page, heading, body, typed))
    return sections


def _section(page: Page, heading: str | None, body: list[int], typed: bool) -> Section:
    blocks = page.blocks
    paragraphs = tuple(blocks[i].text for i in body)
    return Section(heading, paragraphs, structure(page, body) if typed else ())


#: Most words of a date printed between a related headline and its context line ("January 14, 2024").
_DATE_WORDS = 3


def _link_title(block: Block) -> str:
    """A related block's title: its text, but only its link's text when
    the rest is a date and / or a context line that the template printed
    inside the same element (Jetpack: 'Title January 14, 2024 In "Bread"').
    Without a link (a text dump printing the three on one line), the text
    before a closing context line and the date in front of it."""
    text = block.text
    anchor = block.links[0][0] if block.links else ""
    if not anchor:
        return _unglued(text)
    if len(text) <= len(anchor) or not text.startswith(anchor):
        return text
    rest = text[len(anchor) :].strip()
    if DATE_ALONE.match(rest) or JETPACK_CONTEXT.match(rest):
        return anchor
    cuts = (i for i, c in enumerate(rest) if c == " ")
    return anchor if any(DATE_ALONE.match(rest[:i]) and JETPACK_CONTEXT.match(rest[i + 1 :]) for i in cuts) else text


def _unglued(text: str) -> str:
    """``text`` without a Jetpack context line glued to its end ('In
    "Bread"') and the date before it, when a headline is left."""
    context = JETPACK_CONTEXT_END.search(text)
    if context is None:
        return text
    words = text[: context.start()].split(" ")
    for n in range(_DATE_WORDS, 0, -1):
        if len(words) > n and DATE_ALONE.match(" ".join(words[-n:])):
            words = words[:-n]
            break
    return " ".join(words).strip() or text


#: The fields of :class:`~newsshape.Article`, in order: each has a field
#: method of the same name on :class:`Extractor`, but for those of ``_DERIVED``.
FIELDS: tuple[str, ...] = tuple(f.name for f in attrs.fields(Article))
#: Fields not read from the page by their own method: the quotes (found in the
#: cleaned sections) and the extractor's name.
_DERIVED = frozenset(("quotes", "extractor"))
