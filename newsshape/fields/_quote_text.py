"""Tokens and sentences of masked text, the quote pass's unit of reading.

A paragraph is *masked* before its sentences are read: the inside of every
quotation is replaced by :data:`MASK` characters (:func:`mask`), so words
inside quotations are never taken for cue verbs or speakers, and sentence
ends inside quotations do not split the sentence around them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter, methodcaller

from newsshape.fields._quote_words import ABBREVIATIONS
from newsshape.text._lines import FULL_STOPS
from newsshape.text._quotemarks import CLOSING_MARKS, OPENING_MARKS

#: What stands for each character inside a quotation in a masked paragraph
#: (a private-use character: no text holds it).
MASK = "\ue000"

#: A token: a word (trailing sentence punctuation and quote marks kept) or a
#: mark of :data:`PUNCTUATION` on its own.
_TOKEN = re.compile(r"[^\s,;:()\[\]—–]+|[,;:()\[\]—–]")
PUNCTUATION = ",;:()[]—–"  # the marks that are tokens of their own (see _TOKEN)
_PUNCTUATION_ASCII = ",;:()[]"  # those an ASCII text can hold
_SPACED = {mark: f" {mark} " for mark in PUNCTUATION}
WORD_START = re.compile(r"(?<=[\s,;:()\[\]—–])[^\s,;:()\[\]—–]")  # a token that is a word, whole
SEPARATOR = re.compile(r"[\s,;:()\[\]—–]")
#: The sentence ends a word carries ("said." "now?"): a word ending in one
#: ends its sentence, unless it is an abbreviation.
WORD_STOPS = (".", "!", "?")
#: Marks stripped from the front of a word read as a sentence's first (an
#: opening bracket too).
OPEN_PAREN = OPENING_MARKS + "("
#: A possible sentence end: ``.``, ``!``, ``?``, ``…`` or a closing mark right
#: after a quotation, then closing marks and brackets, then a space (group
#: ``space``) or the end of the text.
_SENTENCE_END = re.compile(  # one class first: the regex engine skips to its characters at C speed
    f"[{FULL_STOPS}{CLOSING_MARKS}](?:(?<=[{FULL_STOPS}])|(?<={MASK}.))[{CLOSING_MARKS})]*(?P<space>\\s+|\\Z)"
    "(?![a-z])"  # no sentence starts lower-case: most such candidates are dropped in C
)
_INITIALS = re.compile(r"(?:\w\.)+\w")  # "J.R.", "U.S": a period inside initials ends no sentence
_DOTTED = re.compile(r"(?:\w\.)+")  # "U.S.": a word whose final period is its own


def token_offset(text: str, start: int, index: int) -> int:
    """Where the token numbered ``index`` of ``text[start:]`` starts (see :func:`words`)."""
    for i, found in enumerate(_TOKEN.finditer(text, start)):
        if i == index:
            return found.start()
    return len(text)


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of ``text[start:end]``: words (trailing sentence
    punctuation and quote marks kept) and separate punctuation.

    The same as ``_TOKEN.findall(text, start, end)`` at a fraction of the
    cost: the regex tests each character against its classes, where spacing
    out the punctuation and splitting at spaces run at C speed (``str.split``
    and the regex agree on what is a space)."""
    chunk = text[start:end]
    for mark in _PUNCTUATION_ASCII if chunk.isascii() else PUNCTUATION:  # (isascii reads a flag)
        if mark in chunk:
            chunk = chunk.replace(mark, _SPACED[mark])
    return chunk.split()


_AROUND_WORD = CLOSING_MARKS + OPENING_MARKS + "".join(WORD_STOPS)  # what fold strips


@lru_cache(maxsize=16384)
def fold(token: str) -> str:
    """A token without surrounding quote marks and closing punctuation,
    case-folded."""
    return token.strip(_AROUND_WORD).casefold().replace("’", "'")


@lru_cache(maxsize=16384)
def bare_form(token: str) -> str:
    """A token without quote marks, trailing punctuation and possessive 's."""
    word = token.strip(CLOSING_MARKS + OPENING_MARKS + "!?")
    if word.endswith((".", "…")) and fold(word) not in ABBREVIATIONS and not _DOTTED.fullmatch(word):
        word = word.rstrip(".…")
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


#: Token -> its first character (or ``""``): for C-speed passes over whole
#: sentences, ``map(FIRST, tokens)``.
FIRST = itemgetter(slice(None, 1))
_UNOPENED = methodcaller("lstrip", OPENING_MARKS)


def starts_upper(toks: list[str]) -> list[bool]:
    """Whether each token starts upper-case after any opening mark."""
    # The first characters, joined, are tested at C speed; only the few tokens that
    # start with an opening mark are stripped of it (a method call per token costs
    # more than the rest of the test).
    firsts = "".join(map(FIRST, toks))
    if len(firsts) != len(toks):  # an empty token: no string of first characters
        return list(map(str.isupper, map(FIRST, map(_UNOPENED, toks))))
    upper = list(map(str.isupper, firsts))
    if firsts.isascii() and '"' not in firsts and "'" not in firsts:
        return upper  # no opening mark: all of them but '"' and "'" are non-ASCII
    for mark in OPENING_MARKS:
        i = firsts.find(mark)
        while i >= 0:
            upper[i] = toks[i].lstrip(OPENING_MARKS)[:1].isupper()
            i = firsts.find(mark, i + 1)
    return upper


def capitalised(token: str) -> bool:
    """Whether a token starts with a capital."""
    return bool(token) and token[0].isupper()


def sentence_bounds(masked: str, original: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a masked paragraph. A period
    after an abbreviation or an initial does not end a sentence; a
    quotation ending in ``.``, ``!`` or ``?`` does when a capital follows."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(masked)
    for found in _SENTENCE_END.finditer(masked):  # only these can end a sentence
        i = found.start()
        ch = masked[i]
        if ch not in FULL_STOPS and original[i - 1] not in FULL_STOPS:
            continue  # a closing mark after a quotation that ends with no sentence punctuation
        k, m = found.start("space"), found.end()
        if m < n and not (masked[m].isupper() or masked[m].isdigit() or masked[m] in OPENING_MARKS):
            continue
        if ch == ".":  # not after an abbreviation or an initial
            before = masked[max(0, i - 24) : i]
            word = "" if not before or before[-1].isspace() else before.rsplit(None, 1)[-1]
            word = word.strip(OPEN_PAREN).casefold()
            if (
                word in ABBREVIATIONS
                or (len(word) == 1 and word.isalpha())
                or ("." in word and _INITIALS.fullmatch(word))  # initials hold a period
            ):
                continue
        bounds.append((start, k))
        start = m
    if start < n:
        bounds.append((start, n))
    return bounds


def mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with the inside of each quoted span (``(open, close, mark)``)
    replaced by :data:`MASK` characters: offsets are kept."""
    parts: list[str] = []
    done = 0
    for o, c, _ in spans:
        start, end = max(o + 1, 0, done), min(c, len(text))
        if start < end:
            parts += (text[done:start], MASK * (end - start))
            done = end
    return "".join(parts) + text[done:] if parts else text
