"""Cues and subjects: which word of a sentence attributes a quotation and
which noun phrase names who spoke (before a cue verb, after an inverted one,
after "according to", or the subject that opens the sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsshape.fields._quote_roles import is_role_word
from newsshape.fields._quote_text import FIRST, MASK, OPEN_PAREN, WORD_STOPS, bare_form, capitalised, fold
from newsshape.fields._quote_words import (
    A_LOCUTIONS,
    ABBREVIATIONS,
    ADVERB_ENDING,
    AFTER_NAME,
    AFTER_SUBJECT,
    CLAUSE_BREAK,
    CONJUNCTIONS,
    CUES,
    DETERMINERS,
    FOREIGN_ARTICLES,
    FOREIGN_AUXILIARIES,
    FOREIGN_CUES,
    FOREIGN_PREPOSITIONS,
    FOREIGN_RELATIVES,
    FOREIGN_SUBORDINATORS,
    FOREIGN_THAT,
    HUMAN,
    LEADING_ADVERBS,
    NOT_AFTER_CUE,
    NOT_SUBJECT,
    NOUN_CUES,
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SUBORDINATORS,
)
from newsshape.text._quotemarks import QUOTED_WORD_ENDS, QUOTED_WORD_STARTS


@lru_cache(maxsize=8192)
def is_cue(token: str) -> bool:
    """Whether a token is a cue verb (in lower case: "States" is no verb)."""
    bare = token.strip(OPEN_PAREN)
    return bool(bare) and bare[0].islower() and fold(token) in CUES


#: How many words before a relative pronoun its antecedent runs to, at most.
_ANTECEDENT_WORDS = 6
#: Prepositions that end the words before an antecedent ("in contact with
#: the mayor, who …"): the antecedent is what follows the last one.
_BEFORE_ANTECEDENT = FOREIGN_PREPOSITIONS | frozenset(("with", "to", "for", "at", "from"))


#: A dateline ("Montpellier (SID) –", "BERLIN —") opening a sentence runs to
#: this many tokens before its dash.
_DATELINE_WORDS = 6
#: A name set off by a comma right before a cue verb runs to this many words.
_NAME_BEFORE_CUE = 4
#: Lower-case words that go on a capitalised name before a cue verb of another
#: language ("Nadja Michler von", "Ursula von der Leyen", "Fernando de la Rúa").
_NAME_GOES_ON = frozenset(("de", "del", "von", "van", "der", "da", "di", "du", "la", "le", "al", "bin", "dos", "das"))


def subject_before(toks: list[str], end: int) -> list[str]:
    """The subject noun phrase of the clause that ends at token ``end``
    (exclusive): the clause is cut at ``;``, ``:``, a quotation, "that",
    "who"; within it, comma-separated parts that open with a preposition or
    an adverb ("On Friday,", "for his part,") are skipped."""
    start = end
    relative = False
    while start > 0:
        tok = toks[start - 1]
        word = fold(tok)
        if (
            word == "that"
            and start >= 2
            and start < end
            and not (toks[start - 2] == "," or is_cue(toks[start - 2]))
            and not (capitalised(toks[start]) or fold(toks[start]) in DETERMINERS | PRONOUNS)
        ):
            start -= 1  # a relative "that" ("the company that runs ...") stays in the phrase
            continue
        if word in SUBORDINATORS and start - 1 > 0 and toks[start - 2] != ",":
            break  # "Audience members laughed when he urged ..."
        if (
            tok in (";", ":", "—", "–", "(", ")")
            or MASK in tok
            or word in CLAUSE_BREAK
            or word in FOREIGN_RELATIVES
            or word == FOREIGN_THAT
        ):
            relative = (
                word in ("who", "which")
                or word in FOREIGN_RELATIVES
                or (word == FOREIGN_THAT and start >= 2 and toks[start - 2] == ",")  # "la Alcaldía, que … aseguró"
            )
            break
        if tok.endswith(QUOTED_WORD_ENDS) or tok.startswith(QUOTED_WORD_STARTS):
            break
        start -= 1
    if relative:
        # "Smith, who said ..." and "Smith, who ..., said" -> the phrase before ", who"
        j = start - 1
        while j > 0 and toks[j - 1] == ",":
            j -= 1
        phrase = subject_before(toks, j)[-_ANTECEDENT_WORDS:] if j > 0 else []
        # the antecedent after the last preposition: "en contacto con la Alcaldía de Medellín, que"
        cut = max((i + 1 for i, t in enumerate(phrase[:-1]) if fold(t) in _BEFORE_ANTECEDENT), default=0)
        return phrase[cut:]
    parts: list[list[str]] = [[]]
    for tok in toks[start:end]:
        if tok == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    found = _subject_in_parts(parts, end < len(toks) and fold(toks[end]) in FOREIGN_CUES)
    if found or end == 0:
        return found
    # "In a post at the time she described ...": the word right before the cue
    last = toks[end - 1]
    if fold(last) in PRONOUNS:
        return [last]
    if fold(last) == "to" and end >= 2 and capitalised(toks[end - 2]):
        end -= 1  # "allowed Mosseri to claim that “…”"
    j = end
    while j > start and capitalised(toks[j - 1]) and end - j < 5:
        j -= 1
    return toks[j:end]


def _adjacent_name(parts: list[list[str]]) -> list[str]:
    """The name right before the cue verb when the sentence's earlier parts
    are set off by commas ("Following talks with Deutsche Telekom and France
    Télécom, Mr. Swantee announced"): two to four capitalised words, or a
    title and a name, that hold no role or organisation word."""
    last = parts[-1]
    if len(parts) < 2 or not 1 < len(last) <= _NAME_BEFORE_CUE or not all(map(capitalised, last)):
        return []
    if is_role_word(last[-1]) or any(fold(w) in ORG_WORDS for w in last) or fold(last[0]) in DETERMINERS:
        return []
    return last


def _subject_in_parts(parts: list[list[str]], foreign: bool = False) -> list[str]:
    if len(parts) > 1 and not foreign:  # (German writes every noun with a capital: English only)
        adjacent = _adjacent_name(parts)
        if adjacent:
            return adjacent
    for pos, part in enumerate(parts):
        if not part:
            continue
        first = fold(part[0])
        if (first in CONJUNCTIONS or first in LEADING_ADVERBS) and len(part) > 1:
            part = part[1:]  # "and", "Doch Preetz", "Ahora Bustos": the subject after the opener
            first = fold(part[0])
        if (
            (first == "a" and len(part) > 1 and fold(part[1]) in A_LOCUTIONS)  # "A través de un comunicado,"
            or first in FOREIGN_SUBORDINATORS
            or first in NOT_SUBJECT
            or first in FOREIGN_PREPOSITIONS
            or first.isdigit()
            or (first.endswith(("ly", ADVERB_ENDING)) and (len(part) == 1 or not capitalised(part[0])))
            or (first.endswith("ing") and len(first) > 4 and first not in ROLE_WORDS)
        ):
            continue
        if not capitalised(part[0]) and first not in DETERMINERS and first not in PRONOUNS and is_cue(part[0]):
            continue
        phrase: list[str] = []
        for tok in part:
            word = fold(tok)
            if phrase and (
                word in AFTER_SUBJECT
                or word in FOREIGN_AUXILIARIES
                or (word.endswith("ly") and not capitalised(tok) and len(word) > 4)
            ):
                break
            if len(phrase) >= 2 and not capitalised(tok) and word.endswith(("ed", "ing")) and word not in ROLE_WORDS:
                break  # "the authors of the research published in ..."
            if len(phrase) >= 4 and word in PLACE_WORDS:
                break  # "Nisan Ahmado's source inside the camp"
            if foreign and phrase and tok[:1].islower() and all(map(capitalised, phrase)) and word not in _NAME_GOES_ON:
                break  # "Pacheco conversou com os jornalistas e reiterou": the name, then a verb of its own
            phrase.append(tok)
        if 0 < len(phrase) <= 12:
            later = [p for p in parts[pos + 1 :] if p]
            if (
                (not capitalised(phrase[-1]) or fold(phrase[0]) in FOREIGN_ARTICLES)
                and fold(phrase[0]) not in PRONOUNS
                and later
                and len(later[0]) <= 4
                and all(capitalised(t) for t in later[0])
            ):
                return later[0]  # "The company that runs the AMAs, Dick Clark Productions, denies"
            return phrase
        return []
    return []


def subject_after(toks: list[str], start: int) -> list[str]:
    """The noun phrase after an inverted cue ("said Jane Doe, a spokeswoman")."""
    phrase: list[str] = []
    for tok in toks[start : start + 10]:
        word = fold(tok)
        if tok in (",", ";", ":", "(", "—", "–") or MASK in tok:
            break
        if phrase and (word in AFTER_NAME or (word in FOREIGN_PREPOSITIONS and capitalised(phrase[-1]))):
            break
        if not phrase and word in NOT_AFTER_CUE:
            return []
        phrase.append(tok)
        if tok.endswith(WORD_STOPS) and fold(tok) not in ABBREVIATIONS and not re.fullmatch(r"(\w\.)+", tok):
            break
    return phrase


def according_to(toks: list[str], start: int) -> list[str]:
    """The source after "according to" ("according to a statement from the
    ministry" -> "the ministry")."""
    phrase = subject_after(toks, start)
    for i in range(len(phrase) - 1, -1, -1):
        if fold(phrase[i]) in ("from", "by") and i + 1 < len(phrase):
            return phrase[i + 1 :]
    return phrase


def cue_at(words: list[str]) -> int:
    """The first cue verb of a sentence (not a participle), or -1."""
    if CUES.isdisjoint(map(fold, words)):
        return -1
    return next((i for i, t in enumerate(words) if is_cue(t) and not fold(t).endswith("ing")), -1)


def described_person(words: list[str]) -> str | None:
    """The last unnamed person a sentence describes ("one mother")."""
    if HUMAN.isdisjoint(map(fold, words)):
        return None
    for i in range(len(words) - 1, 0, -1):
        if fold(words[i]) in HUMAN and fold(words[i - 1]) in ("one", "a", "an"):
            return f"{words[i - 1]} {bare_form(words[i])}"
    return None


#: "one mother", "a resident" in case-folded text: found in every stretch
#: where :func:`described_person` finds a person (and in a few more), without
#: splitting it into sentences and words.
DESCRIBED_HINT = re.compile(r"(?:one|an?)[^\w\s]*\s+[^\w\s]*(?:" + "|".join(sorted(HUMAN)) + ")")


def first_subject(words: list[str]) -> list[str]:
    """The subject at the start of a sentence, when no cue verb marks it: in
    the first comma-separated part, up to a ``;``, ``:`` or quotation, that
    does not open with a preposition, an adverb or a number."""
    n = len(words)
    for mark in (";", ":"):
        if mark in words:
            n = min(n, words.index(mark))
    if MASK in "".join(words[:n]):
        n = next(i for i, tok in enumerate(words) if MASK in tok)
    start = 0
    dash = next((i for i, tok in enumerate(words[:_DATELINE_WORDS]) if tok in ("–", "—")), -1)
    if dash > 0:
        start = dash + 1  # "Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev hat …": after the dateline
    while start <= n:  # the parts between commas, up to the end of the clause
        try:
            end = words.index(",", start, n)
        except ValueError:
            end = n
        part = words[start:end]
        start = end + 1
        if not part:
            continue
        first = fold(part[0])
        if (first in LEADING_ADVERBS or first in CONJUNCTIONS) and len(part) > 1:
            part = part[1:]  # "Doch Preetz entschied sich", "But Hogan shook his head": the subject after it
            first = fold(part[0])
        if (
            first in NOT_SUBJECT
            or first in LEADING_ADVERBS
            or first in FOREIGN_SUBORDINATORS
            or first in FOREIGN_PREPOSITIONS
            or first.isdigit()
            or (first == "a" and len(part) > 1 and fold(part[1]) in A_LOCUTIONS)
            or (first.endswith(ADVERB_ENDING) and len(part) == 1)  # "Posteriormente,"
            or is_cue(part[0])  # "Finalmente, indicaron que": a verb, its subject left out
        ):
            continue
        phrase: list[str] = []
        named = False
        for tok in part:
            word = fold(tok)
            if phrase and (word in AFTER_SUBJECT or word in FOREIGN_AUXILIARIES or is_cue(tok) or word in NOUN_CUES):
                break
            if phrase and not tok[0].isupper():
                ahead = any(t[:1].isupper() for t in part[len(phrase) + 1 : len(phrase) + 4])
                if word.endswith("ed") or (named and word not in ROLE_WORDS and not ahead):
                    break
            if tok[0].isupper() and word not in DETERMINERS:
                named = True
            phrase.append(tok)
            if len(phrase) > 7:
                break
        if fold(part[0]) in FOREIGN_ARTICLES or len(phrase) > 7:
            # "La ministra de la Mujer y Equidad de Género, Antonia Orellana, se refirió …": the name in apposition
            close = words.index(",", start, n) if "," in words[start:n] else n
            after = words[start:close]
            if 2 <= len(after) <= 4 and all(capitalised(t) for t in after):
                return after
        if len(phrase) > 7 or (phrase and not any(map(str.islower, map(FIRST, words)))):
            return []  # too long; or no lower-case word: a heading or a caption ("Trochowskis HSV-Comeback.")
        return phrase
    return []
