"""Step 5 of the pipeline, where plug-ins attach: extractors turn a page's
document into an :class:`~newsshape.Article`. :class:`Extractor` is the
generic method and the class every extractor derives from;
:class:`TemplateExtractor` writes a site's template as declarations."""

from __future__ import annotations

from newsshape.extractors.base import Extractor
from newsshape.extractors.template import Box, TemplateExtractor

__all__ = ["Box", "Extractor", "TemplateExtractor"]
