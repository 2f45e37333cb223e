"""The speaker a noun phrase names (:func:`canonical`): a person's fullest
name, an organisation, a role the article uses, or a pronoun to resolve;
and never a fragment of a sentence ("He declined to", "his recent
successes", "Forgetting").
"""

from __future__ import annotations

import re

from newsshape.fields._quote_names import Names
from newsshape.fields._quote_roles import is_role_word, strip_titles
from newsshape.fields._quote_text import bare_form, capitalised
from newsshape.fields._quote_words import (
    AFFILIATION,
    AFTER_FOREIGN_CUE,
    ANAPHORIC_ROLES,
    BODY_LINKS,
    BODY_NOUNS,
    DETERMINERS,
    FOREIGN_ARTICLES,
    FOREIGN_BODIES,
    FOREIGN_CONJUNCTIONS,
    FOREIGN_PREPOSITIONS,
    FOREIGN_PRONOUNS,
    FOREIGN_ROLES,
    NAME_LINKS,
    NOUN_MARKERS,
    OPENERS,
    PRONOUNS,
    ROLE_WORDS,
    STOP_CAPS,
    TITLES,
    TRAILING_PARTICLES,
)

__all__ = ["canonical"]


#: Pronouns of other languages that stand for no one ("Es", "man").
_NO_ONE = frozenset(["es", "man", "on", "ello", "esto", "isso"])
#: A role or body noun after an article names whom the article is about in
#: a phrase of at most this many words ("le ministre de la Santé").
_ROLE_WORDS = 5
#: An English body noun ("the rating agency") names the organisation named
#: before in a phrase of at most this many words.
_BODY_WORDS = 3
#: Words that no speaker's phrase ends with: a phrase ending so was cut off
#: ("She didn't give a date for", "the New Zealand Department of").
_CUT_OFF = frozenset(
    [
        "to",
        "for",
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "with",
        "by",
        "from",
        "in",
        "on",
        "at",
        "as",
        "than",
        "that",
        "about",
        "into",
    ]
)
#: Prepositions before a name at the end of a sentence's opening phrase that
#: make it an object ("after moving to Dublin", "strolling around Central Park"):
#: read with no cue verb, such a phrase names no subject.
_OBJECT_PREPOSITIONS = frozenset(
    ["to", "in", "at", "from", "into", "around", "near", "across", "through", "toward", "towards", "via", "with", "by"]
)
#: An acronym: written out when the article gives the name it stands for.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Possessive words: a phrase opening with one is a thing ("his recent
#: successes"), unless a role follows ("his spokesman").
_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our", "your"])


#: German nouns for a person by origin or age, after "der" or "die" ("sagte
#: der Hamburger", "der 24-Jährige", "die Kalifornierin"): the person the
#: article is about, as a role. Written from German usage of news reports;
#: checked on the ``de`` passages of ``dev2`` and with ``benchmarks/speakers.py``.
_GERMAN_PERSON_ENDINGS = {"der": ("jährige", "er"), "die": ("jährige", "erin")}


def _german_person(article: str, noun: str) -> bool:
    """Whether "der"/"die" and a noun name a person by origin or age."""
    endings = _GERMAN_PERSON_ENDINGS.get(article)
    return bool(endings) and not noun[:1].islower() and noun.casefold().endswith(endings)  # type: ignore[arg-type]


def _named_after(words: list[str]) -> bool:
    """Whether a role phrase goes on to a person's name ("der Chef Matthias
    Frankenstein"): two capitalised words in a row after the role."""
    tail = words[1:]  # a name after "de", "of" is a body's ("el secretario general de La Cámpora"): still a role
    return any(
        capitalised(a) and capitalised(b) and before not in BODY_LINKS
        for before, a, b in zip(tail, tail[1:], tail[2:], strict=False)
    )


def _fragment(words: list[str]) -> bool:
    """Whether a phrase is a piece of a sentence, not a noun phrase naming
    someone: cut off after a preposition or an article, holding a verb's
    negation ("didn't"), opening with a possessive that no role follows, or
    one lower-case word that is no role ("information")."""
    last = words[-1].casefold()
    if len(words) > 1 and (last in _CUT_OFF or last in FOREIGN_ARTICLES or last in FOREIGN_PREPOSITIONS):
        return True
    first = words[0].casefold()
    if first in FOREIGN_CONJUNCTIONS or first in FOREIGN_PREPOSITIONS:
        return True  # "dass Trochowski es ihm nachmacht": a clause; "Diese Zertifizierungen"
    if first in AFTER_FOREIGN_CUE and first != "a" and len(words) > 1 and not capitalised(words[1]):
        return True  # "Al respecto": a preposition ("Al Gore" is a name)
    if any(w.casefold().endswith(("n't", "n’t")) for w in words):
        return True
    if first in _POSSESSIVES and not any(w.casefold() in ROLE_WORDS for w in words[1:3]):
        return True
    # one lower-case word that is no role ("information"), unless a site's name ("finobzor.ru")
    return len(words) == 1 and not capitalised(words[0]) and first not in ROLE_WORDS and "." not in first.strip(".")


def _name_first(words: list[str]) -> list[str]:
    """A phrase cut to the name it holds: the name after the last role word
    before it ("der Chef Matthias Frankenstein", "Wie Sprecher Stefan
    Gobbin"), or the name that opens it when an article or an auxiliary
    follows ("Facebook das Gesetz …", "Andrej Babiš a également")."""
    n = len(words)
    if n >= 3 and capitalised(words[-1]) and capitalised(words[-2]):
        for i in range(n - 3, -1, -1):
            if not capitalised(words[i]) or is_role_word(words[i]):
                if is_role_word(words[i]) and (n - i - 1) <= 3:
                    return words[i + 1 :]
                break
    run = 0
    while run < n and capitalised(words[run]):
        run += 1
    if 0 < run < n - 1 and words[run].casefold() in NOUN_MARKERS:
        return words[:run]
    if 0 < run < n and words[run].casefold() in ("a", "ha", "hat") and run >= 2:
        return words[:run]
    return words


def canonical(phrase: list[str], names: Names, strict: bool = False) -> tuple[str, str]:
    """The speaker a noun phrase names, and its kind: ``person``, ``group``
    (an organisation or a described source), ``role`` or ``body`` (a role
    or an organisation the article named before: "el científico", "the
    company") or ``pronoun``; ``("", "group")`` for a phrase that names no
    one (a fragment of a sentence, a word that is no name). ``strict``: the
    phrase opens a sentence with no English cue verb right after it, so one
    capitalised word must be a name the article uses as one
    (:meth:`~newsshape.fields._quote_names.Names.is_name_word`)."""
    words = [bare_form(w) for w in phrase if bare_form(w)]
    if "(" in words:
        words = words[: words.index("(")]
    for i, w in enumerate(words[2:], 2):
        if w in AFFILIATION and capitalised(words[i - 1]) and capitalised(words[i - 2]):
            words = words[:i]  # "Robin Biesbroek of the CDF", "Jane Doe of Aberdeenshire"
            break
    while words and (words[-1].casefold() in DETERMINERS or words[-1] in TRAILING_PARTICLES):
        words.pop()  # "the", and "Nadja Michler von" (cut before "der Tierschutzpartei")
    while len(words) > 1 and words[0].casefold() in OPENERS:
        words = words[1:]  # "Afterwards Penny", "Doch Preetz", "Do I": the sentence's opener, no name
    if len(words) == 2 and words[0] in ("O", "o") and capitalised(words[1]) and names.forms(words[1]):
        words = words[1:]  # Portuguese "O Pacheco": the article before a surname the article gives in full
    if not words:
        return "", "group"
    first = words[0].casefold()
    if first in PRONOUNS:
        return first, "pronoun"  # "he", and "He instead", "He declined to": the pronoun speaks
    if first in FOREIGN_PRONOUNS and (len(words) == 1 or not capitalised(words[0])):
        return FOREIGN_PRONOUNS[first], "pronoun"  # "sagte er", "a-t-il"
    if len(words) == 1 and (first in STOP_CAPS or first in _NO_ONE) and not words[0].isupper():  # (the WHO: a body)
        return "", "group"  # "Who", "Yesterday": a function word or a date, no one
    if _fragment(words):
        return "", "group"
    if len(words) <= 2 and _ACRONYM.fullmatch(words[-1]) and (len(words) == 1 or first == "the"):
        expanded = names.expand(words[-1])  # "the EC": "the Election Commission" the article named
        if expanded:
            return ("the " if len(words) == 2 else "") + expanded, "group"
    words = _name_first(words)
    if first[:2] in ("l’", "l'") and len(first) > 2:
        words = ["le", words[0][2:], *words[1:]]  # "l’agence"
        first = "le"
    if len(words) >= 2 and (first in FOREIGN_ARTICLES or first == "the") and len(words) <= _ROLE_WORDS:
        noun = words[1].casefold()
        if (first != "the" and noun in FOREIGN_ROLES and not _named_after(words)) or (
            len(words) == 2 and words[0].casefold() == first and _german_person(first, words[1])
        ):
            return " ".join(words), "role"  # "el científico", "der Sprecher": whom the article is about
        head = words[-1].casefold()
        if noun in FOREIGN_BODIES and capitalised(words[1]) and len(words) > 2:
            return " ".join(words), "group"  # "La Compañía de Jesús", "la Alcaldía de Medellín": named in full
        if noun in FOREIGN_BODIES or (first == "the" and len(words) <= _BODY_WORDS and head in BODY_NOUNS):
            named = names.role(head)  # "The group, WeWorkers Coalition, …"
            # else "la empresa", "the company": the organisation named before
            return (named, "person") if named is not None else (" ".join(words), "body")
    # a trailing capitalised run after a descriptor or title is the name
    k = len(words)
    while k > 0 and (capitalised(words[k - 1]) or words[k - 1] in NAME_LINKS):
        k -= 1
    run = words[k:]
    if strict and run and k > 1 and words[k - 1].casefold() in _OBJECT_PREPOSITIONS:
        return "", "group"  # "A year after moving to Dublin": the name is a place, not the subject
    if run and k > 0 and words[k - 1] in BODY_LINKS:
        return " ".join(words), "group"  # "the High Commissioner for Human Rights"
    if run:
        name = strip_titles(run)
        det_only = k == 1 and words[0].casefold() in DETERMINERS
        if len(name) == 1 == k and words[0].casefold() in NOUN_MARKERS and not det_only:
            return " ".join(words), "group"  # "eine Sprecherin", "eine Hotline": a German noun, no name
        if name and ((k > 0 and not det_only) or len(name) < len(run) or k == 0):
            full = " ".join(name)
            titled = k > 0 and words[k - 1].casefold().rstrip(".") in TITLES | ROLE_WORDS
            if strict and len(name) == 1 and (len(words) == 1 or not titled) and not names.is_name_word(full):
                # "Forgetting", "Señaló", "Zudem": a capital that opens a sentence; "Es wurde eine Hotline": a noun
                return "", "group"
            if names.is_person(full) or titled:
                return names.fullest(full), "person"
            if k == 0 or det_only:
                return " ".join(words), "group"
        if not name:
            return " ".join(words), "group"
    head = words[-1].casefold()
    if words[0].casefold() == "the" and len(words) <= 3:
        named = names.role(head)
        if named is not None:
            return named, "person"
    if words[0].casefold() == "the" and head in ANAPHORIC_ROLES and len(words) <= 4:
        return "the " + head, "role"  # "the singer said": the person the article is about
    return " ".join(words), "group"
