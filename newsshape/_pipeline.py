"""The whole pipeline: source -> document -> extractor -> Article."""

from __future__ import annotations

from newsshape.document import Document, Source, to_document
from newsshape.extractors.base import Extractor
from newsshape.extractors.registry import choose, get, head_is_enough
from newsshape.layout import Reason, explain_layout
from newsshape.model import Article, body_text


def parse(
    source: Source,
    *,
    url: str | None = None,
    extractor: str | Extractor | None = None,
    encoding: str | None = None,
) -> Article:
    """Turn a news page into an :class:`~newsshape.Article`.

    :param source: the page: HTML (``str`` or ``bytes``; bytes are decoded
        from the byte-order mark, else ``encoding``, else the charset the
        page declares, else UTF-8, else a detected legacy encoding or
        Windows-1252) or a text dump of the page (lines of visible text).
        HTML is recognised by its content.
    :param url: the page's address, if known; it helps choose the extractor
        and find the date, and is kept in :attr:`Article.url`.
    :param extractor: the name (or instance) of the extractor to use. By
        default every registered extractor is asked how confidently it
        claims the page, and ``generic`` takes pages no other claims.
    :param encoding: the charset the page came with, if known: an HTTP
        response's ``Content-Type`` charset (``r.encoding`` for a
        :mod:`requests` response). Used for ``bytes`` only, before the
        charset the page declares, and only when the bytes are valid in it;
        bytes in valid UTF-8 beyond ASCII are read as UTF-8 whatever it says
        (servers send ISO-8859-1 by default). An unknown name is ignored.
    :raises TypeError: if ``source`` is neither ``str`` nor ``bytes``.
    :raises UnknownExtractorError: if ``extractor`` names no registered
        extractor.
    :raises NotAPageError: if ``source`` is not a page at all: a binary file
        (an executable, a PDF, an image, an archive, or mostly control
        characters) or a lone URL or file path; its ``looks_like`` says
        which.

    An empty page (nothing, or white space only) gives an empty
    :class:`Article`.
    """
    chosen, doc = _prepare(source, url, extractor, encoding=encoding)
    return chosen.extract(doc)


def clean(
    source: Source,
    *,
    url: str | None = None,
    extractor: str | Extractor | None = None,
    encoding: str | None = None,
) -> str:
    """Only the body text of the page, boilerplate removed: headings and
    paragraphs separated by blank lines, the same as ``parse(...).text``
    (the arguments, and the errors raised, are those of :func:`parse`).
    Faster than :func:`parse`: no other field is extracted (see
    :meth:`Extractor.extract_body <newsshape.Extractor.extract_body>`)."""
    chosen, doc = _prepare(source, url, extractor, body_only=True, encoding=encoding)
    return body_text(chosen._text_body(doc))


def _prepare(
    source: Source,
    url: str | None,
    extractor: str | Extractor | None,
    body_only: bool = False,
    encoding: str | None = None,
) -> tuple[Extractor, Document]:
    """The extractor to use (a name is looked up first, so an unknown one
    fails before any parsing) and the page's document; for the body only,
    with only the head's metadata when that is all the extractors that may
    take the page read (:attr:`Extractor.needs_metadata`)."""
    chosen = get(extractor) if isinstance(extractor, str) else extractor
    doc = to_document(source, url, head_only=body_only and head_is_enough(chosen), encoding=encoding)
    return (choose(doc) if chosen is None else chosen), doc


def explain(
    source: Source, *, url: str | None = None, extractor: str | Extractor | None = None, encoding: str | None = None
) -> list[Reason]:
    """Why each block of the page got its role: the layout stage of
    :func:`parse`, run with its debug switch on (the arguments are those of
    :func:`parse`). One :class:`~newsshape.layout.Reason` per block of the
    page's document, in page order: the role, the layout step that gave it
    (a key of :data:`newsshape.layout.STEPS`, which says what each step
    decides; the extractor's name when its own layout code set the role) and
    the block's text.

    >>> import newsshape
    >>> page = "A headline here\\n\\nA first paragraph of the story, long enough to read as body text."
    >>> for reason in newsshape.explain(page):
    ...     print(reason.role, reason.reason)
    title head.text
    body content.dump

    It costs a copy of the roles per step, so :func:`parse` never runs it.
    """
    chosen, doc = _prepare(source, url, extractor, encoding=encoding)
    return explain_layout(chosen.layout, doc, unrecorded=chosen.name)
