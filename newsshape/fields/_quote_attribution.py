"""Attributions: the words after a quotation (``,” she said``, ``,” said
Jane Doe``, ``,” according to the ministry``) and the cue before it in its
sentence (``Doe said that “…``, ``described it as “…``), read on masked text.
"""

from __future__ import annotations

from itertools import compress, pairwise, takewhile

from newsshape.fields._quote_subjects import according_to, first_subject, is_cue, subject_after, subject_before
from newsshape.fields._quote_text import MASK, WORD_STOPS, capitalised, fold, token_offset, words
from newsshape.fields._quote_words import (
    ABBREVIATIONS,
    ACCORDING,
    AFTER_FOREIGN_CUE,
    AFTER_SUBJECT,
    AUXILIARIES,
    CUES,
    DETERMINERS,
    FOREIGN_ARTICLES,
    FOREIGN_CUES,
    FOREIGN_ROLES,
    INVERTED_PRONOUN,
    NOT_CUES,
    NOT_SPEAKER_HEADS,
    NOUN_CUES,
    POSSESSIVE_PRONOUNS,
    PRO_DROP_CUES,
    SAID_AFTER,
    TELLING,
    dropped_subject,
    word_set,
)
from newsshape.text._quotemarks import CLOSING_MARKS, NEXT_QUOTE_OPENERS

#: The words the search for a cue before a quotation stops at.
_BEFORE_WORDS = CUES | NOUN_CUES | {"to"}
#: How far before a quotation its cue is looked for (characters): a sentence
#: longer than this is cut (tuned on the dev passages).
_WINDOW = 600
#: How far after a closing mark its attribution is looked for (characters).
_AFTER_WINDOW = 220
#: Punctuation at the end of quoted words that leaves the attribution right
#: after the closing mark (``,” she said``); without it the sentence goes on.
_ENDS_BEFORE_ATTRIBUTION = ",!?.…:—–-"
#: Marks between a quotation and its attribution (``” — said Doe``; a spaced
#: hyphen stands for a dash: ``" - konkluduje finobzor.ru``).
_ATTRIBUTION_OPENERS = (",", "—", "–", ":", "-")
#: An attribution closing the sentence right after a quotation with no comma
#: runs to this many words (``“… to see” Mayer said.``); after one or two
#: quoted words, only this many words are read for one.
_SHORT_ATTRIBUTION = 6
#: When the sentence goes on after a quotation, a comma within this many words
#: may open a late attribution, of at most :data:`_LATE_ATTRIBUTION` words.
_COMMA_WITHIN = 12
_LATE_ATTRIBUTION = 25
#: How many words after a quotation a cue verb is looked for: fewer when a
#: new sentence (a capital after a full stop) may have begun.
_CUE_WITHIN = 32
_CUE_WITHIN_NEW_SENTENCE = 8
#: The words of a name opening an attribution ("Kathleen Blanco, …, told").
_NAME_WORDS = 4
#: Words between a speaker and a cue verb that still tie them, when they open
#: with a comma (an appositive whose closing comma was lost).
_APPOSITIVE_WORDS = 16


def attribution_after(
    masked: str, close: int, ended: bool, inner: str, short: bool = False
) -> tuple[list[str], str] | None:
    """An attribution right after a closing mark: ``,” he said``,
    ``,” said Jane Doe``, ``,” according to the ministry``; or closing the
    sentence a few words later (``“…” announced in October, said Jane Doe.``)."""
    # Splitting the whole window costs little more than its first few words (the split
    # runs in C), and spares a second reading when the sentence runs past them.
    cut = words_after(words(masked, close + 1, min(len(masked), close + _AFTER_WINDOW)))
    follow = masked[close + 1 : close + 4].lstrip(CLOSING_MARKS).lstrip(" ")  # "” – podkreśla Sikora"
    if not (
        inner.rstrip().rstrip(CLOSING_MARKS)[-1:] in _ENDS_BEFORE_ATTRIBUTION or follow[:1] in _ATTRIBUTION_OPENERS
    ):
        # the sentence goes on after the quotation: an attribution may close it
        if 2 <= len(cut) <= _SHORT_ATTRIBUTION and cut[-1].endswith(WORD_STOPS) and cut[0][:1].isupper():
            return _attribution(cut, False)  # “… continue to see ” Mayer said.
        comma = next((i for i, t in enumerate(cut[:_COMMA_WITHIN]) if t == ","), None)
        if short or comma is None or not cut[-1].endswith(WORD_STOPS) or len(cut) - comma > _LATE_ATTRIBUTION:
            return None
        cut = cut[comma:]
        ended = False
    if short:
        cut = cut[:_SHORT_ATTRIBUTION]  # one or two quoted words: only “Amazing,” Davis said
    return _attribution(cut, ended, strict=short)


def words_after(toks: list[str]) -> list[str]:
    """The words after a closing mark up to the next quotation or the end of
    the sentence."""
    for n, tok in enumerate(toks):
        if MASK in tok or tok[:1] in NEXT_QUOTE_OPENERS:
            return toks[:n]
        if tok.endswith(WORD_STOPS) and fold(tok) not in ABBREVIATIONS:
            return toks[: n + 1]
    return toks


def _attribution(cut: list[str], ended: bool, strict: bool = False) -> tuple[list[str], str] | None:
    """Parse the words after a quotation as its attribution."""
    while cut and (cut[0] in _ATTRIBUTION_OPENERS or not cut[0].strip(CLOSING_MARKS)):
        cut.pop(0)
    if cut and cut[0][:1] in CLOSING_MARKS:
        cut[0] = cut[0].lstrip(CLOSING_MARKS)
    if not cut or not cut[0][:1].isalpha():
        return None
    if fold(cut[0]) == "as" and len(cut) > 2:
        cut = cut[1:]  # “…,” as one chief executive told me
    first = fold(cut[0])
    if first == "according" and len(cut) > 2 and fold(cut[1]) == "to":
        phrase = according_to(cut, 2)
        return (phrase, "according to") if phrase else None
    if first in ACCORDING and len(cut) > 1:
        phrase = according_to(cut, 1)  # "según el ministerio", "laut Polizei"
        return (phrase, "according to") if phrase else None
    if first.endswith(INVERTED_PRONOUN) and cut[0][:1].islower():
        # French inversion: "a-t-il estimé", "ajoute-t-elle"
        verb, pronoun = first.rsplit("-", 1)
        cue = fold(cut[1]) if verb in ("a", "a-t") and len(cut) > 1 else verb.removesuffix("-t")
        return ([pronoun], cue) if cue in CUES else None
    if first in SAID_AFTER and cut[0][:1].islower() and len(cut) > 1:
        run = list(takewhile(capitalised, cut[1:]))  # "so Reuter", "aldus Rutte": a name follows at once
        return (run, first) if run else None
    if first in AUXILIARIES and len(cut) > 2 and is_cue(cut[1]):
        cut = cut[1:]  # "a déclaré Jean Dupont", "ha detto"
        first = fold(cut[0])
    if (is_cue(cut[0]) or (first in NOT_CUES and cut[0][0].islower())) and not first.endswith("ing"):
        phrase = subject_after(cut, 1)
        if first in FOREIGN_CUES and (not phrase or fold(phrase[0]) in AFTER_FOREIGN_CUE or _no_subject(phrase[0])):
            return _no_subject_after(phrase, first)
        if phrase and fold(phrase[0]) not in CUES:
            return phrase, first
        return None
    limit = _CUE_WITHIN_NEW_SENTENCE if ended and cut[0][:1].isupper() else _CUE_WITHIN
    for j, tok in enumerate(cut[:limit]):
        word = fold(tok)
        if is_cue(tok) and not word.endswith("ing") and j > 0:
            named = _leading_name(cut, j) if not ended else []
            if named:
                return named, cue_phrase(cut, j)  # "“…,” Kathleen Blanco, the governor … when …, told"
            phrase = subject_before(cut, j)
            head = fold(cut[0])
            end = next((i + len(phrase) for i in range(j) if cut[i : i + len(phrase)] == phrase), 0) if phrase else 0
            gap = cut[end:j]
            tight = all(t == "," or fold(t) in AFTER_SUBJECT or fold(t).endswith("ly") for t in gap) or (
                gap[:1] == [","]
                and (gap[-1:] == [","] or len(gap) <= _APPOSITIVE_WORDS)  # an appositive, its closing comma lost
            )
            if head in NOT_SPEAKER_HEADS:
                return None
            if strict and end != len(phrase):
                return None  # the source must follow the quotation at once
            if phrase and tight:
                if ended and cut[0][0].isupper() and j > 4:
                    return None  # a new sentence, not an attribution
                return phrase, cue_phrase(cut, j)
            return None
    return None


#: Words of place or time between a cue verb and the name after it ("opina
#: en cambio Sergi González"): past this many, a name is an object's.
_PLACE_WORDS = 2


def _no_subject(token: str) -> bool:
    """Whether a word right after a cue verb of another language opens no
    subject: lower-case, and neither an article, a determiner, a role nor a
    site's name ("dijo refiriéndose a …", "dijo primero el secretario")."""
    word = fold(token)
    return (
        token[:1].islower()
        and word not in FOREIGN_ARTICLES
        and word not in DETERMINERS
        and word not in FOREIGN_ROLES
        and word not in _FOREIGN_INDEFINITES
        and "." not in word  # a site's name: "konkluduje finobzor.ru"
    )


#: Indefinite articles of the other languages: "dijo un portavoz" has a subject.
_FOREIGN_INDEFINITES = word_set("un una uno une um uma ein eine einer een")


def _no_subject_after(phrase: list[str], cue: str) -> tuple[list[str], str] | None:
    """The speaker of a cue verb of another language with no subject right
    after it: a full name after a phrase of place or time ("opina en cambio
    Sergi González"), else, the subject being left out ("“…”, explica.",
    "dijo a la red Erbol"), the person last named (read as "he")."""
    for i, tok in enumerate(phrase[: _PLACE_WORDS + 1]):
        named = capitalised(tok) and i + 1 < len(phrase) and capitalised(phrase[i + 1])
        if named and (i == 0 or fold(phrase[i - 1]) not in FOREIGN_ARTICLES):
            return phrase[i:], cue
    for i, (article, noun) in enumerate(pairwise(map(fold, phrase))):
        if article in FOREIGN_ARTICLES and noun in FOREIGN_ROLES:
            return phrase[i:], cue  # "a déclaré à cette occasion le ministre de la Santé"
    if cue in PRO_DROP_CUES or phrase:
        return [dropped_subject(cue)], cue
    return None


def _leading_name(cut: list[str], cue: int) -> list[str]:
    """The name of two to four capitalised words that opens the words after
    a quotation and is set off by a comma, when the cue comes after the
    appositive that follows it (however long the appositive runs)."""
    run = list(takewhile(capitalised, cut[: _NAME_WORDS + 1]))
    if 2 <= len(run) <= _NAME_WORDS and len(run) < cue and cut[len(run)] == "," and not run[-1].endswith(","):
        return run
    return []


#: How far after "quoted" its "as" is looked for (tokens).
_QUOTED_AS = 16


def _quoted_as(toks: list[str], idx: int) -> list[str]:
    """Whom "quoted … as" quotes: the noun phrase between them, or the name
    set off by commas in it ("quoted a prominent sheik, Abdellatif
    al-Mahmoud, as demanding")."""
    window = list(map(fold, toks[idx + 1 : idx + 1 + _QUOTED_AS]))
    if "as" not in window:
        return []
    phrase = toks[idx + 1 : idx + 1 + window.index("as")]
    parts: list[list[str]] = [[]]
    for tok in phrase:
        if tok == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    named = [p for p in parts if 2 <= len(p) <= _NAME_WORDS and all(map(capitalised, p))]
    return named[-1] if named else [t for t in phrase if t != ","]


def cue_phrase(toks: list[str], j: int) -> str:
    """The cue at token ``j`` as reported: the verb, with its object after a
    verb of telling ("told reporters")."""
    word = fold(toks[j])
    if word in TELLING and j + 1 < len(toks):
        return f"{word} {fold(toks[j + 1])}".strip()
    return word


def cue_before(
    masked: str, sentence: tuple[int, int], open_at: int, speakers_here: list[tuple[int, str | None]]
) -> tuple[list[str] | None, str | None, str | None]:
    """A cue before the quotation in its sentence: ``(phrase, cue, speaker)``
    where ``speaker`` is set when the cue refers to the speaker of an earlier
    quotation in the sentence (``“…,” he said, adding that “…”``)."""
    start = max(sentence[0], open_at - _WINDOW)
    toks = words(masked, start, open_at)
    plain = list(map(fold, toks))
    # only cue verbs, cue nouns and "(according) to" stop the search: the rest are skipped at C speed
    marks = list(compress(range(len(toks)), map(_BEFORE_WORDS.__contains__, plain)))
    if not marks:
        return None, None, None
    nearest = _before_at(toks, plain, marks[::-1], speakers_here, leftmost=False, offsets=(masked, start))
    if nearest[1] and nearest[1].endswith("ing") and nearest[0] and nearest[0][0][:1].isupper():
        return nearest  # "with Minister Jane Doe warning of “…”"
    found = _before_at(toks, plain, marks, speakers_here, leftmost=True, offsets=(masked, start))
    if found[0] or found[2]:
        return found
    return nearest


def _before_at(
    toks: list[str],
    plain: list[str],
    order: list[int],
    speakers_here: list[tuple[int, str | None]],
    *,
    leftmost: bool,
    offsets: tuple[str, int],
) -> tuple[list[str] | None, str | None, str | None]:
    for idx in order:
        word = plain[idx]
        if word == "to" and idx > 0 and plain[idx - 1] == "according":
            return according_to(toks, idx + 1), "according to", None
        if is_cue(toks[idx]):
            prev = toks[idx - 1] if idx else ""
            if word.endswith("ing") and prev[:1].isupper() and fold(prev) not in DETERMINERS:
                j = idx  # "with Minister Jane Doe warning of “…”": the name right before
                while j > 0 and toks[j - 1][:1].isupper() and idx - j < 8:
                    j -= 1
                return toks[j:idx], word, None
            quoted = _quoted_as(toks, idx) if word == "quoted" else []
            if quoted:
                return quoted, word, None  # "The magazine quoted a sheik, Abdellatif al-Mahmoud, as demanding"
            if word.endswith("ing") or word in ("quoted",):
                offset = token_offset(*offsets, idx) if speakers_here else 0
                earlier = [s for at, s in speakers_here if at < offset and s]
                if earlier:
                    return None, word, earlier[-1]
                for k in range(idx - 1, -1, -1):
                    other = fold(toks[k])
                    if is_cue(toks[k]) and not other.endswith("ing"):
                        return subject_before(toks, k), word, None
                return first_subject(toks), word, None
            phrase = subject_before(toks, idx)
            if phrase:
                return phrase, cue_phrase(toks, idx), None
            if word in PRO_DROP_CUES:
                return (
                    [dropped_subject(word)],
                    word,
                    None,
                )  # "Y remató: “…”": the subject left out, the person last named
        if word in NOUN_CUES and not leftmost:
            if idx + 2 < len(toks) and plain[idx + 1] in ("of", "from") and capitalised(toks[idx + 2]):
                return according_to(toks, idx + 2), word, None  # "in the words of Rev. Paul Sullins, …"
            owner = fold(toks[idx - 1]) if idx > 0 else ""
            if owner in POSSESSIVE_PRONOUNS:
                return [POSSESSIVE_PRONOUNS[owner]], word, None  # "his claim that “…”"
            if idx > 0 and toks[idx - 1].endswith(("’s", "'s")) and toks[idx - 1][0].isupper():
                return [toks[idx - 1]], word, None
            return first_subject(toks), word, None
    return None, None, None
