"""Direct quotations and their speakers, for plain text and for sections.

The public entry points of the quotation pass (:mod:`newsshape.fields`
holds its implementation): :func:`find_quotes` for plain text,
:func:`quotes_in_sections` for an article's body.
"""

from __future__ import annotations

from newsshape.fields._quotes import find_quotes, quotes_in_sections

__all__ = ["find_quotes", "quotes_in_sections"]
