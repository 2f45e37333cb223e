"""Site templates as declarations: :class:`TemplateExtractor`.

A site's template prints the parts of a story in a fixed order and names
them with fixed labels and classes. A :class:`TemplateExtractor` subclass
declares them -- where the headline is, which label opens which box
(:class:`Box`), which class names give which role, what ends the story, how
its pages are recognised -- and one shared walk lays out both HTML pages and
text dumps of the template:

1. **The headline**: the first block whose class maps to ``title``
   (:attr:`~TemplateExtractor.classes`), else the first ``<h1>``; in a text
   dump, the first line that is not the site's name. The lines above it
   are the site's header (a line printing the site's name gets the role
   ``site``). A page with no headline goes to the generic layout.
2. **Under the headline**: the date line (:attr:`~TemplateExtractor.date_label`),
   short lines of story metadata (:attr:`~TemplateExtractor.meta_lines`), then
   the deck and the summary (:attr:`~TemplateExtractor.under_headline`).
3. **The story**, block by block: in HTML a block inside an element whose
   class or id is mapped takes that role; a label line opens its box, whose
   lines take the box's roles until a line that does not fit; a line of
   :attr:`~TemplateExtractor.body_end` ends the story (what follows is
   furniture, but for boxes opened by their labels); the other lines are the
   body, but for furniture and, in HTML, link lists (and, when a class maps to
   ``body``, whatever is outside such an element).
4. **Headings**: a body line shaped like a heading and followed by a body
   paragraph; after the boxes of :attr:`~TemplateExtractor.note_after`, the
   first one is an editorial note's title, its paragraph the note.

Every block left without a role is boilerplate. The walk runs only for the
pages the template claims.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import ClassVar, Literal

import attrs

from newsshape.document import Block, Document, Page, Role
from newsshape.extractors.base import Extractor
from newsshape.layout import is_furniture, is_heading_like, is_paragraph, is_question_heading, line_key
from newsshape.layout._rules import LINK_LIST
from newsshape.text._quotemarks import OPENING_MARKS

__all__ = ["Box", "TemplateExtractor"]

#: Longest line in a box of links or a deck, in words; tuned on T4K3.news and
#: The Midtown Times (related headlines run to about 20 words).
BOX_LINE_WORDS = 30
#: Longest deck or summary under the headline, in words (T4K3.news).
DECK_WORDS = 60
#: An attribution line: at most this many words, or up to the longer count
#: when it ends no sentence (T4K3.news' takeaway credits).
ATTRIBUTION_WORDS, ATTRIBUTION_WORDS_NO_STOP = 12, 20
#: Longest line of story metadata under the headline, in words (T4K3.news).
META_WORDS = 12
#: Ends of a teaser cut short (The Midtown Times' related snippets).
ELLIPSES = ("...", "…")
#: Class and id words are looked for in this many elements around a block.
CLASS_DEPTH = 4
#: How far above the inner element of an "outer inner" class key the outer one may be.
CLASS_SCOPE = 12
#: A text-dump claim reads lines no longer than the longest marker plus this.
MARKER_SLACK = 2
#: The last characters of a text dump in which its site's name is looked for (an author's bio, a copyright line).
TAIL_CHARS = 20_000


@attrs.frozen
class Box:
    """A box of the template, opened by its label line: the role of its
    lines and of the line paired with each."""

    role: Role
    """Role of the box's lines: ``takeaway`` (a quoted line), ``highlight``
    (a list item), ``related`` (a short line; in HTML inside the element
    around the label) or any other role (a line that is no furniture)."""

    pair: Role | None = None
    """Role of a line right after one of :attr:`role` that reads as its
    companion: ``attribution`` (a short credit line) or ``related_snippet``
    (a teaser cut short with an ellipsis; in HTML use a class instead)."""

    ends_story: bool = False
    """Whether the story is over once the box ends (the page's footer
    follows)."""


def _quoted(block: Block) -> bool:
    return block.kind == "quote" or block.text[:1] in OPENING_MARKS


def _attribution(block: Block) -> bool:
    if block.text[:1] in OPENING_MARKS:
        return False
    words = block.words
    return words <= ATTRIBUTION_WORDS or (words <= ATTRIBUTION_WORDS_NO_STOP and block.text[-1] not in ".!?")


#: What a line of a box must look like to take the box's role (others: no furniture).
_MEMBER: dict[str, Callable[[Block], bool]] = {
    "takeaway": _quoted,
    "highlight": lambda b: b.kind == "item",
    "related": lambda b: b.words <= BOX_LINE_WORDS and not is_furniture(b.text),
}
#: What a line must look like to pair with the one before it.
_PAIR: dict[str, Callable[[Block], bool]] = {
    "attribution": _attribution,
    "related_snippet": lambda b: b.text.endswith(ELLIPSES),
}


class TemplateExtractor(Extractor):
    """An extractor for one site's template, written as declarations (see
    the module documentation for the walk that reads them). Declare
    :attr:`~newsshape.Extractor.name`, the claim markers
    (:attr:`~newsshape.Extractor.url_patterns`,
    :attr:`~newsshape.Extractor.html_signatures`,
    :attr:`~newsshape.Extractor.text_markers`,
    :attr:`~newsshape.Extractor.site_name`) and what of the attributes below
    the template has; override a method only for a real quirk."""

    boxes: ClassVar[Mapping[str, Box]] = {}
    """Label lines (compared by :func:`newsshape.layout.line_key`: case and a
    trailing colon ignored) and the box each opens."""

    classes: ClassVar[Mapping[str, Role]] = {}
    """HTML class or id words and the role of the blocks inside such an
    element (the nearest of four elements around a block decides). A key
    ``"outer inner"`` gives the role only to ``inner`` elements inside an
    ``outer`` one. ``related`` is given to link blocks only; a class mapped
    to ``body`` makes the body the blocks inside such elements."""

    body_end: ClassVar[tuple[str, ...]] = ()
    """Lines that end the story (a share prompt, a comment form's title)."""

    date_label: ClassVar[str | None] = None
    """The label of a date line among the three under the headline
    ("Date:"); the rest of the line is the publication date."""

    meta_lines: ClassVar[re.Pattern[str] | None] = None
    """Up to two short lines under the headline matching this (a date, a
    reading time) are story metadata, left out."""

    under_headline: ClassVar[tuple[Literal["subtitle", "summary"], ...]] = ()
    """What the template prints under the headline: a deck (``subtitle``,
    set apart by no blank line) and a ``summary`` (set apart by a blank line,
    or running up to a repeat of the headline, which is left out)."""

    note_after: ClassVar[tuple[str, ...]] = ()
    """Labels of boxes after which a headed paragraph is an editorial note
    (the first of them that the page closes decides where)."""

    furniture_roles: ClassVar[tuple[Role, ...]] = ("boilerplate", "label", "unknown", "site")
    """Roles whose texts are reported as :attr:`~newsshape.Article.boilerplate`."""

    text_markers_alone: ClassVar[bool] = True
    """Whether a text dump that prints all :attr:`~newsshape.Extractor.text_markers`
    is the template's without other evidence (``False`` when the markers are
    a theme's, which other sites print too)."""

    # -- claim -------------------------------------------------------------------

    def claim(self, doc: Document) -> float:
        """The URL (1.0); in HTML the page's ``og:site_name`` (0.95), else
        the share of signatures; in a text dump at least two markers with
        the site's evidence -- its name on one of the first three lines or
        near the end, or the date label under the headline -- (0.9), or all
        markers (0.8, unless :attr:`text_markers_alone` is false)."""
        if self.matches_url(doc):
            return 1.0
        if doc.kind == "html":
            return 0.95 if self.names_site(doc) else super().claim(doc)
        if not self.text_markers:
            return 0.0
        longest = max(len(m) for m in self.text_markers) + MARKER_SLACK
        keys = {line_key(b.text) for b in doc.blocks if len(b.text) <= longest}
        found = sum(1 for m in self.text_markers if line_key(m) in keys)
        if found >= 2 and self._text_evidence(doc):
            return 0.9
        return 0.8 if self.text_markers_alone and found == len(self.text_markers) else 0.0

    def _text_evidence(self, doc: Document) -> bool:
        site = line_key(self.site_name) if self.site_name else None
        if site is not None and any(line_key(b.text) == site for b in doc.blocks[:3]):
            return True
        label = self.date_label.casefold() if self.date_label else None
        if label is not None and any(b.text.casefold().startswith(label) for b in doc.blocks[1:4]):
            return True
        return site is not None and site in doc.raw[-TAIL_CHARS:].casefold()

    # -- layout ------------------------------------------------------------------

    def layout(self, doc: Document) -> Page:
        """The shared walk (see the module documentation)."""
        page = Page(doc)
        classes = self._class_roles(doc) if self.classes and doc.kind == "html" else None
        title = self._headline(doc, classes)
        if title is None:
            return super().layout(doc)
        site = line_key(self.site_name) if self.site_name else None
        for i in range(title):
            page.roles[i] = "site" if line_key(doc.blocks[i].text) == site else "boilerplate"
        page.roles[title] = "title"
        note_from = self._walk(page, self._under_headline(page, title), classes)
        self._headings(page, note_from)
        page.set(0, len(page.roles), "boilerplate")
        return page

    def ends_story(self, page: Page, i: int) -> Role | None:
        """The role of block ``i`` if it ends the story, else ``None``; by
        default a line of :attr:`body_end` (boilerplate). Override for an
        end a line alone does not show."""
        return "boilerplate" if line_key(page.blocks[i].text) in self._ends else None

    @functools.cached_property
    def _ends(self) -> frozenset[str]:
        return frozenset(line_key(e) for e in self.body_end)

    def _class_roles(self, doc: Document) -> list[Role | None]:
        """The role each block's classes give it (``None``: no mapped class)."""
        single = {k: r for k, r in self.classes.items() if " " not in k}
        scoped: dict[str, list[tuple[str, Role]]] = {}
        for key, role in self.classes.items():
            if " " in key:
                outer, inner = key.split(None, 1)
                scoped.setdefault(inner, []).append((outer, role))
        out: list[Role | None] = []
        for b in doc.blocks:
            out.append(self._class_role(doc, b, single, scoped) if b.element >= 0 else None)
        return out

    @staticmethod
    def _class_role(
        doc: Document, b: Block, single: dict[str, Role], scoped: dict[str, list[tuple[str, Role]]]
    ) -> Role | None:
        chain = doc.ancestors(b.element, CLASS_SCOPE)
        for depth, element in enumerate(chain[:CLASS_DEPTH]):
            for word in doc.elements[element].hint.split():
                role = single.get(word)
                for outer, scoped_role in scoped.get(word, ()):
                    if any(outer in doc.elements[e].hint.split() for e in chain[depth + 1 :]):
                        role = scoped_role
                if role == "related" and not (b.links and b.link_density > LINK_LIST):
                    role = None
                if role is not None:
                    return role
        return None

    def _headline(self, doc: Document, classes: list[Role | None] | None) -> int | None:
        blocks = doc.blocks
        if classes is not None and "title" in classes:
            return classes.index("title")
        if doc.kind == "html":
            return next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
        site = line_key(self.site_name) if self.site_name else None
        return next((i for i, b in enumerate(blocks[:4]) if line_key(b.text) != site), None)

    def _under_headline(self, page: Page, title: int) -> int:
        """Mark the lines under the headline; return where the story starts."""
        blocks, roles = page.blocks, page.roles
        i = title + 1
        if self.date_label:
            label = self.date_label.casefold()
            for j in range(i, min(i + 3, len(blocks))):
                key = blocks[j].text.casefold()
                if key.startswith(label):
                    roles[j] = "date" if key[len(label) :].strip() else "boilerplate"
                    i = j + 1
                    break
        if self.meta_lines is not None:
            meta = self.meta_lines
            while i < len(blocks) and i <= title + 2 and meta.search(blocks[i].text) and blocks[i].words <= META_WORDS:
                roles[i] = "boilerplate"
                i += 1
        headline = line_key(blocks[title].text)
        if "subtitle" in self.under_headline and i < len(blocks):
            b = blocks[i]
            if line_key(b.text) != headline and b.words <= DECK_WORDS and not b.gap_before:
                roles[i] = "subtitle"
                i += 1
        if "summary" in self.under_headline:
            repeat = next((j for j in range(i, min(i + 4, len(blocks))) if line_key(blocks[j].text) == headline), None)
            if repeat is not None:
                page.set(i, repeat, "summary")
                roles[repeat] = "boilerplate"
                return repeat + 1
            if (
                i + 1 < len(blocks)
                and blocks[i].words <= DECK_WORDS
                and (blocks[i].gap_before or "summary" in page.doc.hints(blocks[i]))
            ):
                roles[i] = "summary"
                i += 1
        return i

    def _walk(self, page: Page, start: int, classes: list[Role | None] | None) -> int:
        """Lay out the story from ``start``; return where a note may start."""
        doc, blocks, roles = page.doc, page.blocks, page.roles
        html = doc.kind == "html"
        body_class = classes is not None and "body" in classes
        box: Box | None = None
        label, container, over = "", -1, False
        closed: dict[str, int] = {}
        for i in range(start, len(blocks)):
            if roles[i] != "unknown":
                continue
            b = blocks[i]
            given = classes[i] if classes is not None else None
            if given is not None and given != "body":
                roles[i] = given
                continue
            key = line_key(b.text)
            opened = self.boxes.get(key)
            if opened is not None:
                roles[i], box, label = "label", opened, key
                container = doc.elements[b.element].parent if b.element >= 0 else -1
                continue
            ended = None if over else self.ends_story(page, i)
            if ended is not None:
                roles[i], box, over = ended, None, True
                continue
            if box is not None:
                role = self._in_box(page, i, box, container)
                if role is not None:
                    roles[i] = role
                    continue
                closed[label] = i
                over, box = over or box.ends_story, None
            if over or is_furniture(b.text) or (html and b.link_density > LINK_LIST) or (body_class and given is None):
                roles[i] = "boilerplate"
            else:
                roles[i] = "body"
        return next((closed[k] for k in self.note_after if k in closed), len(blocks))

    @staticmethod
    def _in_box(page: Page, i: int, box: Box, container: int) -> Role | None:
        b = page.blocks[i]
        if box.pair is not None and page.roles[i - 1] == box.role and _PAIR.get(box.pair, bool)(b):
            return box.pair
        if box.role == "related" and container >= 0 and container not in page.doc.ancestors(b.element):
            return None
        member = _MEMBER.get(box.role)
        fits = member(b) if member is not None else not is_furniture(b.text)
        return box.role if fits else None

    def _headings(self, page: Page, note_from: int) -> None:
        """Headings in the body, and the editorial note after the boxes."""
        blocks, roles = page.blocks, page.roles
        note_done = not self.note_after
        for i in range(len(blocks) - 1):
            if roles[i] != "body" or roles[i + 1] != "body" or not is_paragraph(blocks[i + 1]):
                continue
            b = blocks[i]
            if not (is_heading_like(b) or is_question_heading(b) or b.kind == "heading"):
                continue
            if i >= note_from and not note_done:
                roles[i], roles[i + 1] = "note_title", "note"
                note_done = True
            else:
                roles[i] = "heading"

    # -- fields ------------------------------------------------------------------

    def published(self, page: Page) -> date | str | None:
        """With a :attr:`date_label`: the page's metadata (HTML), else the
        date line; otherwise the generic sources."""
        if not self.date_label:
            return super().published(page)
        if page.doc.kind == "html":
            found = super().published(page)
            if found is not None and not isinstance(found, str):
                return found
        line = page.first("date")
        return line[len(self.date_label) :].strip() if line else None

    def boilerplate(self, page: Page) -> list[str]:
        """Texts of the blocks with one of :attr:`furniture_roles`."""
        return page.texts(*self.furniture_roles)
