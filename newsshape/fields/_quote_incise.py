"""Incises: an attribution set between dashes inside a quotation, as French,
Italian, Spanish and Portuguese reports write it ("“L’orologio climatico –
spiegano gli attivisti – mostra due numeri”"). The quotation is cut in two
around the incise, as a reader reads it: the words before it, attributed by
the incise, and the words after it, said by the same speaker.
"""

from __future__ import annotations

import re
from functools import cache

from newsshape.fields._quote_languages import FOREIGN_ARTICLES, FOREIGN_CUES, INVERTED_PRONOUN, word_set
from newsshape.fields._quote_subjects import is_cue
from newsshape.fields._quote_text import capitalised, fold

__all__ = ["NO_TAILS", "may_hold_incise", "split_incises"]

#: No part after an incise (shared, never written to).
NO_TAILS: frozenset[int] = frozenset()

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


#: An incise between commas, as French, Spanish and Italian write it inside
#: the marks (« Cette loi, c’est …, affirme-t-elle. Je crois … »): a comma, a
#: few words, then a comma or the full stop that ends the incise's sentence.
#: Only a comma followed by an inverted verb ("affirme-t-elle", "a-t-il") or
#: a cue verb of another language is tried: the regex skips every other
#: comma at C speed. The cue verbs are tried only in paragraphs quoted with
#: guillemets or low-high marks (« », „ “), the conventions of the languages
#: that write such incises; the inverted verbs, French only, everywhere.
_INSIDE = r"(?:\s[^,.;:!?«»“”„\"]{1,60}?)?)(?=[,.]\s)"
_COMMA_INCISE = (
    r",\s(?P<inside>(?:\w+(?:-t)?-(?:il|elle|ils|elles)|"
    + "|".join(sorted(FOREIGN_CUES, key=len, reverse=True))
    + ")"
    + _INSIDE
)
_COMMA_INVERTED = re.compile(r",\s(?P<inside>\w+(?:-t)?-(?:il|elle|ils|elles)" + _INSIDE)

#: A comma incise runs to this many words ("estime le ministre de la Santé").
_COMMA_INCISE_WORDS = 6


def _is_comma_incise(inside: str) -> bool:
    """Whether the words between a comma and a comma (or a full stop) inside a
    quotation attribute it: a French inverted verb ("affirme-t-elle", "a-t-il
    ajouté"), or a cue verb of another language and its subject ("estime
    Jean Dupont", "explique le ministre"). English quotations are left whole:
    their annotations keep them so."""
    toks = inside.split()
    if not toks or len(toks) > _COMMA_INCISE_WORDS or not toks[0][:1].islower():
        return False
    first = fold(toks[0])
    if first.endswith(INVERTED_PRONOUN):
        verb = first.rsplit("-", 1)[0].removesuffix("-t")
        return verb in FOREIGN_CUES or (verb == "a" and len(toks) > 1 and fold(toks[1]) in FOREIGN_CUES)
    return first in FOREIGN_CUES and len(toks) > 1 and (capitalised(toks[1]) or fold(toks[1]) in FOREIGN_ARTICLES)


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


def may_hold_incise(text: str) -> bool:
    """Whether a paragraph may hold an incise (most hold none): a pair of
    dashes, or a comma before an inverted verb or a foreign cue, searched
    at C speed."""
    return "–" in text or "—" in text or "«" in text or "»" in text or "„" in text or "-il" in text or "-elle" in text


@cache
def _comma_incise() -> re.Pattern[str]:
    """:data:`_COMMA_INCISE`, compiled when first needed (a long pattern: not at import)."""
    return re.compile(_COMMA_INCISE)


def _comma_pattern(text: str) -> re.Pattern[str] | None:
    """The comma incises tried in a paragraph (see :data:`_COMMA_INCISE`), if any."""
    if "«" in text or "»" in text or "„" in text:
        return _comma_incise()
    if "-il" in text or "-elle" in text:  # "-ils", "-elles" too
        return _COMMA_INVERTED
    return None


def split_incises(
    text: str, spans: list[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], frozenset[int] | set[int]]:
    """The quoted spans of a paragraph with each one cut around its incises,
    and the openings of the parts after an incise (spoken by the speaker of
    the part before). A cut span closes at the space before the first dash
    (at the space after the comma) and the next part opens at the space
    after the second dash (the comma or full stop that ends the incise)."""
    out: list[tuple[int, int, str]] = []
    tails: set[int] = set()
    dashes = DASHES[0] in text or DASHES[1] in text
    commas = _comma_pattern(text)
    for o, c, mark in spans:
        start = o
        cuts = []  # (where the part before closes, where the part after opens)
        if dashes:
            cuts += [(f.start(), f.end()) for f in _INCISE.finditer(text, o + 1, c) if _is_incise(f.group("inside"))]
        for found in commas.finditer(text, o + 1, c) if commas is not None else ():
            if _is_comma_incise(found.group("inside")):
                cuts.append((found.start() + 1, found.end() + 1))  # the comma stays with the part before
        if not cuts:
            out.append((o, c, mark))
            continue
        for close, reopen in sorted(cuts):
            if close > start + 1 and reopen < c:
                out.append((start, close, mark))
                start = reopen
                tails.add(start)
        out.append((start, c, mark))
    return (out, tails) if tails else (spans, NO_TAILS)
