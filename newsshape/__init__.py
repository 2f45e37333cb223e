"""newsshape: the structure of news pages as typed data.

>>> import newsshape
>>> page = "A headline here\\n\\nA first paragraph of the story, long enough to read as body text."
>>> article = newsshape.parse(page)
>>> article.title
'A headline here'
"""

from __future__ import annotations

import newsshape.output  # noqa: F401  (gives Article.to_markdown, to_html and to_text their renderers)
from newsshape._fetch import FetchedPage, FetchError, fetch
from newsshape._pipeline import clean, explain, parse
from newsshape.document import Block, Document, Element, Meta, Page, Role
from newsshape.errors import NewsshapeError, NotAPageError
from newsshape.extractors import Box, Extractor, TemplateExtractor
from newsshape.extractors.registry import ExtractorNameClash, UnknownExtractorError, available_extractors, register
from newsshape.model import Article, Comment, Image, Link, Note, Quote, Section, Takeaway
from newsshape.quotes import find_quotes

__all__ = [
    "Article",
    "Block",
    "Box",
    "Comment",
    "Document",
    "Element",
    "Extractor",
    "ExtractorNameClash",
    "FetchError",
    "FetchedPage",
    "Image",
    "Link",
    "Meta",
    "NewsshapeError",
    "NotAPageError",
    "Note",
    "Page",
    "Quote",
    "Role",
    "Section",
    "Takeaway",
    "TemplateExtractor",
    "UnknownExtractorError",
    "available_extractors",
    "clean",
    "explain",
    "fetch",
    "find_quotes",
    "parse",
    "register",
]

__version__ = "0.1.0"

# Last, once every public name exists (a plug-in may import them): register
# the built-in extractors and discover installed ones now rather than on the
# first parse() call.
from newsshape.extractors.registry import load as _load

_load()
