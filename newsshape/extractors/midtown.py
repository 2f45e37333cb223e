"""The Midtown Times."""

from __future__ import annotations

from newsshape.extractors.generic import GenericExtractor
from newsshape.extractors.registry import register


@register
class MidtownTimesExtractor(GenericExtractor):
    """The Midtown Times, a WordPress site on the tagDiv "Newspaper" theme."""

    name = "midtown_times"
    site_name = "The Midtown Times"
    url_patterns = (r"^https?://(?:www\.)?themidtowntimes\.com/",)
    text_markers = ("Date:", "LEAVE A REPLY", "More like this", "spot_imgspot_img")
