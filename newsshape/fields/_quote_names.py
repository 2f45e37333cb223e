"""The names an article gives: full names for surnames ("Trump" -> "Donald
Trump"), the person named with a role ("the spokesman"), and the speaker a
noun phrase names (:func:`canonical`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress

from newsshape.fields._quote_roles import strip_titles, unaccented
from newsshape.fields._quote_text import (
    PUNCTUATION,
    SEPARATOR,
    WORD_START,
    bare_form,
    capitalised,
    fold,
    starts_upper,
    words,
)
from newsshape.fields._quote_words import (
    CUES,
    NAME_LINKS,
    NOUN_ENDINGS,
    NOUN_MARKERS,
    ORG_WORDS,
    PARTICLES,
    ROLE_WORDS,
    STOP_CAPS,
    TRAILING_PARTICLES,
)
from newsshape.text._quotemarks import OPENING_MARKS

#: "the spokesman, Tom Lee,": a role noun and the name that follows it.
_APPOSITIVE = re.compile(r"[Tt](?<!\w[Tt])he ([a-z]{3,20}), ((?:[A-Z][\w&'’.-]{0,30} ){0,4}[A-Z][\w&'’.-]{0,30}),")
#: How far around a name its words are read first (characters); past
#: :data:`_FAR_NAME` a paragraph is read whole. Tuned for speed on the
#: development pages: the answers are those of a whole reading either way.
_NEAR_NAME = 40
_FAR_NAME = 2560
#: How many characters searched (in C) cost as much budget as one read in
#: Python: measured on the development pages.
_SEARCH_SHARE = 32
#: The reading budget of :class:`Names`: this many characters read per
#: character of the article, and a base; past it the article is read whole
#: once (the work stays linear in the page).
_READS_PER_CHAR = 8
_READS_BASE = 20_000
#: What may stand right before a sentence's first word (after spaces), and
#: how far back the word before a possible name is read (characters).
_OPENS_SENTENCE = ".!?:\n“«„‘(¿¡"
_BEFORE_WORD = 40


@lru_cache(maxsize=16384)
def _name_token(token: str) -> tuple[str, bool, bool, bool]:
    """A token as the name reader sees it: its bare form, whether it can be
    part of a name, whether it is a particle ("van", "de"), and whether it
    ends the name (a possessive or a trailing mark)."""
    bare = bare_form(token)
    return (
        bare,
        bool(bare) and bare[0].isupper() and bare.casefold() not in STOP_CAPS,
        bare in PARTICLES,
        bare != token.strip(OPENING_MARKS),  # a possessive, a closing mark, a full stop ("Park.")
    )


# -- names ---------------------------------------------------------------------


def _name_runs(toks: list[str]) -> Iterator[tuple[list[str], str, int, int]]:
    """The runs of two or more capitalised words (and particles) in a
    paragraph's tokens: ``(bare words, the token before, index of the first,
    index of the token that ended the run)``."""
    n = len(toks)
    before = ""
    idx = 0  # the next token to read
    # most words are lower-case and start no name: only the capitalised ones are read
    for i in compress(range(n), starts_upper(toks)):
        if i < idx:
            continue  # read as part of a name
        if i > idx:
            before = toks[i - 1]
        bare, namey, _, ends = _name_token(toks[i])
        idx = i + 1
        if not namey or ends:
            before = bare  # not a name, or a name of one word
            continue
        run = [bare]
        first = i
        while True:  # the name goes on while capitalised words and particles follow
            bare, namey, particle, ends = _name_token(toks[idx] if idx < n else ",")
            idx += 1
            if namey or particle:
                run.append(bare)
                if not ends:
                    continue
            if len(run) > 1:
                yield run, before, first, idx - 1
            before = bare
            break


@lru_cache(maxsize=16384)
def _nameless(token: str) -> bool:
    """Whether a token can be in no name (neither capitalised nor a particle)."""
    _, namey, particle, _ = _name_token(token)
    return not (namey or particle)


def _ends_runs(token: str) -> bool:
    """Whether no name runs on past a token: it can be in none, or ends one
    (as :func:`_name_runs` reads it)."""
    _, namey, particle, ends = _name_token(token)
    return ends or not (namey or particle)


def _full_name(run: list[str]) -> list[str]:
    """The person's name a run of capitalised words gives, of two to four
    words, without titles ("Secretary of State Mike Pompeo"), or ``[]``.
    Trailing particles are dropped from ``run``."""
    kept, name = _full_name_of(tuple(run))
    del run[kept:]
    return list(name)


@lru_cache(maxsize=4096)  # an article names the same people again and again
def _full_name_of(run: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """:func:`_full_name` of a run: how many of its words are left once
    trailing particles are dropped, and the name."""
    kept = len(run)
    while kept and run[kept - 1] in TRAILING_PARTICLES:
        kept -= 1
    name = strip_titles(list(run[:kept]))
    if len(name) < 2 or len(name) > 4 or any(w.casefold() in ORG_WORDS for w in name):
        return kept, ()  # one word, or an organisation ("White House"): no person's full name
    return kept, tuple(name)


class Names:
    """The names an article gives, to expand "Trump" into "Donald Trump" and
    "the spokesman" into the spokesman the article named.

    Only what a question needs is read: asking for the forms of "Trump"
    finds "Trump" in the article with one substring search and reads a few
    words around each place; asking whom "the spokesman" is reads the
    paragraphs that contain "spokesman" in any case. The answers are those a
    reading of the whole article would give."""

    def __init__(self, paragraphs: Sequence[str] = ()) -> None:
        self._paragraphs = list(paragraphs)
        self._text = "\n".join(self._paragraphs)
        self._starts = list(accumulate((len(p) + 1 for p in self._paragraphs[:-1]), initial=0))
        self._folded: tuple[str, list[int]] | None = None
        self._unread = set(range(len(self._paragraphs)))  # not yet read for roles
        self._asked: set[str] = set()
        self._asked_roles: set[str] = set()
        self._full: dict[str, dict[str, int]] = {}  # last word -> {full name: how often it appears}
        self._order: dict[str, int] = {}  # full name -> where it first appears
        self._roles: dict[str, tuple[int, str]] = {}  # role noun -> (where, the person named with it)
        # One search of the article per name asked about, and a few words read
        # around each place it is found, cost little for the names an article's
        # quotations ask about; a page that asks about very many is read whole
        # once instead, so the work stays linear in the page. A search runs in C,
        # hundreds of times faster per character than reading words in Python:
        # it is charged a fraction of its length (:data:`_SEARCH_SHARE`), so a
        # page that asks about a dozen names is not read whole for the searches.
        self._budget = _READS_PER_CHAR * len(self._text) + _READS_BASE  # characters read (or searched, at a discount)
        self._whole = False  # every paragraph read for its full names
        self._name_words: dict[str, bool] = {}
        self._acronyms: dict[str, str | None] = {}

    def _spend(self, chars: int) -> bool:
        """Take ``chars`` from the budget: whether some is left."""
        self._budget -= chars
        return self._budget >= 0

    def _read_where(self, word: str, text: str, starts: list[int]) -> None:
        """Read, for their roles, the unread paragraphs whose ``text``
        contains ``word``."""
        at = text.find(word) if self._unread else -1
        while at >= 0:
            pi = bisect_right(starts, at) - 1
            if pi in self._unread:
                self._unread.discard(pi)
                self._read_roles(pi)
            if pi + 1 >= len(starts):
                break
            at = text.find(word, starts[pi + 1])

    def forms(self, last: str) -> dict[str, int]:
        """The full names ending in ``last`` (of two to four words) and how
        often each appears."""
        if last and not self._whole and last not in self._asked:
            self._asked.add(last)
            text, starts = self._text, self._starts
            at = text.find(last) if self._spend(len(text) // _SEARCH_SHARE) else -1
            while at >= 0:
                pi = bisect_right(starts, at) - 1
                read = self._count_near(pi, at - starts[pi], last)
                if read is None or not self._spend(read):
                    self._budget = -1  # names that run on and on, or very many asked about
                    break
                at = text.find(last, at + len(last))
            if self._budget < 0:
                self._read_whole()
        return self._full.get(last, {})

    def _read_whole(self) -> None:
        """Count the full names of every paragraph, afresh."""
        self._whole = True
        self._full.clear()
        self._order.clear()
        for pi, text in enumerate(self._paragraphs):
            where = pi << 32  # orders every name by paragraph, then by place
            for run, _, _, _ in _name_runs(words(text)):
                name = _full_name(run)
                if name:
                    self._count(name, where)
                where += 1

    def _count(self, name: list[str], where: int) -> None:
        joined = " ".join(name)
        counts = self._full.setdefault(name[-1], {})
        counts[joined] = counts.get(joined, 0) + 1
        if self._order.get(joined, where) >= where:
            self._order[joined] = where

    def _count_near(self, pi: int, at: int, last: str) -> int | None:
        """Count the full name whose last word is ``last`` at ``at`` of
        paragraph ``pi``, if any, reading only the words around it: from two
        words that no name can hold (where a reading of the whole paragraph is
        in the same state) to the first such word after it. Returns how many
        characters were read, or ``None`` when the words run on too long."""
        text = self._paragraphs[pi]
        start = at  # where the token holding ``last`` starts
        while start and not SEPARATOR.match(text, start - 1):
            start -= 1
        if not start:
            return 0  # no word before
        if start > 1 and text[start - 1] == " ":
            # most often the token before is a plain lower-case word ("said Trump") or a
            # mark of its own (", Trump"), which no name runs on from: told from its
            # characters, without splitting the words around
            before = start - 1
            if text[before - 1] in PUNCTUATION:
                return 2
            prev = text[text.rfind(" ", 0, before) + 1 : before]
            if prev.isalpha() and prev.islower() and prev not in PARTICLES:
                return len(prev) + 1
        back = ahead = _NEAR_NAME
        read = 0
        while True:
            lo = WORD_START.search(text, start - back, start) if start > back else None
            lo_at = lo.start() if lo else 0
            toks = words(text, lo_at, start)
            o = len(toks)
            if not toks or _ends_runs(toks[-1]):
                # a name is counted at its last word and has two words or more: when no
                # name can go on from the word before into this one, nothing counts here
                # (most mentions of a name after the first are the last name alone)
                return read + start - lo_at
            hi = WORD_START.search(text, at + ahead)
            hi_at = hi.start() if hi else len(text)
            read += hi_at - lo_at
            toks += words(text, start, hi_at)
            if o >= len(toks):
                return read
            bare, namey, particle, _ = _name_token(toks[o])
            if bare != last or not (namey or particle):
                return read  # part of a longer word, or in no name
            nameless = bytes(map(_nameless, toks))  # 1 for a token no name can hold
            reset = nameless.rfind(b"\x01\x01", 0, o) + 1  # two such tokens before it
            if reset == 0 and lo_at > 0:
                reset = -1
            end = nameless.find(1, o + 1)  # the first such token after it
            if reset < 0:
                back *= 4
            elif end < 0 and hi_at < len(text):
                ahead *= 4
            else:
                break
            if max(back, ahead) > _FAR_NAME:
                return None
        for run, _, first, _ in _name_runs(toks[reset : end + 1] if end >= 0 else toks[reset:]):
            if reset + first > o:
                break
            name = _full_name(run)  # drops trailing particles from run
            if name and reset + first + len(run) - 1 == o:  # the run ends with this word: counted once, here
                self._count(name, (pi << 32) + start)  # orders every name by paragraph, then by place
                break
        return read

    def role(self, noun: str) -> str | None:
        """The person the article last named with a role noun ("spokesman")."""
        if noun and noun not in self._asked_roles:
            self._asked_roles.add(noun)
            if self._folded is None:  # roles are matched case-blind
                # folding maps each character to one or more: when the length is kept, so
                # is every paragraph's, and with it where each starts
                folded = self._text.casefold()
                starts = self._starts
                if len(folded) != len(self._text):
                    lengths = (len(p.casefold()) + 1 for p in self._paragraphs[:-1])
                    starts = list(accumulate(lengths, initial=0))
                self._folded = folded, starts
            if self._spend(len(self._folded[0]) // _SEARCH_SHARE):
                # a noun that is no role word names a person only in an appositive ("the
                # company, Acme Corp,"): without one, the paragraphs with the noun tell nothing
                if noun in ROLE_WORDS or f"he {noun}, " in self._folded[0]:
                    self._read_where(noun, *self._folded)
            else:  # very many roles asked about: read every paragraph once
                for pi in sorted(self._unread):
                    self._read_roles(pi)
                self._unread.clear()
        found = self._roles.get(noun)
        return found[1] if found else None

    def _read_roles(self, pi: int) -> None:
        """Record who one paragraph names with a role noun: "the spokesman,
        Tom Lee", "spokesman Tom Lee", "Tom Lee, a spokesman"."""
        text = self._paragraphs[pi]
        where = pi << 32
        for m in _APPOSITIVE.finditer(text):
            self._set_role(m.group(1).casefold(), m.group(2).strip(), where)
            where += 1
        toks = words(text)
        for run, before, _, idx in _name_runs(toks):
            name = _full_name(run)
            if name:
                role = before.casefold() if before.casefold() in ROLE_WORDS else ""
                if len(name) < len(run):
                    key = run[len(run) - len(name) - 1].casefold().rstrip(".")
                    if key in ROLE_WORDS:
                        role = key
                if not role:  # appositive: "Jane Doe, a spokeswoman for ..."
                    tail = [fold(t) for t in toks[idx : idx + 8]]
                    if tail[:1] == [""] or (tail and tail[0] == ","):
                        for w in tail[1:]:
                            if w in ROLE_WORDS:
                                role = w
                                break
                            if w in (",", ";", ".") or w in CUES:
                                break
                if role:
                    self._set_role(role, " ".join(name), where)
            where += 1

    def _set_role(self, noun: str, name: str, where: int) -> None:
        if noun not in self._roles or self._roles[noun][0] < where:
            self._roles[noun] = (where, name)  # the last the article names

    def fullest(self, name: str) -> str:
        """The fullest form of a person's name the article gives."""
        words = name.split()
        if not words:
            return name
        forms = self.forms(words[-1])
        if not forms and not name.isascii():
            # "Murátov" for the "Dmitry Muratov" the article named first: one name, two spellings
            plain = unaccented(name)
            forms = {f: n for f, n in self.forms(plain.split()[-1]).items() if f.endswith(plain)}
            if len(forms) == 1:
                return next(iter(forms))
        if not forms:
            return name
        order = self._order
        # a form whose first word is dropped in another form opened a sentence with it ("Läuft Piotr
        # Trochowski künftig …?" where the article also writes "Piotr Trochowski"): the word is no name's
        if len(forms) > 1:
            forms = {f: n for f, n in forms.items() if f.count(" ") < 2 or f.split(" ", 1)[1] not in forms} or forms
        best = max(forms, key=lambda f: (f.endswith(name) and len(f.split()) >= len(words), forms[f], -order[f]))
        return best if best.endswith(name) else name

    def is_name_word(self, word: str) -> bool:
        """Whether one capitalised word is a name: the last word of a full
        name the article gives, or written with a capital inside a sentence
        and never right after an article or a possessive ("Forgetting",
        "Señaló", "Zudem" open sentences; German "seine Knie" is a noun, and
        so are "Juristen" and "Augen", of a noun's ending)."""
        found = self._name_words.get(word)
        if found is None:
            found = bool(self.forms(word)) or (
                not word.casefold().endswith(NOUN_ENDINGS) and self._inside_sentence(word)
            )
            self._name_words[word] = found
        return found

    def expand(self, acronym: str) -> str | None:
        """The name an acronym stands for, when the article writes it out
        ("the EC" -> "Election Commission"): capitalised words with those
        initials, small linking words between them."""
        if acronym not in self._acronyms:
            links = r"[\w'’-]*\s+(?:(?:of|for|and|on|the|de|del|la|der|des|du|für)\s+)*"
            pattern = r"\b" + links.join(re.escape(ch) for ch in acronym) + r"[\w'’-]*"
            found = re.search(pattern, self._text)
            self._acronyms[acronym] = found.group() if found else None
        return self._acronyms[acronym]

    def _inside_sentence(self, word: str) -> bool:
        text = self._text
        inside = False
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                before = text[max(0, at - _BEFORE_WORD) : at].rstrip(" ")
                if before and before[-1] not in _OPENS_SENTENCE:
                    if fold(before.split()[-1]) in NOUN_MARKERS:
                        return False
                    inside = True
            at = text.find(word, end)
        return inside

    @staticmethod
    @lru_cache(maxsize=4096)  # asked of every speaker, and the same few names again and again
    def is_person(name: str) -> bool:
        """Whether ``name`` looks like a person's name."""
        words = name.split()
        if not words or any(w.casefold() in ORG_WORDS for w in words):
            return False  # the names an article gives as organisations all hold such a word
        if not all(capitalised(w) or w in NAME_LINKS for w in words):
            return False
        return not (len(words) == 1 and words[0].isupper())  # "NASA", "PG&E" are no people
