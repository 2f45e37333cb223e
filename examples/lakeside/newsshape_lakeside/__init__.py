"""A newsshape extractor for The Lakeside Ledger (a fictional site).

The Ledger's article template marks every part of a story with a CSS class
("ledger-headline", "ledger-body", ...), so the extractor is a declaration:
how to recognise the site's pages, and which class gives which role.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from newsshape import Role, TemplateExtractor

__all__ = ["LakesideLedgerExtractor"]


class LakesideLedgerExtractor(TemplateExtractor):
    """The Lakeside Ledger's article pages."""

    name = "lakeside_ledger"
    site_name = "The Lakeside Ledger"
    url_patterns = (r"^https?://(?:www\.)?lakesideledger\.example/",)
    html_signatures = ('content="LedgerPress', 'class="ledger-story"')
    needs_metadata = "head"  # claim and layout read no JSON-LD, dates or author markup

    #: The template's classes and the role of the blocks inside them.
    classes: ClassVar[Mapping[str, Role]] = {
        "ledger-kicker": "label",
        "ledger-headline": "title",
        "ledger-standfirst": "subtitle",
        "ledger-writer": "byline",
        "ledger-filed": "date",
        "ledger-body": "body",
        "ledger-more": "related",
    }
