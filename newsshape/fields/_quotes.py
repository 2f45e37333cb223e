"""Direct quotations and their speakers.

:func:`quotes_in_sections` reads an article's body paragraphs in order and
reports each direct quotation as a :class:`~newsshape.Quote`:

1. The quoted spans of each paragraph are found by pairing quotation marks
   (:mod:`newsshape.text._quotemarks`); straight, curly, low-high („ “),
   guillemets (« », » «) and corner brackets (「 」) are all understood,
   nested quotations stay inside their outer span, and a quotation whose
   paragraph ends without a closing mark continues into the next paragraph
   when that one reopens it.
2. Each span is attributed (:mod:`newsshape.fields._speakers`): an attribution right
   after the closing mark (``,” she said``, ``,” said Jane Doe``), else a cue
   verb before the quotation in the same sentence (``Doe said that “…``,
   ``described it as “…``, ``according to …``), else the speaker of the
   quotation just before it (a quotation split by its attribution, or a run
   of quoted paragraphs).
3. Pronouns and short forms are resolved: "he" and "she" to the person the
   article last named as a subject, "Trump" to the fullest form the article
   gives ("Donald Trump"), "the spokesman" to the spokesman it named.

Quoted names and titles ("known as “The Beast”", "a banner reading “…”"),
scare quotes with no speaker and one-word quotations that no attribution
follows are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from typing import Any, cast

from newsshape.fields import _speakers as sp
from newsshape.model import Quote, Section
from newsshape.text._quotemarks import scan

__all__ = ["find_quotes", "quotes_in_sections"]


def find_quotes(text: str) -> list[Quote]:
    """Find the direct quotations in plain ``text`` (paragraphs separated by
    blank lines), with their speakers.

    >>> q = find_quotes("Jane Doe is the mayor.\\n\\n“We will rebuild,” she said.")[0]
    >>> (q.text, q.speaker, q.cue)
    ('We will rebuild', 'Jane Doe', 'said')
    """
    paragraphs = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return quotes_in_sections([Section(None, tuple(paragraphs))])


#: A step of the reading: ``(item, sentence, part)``. An item is a paragraph,
#: some sentences of a paragraph with quotations, or what a quotation's
#: attribution told; part 0 of a sentence is whom it mentions (a "mother", a
#: person named in full), part 1 its subject.
_Step = tuple[int, int, int]
_BEFORE_ALL: _Step = (-1, 0, 0)
_NO = object()  # "this step does not set the field"
_UNKNOWN = -2  # a sentence's cue verb not looked for yet
_ITEM_END = 1 << 62  # where step ``(i, -1, part)`` stands: after every sentence of item ``i``

#: What the reader remembers, and its value before anything is read.
_FIELDS: dict[str, object] = {
    "person": None,  # the person last named as a subject or a speaker
    "person_at": _BEFORE_ALL,  # the step that named them as a subject
    "group": None,  # the organisation or group last named as a subject
    "plural": None,  # the last such group with a plural name ("the police")
    "recent": None,  # the last named subject of any kind
    "cue": None,  # (subject, paragraph) of the last sentence with a cue verb
    "described": None,  # the last person described but not named ("one mother")
    "described_at": _BEFORE_ALL,
    "mentioned": None,  # the last person the article named in full
}
_MENTIONS = frozenset(("described", "described_at", "mentioned"))  # set by part 0 of a sentence


class _Deferred:
    """A pronoun or a role as the subject of a cue verb ("he said"): whom it
    means depends on what was read before it, so it is worked out only when
    a later quotation asks."""

    __slots__ = ("at", "para", "phrase", "value")

    def __init__(self, phrase: list[str], para: int, at: _Step) -> None:
        self.phrase, self.para, self.at = phrase, para, at
        self.value: object = None


class _Below:
    """Memo of a step whose field is that of the step ``at`` below it: a walk
    stopped there (see :meth:`_Memory.get`) found that nothing in between sets
    the field, but not yet what does."""

    __slots__ = ("at",)

    def __init__(self, at: _Step) -> None:
        self.at = at


_NO_SENTENCES: list[Any] = []


class _Item:
    """A stretch of the reading: paragraph text with the bounds of its
    sentences (split when first needed), or the fields an attribution set."""

    __slots__ = ("bounds", "cues", "hint", "k", "mentions", "subjects", "text", "words", "writes")

    def __init__(
        self, text: str, k: int, bounds: list[tuple[int, int]] | None, writes: dict[str, object] | None = None
    ) -> None:
        self.text, self.k, self.bounds, self.writes = text, k, bounds, writes
        # per sentence, made when the item is first walked into (most never are); until
        # then one shared empty list, never written to, stands for each
        self.words: list[list[str] | None] = _NO_SENTENCES
        self.cues: list[int] = _NO_SENTENCES  # the first cue verb of each sentence, -1 for none
        self.subjects: list[dict[str, object] | None] = _NO_SENTENCES
        self.mentions: list[dict[str, object] | None] = _NO_SENTENCES
        self.hint: bool | None = None

    def sentences(self) -> list[tuple[int, int]]:
        """The bounds of the item's sentences (its paragraph split now if need be)."""
        if self.bounds is None:
            self.bounds = sp.sentence_bounds(self.text, self.text)
        if len(self.words) < len(self.bounds):
            n = len(self.bounds)
            self.words, self.cues = [None] * n, [_UNKNOWN] * n
            self.subjects, self.mentions = [None] * n, [None] * n
        return self.bounds

    def sentence_words(self, j: int) -> list[str]:
        """The words of sentence ``j``, split once."""
        found = self.words[j]
        if found is None:
            s, e = self.bounds[j]  # type: ignore[index]
            found = self.words[j] = sp.words(self.text, s, e)
        return found


class _Memory:
    """What the reader remembers while reading: who was named last.

    The sentences read are kept, not worked through: a field is looked up
    by walking back from the step that asks to the last step that set it,
    and only the sentences walked through are analysed. Every walk leaves
    its answer on each step it passed, so no step is walked twice for a
    field and the whole stays linear in the text read."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self._names: sp.Names | None = None
        self.items: list[_Item] = []
        self.known: dict[tuple[str, ...], tuple[str, str]] = {}
        self.memo: dict[str, dict[_Step, object]] = {field: {} for field in _FIELDS}
        self.last_speaker: str | None = None
        self.last_speaker_para = -10

    @property
    def names(self) -> sp.Names:
        """The names the article gives, gathered when first needed."""
        if self._names is None:
            self._names = sp.Names(self.paragraphs)
        return self._names

    # -- reading -----------------------------------------------------------

    def read(self, text: str, k: int, bounds: list[tuple[int, int]] | None = None) -> None:
        """Add a paragraph (or some of its sentences, ``bounds``) to what was read."""
        self.items.append(_Item(text, k, bounds))

    def write(self, fields: dict[str, object]) -> None:
        """Add what an attribution told (``person``, ``group``, ...) to what was read."""
        self.items.append(_Item("", -1, [], fields))

    def end(self) -> _Step:
        """The step after everything read so far."""
        return (len(self.items) - 1, -1, 1)

    # -- looking up --------------------------------------------------------

    def get(self, field: str, step: _Step, since: int = -1, after: _Step | None = None) -> object:
        """The value of ``field`` right after ``step``. With ``since`` (or
        ``after``), the paragraphs before ``since`` (the steps up to
        ``after``) are not read: ``None`` when nothing later set the field
        (unless an earlier walk left the value, wherever it was set, on the
        way). A walk stopped so leaves a :class:`_Below` on the steps it
        passed, so no step is walked twice."""
        memo = self.memo[field]
        passed: list[_Step] = []
        value = _FIELDS[field]
        i, j, part = step
        items = self.items
        mention = field in _MENTIONS
        while i >= 0:
            key = (i, j, part)
            found = memo.get(key, _NO)
            if found is not _NO:
                if type(found) is not _Below:
                    value = found
                    break
                passed.append(key)  # to point straight at where the value will be found
                i, j, part = found.at
                continue
            item = items[i]
            if (item.k < since and item.writes is None) or (
                after is not None and (i, j if j >= 0 else _ITEM_END, part) <= after  # (i, -1, _): the item's end
            ):
                # set (if at all) before the bound: the steps passed set nothing, so a
                # later walk skips them to go on from here
                below = _Below(key)
                for key in passed:
                    memo[key] = below
                return None
            passed.append(key)
            if item.writes is not None:
                if field in item.writes:
                    value = item.writes[field]
                    break
                i -= 1
                continue
            if j < 0:  # entering an item from its end
                if mention and field != "mentioned" and not self._may_describe(item):
                    i -= 1
                    continue
                j, part = len(item.sentences()) - 1, 1
                if j < 0:
                    i, j = i - 1, -1
                continue
            if part == 1:
                if not mention:
                    found = self._subject_field(item, i, j, field)
                    if found is not _NO:
                        value = found
                        break
                part = 0
                continue
            if mention:
                found = self._mention_field(item, i, j, field)
                if found is not _NO:
                    value = found
                    break
            j -= 1
            part = 1
            if j < 0:
                i -= 1
        for key in passed:
            memo[key] = value
        return value

    def _may_describe(self, item: _Item) -> bool:
        """Whether an item may describe an unnamed person ("one mother"): a
        search of its text saves splitting the many that do not."""
        if item.hint is None:
            s, e = (item.bounds[0][0], item.bounds[-1][1]) if item.bounds else (0, len(item.text))
            item.hint = bool(_DESCRIBED_HINT.search(item.text[s:e].casefold()))
        return item.hint

    def _mention_field(self, item: _Item, i: int, j: int, field: str) -> object:
        """Whom sentence ``j`` of item ``i`` mentions, for ``field``, or :data:`_NO`."""
        found = item.mentions[j]
        if found is None:
            found = item.mentions[j] = {}
        if field == "mentioned":
            if "mentioned" not in found:
                found["mentioned"] = self._mentioned(item.sentence_words(j))
        elif "described" not in found:
            found["described"] = _described(item.sentence_words(j))
        value = found["mentioned" if field == "mentioned" else "described"]
        if value is None:
            return _NO
        return (i, j, 0) if field == "described_at" else value

    def _mentioned(self, words: list[str]) -> str | None:
        """The last name of the sentence the article gives in full."""
        names = self.names
        capitals = map(str.isupper, map(sp.FIRST, reversed(words)))
        for i in compress(range(len(words) - 1, -1, -1), capitals):
            bare = sp._bare(words[i])
            if names.forms(bare):
                return names.fullest(bare)
        return None

    def _subject_field(self, item: _Item, i: int, j: int, field: str) -> object:
        """What the subject of sentence ``j`` of item ``i`` sets ``field`` to, or :data:`_NO`."""
        cue = item.cues[j]
        if cue == _UNKNOWN:
            cue = item.cues[j] = _cue_at(item.sentence_words(j))
        if field == "cue" and cue < 0:
            return _NO  # no cue verb: the one field a sentence sets only with one
        found = item.subjects[j]
        if found is None:
            found = item.subjects[j] = self._subject(
                item.sentence_words(j), cue if cue >= 0 else None, item.k, (i, j, 1)
            )
        value = found.get(field, _NO)
        if isinstance(value, _Deferred):
            if value.value is None:
                resolved = self._look_up(value.phrase, value.at)
                value.value = (resolved, value.para) if resolved else _NO
            return value.value
        return value

    def _subject(self, words: list[str], cue: int | None, k: int, step: _Step) -> dict[str, object]:
        """What the subject of a sentence sets: the person or group it
        names, and who a cue verb in it names."""
        subject = sp.subject_before(words, cue) if cue is not None else []
        if not subject:
            subject = _first_subject(words)
        if not subject:
            return {}
        first = sp._word(subject[0])
        if first in sp.PRONOUNS:
            if cue is None:
                return {}
            name, kind = self.canonical(subject)
            if not name:
                return {}
            if kind in ("pronoun", "role"):
                return {"cue": _Deferred(subject, k, (step[0], step[1], 0))}
            return {**_remembered(name, kind, step), "cue": (name, k)}
        if first in ("his", "her", "their", "its"):
            return {}
        possessive = next((i for i, t in enumerate(subject) if t.endswith(("’s", "'s"))), None)
        if possessive is not None and possessive + 1 < len(subject):
            name, kind = self.canonical(subject[: possessive + 1])
            return _remembered(name, kind, step) if kind == "person" else {}
        name, kind = self.canonical(subject)
        if not name or kind == "pronoun":
            return {}
        found = _remembered(name, kind, step)
        found["recent"] = name
        if cue is not None:
            found["cue"] = (name, k)
        return found

    # -- names -------------------------------------------------------------

    def canonical(self, phrase: list[str]) -> tuple[str, str]:
        """:func:`~newsshape.fields._speakers.canonical`, once per phrase."""
        key = tuple(phrase)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = sp.canonical(phrase, self.names)
        return found

    def _look_up(self, phrase: list[str], step: _Step) -> str | None:
        """Whom a pronoun or a role means right after ``step``; the name a
        phrase gives otherwise."""
        name, kind = self.canonical(phrase)
        if not name:
            return None
        if kind == "role":
            return str(self.get("person", step) or " ".join(phrase))
        if kind == "pronoun":
            if name in ("he", "she"):
                # a person described counts only when described after the last one named
                person_at = cast(_Step, self.get("person_at", step))
                described = self.get("described", step, after=person_at)
                if described and cast(_Step, self.get("described_at", step)) > person_at:
                    return str(described)  # "WIRED spoke to one mother …. “…,” she said."
                return _text(self.get("person", step) or self.get("mentioned", step))
            if name == "they":
                return _text(self.get("recent", step) or self.get("plural", step) or self.get("group", step))
            if name == "it":
                return _text(self.get("recent", step) or self.get("group", step))
            return None
        return name

    def resolve(self, phrase: list[str]) -> str | None:
        """The speaker a phrase names, now: pronouns and roles resolved, and
        a name remembered."""
        found = self._look_up(phrase, self.end())
        if found:
            name, kind = self.canonical(phrase)
            if kind in ("person", "group"):
                writes = _remembered(name, kind, (len(self.items), 0, 0))
                if writes:
                    self.write(writes)
        return found

    def person(self) -> str | None:
        """The person last named, now."""
        return _text(self.get("person", self.end()))

    def cue(self, para: int) -> str | None:
        """The subject of the last sentence with a cue verb, if that sentence
        is in paragraph ``para``. Only the sentences from that paragraph on
        are read: a cue verb earlier in the article tells nothing here."""
        found = self.get("cue", self.end(), since=para)
        return str(found[0]) if isinstance(found, tuple) and found[1] == para else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _remembered(name: str, kind: str, step: _Step) -> dict[str, object]:
    if kind == "person":
        return {"person": name, "person_at": step}
    if kind == "group":
        last = name.split()[-1].casefold()
        if last.endswith("s") or last in ("police", "people"):
            return {"group": name, "plural": name}
        return {"group": name}
    return {}


def _cue_at(words: list[str]) -> int:
    """The first cue verb of a sentence (not a participle), or -1."""
    if sp.CUES.isdisjoint(map(sp._word, words)):
        return -1
    return next((i for i, t in enumerate(words) if sp.is_cue(t) and not sp._word(t).endswith("ing")), -1)


def _described(words: list[str]) -> str | None:
    """The last unnamed person a sentence describes ("one mother")."""
    if _HUMAN.isdisjoint(map(sp._word, words)):
        return None
    for i in range(len(words) - 1, 0, -1):
        if sp._word(words[i]) in _HUMAN and sp._word(words[i - 1]) in ("one", "a", "an"):
            return f"{words[i - 1]} {sp._bare(words[i])}"
    return None


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    done = 0
    for o, c, _ in spans:
        start, end = max(o + 1, 0, done), min(c, len(text))
        if start < end:
            parts += (text[done:start], sp.MASK * (end - start))
            done = end
    return "".join(parts) + text[done:] if parts else text


#: People an article may quote without naming ("one mother", "a resident").
_HUMAN = sp.word_set(
    "mother father woman man girl boy son daughter wife husband parent teacher student resident user source "
    "witness patient victim neighbor neighbour friend nurse farmer worker employee fan customer commenter refugee "
    "survivor shopper voter protester protestor passenger driver"
)

#: "one mother", "a resident" in case-folded text: found in every stretch
#: where :func:`_described` finds a person (and in a few more), without
#: splitting it into sentences and words.
_DESCRIBED_HINT = re.compile(r"(?:one|an?)[^\w\s]*\s+[^\w\s]*(?:" + "|".join(sorted(_HUMAN)) + ")")

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_BEFORE_WORDS = sp.CUES | sp.NOUN_CUES | {"to"}  # the words the search for a cue before a quotation stops at
_WINDOW = 600  # how far before a quotation its cue is looked for (characters)


def _after(masked: str, close: int, ended: bool, inner: str, short: bool = False) -> tuple[list[str], str] | None:
    """An attribution right after a closing mark: ``,” he said``,
    ``,” said Jane Doe``, ``,” according to the ministry``; or closing the
    sentence a few words later (``“…” announced in October, said Jane Doe.``)."""
    # Splitting the whole window costs little more than its first few words (the split
    # runs in C), and spares a second reading when the sentence runs past them.
    cut = _words_after(sp.words(masked, close + 1, min(len(masked), close + 220)))
    follow = masked[close + 1 : close + 3].lstrip(sp._CLOSE_CHARS)
    if not (inner.rstrip().rstrip(sp._CLOSE_CHARS)[-1:] in ",!?.…:—–-" or follow[:1] in (",", "—", "–", ":")):
        # the sentence goes on after the quotation: an attribution may close it
        if 2 <= len(cut) <= 6 and cut[-1].endswith((".", "!", "?")) and cut[0][:1].isupper():
            return _attribution(cut, False)  # “… continue to see ” Mayer said.
        comma = next((i for i, t in enumerate(cut[:12]) if t == ","), None)
        if short or comma is None or not cut[-1].endswith((".", "!", "?")) or len(cut) - comma > 25:
            return None
        cut = cut[comma:]
        ended = False
    if short:
        cut = cut[:6]  # one or two quoted words: only “Amazing,” Davis said
    return _attribution(cut, ended, strict=short)


def _words_after(toks: list[str]) -> list[str]:
    """The words after a closing mark up to the next quotation or the end of
    the sentence."""
    for n, tok in enumerate(toks):
        if sp.MASK in tok or tok[:1] in '“„«"‘':
            return toks[:n]
        if tok.endswith((".", "!", "?")) and sp._word(tok) not in sp.ABBREVIATIONS:
            return toks[: n + 1]
    return toks


def _attribution(cut: list[str], ended: bool, strict: bool = False) -> tuple[list[str], str] | None:
    """Parse the words after a quotation as its attribution."""
    while cut and (cut[0] in (",", "—", "–", ":") or not cut[0].strip(sp._CLOSE_CHARS)):
        cut.pop(0)
    if cut and cut[0][:1] in sp._CLOSE_CHARS:
        cut[0] = cut[0].lstrip(sp._CLOSE_CHARS)
    if not cut or not cut[0][:1].isalpha():
        return None
    if sp._word(cut[0]) == "as" and len(cut) > 2:
        cut = cut[1:]  # “…,” as one chief executive told me
    first = sp._word(cut[0])
    if first == "according" and len(cut) > 2 and sp._word(cut[1]) == "to":
        phrase = sp.according_to(cut, 2)
        return (phrase, "according to") if phrase else None
    if first in ("a", "ha", "hat", "hatte") and len(cut) > 2 and sp.is_cue(cut[1]):
        cut = cut[1:]  # "a déclaré Jean Dupont", "ha detto"
        first = sp._word(cut[0])
    if (sp.is_cue(cut[0]) or (first in sp._NOT_CUES and cut[0][0].islower())) and not first.endswith("ing"):
        phrase = sp.subject_after(cut, 1)
        if phrase and sp._word(phrase[0]) not in sp.CUES:
            return phrase, first
        return None
    limit = 8 if ended and cut[0][:1].isupper() else 32
    for j, tok in enumerate(cut[:limit]):
        word = sp._word(tok)
        if sp.is_cue(tok) and not word.endswith("ing") and j > 0:
            phrase = sp.subject_before(cut, j)
            head = sp._word(cut[0])
            end = next((i + len(phrase) for i in range(j) if cut[i : i + len(phrase)] == phrase), 0) if phrase else 0
            gap = cut[end:j]
            tight = all(t == "," or sp._word(t) in sp._AFTER_SUBJECT or sp._word(t).endswith("ly") for t in gap) or (
                gap[:1] == [","] and (gap[-1:] == [","] or len(gap) <= 16)  # an appositive, its closing comma lost
            )
            if head in ("his", "her", "their", "its", "my", "our", "this", "that", "these", "those"):
                return None
            if strict and end != len(phrase):
                return None  # the source must follow the quotation at once
            if phrase and tight:
                if ended and cut[0][0].isupper() and j > 4:
                    return None  # a new sentence, not an attribution
                return phrase, _cue_phrase(cut, j)
            return None
    return None


def _cue_phrase(toks: list[str], j: int) -> str:
    word = sp._word(toks[j])
    if word in ("told", "tells", "tell") and j + 1 < len(toks):
        return f"{word} {sp._word(toks[j + 1])}".strip()
    return word


def _first_subject(words: list[str]) -> list[str]:
    """The subject at the start of a sentence, when no cue verb marks it: in
    the first comma-separated part, up to a ``;``, ``:`` or quotation, that
    does not open with a preposition, an adverb or a number."""
    n = len(words)
    for mark in (";", ":"):
        if mark in words:
            n = min(n, words.index(mark))
    if sp.MASK in "".join(words[:n]):
        n = next(i for i, tok in enumerate(words) if sp.MASK in tok)
    start = 0
    while start <= n:  # the parts between commas, up to the end of the clause
        try:
            end = words.index(",", start, n)
        except ValueError:
            end = n
        part = words[start:end]
        start = end + 1
        if not part:
            continue
        first = sp._word(part[0])
        if first in sp._NOT_SUBJECT or first.isdigit():
            continue
        phrase: list[str] = []
        named = False
        for tok in part:
            word = sp._word(tok)
            if phrase and (word in sp._AFTER_SUBJECT or sp.is_cue(tok) or word in sp.NOUN_CUES):
                break
            if phrase and not tok[0].isupper():
                ahead = any(t[:1].isupper() for t in part[len(phrase) + 1 : len(phrase) + 4])
                if word.endswith("ed") or (named and word not in sp.ROLE_WORDS and not ahead):
                    break
            if tok[0].isupper() and word not in sp._DETERMINERS:
                named = True
            phrase.append(tok)
            if len(phrase) > 7:
                return []
        return phrase
    return []


def _before(
    masked: str, sentence: tuple[int, int], open_at: int, speakers_here: list[tuple[int, str | None]]
) -> tuple[list[str] | None, str | None, str | None]:
    """A cue before the quotation in its sentence: ``(phrase, cue, speaker)``
    where ``speaker`` is set when the cue refers to the speaker of an earlier
    quotation in the sentence (``“…,” he said, adding that “…”``)."""
    start = max(sentence[0], open_at - _WINDOW)
    toks = sp.words(masked, start, open_at)
    plain = list(map(sp._word, toks))
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
            return sp.according_to(toks, idx + 1), "according to", None
        if sp.is_cue(toks[idx]):
            prev = toks[idx - 1] if idx else ""
            if word.endswith("ing") and prev[:1].isupper() and sp._word(prev) not in sp._DETERMINERS:
                j = idx  # "with Minister Jane Doe warning of “…”": the name right before
                while j > 0 and toks[j - 1][:1].isupper() and idx - j < 8:
                    j -= 1
                return toks[j:idx], word, None
            if word.endswith("ing") or word in ("quoted",):
                offset = sp.token_offset(*offsets, idx) if speakers_here else 0
                earlier = [s for at, s in speakers_here if at < offset and s]
                if earlier:
                    return None, word, earlier[-1]
                for k in range(idx - 1, -1, -1):
                    other = sp._word(toks[k])
                    if sp.is_cue(toks[k]) and not other.endswith("ing"):
                        return sp.subject_before(toks, k), word, None
                return _first_subject(toks), word, None
            phrase = sp.subject_before(toks, idx)
            if phrase:
                return phrase, _cue_phrase(toks, idx), None
        if word in sp.NOUN_CUES and not leftmost:
            owner = sp._word(toks[idx - 1]) if idx > 0 else ""
            if owner in _POSSESSIVE_PRONOUNS:
                return [_POSSESSIVE_PRONOUNS[owner]], word, None  # "his claim that “…”"
            if idx > 0 and toks[idx - 1].endswith(("’s", "'s")) and toks[idx - 1][0].isupper():
                return [toks[idx - 1]], word, None
            return _first_subject(toks), word, None
    return None, None, None


def quotes_in_sections(sections: Sequence[Section]) -> list[Quote]:
    """Find the quotations in an article's body sections, in reading order,
    with their speakers. ``section`` and ``paragraph`` of each
    :class:`~newsshape.Quote` index into ``sections``."""
    texts = [text for s in sections for text in s.paragraphs]
    marked = list(map(_has_mark, texts))
    if not any(marked):
        return []
    paras = [(si, pi, text) for si, s in enumerate(sections) for pi, text in enumerate(s.paragraphs)]
    # a paragraph matters when it, or one of the next few, holds a quotation mark
    ahead = [*marked, False, False, False]
    near = list(map(any, zip(marked, ahead[1:], ahead[2:], ahead[3:], strict=False)))
    ctx = _Memory(texts)
    out: list[Quote] = []
    carried: str | None = None
    pending: _Record | None = None
    for k, (si, pi, text) in enumerate(paras):
        if not near[k]:
            continue
        # a paragraph without a mark quotes nothing, nor continues a quotation (that reopens with a mark)
        spans, still_open = scan(text, carried) if marked[k] else ([], None)
        if not spans:
            ctx.read(text, k)  # nothing quoted here: its sentences only name people
            carried = pending = None
            continue
        masked = _mask(text, spans)
        bounds = sp.sentence_bounds(masked, text)
        speakers_here: list[tuple[int, str | None]] = []
        prev_end = masked.rstrip()[-1:] if k else ""
        text_at = len(masked) - len(masked.lstrip())  # where the paragraph's text starts
        next_span = 0
        unread = 0  # the first sentence not yet added to what was read
        for j, (s, e) in enumerate(bounds):
            while next_span < len(spans) and max(spans[next_span][0], 0) < s:
                next_span += 1  # a span opening between sentences: skipped
            in_sentence = []
            while next_span < len(spans) and max(spans[next_span][0], 0) < e:
                in_sentence.append(next_span)
                next_span += 1
            if in_sentence:  # the sentences up to this one are read before its quotations
                ctx.read(masked, k, bounds[unread : j + 1])
                unread = j + 1
            for n in in_sentence:
                o, c, mark = spans[n]
                continuing = pending is not None and o == 0 and carried is not None
                inner = text[o + 1 : c] if c <= len(text) else text[o + 1 :]
                closed = c < len(text)
                if continuing:
                    assert pending is not None
                    pending.parts.append(inner)
                    if closed or still_open is None:
                        quote = _finish(pending, c, masked, closed, ctx, speakers_here)
                        if quote:
                            out.append(quote)
                        pending = None
                    continue
                if not _WORD.search(inner):
                    continue  # nothing quoted: stray marks
                record = _Record(si, pi, k, o + 1, inner)
                # what stands before the quotation is read when needed: most quotations
                # have their attribution after them
                record.where = (masked, (s, e), o, speakers_here)
                record.named = sp.is_named_before(masked, o, s)
                record.lead = o <= text_at  # nothing but space before it in the paragraph
                record.prev_colon = prev_end == ":"
                record.later = (text, spans[n + 1 : n + 4], e)
                if not closed and still_open is not None and k + 1 < len(paras) and _reopens(paras[k + 1][2], mark):
                    # read now: the quotations after it in this paragraph change speakers_here
                    record.before = _before(masked, (s, e), o, speakers_here)
                    record.earlier = [name for _, name in speakers_here if name]
                    pending = record
                    continue
                quote = _finish(record, c, masked, closed, ctx, speakers_here)
                if quote:
                    out.append(quote)
        if unread < len(bounds):
            ctx.read(masked, k, bounds[unread:])
        carried = still_open if pending is not None else None
        if pending is not None and carried is None:
            pending = None
    return out


#: Where a quotation opens: the masked paragraph, the sentence's bounds, the
#: opening mark, and the quotations before it in the paragraph.
_Where = tuple[str, tuple[int, int], int, list[tuple[int, str | None]]]


class _Record:
    """A quotation found, while its speaker is worked out: where it is, its
    text (``parts``, more than one when it runs over paragraphs) and what its
    paragraph told about it when it was found."""

    __slots__ = (
        "before",
        "earlier",
        "k",
        "later",
        "lead",
        "named",
        "parts",
        "pi",
        "prev_colon",
        "si",
        "start",
        "where",
    )

    def __init__(self, si: int, pi: int, k: int, start: int, inner: str) -> None:
        self.si, self.pi, self.k, self.start = si, pi, k, start  # section, paragraph in it, paragraph in all
        self.parts = [inner]
        self.where: _Where = ("", (0, 0), 0, [])
        self.named = False  # a name or a title by the words before it ("known as")
        self.lead = False  # it opens its paragraph
        self.prev_colon = False  # the paragraph before ends with ":"
        # the speakers of the quotations before it in the paragraph, when it runs on
        # into the next (else they are those of the paragraph when it is finished)
        self.earlier: list[str] = []
        # the paragraph, the next few quotations in it and the end of the sentence: to
        # read the attribution of a quotation after it in the sentence
        self.later: tuple[str, list[tuple[int, int, str]], int] = ("", [], 0)
        self.before: tuple[list[str] | None, str | None, str | None] | None = None  # the cue before, once read


_WORD = re.compile(r"\w")
_MARKS = "’“”'\"‘„«»‹›「」『』"  # every quotation mark, the most frequent first


def _has_mark(text: str) -> bool:
    """Whether a paragraph holds a quotation mark (or an apostrophe)."""
    # A search for one character runs at C speed (memchr), where a regex tests each
    # character against the class: most paragraphs are ASCII and need two, most others
    # hold an apostrophe, found first.
    if text.isascii():
        return '"' in text or "'" in text
    # a plain loop: ``in`` costs less than calling ``__contains__`` through ``map``, or a generator
    for mark in _MARKS:  # noqa: SIM110
        if mark in text:
            return True
    return False


def _reopens(text: str, mark: str) -> bool:
    return bool(text) and text[0] in {"“": '“"„', '"': '"“', "„": "„“", "«": "«»", "»": "»«"}.get(mark, mark)


def _finish(
    record: _Record,
    close: int,
    masked: str,
    closed: bool,
    ctx: _Memory,
    speakers_here: list[tuple[int, str | None]],
) -> Quote | None:
    parts = record.parts
    words = " ".join(parts).split()
    text = " ".join(words)
    if text.endswith(","):  # “We will,” she said: the comma belongs to the sentence around
        text = text.rstrip(",").rstrip()
        words = text.split()
    if not text:
        return None
    n_words = len(words) if len(words) > 2 else sp.word_count(text)  # counted for Chinese and Japanese
    ended = text[-1:] in ".!?…。！？"
    speaker: str | None = None
    cue: str | None = None
    attributed = False
    title = len(words) >= 2 and sp.looks_like_title(text)
    if record.named or title or (n_words <= 3 and _after_determiner(*_where(record))):
        return None  # a name or a title ("Takin’ It to the Streets"), not speech
    after = _after(masked, close, ended, str(parts[-1]), short=n_words <= 2) if closed else None
    if after is not None and n_words <= 3 and after[1] == "according to":
        return None  # "diagnosed with “feather-duvet lung,” according to a report": a term, sourced
    if after is not None:
        phrase, cue = after
        speaker = ctx.resolve(phrase)
        attributed = True
    else:
        before = record.before or _before(*record.where)
        source, cue, inherited = before
        if inherited:
            speaker, attributed = inherited, True
        elif source:
            speaker = ctx.resolve(source)
            attributed = True
        elif cue:
            attributed = False
        later = _later(record, masked) if not attributed else None
        if later:
            speaker, cue, attributed = ctx.resolve(later[0]), later[1], True
        if not attributed:
            sentence_like = ended and (text[:1].isupper() or n_words >= 6)
            speaker = _inherit(record, ctx, speakers_here, len(words), sentence_like)
            attributed = speaker is not None
            cue = None
    if n_words == 1 and after is None:
        return None
    if not attributed:
        if n_words <= 3 or not sp.looks_like_speech(text):
            return None
        if sp.looks_like_title(text):
            return None
    if speaker:
        ctx.last_speaker = speaker
        ctx.last_speaker_para = record.k
        if ctx.names.is_person(speaker):
            ctx.write({"person": speaker})
    start = record.start
    speakers_here.append((start, speaker))
    del speakers_here[:-8]  # only the last few matter; keeps long paragraphs linear
    end = close if closed else len(masked)
    first = str(parts[0])
    return Quote(
        text=text,
        speaker=speaker,
        cue=cue,
        section=record.si,
        paragraph=record.pi,
        start=start + len(first) - len(first.lstrip()),  # the text starts after any space inside the mark
        end=end,
    )


def _where(record: _Record) -> tuple[str, int, int]:
    """The masked paragraph, sentence start and opening mark of a quotation."""
    masked, sentence, open_at, _ = record.where
    return masked, sentence[0], open_at


def _after_determiner(masked: str, sentence_start: int, open_at: int) -> bool:
    """Whether a determiner stands right before the quotation ("is the
    “national team” led by …"), unless after "as" ("described it as the
    “worst case”")."""
    toks = sp.words(masked, max(sentence_start, open_at - 40), open_at)
    if not toks or sp._word(toks[-1]) not in ("the", "a", "an", "its", "their"):
        return False
    return not any(sp._word(t) == "as" or sp.is_cue(t) for t in toks[-4:-1])  # "called it an “…”" is speech


def _later(record: _Record, masked: str) -> tuple[list[str], str] | None:
    """The attribution of a later quotation in the same sentence
    (``The outages were “disruptive,” but “we won’t stop,” Doe said.``)."""
    text, spans, sentence_end = record.later
    for o2, c2, _ in spans:
        if o2 >= sentence_end or c2 >= len(text):
            continue
        end_of_inner = text[max(o2 + 1, c2 - 3) : c2]
        found = _after(masked, c2, False, end_of_inner)
        if found:
            return found
    return None


def _inherit(
    record: _Record,
    ctx: _Memory,
    speakers_here: list[tuple[int, str | None]],
    n_words: int,
    sentence_like: bool = False,
) -> str | None:
    """The speaker of a quotation with no cue of its own: the quotation just
    before it in the paragraph, or the last speaker when the paragraph opens
    with the quotation."""
    earlier = [s for _, s in speakers_here if s] or record.earlier
    if n_words < 4:
        # a short full sentence right after a quotation of the same paragraph: “We’ll see.”
        return earlier[-1] if earlier and sentence_like else None
    if earlier:
        return earlier[-1]
    k = record.k
    if sentence_like and ctx.last_speaker_para < k:
        cue = ctx.cue(k)
        if cue is not None:
            return cue  # "The cell, Herbert said, is sensing …. “Once …”"
    if record.lead:
        if ctx.last_speaker_para < k - 1:
            cue = ctx.cue(k - 1)
            if cue is not None:
                return cue
        if ctx.last_speaker and ctx.last_speaker_para >= k - 1:
            return ctx.last_speaker
        if record.prev_colon:
            return ctx.person()
    return None
