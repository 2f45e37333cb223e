"""Speech or a name: whether quoted words are speech, or a name or a title
("known as “The Beast”", "the album “Songs of Love and Loss”").
"""

from __future__ import annotations

import re

from newsshape.fields._quote_subjects import is_cue
from newsshape.fields._quote_text import capitalised, fold, words
from newsshape.fields._quote_words import (
    AS_NAMING,
    NAMING,
    NAMING_DETERMINERS,
    NAMING_VERBS,
    PRONOUNS,
    RELATIVES,
    TERM_DETERMINERS,
    TITLE_SMALL,
)
from newsshape.text._lines import FULL_STOPS
from newsshape.text._quotemarks import CJK_END, CJK_START

#: How far before a quotation the words that may make it a name are read
#: (characters): the last two words are all that count.
_NAMING_WINDOW = 60
#: How far before a quotation a determiner is looked for (characters).
_DETERMINER_WINDOW = 40
#: Titles and names run to this many words at most ("Songs of Love and Loss").
_TITLE_WORDS = 8
#: Quoted words with no source given read as speech from this many words on
#: when in the first or second person, from :data:`_SENTENCE_WORDS` when a
#: full sentence, from :data:`_SPEECH_WORDS` in any case (tuned on the dev
#: passages: shorter unattributed quotations there are terms and scare quotes).
_PERSONAL_WORDS = 5
_SENTENCE_WORDS = 8
_SPEECH_WORDS = 12
#: Words of the first and second person: quoted words holding one are speech.
_PERSONAL = frozenset(("i", "we", "you", "my", "our", "me", "us", "i'm", "we're", "i’m", "we’re"))


def is_named_before(masked: str, open_at: int, sentence_start: int = 0) -> bool:
    """Whether the words right before a quotation, in its sentence, make it a
    name or title ("known as", "titled", "a banner reading", "the term")."""
    toks = words(masked, max(sentence_start, open_at - _NAMING_WINDOW), open_at)
    found: list[str] = []  # the last two words, commas left out
    for tok in reversed(toks):
        if tok != ",":
            found.insert(0, fold(tok))
            if len(found) == 2:
                break
    if not found:
        return False
    last = found[-1]
    if last == "as" and len(found) >= 2 and found[-2] in AS_NAMING:
        return found[-2] != "described"
    if last in NAMING_DETERMINERS and len(found) >= 2:
        last = found[-2]
    if last in NAMING_VERBS:
        before = found[-2] if len(found) >= 2 else ""
        prev_tok = toks[-2] if len(toks) >= 2 else ""
        return not (before in PRONOUNS or before in RELATIVES or capitalised(prev_tok.strip("’'s")))
    return last in NAMING


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def looks_like_title(text: str) -> bool:
    """Whether quoted words read as a title or a name ("Pursuing Peace",
    "The Beast") rather than speech."""
    # Read word by word, and stopped at the first that rules a title out (a ninth word, or
    # a content word not capitalised): most quotations are speech, and tell in a word or two.
    content = False
    for n, found in enumerate(_TITLE_WORD.finditer(text)):
        word = found.group()
        if n == _TITLE_WORDS:
            return False
        if word.casefold() not in TITLE_SMALL:
            if not word[0].isupper():
                return False
            content = True
    return content and not text.rstrip().endswith(("?", "!"))


def word_count(text: str) -> int:
    """Words in ``text``; for Chinese and Japanese, which put no spaces
    between words, about one word per two characters."""
    words = len(text.split())
    if words <= 2 and any(CJK_START <= ch <= CJK_END for ch in text):
        return max(words, len(text) // 2)
    return words


def looks_like_speech(text: str, title: bool | None = None) -> bool:
    """Whether quoted words with no source given read as speech: a full
    sentence of some length, or first and second person. ``title``: whether
    they read as a title, when already known."""
    words = text.split()
    if len(words) <= 2 and len(text) >= 6 and any(CJK_START <= ch <= CJK_END for ch in text):
        return True  # Chinese, Japanese: no spaces between words
    if len(words) < _PERSONAL_WORDS or (looks_like_title(text) if title is None else title):
        return False
    lowered = {w.strip(".,;:!?’'").casefold() for w in words}
    personal = not _PERSONAL.isdisjoint(lowered)
    return (
        personal or (len(words) >= _SENTENCE_WORDS and text.rstrip()[-1:] in FULL_STOPS) or len(words) >= _SPEECH_WORDS
    )


#: A word of :data:`_PERSONAL` in running text (searched at C speed).
_PERSONAL_WORD = re.compile(r"(?i)(?<![\w’'])(?:" + "|".join(sorted(_PERSONAL, key=len, reverse=True)) + r")(?![\w’'])")


def is_personal(text: str) -> bool:
    """Whether quoted words speak in the first person ("I was working …")."""
    return _PERSONAL_WORD.search(text) is not None


def after_determiner(masked: str, sentence_start: int, open_at: int) -> bool:
    """Whether a determiner stands right before the quotation ("is the
    “national team” led by …"), unless after "as" ("described it as the
    “worst case”")."""
    toks = words(masked, max(sentence_start, open_at - _DETERMINER_WINDOW), open_at)
    if not toks or fold(toks[-1]) not in TERM_DETERMINERS:
        return False
    return not any(fold(t) == "as" or is_cue(t) for t in toks[-4:-1])  # "called it an “…”" is speech
