"""Incises: an attribution set between dashes inside a quotation, as French,
Italian, Spanish and Portuguese reports write it ("“L’orologio climatico –
spiegano gli attivisti – mostra due numeri”"). The quotation is cut in two
around the incise, as a reader reads it: the words before it, attributed by
the incise, and the words after it, said by the same speaker.
"""

from __future__ import annotations

import re

from newsshape.fields._quote_languages import word_set
from newsshape.fields._quote_subjects import is_cue
from newsshape.fields._quote_text import fold

__all__ = ["split_incises"]

#: The dashes that set an incise off (en and em dash; a hyphen joins words).
DASHES = "–—"
#: A dash-pair inside a quotation: a space (or the text's start) before the
#: first dash, a space after the second, no quotation mark in between.
_INCISE = re.compile(r"\s[–—]\s*(?P<inside>[^–—“”«»„\"]{2,80}?)\s*[–—](?=\s)")
#: An incise runs to this many words at most ("spiegano gli attivisti sul
#: sito"); a longer dash-pair is an aside of the speaker's own.
_INCISE_WORDS = 8
#: Words before the cue verb of an incise that still leave it one ("a-t-il
#: ajouté" is one token; "si legge", "ha detto", "a déclaré").
_BEFORE_CUE = word_set("a ha hat si se ci")
#: Nouns of a statement that make a dash-pair an incise with no verb ("– è il
#: messaggio –", "– dice la nota –", "– selon le communiqué –"). Written from
#: the languages' usage; checked on the ``dev2`` passages of ``tests/data/quotes``.
_STATEMENT_NOUNS = word_set(
    "messaggio nota comunicato lettera message communiqué lettre mensaje comunicado carta nota mensagem "
    "comunicado carta"
)


def _is_incise(inside: str) -> bool:
    """Whether the words between two dashes attribute the quotation: a cue
    verb first (after an auxiliary), or a statement noun, in a few words."""
    toks = inside.split()
    if not toks or len(toks) > _INCISE_WORDS or not toks[0][:1].islower():
        return False
    head = toks[1:2] if fold(toks[0]) in _BEFORE_CUE else toks[:1]
    if head and is_cue(head[0]):
        return True
    return any(fold(t) in _STATEMENT_NOUNS for t in toks)


def split_incises(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The quoted spans of a paragraph with each one cut around its incises,
    and the openings of the parts after an incise (spoken by the speaker of
    the part before). A cut span closes at the space before the first dash
    and the next part opens at the space after the second."""
    out: list[tuple[int, int, str]] = []
    tails: set[int] = set()
    for o, c, mark in spans:
        start = o
        for found in _INCISE.finditer(text, o + 1, c):
            if not _is_incise(found.group("inside")):
                continue
            if found.start() > start + 1:
                out.append((start, found.start(), mark))
                start = found.end()
                tails.add(start)
        out.append((start, c, mark))
    return out, tails
