"""T4K3.news: a news site with a fixed article layout.

From top to bottom a T4K3 page prints: the site name, the headline, a deck,
a one-line summary, the headline again (under the lead image), the body, a
"Key Takeaways" box of quote / attribution pairs, more body, a "Highlights"
list, an optional risk note (a title and one paragraph), a closing line, a
share prompt and a "Related News" list of headlines. Text dumps and HTML
give the same sequence of blocks, so one walk over the blocks lays out both;
in HTML everything above the ``h1`` is the site's header and everything
after the related list its footer.
"""

from __future__ import annotations

import re

from newsshape.document._types import Block, Document
from newsshape.extractors.base import Page
from newsshape.extractors.generic import GenericExtractor
from newsshape.extractors.registry import register
from newsshape.layout._content import is_heading_like, is_paragraph
from newsshape.layout._furniture import is_furniture, line_key
from newsshape.text._quotemarks import OPENING_MARKS as _OPENING_QUOTES

#: A line of story metadata: a date or a reading time.
_META_LINE = re.compile(
    r"\b\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b"
    r"|\b\d{4}-\d\d-\d\d\b|\bmin(?:ute)?s? read\b"
)


def _is_quoted(block: Block) -> bool:
    return block.kind == "quote" or block.text[:1] in _OPENING_QUOTES


def _is_attribution(block: Block) -> bool:
    """A short credit line: no opening quote mark, and either very short or
    not a sentence."""
    if block.text[:1] in _OPENING_QUOTES:
        return False
    return block.words <= 12 or (block.words <= 20 and block.text[-1] not in ".!?")


@register
class T4K3Extractor(GenericExtractor):
    """T4K3.news article pages, as text dumps or HTML."""

    name = "t4k3"
    needs_metadata = "head"
    site_name = "T4K3.news"
    url_patterns = (r"^https?://(?:www\.)?t4k3\.news/",)
    html_signatures = ('content="T4K3.news"', "key-takeaways", "related-news")
    text_markers = ("Key Takeaways", "Highlights", "Related News", "Enjoyed this? Let your friends know!")

    takeaways_label = "key takeaways"
    """Label of the box of quote / attribution pairs."""
    highlights_label = "highlights"
    """Label of the bulleted highlights list."""
    related_label = "related news"
    """Label of the related headlines."""
    share_prompt = "enjoyed this? let your friends know!"
    """The share prompt that ends the article."""

    def claim(self, doc: Document) -> float:
        """The site's URL or ``og:site_name``; in a text dump the site line at
        the top with at least two of the box labels, or all the labels."""
        if self.matches_url(doc):
            return 1.0
        if doc.kind == "html":
            if self.names_site(doc):
                return 0.95
            return super().claim(doc)
        longest = max(len(m) for m in self.text_markers) + 2
        keys = {line_key(b.text) for b in doc.blocks if len(b.text) <= longest}
        found = sum(1 for m in self.text_markers if line_key(m) in keys)
        site_line = any(line_key(b.text) == line_key(self.site_name) for b in doc.blocks[:3])
        if site_line and found >= 2:
            return 0.95
        return 0.8 if found == len(self.text_markers) else 0.0

    # -- layout ----------------------------------------------------------------

    def layout(self, doc: Document) -> Page:
        """Walk the blocks once, in the order the template prints them."""
        page = Page(doc)
        blocks, roles = page.blocks, page.roles
        start = self._head(page)
        if start is None:
            return super().layout(doc)
        state = "body"
        container = -1  # HTML: the element holding the related list
        after_takeaways = after_highlights = len(blocks)
        for i in range(start, len(blocks)):
            b = blocks[i]
            key = line_key(b.text)
            if key in (self.takeaways_label, self.highlights_label, self.related_label):
                roles[i] = "label"
                state = {self.takeaways_label: "takeaways", self.highlights_label: "highlights"}.get(key, "related")
                if state == "related" and b.element >= 0:
                    container = doc.elements[b.element].parent
                continue
            if key == self.share_prompt:
                roles[i], state = "boilerplate", "share"
                continue
            if state == "takeaways":
                if roles[i - 1] == "takeaway" and _is_attribution(b):
                    roles[i] = "attribution"
                    continue
                if _is_quoted(b):
                    roles[i] = "takeaway"
                    continue
                state, after_takeaways = "body", i
            elif state == "highlights":
                if b.kind == "item":
                    roles[i] = "highlight"
                    continue
                state, after_highlights = "body", i
            elif state == "related":
                inside = container < 0 or container in doc.ancestors(b.element)
                if inside and b.words <= 30 and not is_furniture(b.text) and (b.kind != "heading" or container >= 0):
                    roles[i] = "related"
                    continue
                state = "footer"
            if state in ("share", "footer") or is_furniture(b.text) or (doc.kind == "html" and b.link_density > 0.5):
                roles[i] = "boilerplate"
            else:
                roles[i] = "body"
        self._headings_and_note(page, after_highlights if after_highlights < len(blocks) else after_takeaways)
        return page

    def _head(self, page: Page) -> int | None:
        """Mark site line, title, deck, summary and the repeated title; return
        the index where the body starts (``None`` if there is no title)."""
        blocks, roles = page.blocks, page.roles
        if page.doc.kind == "html":
            h1 = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
        else:
            h1 = next((i for i, b in enumerate(blocks[:4]) if line_key(b.text) != line_key(self.site_name)), None)
        if h1 is None:
            return None
        for i in range(h1):
            roles[i] = "site" if line_key(blocks[i].text) == line_key(self.site_name) else "boilerplate"
        roles[h1] = "title"
        title = line_key(blocks[h1].text)
        i = h1 + 1
        while i < len(blocks) and i <= h1 + 2 and _META_LINE.search(blocks[i].text) and blocks[i].words <= 12:
            roles[i] = "boilerplate"  # section, date and reading time under the headline
            i += 1
        if i < len(blocks) and line_key(blocks[i].text) != title and blocks[i].words <= 60 and not blocks[i].gap_before:
            roles[i] = "subtitle"
            i += 1
        repeat = next((j for j in range(i, min(i + 4, len(blocks))) if line_key(blocks[j].text) == title), None)
        if repeat is not None:
            page.set(i, repeat, "summary")
            roles[repeat] = "boilerplate"
            return repeat + 1
        if (
            i + 1 < len(blocks)
            and blocks[i].words <= 60
            and (blocks[i].gap_before or "summary" in page.doc.hints(blocks[i]))
        ):
            roles[i] = "summary"
            i += 1
        return i

    @staticmethod
    def _headings_and_note(page: Page, after_boxes: int) -> None:
        """Short title-like lines in the body: after the boxes, the first
        one followed by a paragraph is the risk note's title (and that
        paragraph the note); elsewhere they are section headings."""
        blocks, roles = page.blocks, page.roles
        note_done = False
        for i in range(len(blocks) - 1):
            if roles[i] != "body" or roles[i + 1] != "body" or not is_heading_like(blocks[i]):
                continue
            if not is_paragraph(blocks[i + 1]):
                continue
            if i >= after_boxes and not note_done:
                roles[i], roles[i + 1] = "note_title", "note"
                note_done = True
            else:
                roles[i] = "heading"

    def boilerplate(self, page: Page) -> list[str]:
        """Furniture, labels, the printed site name and the repeated title."""
        return page.texts("boilerplate", "label", "unknown", "site")
