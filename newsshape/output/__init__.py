"""Articles for people to read: Markdown, HTML and plain text.

The same renderings as :meth:`Article.to_markdown
<newsshape.Article.to_markdown>`, :meth:`~newsshape.Article.to_html` and
:meth:`~newsshape.Article.to_text`, and the command line's ``--format
markdown|html|text``.

This module sits above :mod:`newsshape.model`, which imports nothing of
newsshape: it gives the model its renderers when it is imported (as
``import newsshape`` does), so that ``Article.to_markdown()`` works without
the model importing upward.
"""

from __future__ import annotations

from newsshape import model as _model
from newsshape.output._common import SAFE_SCHEMES, safe_url
from newsshape.output._html import to_html
from newsshape.output._markdown import escape as escape_markdown
from newsshape.output._markdown import to_markdown
from newsshape.output._text import to_text

__all__ = ["SAFE_SCHEMES", "escape_markdown", "safe_url", "to_html", "to_markdown", "to_text"]

_model._RENDERERS.update(markdown=to_markdown, html=to_html, text=to_text)
