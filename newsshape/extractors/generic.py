"""The generic extractor: any news or blog page, HTML or text dump.

Layout runs as a few named passes over the blocks, each in its own module:

1. :func:`newsshape.layout._furniture.mark` -- page furniture that is recognisable
   on its own (comment forms, share bars, "Scroll to Top").
2. :func:`newsshape.layout._boxes.mark` -- labelled boxes: "Highlights", "Key
   takeaways", "Related", "Summary" and the blocks they hold.
3. :func:`newsshape.layout._content.mark` -- the main content: which of the
   remaining blocks are the article body, and which of them are headings.
4. :func:`newsshape.layout._head.mark` -- the lines above the body: site name,
   title, subtitle, byline, date.

Field methods then read the roles, completing them from the page's metadata
(:mod:`newsshape.fields._fields`).
"""

from __future__ import annotations

from datetime import datetime

from newsshape.document._types import Document
from newsshape.extractors.base import Extractor, Page
from newsshape.extractors.registry import register
from newsshape.fields import _fields
from newsshape.layout import _boxes, _content, _furniture, _head


@register
class GenericExtractor(Extractor):
    """Extracts any page; the fallback when no site extractor claims it."""

    name = "generic"
    needs_metadata = "head"

    def layout(self, doc: Document) -> Page:
        """Run the four layout passes (see the module documentation)."""
        page = Page(doc)
        _furniture.mark(page)
        _boxes.mark(page)
        _content.mark(page)
        _head.mark(page)
        return page

    def site(self, page: Page) -> str | None:
        """``og:site_name``, JSON-LD publisher, or a site line on the page."""
        return _fields.site(page) or super().site(page)

    def title(self, page: Page) -> str | None:
        """The headline from the page, else from metadata (suffix removed)."""
        return _fields.title(page)

    def summary(self, page: Page) -> str | None:
        """A summary box, else the page's description (HTML only)."""
        return super().summary(page) or _fields.description(page)

    def authors(self, page: Page) -> list[str]:
        """Byline lines, else author metadata."""
        return _fields.authors(page)

    def published(self, page: Page) -> datetime | str | None:
        """Publication date from metadata, markup, URL and text."""
        return _fields.published(page)

    def modified(self, page: Page) -> datetime | str | None:
        """Last-modified date from metadata."""
        return _fields.modified(page)

    def dateline(self, page: Page) -> str | None:
        """The dateline opening the first body paragraph."""
        return _fields.dateline(page)
