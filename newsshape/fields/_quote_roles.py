"""Roles, titles and spellings in names: whether a word is a title or a
role ("Secretary", "Sprecher"), the name after the titles of a noun phrase,
and a name without its accents (one name, two spellings).
"""

from __future__ import annotations

import unicodedata

from newsshape.fields._quote_text import capitalised
from newsshape.fields._quote_words import FOREIGN_ROLES, ORG_WORDS, ROLE_ENDINGS, ROLE_WORDS, TITLES

__all__ = ["is_role_word", "strip_titles", "unaccented"]


def unaccented(text: str) -> str:
    """``text`` without its accents ("Murátov" -> "Muratov")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def is_role_word(word: str) -> bool:
    """Whether a word is a title or a role ("Secretary", "Chef", "Sprecher",
    "DRK-Generalsekretär": a German compound with a role's ending)."""
    key = word.casefold().rstrip(".")
    return key in TITLES or key in ROLE_WORDS or key in FOREIGN_ROLES or (len(key) > 8 and key.endswith(ROLE_ENDINGS))


def strip_titles(words: list[str]) -> list[str]:
    """The name after the last title or role word of a noun phrase
    ("Secretary of State Mike Pompeo" -> ["Mike", "Pompeo"])."""
    last = -1
    i = 0
    while i < len(words) - 1:  # the last word is a name even when it reads as a title ("Ken Doctor")
        if is_role_word(words[i]) or not capitalised(words[i]):
            last = i
            if i + 2 < len(words) and words[i + 1] in ("of", "for") and capitalised(words[i + 2]):
                last = i + 2
                i += 2
                if i + 1 < len(words) - 1 and capitalised(words[i + 1]) and words[i + 1].casefold() in ORG_WORDS:
                    last = i + 1
                    i += 1
        i += 1
    return words[last + 1 :]
