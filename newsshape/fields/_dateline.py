"""The dateline: the place a story was filed from, printed before the dash
that opens its first paragraph ("MADRID —")."""

from __future__ import annotations

import re

from newsshape.document import Page

#: A capitalised place of at most 60 characters, then a dash that opens the sentence ("MADRID — ...").
_DATELINE = re.compile(r"^([A-Z][^—–\n]{1,60}?)\s+([—–-])\s+\S")
#: Words a place may have at most ("Rio de Janeiro, Brazil"); more are the sentence's own (dev pages' datelines).
_PLACE_WORDS = 6
#: Words in lower case inside place names ("Rio de Janeiro", "Frankfurt am
#: Main", "Stratford upon Avon").
_PLACE_PARTICLES = frozenset(("de", "del", "della", "da", "do", "dos", "das", "am", "an", "upon", "on", "la", "le",
                              "les", "di", "of", "the", "sur", "en", "im", "bei", "y", "e", "et"))  # fmt: skip
#: The wire service credited after the place: "HAYWARD, Calif. (AP)".
_WIRE = re.compile(r"\s*\([^()]{1,40}\)$")


def dateline(page: Page) -> str | None:
    """The place before the dash that opens the first body paragraph
    ("MADRID —", "WASHINGTON (Reuters) -": a hyphen only after a place in
    capitals or a credit), without the wire service's credit."""
    body = page.indices("body")
    if not body:
        return None
    match = _DATELINE.match(page.blocks[body[0]].text)
    if match is None:
        return None
    place = match.group(1).strip()
    if match.group(2) == "-" and not (place.endswith(")") or place.isupper()):
        return None  # a hyphen after other words ("Jean-Paul Sartre - ") is the sentence's own
    place = _WIRE.sub("", place)
    words = place.split()
    if not words or len(words) > _PLACE_WORDS or any(w[:1].islower() and w not in _PLACE_PARTICLES for w in words):
        return None  # a place's words are capitalised ("Die elektronische Patientenakte (ePA) – ..." is no place)
    return place
