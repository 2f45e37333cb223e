"""The Midtown Times: a WordPress site on the tagDiv "Newspaper" theme.

A page prints the headline, a "Date:" line (sometimes with nothing after the
colon), the body with short section headings (its first paragraph opens with
a dateline, "Anchorage, Alaska — ..."), the author box (the author's name,
printed twice in text dumps, and a bio), the theme's comment form and
widgets, and "More like this": headline / teaser pairs. In HTML the body is
the theme's ``td-post-content`` container and the author box, headlines and
teasers carry the theme's classes; text dumps are laid out by their order.
"""

from __future__ import annotations

from datetime import datetime

from newsshape.document._types import Block, Document
from newsshape.extractors.base import Page
from newsshape.extractors.generic import GenericExtractor
from newsshape.extractors.registry import register
from newsshape.fields import _fields
from newsshape.layout._content import is_heading_like, is_paragraph
from newsshape.layout._furniture import is_furniture, line_key

_ELLIPSIS = ("...", "…")


def _is_heading(block: Block) -> bool:
    """A short line that does not end like a sentence; a question counts
    ("What Comes Next?")."""
    return is_heading_like(block) or (block.words <= 12 and block.text[-1] in "?!" and block.text.count(". ") == 0)


@register
class MidtownTimesExtractor(GenericExtractor):
    """The Midtown Times, as text dumps or HTML."""

    name = "midtown_times"
    needs_metadata = "head"
    site_name = "The Midtown Times"
    url_patterns = (r"^https?://(?:www\.)?themidtowntimes\.com/",)
    html_signatures = ("td-post-content", "tdb-", "Midtown Times")
    text_markers = ("LEAVE A REPLY", "Please enter your comment!", "More like this", "spot_imgspot_img")

    date_prefix = "date:"
    """The label of the date line under the headline."""
    body_end = ("leave a reply", "share post", "more like this")
    """Lines that end the body when no author box does."""
    related_label = "more like this"
    """Label of the related stories."""
    content_hints = ("td-post-content",)
    """HTML class words of the body container."""
    author_hints = ("tdb-author-name", "td-author-name")
    """HTML class words of the author's name in the author box."""
    excerpt_hints = ("td-excerpt",)
    """HTML class words of a related story's teaser."""

    def claim(self, doc: Document) -> float:
        """The site's URL or name in the HTML with the theme's classes; in a
        text dump a "Date:" line under the headline and the theme's
        furniture."""
        if self.matches_url(doc):
            return 1.0
        if doc.kind == "html":
            if self.names_site(doc):
                return 0.95
            return super().claim(doc) if self.site_name in doc.raw else 0.0
        longest = max(len(m) for m in self.text_markers) + 2
        keys = {line_key(b.text) for b in doc.blocks if len(b.text) <= longest}
        found = sum(1 for m in self.text_markers if line_key(m) in keys)
        date_line = any(b.text.casefold().startswith(self.date_prefix) for b in doc.blocks[1:4])
        named = self.site_name.casefold() in doc.raw[-20_000:].casefold()  # the author box's bio
        return 0.9 if (date_line or named) and found >= 2 else 0.0

    # -- layout ----------------------------------------------------------------

    def layout(self, doc: Document) -> Page:
        """Title, date line, body, author box, related pairs; the rest is
        furniture."""
        page = Page(doc)
        blocks, roles = page.blocks, page.roles
        title = self._title_index(doc)
        if title is None:
            return super().layout(doc)
        page.set(0, title, "boilerplate")
        roles[title] = "title"
        start = title + 1
        for i in range(start, min(start + 3, len(blocks))):
            key = blocks[i].text.casefold()
            if key.startswith(self.date_prefix):
                roles[i] = "date" if key[len(self.date_prefix) :].strip() else "boilerplate"
                start = i + 1
                break
        end = self._body(page, start)
        end = self._author_box(page, end)
        self._related(page, end)
        page.set(0, len(blocks), "boilerplate")
        return page

    def _title_index(self, doc: Document) -> int | None:
        if doc.kind == "html":
            return next((i for i, b in enumerate(doc.blocks) if b.kind == "heading" and b.level == 1), None)
        return 0 if doc.blocks else None

    def _hinted(self, page: Page, block: Block, hints: tuple[str, ...]) -> bool:
        words = page.doc.hints(block, 4)
        return any(h in words for h in hints)

    def _body(self, page: Page, start: int) -> int:
        """Mark body paragraphs and headings; return where the body ends."""
        blocks, roles = page.blocks, page.roles
        html = page.doc.kind == "html" and any(self._hinted(page, b, self.content_hints) for b in blocks)
        end = start
        for i in range(start, len(blocks)):
            b = blocks[i]
            if html:
                if not self._hinted(page, b, self.content_hints):
                    if end > start:
                        break
                    continue
            elif line_key(b.text) in self.body_end or self._author_at(page, i):
                break
            end = i + 1
            if is_furniture(b.text) or (html and b.link_density > 0.5):
                roles[i] = "boilerplate"
            elif b.kind == "heading" or (
                not html and i + 1 < len(blocks) and _is_heading(b) and is_paragraph(blocks[i + 1])
            ):
                roles[i] = "heading"
            else:
                roles[i] = "body"
        return end

    def _author_at(self, page: Page, i: int) -> bool:
        """Text dumps: the author box starts with the name printed twice."""
        blocks = page.blocks
        return i + 1 < len(blocks) and blocks[i].words <= 6 and blocks[i].text == blocks[i + 1].text

    def _author_box(self, page: Page, start: int) -> int:
        """Mark the author's name as the byline and the rest of the box as
        furniture; return where the box ends."""
        blocks, roles = page.blocks, page.roles
        if page.doc.kind == "html":
            names = [i for i in range(start, len(blocks)) if self._hinted(page, blocks[i], self.author_hints)]
            for i in names:
                roles[i] = "byline" if i == names[0] else "boilerplate"
            return start
        if not self._author_at(page, start):
            return start
        roles[start], roles[start + 1] = "byline", "boilerplate"
        i = start + 2
        while i < len(blocks) and not is_furniture(blocks[i].text) and line_key(blocks[i].text) not in self.body_end:
            roles[i] = "boilerplate"  # the bio
            i += 1
        return i

    def _related(self, page: Page, start: int) -> None:
        """After "More like this": headlines, each with an optional teaser."""
        blocks, roles = page.blocks, page.roles
        label = next((i for i in range(start, len(blocks)) if line_key(blocks[i].text) == self.related_label), None)
        if label is None:
            return
        roles[label] = "label"
        html = page.doc.kind == "html"
        for i in range(label + 1, len(blocks)):
            b = blocks[i]
            if html:
                teaser = self._hinted(page, b, self.excerpt_hints)
                headline = not teaser and b.kind == "heading" and b.link_density > 0.5
            else:
                teaser = roles[i - 1] == "related" and b.text.endswith(_ELLIPSIS)
                headline = not teaser and b.words <= 30 and not is_furniture(b.text)
            if teaser and roles[i - 1] == "related":
                roles[i] = "related_snippet"
            elif headline:
                roles[i] = "related"
            else:
                break

    # -- fields ----------------------------------------------------------------

    def published(self, page: Page) -> datetime | str | None:
        """The page's metadata (HTML), else the "Date:" line."""
        if page.doc.kind == "html":
            found = _fields.published(page)
            if found is not None and not isinstance(found, str):
                return found
        line = page.first("date")
        return line.split(":", 1)[1].strip() if line else None

    def summary(self, page: Page) -> str | None:
        """The template prints no summary; only the page's description can
        give one."""
        return _fields.description(page)

    def authors(self, page: Page) -> list[str]:
        """The name in the author box, else the page's author metadata."""
        return page.texts("byline") or _fields.authors(page)

    def boilerplate(self, page: Page) -> list[str]:
        """Furniture, labels and the author box (the name included)."""
        return page.texts("boilerplate", "label", "unknown", "byline")
