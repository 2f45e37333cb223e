"""The reader's memory: who the article named last, to resolve "he", "the
spokesman" and a paragraph of quotation with no cue of its own.

:class:`Memory` keeps the sentences read and works a field out only when a
quotation asks for it, walking back to the sentence that set it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import Any, cast

from newsshape.fields._quote_names import Names
from newsshape.fields._quote_speaker import canonical
from newsshape.fields._quote_subjects import DESCRIBED_HINT, cue_at, described_person, first_subject, subject_before
from newsshape.fields._quote_text import FIRST, bare_form, fold, sentence_bounds, words
from newsshape.fields._quote_words import FOREIGN_ARTICLES, FOREIGN_CUES, LOCATIVES, PRONOUNS

#: A step of the reading: ``(item, sentence, part)``. An item is a paragraph,
#: some sentences of a paragraph with quotations, or what a quotation's
#: attribution told; part 0 of a sentence is whom it mentions (a "mother", a
#: person named in full), part 1 its subject.
Step = tuple[int, int, int]
_BEFORE_ALL: Step = (-1, 0, 0)
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

    def __init__(self, phrase: list[str], para: int, at: Step) -> None:
        self.phrase, self.para, self.at = phrase, para, at
        self.value: object = None


class _Below:
    """Memo of a step whose field is that of the step ``at`` below it: a walk
    stopped there (see :meth:`Memory.get`) found that nothing in between sets
    the field, but not yet what does."""

    __slots__ = ("at",)

    def __init__(self, at: Step) -> None:
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
            self.bounds = sentence_bounds(self.text, self.text)
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
            found = self.words[j] = words(self.text, s, e)
        return found


class Memory:
    """What the reader remembers while reading: who was named last.

    The sentences read are kept, not worked through: a field is looked up
    by walking back from the step that asks to the last step that set it,
    and only the sentences walked through are analysed. Every walk leaves
    its answer on each step it passed, so no step is walked twice for a
    field and the whole stays linear in the text read."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self._names: Names | None = None
        self.items: list[_Item] = []
        self.known: dict[tuple[str | bool, ...], tuple[str, str]] = {}
        self.memo: dict[str, dict[Step, object]] = {field: {} for field in _FIELDS}
        self.last_speaker: str | None = None
        self.last_speaker_para = -10

    @property
    def names(self) -> Names:
        """The names the article gives, gathered when first needed."""
        if self._names is None:
            self._names = Names(self.paragraphs)
        return self._names

    # -- reading -----------------------------------------------------------

    def read(self, text: str, k: int, bounds: list[tuple[int, int]] | None = None) -> None:
        """Add a paragraph (or some of its sentences, ``bounds``) to what was read."""
        self.items.append(_Item(text, k, bounds))

    def write(self, fields: dict[str, object]) -> None:
        """Add what an attribution told (``person``, ``group``, ...) to what was read."""
        self.items.append(_Item("", -1, [], fields))

    def end(self) -> Step:
        """The step after everything read so far."""
        return (len(self.items) - 1, -1, 1)

    # -- looking up --------------------------------------------------------

    def get(self, field: str, step: Step, since: int = -1, after: Step | None = None) -> object:
        """The value of ``field`` right after ``step``. With ``since`` (or
        ``after``), the paragraphs before ``since`` (the steps up to
        ``after``) are not read: ``None`` when nothing later set the field
        (unless an earlier walk left the value, wherever it was set, on the
        way). A walk stopped so leaves a :class:`_Below` on the steps it
        passed, so no step is walked twice."""
        memo = self.memo[field]
        passed: list[Step] = []
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
            item.hint = bool(DESCRIBED_HINT.search(item.text[s:e].casefold()))
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
            found["described"] = described_person(item.sentence_words(j))
        value = found["mentioned" if field == "mentioned" else "described"]
        if value is None:
            return _NO
        return (i, j, 0) if field == "described_at" else value

    def named_in(self, text: str, start: int, end: int) -> str | None:
        """The last person ``text[start:end]`` names in full, remembered as
        the person last named."""
        found = self._mentioned(words(text, start, end))
        if found:
            self.write({"person": found})
        return found

    def _mentioned(self, words: list[str]) -> str | None:
        """The last name of the sentence the article gives in full."""
        names = self.names
        capitals = map(str.isupper, map(FIRST, reversed(words)))
        for i in compress(range(len(words) - 1, -1, -1), capitals):
            bare = bare_form(words[i])
            if names.forms(bare):
                j = i
                while j > 0 and words[j - 1][:1].isupper():
                    j -= 1
                if j > 0 and fold(words[j - 1]) in LOCATIVES:
                    continue  # "strolling around Central Park": a place
                return names.fullest(bare)
        return None

    def _subject_field(self, item: _Item, i: int, j: int, field: str) -> object:
        """What the subject of sentence ``j`` of item ``i`` sets ``field`` to, or :data:`_NO`."""
        cue = item.cues[j]
        if cue == _UNKNOWN:
            cue = item.cues[j] = cue_at(item.sentence_words(j))
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

    def _subject(self, words: list[str], cue: int | None, k: int, step: Step) -> dict[str, object]:
        """What the subject of a sentence sets: the person or group it
        names, and who a cue verb in it names."""
        subject = subject_before(words, cue) if cue is not None else []
        if not subject:
            subject = first_subject(words)
        if not subject:
            return {}
        first = fold(subject[0])
        if first in PRONOUNS:
            if cue is None:
                return {}
            name, kind = self.canonical(subject)
            if not name:
                return {}
            if kind in ("pronoun", "role", "body"):
                return {"cue": _Deferred(subject, k, (step[0], step[1], 0))}
            return {**_remembered(name, kind, step), "cue": (name, k)}
        if first in ("his", "her", "their", "its"):
            return {}
        possessive = next((i for i, t in enumerate(subject) if t.endswith(("’s", "'s"))), None)
        if possessive is not None and possessive + 1 < len(subject):
            name, kind = self.canonical(subject[: possessive + 1])
            return _remembered(name, kind, step) if kind == "person" else {}
        strict = cue is None or fold(words[cue]) in FOREIGN_CUES  # "Forgetting her warning, …", "Zudem warnt …"
        name, kind = self.canonical(subject, strict)
        if not name or kind == "pronoun":
            return {}
        if kind == "body":  # "the company said": the organisation named before
            return {"cue": _Deferred(subject, k, (step[0], step[1], 0))} if cue is not None else {}
        found = _remembered(name, kind, step)
        found["recent"] = name
        if cue is not None:
            found["cue"] = (name, k)
        return found

    # -- names -------------------------------------------------------------

    def canonical(self, phrase: list[str], strict: bool = False) -> tuple[str, str]:
        """:func:`~newsshape.fields._quote_speaker.canonical`, once per phrase."""
        key: tuple[str | bool, ...] = (*phrase, strict)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = canonical(phrase, self.names, strict)
        return found

    def _look_up(self, phrase: list[str], step: Step, strict: bool = False) -> str | None:
        """Whom a pronoun or a role means right after ``step``; the name a
        phrase gives otherwise."""
        name, kind = self.canonical(phrase, strict)
        if not name:
            return None
        if kind == "role":
            person = self.get("person", step)
            if isinstance(person, str) and (" " in person or fold(phrase[0]) not in FOREIGN_ARTICLES):
                return person
            # "sagt der Sprecher" when the last person is one word, maybe a noun read as a name
            # at a sentence's start ("Gebäude"): the role as written
            return name
        if kind == "body":
            group = self.get("group", step)
            noun = name.split()[-1]
            if isinstance(group, str) and (noun[:1].islower() or noun in group.split()):
                return group  # "the company"; "la Alcaldía": the group named with that word
            return name
        if kind == "pronoun":
            if name in ("he", "she"):
                # a person described counts only when described after the last one named
                person_at = cast(Step, self.get("person_at", step))
                described = self.get("described", step, after=person_at)
                if described and cast(Step, self.get("described_at", step)) > person_at:
                    return str(described)  # "WIRED spoke to one mother …. “…,” she said."
                return _text(self.get("person", step) or self.get("mentioned", step))
            if name == "they":
                return _text(self.get("recent", step) or self.get("plural", step) or self.get("group", step))
            if name == "it":
                return _text(self.get("recent", step) or self.get("group", step))
            return None
        return name

    def resolve(self, phrase: list[str], strict: bool = False) -> str | None:
        """The speaker a phrase names, now: pronouns and roles resolved, and
        a name remembered (``strict``: see :func:`canonical`)."""
        found = self._look_up(phrase, self.end(), strict)
        if found:
            name, kind = self.canonical(phrase, strict)
            if kind in ("person", "group"):
                writes = _remembered(name, kind, (len(self.items), 0, 0))
                if writes:
                    self.write(writes)
        return found

    def person_here(self, para: int) -> str | None:
        """The person last named as a subject in paragraph ``para``, now (the
        paragraphs before it are not read)."""
        return _text(self.get("person", self.end(), since=para))

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


def _remembered(name: str, kind: str, step: Step) -> dict[str, object]:
    if kind == "person":
        return {"person": name, "person_at": step}
    if kind == "group":
        last = name.split()[-1].casefold()
        if last.endswith("s") or last in ("police", "people"):
            return {"group": name, "plural": name}
        return {"group": name}
    return {}
