"""Step 1 of the pipeline: the page as a :class:`Document`, a flat sequence of
text blocks, whatever the input (HTML, a text dump).

:func:`to_document` decodes a page and builds its document; a :class:`Page`
is a document with a :data:`Role` for each block, the working state that the
layout stage fills and the field stage reads. Lower layers of the package
(:mod:`newsshape.text`) are below this one; nothing here imports from the
layout, fields or extractors layers.
"""

from __future__ import annotations

from newsshape.document import _decode
from newsshape.document._page import Page, Role
from newsshape.document._source import Source, to_document
from newsshape.document._types import Block, BlockKind, Document, Element, Meta

__all__ = ["Block", "BlockKind", "Document", "Element", "Meta", "Page", "Role", "Source", "decode", "to_document"]


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of page bytes, read the way :func:`to_document` and
    :func:`newsshape.parse` read them: a byte-order mark first, then
    ``encoding`` (the charset the caller was given, as an HTTP
    ``Content-Type`` header's; an unknown name is ignored), then the charset
    the page declares if the bytes satisfy it, UTF-8 (valid UTF-8 wins over
    a false declaration; stray Windows-1252 bytes in UTF-8 are read as
    such), UTF-16 without a mark, and detection of legacy encodings
    (Windows-1251, KOI8-R, Shift JIS, EUC-JP, ISO-2022-JP, ...), with
    Windows-1252, the browsers' default, when nothing tells.

    >>> from newsshape.document import decode
    >>> decode("<p>Café</p>".encode("utf-8"))
    '<p>Café</p>'
    >>> decode("<meta charset=koi8-r><p>Привет</p>".encode("koi8-r"))
    '<meta charset=koi8-r><p>Привет</p>'
    >>> decode("<p>café</p>".encode("latin-1"), encoding="latin-1")
    '<p>café</p>'
    """
    return _decode.decode(data, encoding)
