"""The Midtown Times: a WordPress site on the tagDiv "Newspaper" theme.

A page prints the headline, a "Date:" line (sometimes with nothing after the
colon), the body with short section headings (its first paragraph opens with
a dateline, "Anchorage, Alaska — ..."), the author box (the author's name,
printed twice in text dumps, and a bio), the theme's comment form and
widgets, and "More like this" (or the theme's "Related articles"): headline
/ teaser pairs. In HTML the body is the theme's ``td-post-content``
container, and the author box and the theme's related-posts module
(``tdb_single_related``) carry the theme's classes; text dumps are laid out
by their order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from newsshape.document import Document, Page, Role
from newsshape.extractors.template import Box, TemplateExtractor

#: Longest author's name in the author box, in words.
AUTHOR_WORDS = 6

_RELATED = Box("related", pair="related_snippet", ends_story=True)


class MidtownTimesExtractor(TemplateExtractor):
    """The Midtown Times, as text dumps or HTML."""

    name = "midtown_times"
    needs_metadata = "head"
    site_name = "The Midtown Times"
    url_patterns = (r"^https?://(?:www\.)?themidtowntimes\.com/",)
    html_signatures = ("td-post-content", "tdb-", "Midtown Times")
    text_markers = ("LEAVE A REPLY", "Please enter your comment!", "More like this", "spot_imgspot_img")
    marker_forms: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "LEAVE A REPLY": ("LEAVE A REPLY Cancel reply",),
        "More like this": ("RELATED ARTICLES",),
        "spot_imgspot_img": ("spot_img spot_img", "spot_img"),
    }
    text_markers_alone = False  # the theme's lines: other tagDiv sites print them too

    date_label = "Date:"
    body_end = ("Leave a reply", "Leave a reply Cancel reply", "Share post")
    boxes: ClassVar[Mapping[str, Box]] = {"more like this": _RELATED, "related articles": _RELATED}
    classes: ClassVar[Mapping[str, Role]] = {
        "td-post-content": "body",
        "tdb-author-name": "byline",
        "td-author-name": "byline",
        "tdb_single_related td-module-title": "related",
        "tdb_single_related td-excerpt": "related_snippet",
    }
    furniture_roles = ("boilerplate", "label", "unknown", "site", "byline")  # the author box, the name included

    def claim(self, doc: Document) -> float:
        """As declared, but an HTML page must name the site (the theme's
        classes are every tagDiv site's): in ``og:site_name``, its title or
        its visible text (a search of the text, not of the whole source)."""
        if doc.kind == "html" and not (self.matches_url(doc) or self.names_site(doc)):
            name = self.site_name or ""
            if name not in (doc.meta.title or "") and not any(name in block.text for block in doc.blocks):
                return 0.0
        return super().claim(doc)

    def ends_story(self, page: Page, i: int) -> Role | None:
        """Also the author box of a text dump, which opens with the author's
        name (the byline): printed twice, or on the line above a one-line bio
        that the comment form follows."""
        blocks = page.blocks
        if page.doc.kind != "text" or i + 2 >= len(blocks) or blocks[i].words > AUTHOR_WORDS:
            return super().ends_story(page, i)
        name, after = blocks[i], blocks[i + 1]
        if name.text == after.text or (not after.gap_before and super().ends_story(page, i + 2) is not None):
            return "byline"
        return super().ends_story(page, i)
