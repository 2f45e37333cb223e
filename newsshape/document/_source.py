"""Step 1 of the pipeline: a page as given (HTML, Markdown or a text dump;
``str`` or ``bytes``) to its :class:`~newsshape.document.Document`."""

from __future__ import annotations

from newsshape.document._decode import decode_source, looks_like_html
from newsshape.document._html import from_html
from newsshape.document._markdown import from_markdown, looks_like_markdown
from newsshape.document._sniff import check_bytes, check_text
from newsshape.document._textdump import from_text
from newsshape.document._types import Document

Source = str | bytes


def to_document(
    source: Source, url: str | None = None, *, head_only: bool = False, encoding: str | None = None
) -> Document:
    """Step 1: decode ``source`` (``encoding``: the charset the caller was
    given, see :func:`~newsshape.document._decode.decode_source`) and build
    its :class:`Document` (for HTML with ``head_only``, with only the head's
    metadata: see :attr:`Extractor.needs_metadata`).

    :raises NotAPageError: if ``source`` is no page (see
        :mod:`~newsshape.document._sniff`)."""
    utf8: bytes | None = None  # the source, when it is the text's UTF-8 encoding
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        check_bytes(data)
        text, same = decode_source(data, encoding)
        if same:
            utf8 = data
        # judged as text too, as a str would be (UTF-16 and UTF-32 only are
        # judged here; a UTF-8 page's share of control bytes is never higher
        # than its share of control characters)
        check_text(text)
    elif isinstance(source, str):
        text = source
        check_text(text)
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    if looks_like_html(text):
        return from_html(text, url, utf8=utf8, head_only=head_only)
    if looks_like_markdown(text):
        return from_markdown(text, url)
    return from_text(text, url)
