"""Step 1 of the pipeline: the page as a :class:`Document`, a flat sequence of
text blocks, whatever the input (HTML, a text dump).

:func:`to_document` decodes a page and builds its document; a :class:`Page`
is a document with a :data:`Role` for each block, the working state that the
layout stage fills and the field stage reads. Lower layers of the package
(:mod:`newsshape.text`) are below this one; nothing here imports from the
layout, fields or extractors layers.
"""

from __future__ import annotations

from newsshape.document._page import Page, Role
from newsshape.document._source import Source, to_document
from newsshape.document._types import Block, BlockKind, Document, Element, Meta

__all__ = ["Block", "BlockKind", "Document", "Element", "Meta", "Page", "Role", "Source", "to_document"]
