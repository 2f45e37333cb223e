"""The page's language: the one it declares, else the one its body text is
written in.

A declared language (``<html lang>``, ``content-language``, JSON-LD
``inLanguage``, ``og:locale``: :attr:`Meta.lang
<newsshape.document.Meta.lang>`) is taken as it is. Only a page that declares
none has its text identified, by py3langid (a naive Bayes classifier over
byte n-grams, 97 languages, its model shipped inside the package: nothing is
downloaded, and the model is loaded on the first page that needs it, in
about half a second). It reads a bounded sample of the body, so it costs
the same on any page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsshape.document import Page

__all__ = ["detect_language", "language"]

#: Characters of body text the language is identified from: the opening paragraphs of a story are enough, and
#: the cost stays the same on any page (py3langid reads every byte).
_SAMPLE_CHARS = 1200
#: Fewer letters than this are no evidence of a language (a caption, a menu): no language is reported.
_MIN_LETTERS = 60
#: The probability py3langid must give its answer for it to be reported; below it the text mixes languages or
#: is of none it knows (set by hand: mixed English and German paragraphs fall below it, a paragraph of either is
#: far above).
_MIN_CONFIDENCE = 0.9

_identifier: list[Any] = []


def _classify(text: str) -> tuple[str, float]:
    """py3langid's answer for ``text``: a language code and its probability."""
    if not _identifier:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _identifier.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    lang, probability = _identifier[0].classify(text)
    return str(lang), float(probability)


def detect_language(text: str) -> str | None:
    """The language ``text`` is written in, as a two- or three-letter code
    (``"en"``, ``"de"``), when it holds enough letters and py3langid is
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
