"""The quote pass's shortcuts give what the plain reading gives.

Each test holds the plain reading next to the shortcut it checks: tokens
tested one by one, every quotation mark visited, every sentence end tried in
Python, walks of the memory that read the whole article, and so on.
"""

from __future__ import annotations

import re
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# private on purpose: every fast path of the speaker pass checked against a plain reading of the same step
# private: each shortcut of the quotation pass is checked against the plain reading it replaces (same output,
# less time: no public call can tell them apart)
from newsshape.fields import _quote_text as tx
from newsshape.fields._quote_attribution import words_after
from newsshape.fields._quote_memory import Memory, Step
from newsshape.fields._quote_names import Names
from newsshape.fields._quote_words import ABBREVIATIONS
from newsshape.quotes import find_quotes
from newsshape.text import _quotemarks as qm
from newsshape.text._quotemarks import CLOSING_MARKS, OPENING_MARKS

# -- tokens and sentences ------------------------------------------------------

_TOKEN_PIECES = ["Jane", "doe", "“We", "‘Doe", '"Smith', "'van", "«Oui", "(", "É", "a", "1", "de", "„Ja"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12))
def test_capitals_are_found_as_each_token_is_tested(toks: list[str]) -> None:
    plain = [tok.lstrip(OPENING_MARKS)[:1].isupper() for tok in toks]
    assert tx.starts_upper(toks) == plain
    assert tx.starts_upper([*toks, ""]) == [*plain, False]


_SENTENCE_END_EVERY = re.compile(  # every candidate, lower-case next word or not
    f"[.!?…{CLOSING_MARKS}](?:(?<=[.!?…])|(?<={tx.MASK}.))[{CLOSING_MARKS})]*(?P<space>\\s+|\\Z)"
)


def _sentence_bounds_plain(masked: str, original: str) -> list[tuple[int, int]]:
    """:func:`~newsshape.fields._quote_text.sentence_bounds` testing every candidate in Python."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(masked)
    for found in _SENTENCE_END_EVERY.finditer(masked):
        i = found.start()
        ch = masked[i]
        if ch not in ".!?…" and original[i - 1] not in ".!?…":
            continue
        k, m = found.start("space"), found.end()
        if m < n and not (masked[m].isupper() or masked[m].isdigit() or masked[m] in OPENING_MARKS):
            continue
        if ch == ".":
            before = masked[max(0, i - 24) : i]
            word = "" if not before or before[-1].isspace() else before.split()[-1]
            word = word.strip(OPENING_MARKS + "(").casefold()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or tx._INITIALS.fullmatch(word):
                continue
        bounds.append((start, k))
        start = m
    if start < n:
        bounds.append((start, n))
    return bounds


_SENTENCE_PIECES = [
    *["Mr.", "U.S.", "J.R.", "a.", "x", "Doe", "said", ".", "!", "?", "…", " ", "  ", "\n", "”", "’", '"', "“"],
    *["(", ")", tx.MASK, "é", "É", "1", "e.g."],
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16), st.sampled_from(".x”"))
def test_sentences_split_as_every_candidate_end_tested_in_python(pieces: list[str], unmasked: str) -> None:
    masked = "".join(pieces)
    original = masked.replace(tx.MASK, unmasked)
    assert tx.sentence_bounds(masked, original) == _sentence_bounds_plain(masked, original)


# -- quotation marks ------------------------------------------------------------

_MARK_PIECES = [*"“”„«»‹›「」『』\"‘’'", "a", " ", "x", "1", "데", ".", ",", "s", "t"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_MARK_PIECES), max_size=16).map("".join),
    st.sampled_from([None, "“", "‘", "'", '"', "«", "»"]),
)
def test_marks_are_paired_as_when_every_apostrophe_is_visited(text: str, carried: str | None) -> None:
    found = qm.scan(text, carried)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(qm, "_MARK_NO_RSQUO", qm._MARK)
        assert found == qm.scan(text, carried)


# -- words after a quotation -----------------------------------------------------


def _words_after_two_readings(masked: str, close: int) -> list[str]:
    """The words after a closing mark read as before: the first 80 characters,
    then the whole window when the sentence may run past them."""

    def upto(toks: list[str], whole: bool) -> list[str] | None:
        cut: list[str] = []
        for n, tok in enumerate(toks):
            if tx.MASK in tok or tok[:1] in '“„«"‘':
                return cut if whole or n < len(toks) - 1 else None
            cut.append(tok)
            if tok.endswith((".", "!", "?")) and tx.fold(tok) not in ABBREVIATIONS:
                return cut if whole or n < len(toks) - 1 else None
        return cut if whole else None

    end = min(len(masked), close + 220)
    near = min(end, close + 80)
    cut = upto(tx.words(masked, close + 1, near), whole=near == end)
    return cut if cut is not None else upto(tx.words(masked, close + 1, end), whole=True) or []


_AFTER_PIECES = ["said", "Mr.", "Jane", "Doe.", ",", " ", "“", tx.MASK, "said Doe", "a" * 30, "e.g.", "!", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=40).map("".join), st.integers(0, 30))
def test_words_after_a_quotation_are_read_in_one_go_as_in_two(masked: str, close: int) -> None:
    toks = tx.words(masked, close + 1, min(len(masked), close + 220))
    assert words_after(toks) == _words_after_two_readings(masked, close)


# -- names -------------------------------------------------------------------------


def test_a_dozen_names_asked_about_are_read_around_each_mention_only() -> None:
    # a search of the article runs in C and is charged a fraction of its length
    people = [f"Jane {last}" for last in ("Abel", "Baker", "Cole", "Dunn", "Egan", "Ford", "Gray", "Hale", "Irwin")]
    paragraphs = [f"{person} spoke to the council on Monday about the plan." for person in people] * 2
    names = Names(paragraphs)
    for person in people:
        assert names.forms(person.split()[1]) == {person: 2}
    assert not names._whole


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The spokesman, Tom Lee, said so.", "Later, Lee left the mayor, Ann Doe, alone."],
        ["In der Straße the spokesman, Tom Lee, said.", "İstanbul’s mayor, Ann Doe, agreed.", "The mayor left."],
    ],
)
def test_roles_are_matched_in_the_article_folded_whole(paragraphs: list[str]) -> None:
    names = Names(paragraphs)
    names.role("spokesman")
    folded = [p.casefold() for p in paragraphs]
    assert names._folded == ("\n".join(folded), list(accumulate((len(p) + 1 for p in folded[:-1]), initial=0)))
    whole = Names(paragraphs)
    whole._budget = -1  # every paragraph read for its roles
    for noun in ("spokesman", "mayor"):
        assert names.role(noun) == whole.role(noun), noun


# -- the memory's walks --------------------------------------------------------------

_STORY_PIECES = [
    "Jane Doe is the mayor.",
    "One mother waited outside.",
    "The police said little.",
    "Smith said the plan was good.",
    "He said nothing.",
    "“We will rebuild,” she said.",
    "“It will work.”",
    "“They came at night,” one resident said.",
    "Doe said: “We are ready for this.”",
    "The cell, Herbert said, is sensing its surroundings. “Once it finds food, it moves.”",
    "\n\n",
    "“Yes, we will win this fight today,” he said.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_STORY_PIECES), min_size=1, max_size=14).map(" ".join))
def test_walks_stopped_early_find_what_whole_walks_find(text: str) -> None:
    found = [(q.text, q.speaker, q.cue) for q in find_quotes(text)]
    get = Memory.get

    def whole_walk(self: Memory, field: str, step: Step, since: int = -1, after: object = None) -> object:
        return get(self, field, step)  # every walk goes back as far as the value

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Memory, "get", whole_walk)
        assert [(q.text, q.speaker, q.cue) for q in find_quotes(text)] == found
