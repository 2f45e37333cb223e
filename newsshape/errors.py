"""The exceptions newsshape raises on purpose, all under :class:`NewsshapeError`.

This module is the lowest layer of the package: it imports nothing of
newsshape, so every layer may raise these.
"""

from __future__ import annotations

__all__ = ["NewsshapeError", "NotAPageError"]


class NewsshapeError(Exception):
    """Base class of the errors newsshape raises on purpose: ``except
    newsshape.NewsshapeError`` catches every one of them."""


class NotAPageError(NewsshapeError, ValueError):
    """The input is not a web page or a text dump of one: binary content
    (an executable, a PDF, an image, an archive, or bytes mostly made of
    control characters), or a lone address or file path passed where the
    page itself was expected. Raised by :func:`newsshape.parse` and
    :func:`newsshape.clean`; a :class:`ValueError` too."""

    def __init__(self, looks_like: str, detail: str = "") -> None:
        self.looks_like = looks_like
        """What the input looks like, in a few words: ``"PDF document"``,
        ``"PNG image"``, ``"ELF executable"``, ``"gzip archive"``,
        ``"binary data"``, ``"URL"``, ``"file path"``, ..."""
        self.detail = detail
        """What gave it away, or a hint for the caller (may be empty)."""
        message = f"not a page (it looks like: {looks_like})"
        super().__init__(f"{message}: {detail}" if detail else message)
