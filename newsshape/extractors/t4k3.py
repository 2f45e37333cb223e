"""T4K3.news: a news site with a fixed article layout.

From top to bottom a T4K3 page prints: the site name, the headline, a deck,
a one-line summary, the headline again (under the lead image), the body, a
"Key Takeaways" box of quote / attribution pairs, more body, a "Highlights"
list, an optional risk note (a title and one paragraph), a closing line, a
share prompt and a "Related News" list of headlines. Text dumps and HTML
give the same sequence of blocks, so the template's declarations lay out
both; in HTML everything above the ``h1`` is the site's header and
everything after the related list its footer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from newsshape.extractors.template import Box, TemplateExtractor


class T4K3Extractor(TemplateExtractor):
    """T4K3.news article pages, as text dumps or HTML."""

    name = "t4k3"
    needs_metadata = "head"
    site_name = "T4K3.news"
    url_patterns = (r"^https?://(?:www\.)?t4k3\.news/",)
    html_signatures = ('content="T4K3.news"', "key-takeaways", "related-news")
    text_markers = ("Key Takeaways", "Highlights", "Related News", "Enjoyed this? Let your friends know!")

    boxes: ClassVar[Mapping[str, Box]] = {
        "key takeaways": Box("takeaway", pair="attribution"),
        "highlights": Box("highlight"),
        "related news": Box("related", ends_story=True),
    }
    body_end = ("Enjoyed this? Let your friends know!",)
    under_headline = ("subtitle", "summary")
    note_after = ("highlights", "key takeaways")
    #: A line of story metadata under the headline: a date or a reading time.
    meta_lines = re.compile(
        r"\b\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b"
        r"|\b\d{4}-\d\d-\d\d\b|\bmin(?:ute)?s? read\b"
    )
