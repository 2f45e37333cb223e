"""A newsshape extractor for The Lakeside Ledger (a fictional site).

The Ledger's article template marks every part of a story with a CSS class
("ledger-headline", "ledger-body", ...), so the extractor's layout stage
reads the role of each block off the classes around it, and only the
byline and the date need a field method of their own.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import ClassVar

from newsshape import Extractor, Page, Role

__all__ = ["LakesideLedgerExtractor"]


class LakesideLedgerExtractor(Extractor):
    """The Lakeside Ledger's article pages."""

    name = "lakeside_ledger"
    site_name = "The Lakeside Ledger"
    url_patterns = (r"^https?://(?:www\.)?lakesideledger\.example/",)
    html_signatures = ('content="LedgerPress', 'class="ledger-story"')
    needs_metadata = "head"  # claim and layout read no JSON-LD, dates or author markup

    #: The template's classes and the role of the blocks inside them.
    CLASS_ROLES: ClassVar[dict[str, Role]] = {
        "ledger-kicker": "label",
        "ledger-headline": "title",
        "ledger-standfirst": "subtitle",
        "ledger-writer": "byline",
        "ledger-filed": "date",
        "ledger-body": "body",
        "ledger-more": "related",
    }

    def layout(self, doc):
        """Give each block the role of the nearest template class around it;
        headings in the body start sections; the rest is boilerplate."""
        page = Page(doc)
        for i, block in enumerate(page.blocks):
            role: Role = "boilerplate"
            for word in page.doc.hints(block).split():
                if word in self.CLASS_ROLES:
                    role = self.CLASS_ROLES[word]
                    break
            if block.kind == "heading" and role == "body":
                role = "heading"
            elif block.kind == "heading" and role == "related":
                role = "label"  # "More from the Ledger"
            page.roles[i] = role
        return page

    def authors(self, page: Page) -> list[str]:
        """ "Words by Ana Ruiz and Tom Okafor" -> ["Ana Ruiz", "Tom Okafor"]."""
        names: list[str] = []
        for line in page.texts("byline"):
            line = re.sub(r"^(?:words|reporting|photos) by\s+", "", line, flags=re.IGNORECASE)
            names.extend(n.strip() for n in re.split(r",\s*|\s+and\s+", line) if n.strip())
        return names

    def published(self, page: Page) -> datetime | str | None:
        """The ``datetime`` attribute of the ``<time>`` in the "Filed" line."""
        for value, hint in page.doc.meta.times:
            if "ledger-filed" in hint:
                try:
                    return datetime.fromisoformat(value)
                except ValueError:
                    continue
        return page.first("date")
