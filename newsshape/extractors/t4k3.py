"""T4K3.news."""

from __future__ import annotations

from newsshape.extractors.generic import GenericExtractor
from newsshape.extractors.registry import register


@register
class T4K3Extractor(GenericExtractor):
    """T4K3.news article pages."""

    name = "t4k3"
    site_name = "T4K3.news"
    url_patterns = (r"^https?://(?:www\.)?t4k3\.news/",)
    text_markers = ("T4K3.news", "Key Takeaways", "Highlights", "Related News")
