"""Direct quotations and their speakers.

:func:`quotes_in_sections` reads an article's body paragraphs in order and
reports each direct quotation as a :class:`~newsshape.Quote`:

1. The quoted spans of each paragraph are found by pairing quotation marks
   (:mod:`newsshape._quotemarks`); straight, curly, low-high („ “),
   guillemets (« », » «) and corner brackets (「 」) are all understood,
   nested quotations stay inside their outer span, and a quotation whose
   paragraph ends without a closing mark continues into the next paragraph
   when that one reopens it.
2. Each span is attributed (:mod:`newsshape._speakers`): an attribution right
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

import attrs

from newsshape import _speakers as sp
from newsshape._quotemarks import scan
from newsshape.model import Quote, Section

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


@attrs.define
class _Context:
    """What the reader remembers while reading: who was named last."""

    names: sp.Names
    person: str | None = None
    group: str | None = None
    plural: str | None = None
    last_speaker: str | None = None
    last_speaker_para: int = -10
    last_cue_subject: str | None = None
    last_cue_para: int = -10
    recent: str | None = None
    mentioned: str | None = None
    described: str | None = None
    clock: int = 0
    person_at: int = -1
    described_at: int = -1
    known: dict[tuple[str, ...], tuple[str, str]] = attrs.Factory(dict)

    def canonical(self, phrase: list[str]) -> tuple[str, str]:
        """:func:`~newsshape._speakers.canonical`, once per phrase: the names
        are all gathered before the first phrase is read."""
        key = tuple(phrase)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = sp.canonical(phrase, self.names)
        return found

    def remember(self, name: str, kind: str) -> None:
        if kind == "person":
            self.person, self.person_at = name, self.clock
        elif kind == "group":
            self.group = name
            if name.split()[-1].casefold().endswith("s") or name.split()[-1].casefold() in ("police", "people"):
                self.plural = name

    def resolve(self, phrase: list[str]) -> str | None:
        name, kind = self.canonical(phrase)
        if not name:
            return None
        if kind == "role":
            return self.person or " ".join(phrase)
        if kind == "pronoun":
            if name in ("he", "she"):
                if self.described and self.described_at > self.person_at:
                    return self.described  # "WIRED spoke to one mother …. “…,” she said."
                return self.person or self.mentioned
            if name == "they":
                return self.recent or self.plural or self.group
            if name == "it":
                return self.recent or self.group
            return None
        self.remember(name, kind)
        return name


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    done = 0
    for o, c, _ in spans:
        start, end = max(o + 1, 0, done), min(c, len(text))
        if start < end:
            parts += (text[done:start], sp.MASK * (end - start))
            done = end
    return "".join(parts) + text[done:] if parts else text


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(",").rstrip()


#: People an article may quote without naming ("one mother", "a resident").
_HUMAN = sp.word_set(
    "mother father woman man girl boy son daughter wife husband parent teacher student resident user source "
    "witness patient victim neighbor neighbour friend nurse farmer worker employee fan customer commenter refugee "
    "survivor shopper voter protester protestor passenger driver"
)

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_WINDOW = 600  # how far before a quotation its cue is looked for (characters)


def _after(masked: str, close: int, ended: bool, inner: str, short: bool = False) -> tuple[list[str], str] | None:
    """An attribution right after a closing mark: ``,” he said``,
    ``,” said Jane Doe``, ``,” according to the ministry``; or closing the
    sentence a few words later (``“…” announced in October, said Jane Doe.``)."""
    toks = sp.tokens(masked, close + 1, min(len(masked), close + 220))
    cut = []
    for _, tok in toks:
        if sp.MASK in tok or tok[:1] in '“„«"‘':
            break
        cut.append(tok)
        if tok.endswith((".", "!", "?")) and sp._word(tok) not in sp.ABBREVIATIONS:
            break
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
    pairs = [(0, t) for t in cut]
    first = sp._word(cut[0])
    if first == "according" and len(cut) > 2 and sp._word(cut[1]) == "to":
        phrase = sp.according_to(pairs, 2)
        return (phrase, "according to") if phrase else None
    if first in ("a", "ha", "hat", "hatte") and len(cut) > 2 and sp.is_cue(cut[1]):
        cut = cut[1:]  # "a déclaré Jean Dupont", "ha detto"
        pairs = pairs[1:]
        first = sp._word(cut[0])
    if (sp.is_cue(cut[0]) or (first in sp._NOT_CUES and cut[0][0].islower())) and not first.endswith("ing"):
        phrase = sp.subject_after(pairs, 1)
        if phrase and sp._word(phrase[0]) not in sp.CUES:
            return phrase, first
        return None
    limit = 8 if ended and cut[0][:1].isupper() else 32
    for j, tok in enumerate(cut[:limit]):
        word = sp._word(tok)
        if sp.is_cue(tok) and not word.endswith("ing") and j > 0:
            phrase = sp.subject_before(pairs, j)
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
    toks = sp.tokens(masked, max(sentence[0], open_at - _WINDOW), open_at)
    nearest = _before_at(toks, speakers_here, leftmost=False)
    if nearest[1] and nearest[1].endswith("ing") and nearest[0] and nearest[0][0][:1].isupper():
        return nearest  # "with Minister Jane Doe warning of “…”"
    found = _before_at(toks, speakers_here, leftmost=True)
    if found[0] or found[2]:
        return found
    return nearest


def _before_at(
    toks: list[tuple[int, str]], speakers_here: list[tuple[int, str | None]], *, leftmost: bool
) -> tuple[list[str] | None, str | None, str | None]:
    order = range(len(toks)) if leftmost else range(len(toks) - 1, -1, -1)
    for idx in order:
        word = sp._word(toks[idx][1])
        if word == "to" and idx > 0 and sp._word(toks[idx - 1][1]) == "according":
            return sp.according_to(toks, idx + 1), "according to", None
        if sp.is_cue(toks[idx][1]):
            prev = toks[idx - 1][1] if idx else ""
            if word.endswith("ing") and prev[:1].isupper() and sp._word(prev) not in sp._DETERMINERS:
                j = idx  # "with Minister Jane Doe warning of “…”": the name right before
                while j > 0 and toks[j - 1][1][:1].isupper() and idx - j < 8:
                    j -= 1
                return [t for _, t in toks[j:idx]], word, None
            if word.endswith("ing") or word in ("quoted",):
                earlier = [s for at, s in speakers_here if at < toks[idx][0] and s]
                if earlier:
                    return None, word, earlier[-1]
                for k in range(idx - 1, -1, -1):
                    other = sp._word(toks[k][1])
                    if sp.is_cue(toks[k][1]) and not other.endswith("ing"):
                        return sp.subject_before(toks, k), word, None
                return _first_subject([t for _, t in toks]), word, None
            phrase = sp.subject_before(toks, idx)
            if phrase:
                return phrase, _cue_phrase([t for _, t in toks], idx), None
        if word in sp.NOUN_CUES and not leftmost:
            owner = sp._word(toks[idx - 1][1]) if idx > 0 else ""
            if owner in _POSSESSIVE_PRONOUNS:
                return [_POSSESSIVE_PRONOUNS[owner]], word, None  # "his claim that “…”"
            if idx > 0 and toks[idx - 1][1].endswith(("’s", "'s")) and toks[idx - 1][1][0].isupper():
                return [toks[idx - 1][1]], word, None
            return _first_subject([t for _, t in toks]), word, None
    return None, None, None


def quotes_in_sections(sections: Sequence[Section]) -> list[Quote]:
    """Find the quotations in an article's body sections, in reading order,
    with their speakers. ``section`` and ``paragraph`` of each
    :class:`~newsshape.Quote` index into ``sections``."""
    paras = [(si, pi, text) for si, s in enumerate(sections) for pi, text in enumerate(s.paragraphs)]
    marked = [bool(_MARK_RE.search(text)) for _, _, text in paras]
    if not any(marked):
        return []
    # a paragraph matters when it, or one of the next few, holds a quotation mark
    near = [any(marked[k : k + 4]) for k in range(len(paras))]
    ctx = _Context(sp.Names())
    # Who was named, and how, matters only once a quotation needs its speaker: the
    # sentences read so far are remembered and tracked then, and the names of the
    # article gathered, so a page without quotations costs a scan for marks.
    untracked: list[tuple[str, int, list[tuple[int, int]] | None]] = []
    named = False

    def catch_up() -> None:
        nonlocal named
        if not named:
            named = True
            for _, _, text in paras:
                ctx.names.add_text(text)
        for masked, k, bounds in untracked:
            for s, e in sp.sentence_bounds(masked, masked) if bounds is None else bounds:
                _track(sp.words(masked, s, e), ctx, k)
        untracked.clear()

    out: list[Quote] = []
    carried: str | None = None
    pending: dict[str, object] | None = None
    for k, (si, pi, text) in enumerate(paras):
        if not near[k]:
            continue
        spans, still_open = scan(text, carried)
        if not spans:
            untracked.append((text, k, None))  # nothing quoted here: its sentences only name people
            carried = pending = None
            continue
        masked = _mask(text, spans)
        bounds = sp.sentence_bounds(masked, text)
        speakers_here: list[tuple[int, str | None]] = []
        prev_end = masked.rstrip()[-1:] if k else ""
        next_span = 0
        for s, e in bounds:
            untracked.append((masked, k, [(s, e)]))
            while next_span < len(spans) and max(spans[next_span][0], 0) < s:
                next_span += 1  # a span opening between sentences: skipped
            in_sentence = []
            while next_span < len(spans) and max(spans[next_span][0], 0) < e:
                in_sentence.append(next_span)
                next_span += 1
            if in_sentence:
                catch_up()
            for n in in_sentence:
                o, c, mark = spans[n]
                continuing = pending is not None and o == 0 and carried is not None
                inner = text[o + 1 : c] if c <= len(text) else text[o + 1 :]
                closed = c < len(text)
                if continuing:
                    assert pending is not None
                    pending["parts"].append(inner)  # type: ignore[attr-defined]
                    if closed or still_open is None:
                        quote = _finish(pending, c, masked, closed, ctx, speakers_here)
                        if quote:
                            out.append(quote)
                        pending = None
                    continue
                if not _WORD.search(inner):
                    continue  # nothing quoted: stray marks
                record: dict[str, object] = {"si": si, "pi": pi, "start": o + 1, "parts": [inner], "k": k}
                phrase, cue, speaker = _before(masked, (s, e), o, speakers_here)
                record["before"] = (phrase, cue, speaker)
                record["named"] = sp.is_named_before(masked, o, s)
                record["determined"] = _after_determiner(masked, s, o)
                record["lead"] = not masked[s:o].strip() and (s == 0 or not masked[:s].strip())
                record["prev_colon"] = prev_end == ":"
                record["earlier"] = [name for _, name in speakers_here if name]
                record["later"] = [
                    (c2, text[max(o2 + 1, c2 - 3) : c2])
                    for o2, c2, _ in spans[n + 1 : n + 4]
                    if o2 < e and c2 < len(text)
                ]
                if not closed and still_open is not None and k + 1 < len(paras) and _reopens(paras[k + 1][2], mark):
                    pending = record
                    continue
                quote = _finish(record, c, masked, closed, ctx, speakers_here)
                if quote:
                    out.append(quote)
        carried = still_open if pending is not None else None
        if pending is not None and carried is None:
            pending = None
    return out


def _track(words: list[str], ctx: _Context, k: int) -> None:
    """Remember the subject of a sentence (and who a cue verb in it names)."""
    ctx.clock += 1
    # one pass over the sentence's words answers whether any is a cue verb or a "mother"
    stripped = set(map(sp._word, words))
    if not _HUMAN.isdisjoint(stripped):
        for i in range(len(words) - 1, 0, -1):  # the last "one mother" of the sentence
            if sp._word(words[i]) in _HUMAN and sp._word(words[i - 1]) in ("one", "a", "an"):
                ctx.described, ctx.described_at = f"{words[i - 1]} {sp._bare(words[i])}", ctx.clock
                break
    full = ctx.names.full
    capitals = map(str.isupper, map(sp.FIRST, reversed(words)))
    for i in compress(range(len(words) - 1, -1, -1), capitals):
        bare = sp._bare(words[i])  # the last name of the sentence the article gives in full
        if bare in full:
            ctx.mentioned = ctx.names.fullest(bare)
            break
    cue = None
    if not sp.CUES.isdisjoint(stripped):
        cue = next((i for i, t in enumerate(words) if sp.is_cue(t) and not sp._word(t).endswith("ing")), None)
    subject = sp.subject_before(list(enumerate(words)), cue) if cue is not None else []  # offsets unused
    if not subject:
        subject = _first_subject(words)
    if not subject:
        return
    first = subject[0]
    if sp._word(first) in sp.PRONOUNS:
        if cue is not None:
            resolved = ctx.resolve(subject)
            if resolved:
                ctx.last_cue_subject, ctx.last_cue_para = resolved, k
        return
    if sp._word(first) in ("his", "her", "their", "its"):
        return
    possessive = next((i for i, t in enumerate(subject) if t.endswith(("’s", "'s"))), None)
    if possessive is not None and possessive + 1 < len(subject):
        name, kind = ctx.canonical(subject[: possessive + 1])
        if kind == "person":
            ctx.remember(name, kind)
        return
    name, kind = ctx.canonical(subject)
    if name and kind != "pronoun":
        ctx.remember(name, kind)
        ctx.recent = name
        if cue is not None:
            ctx.last_cue_subject, ctx.last_cue_para = name, k


_WORD = re.compile(r"\w")
_MARK_RE = re.compile("[“”„«»‹›「」『』\"'‘’]")


def _reopens(text: str, mark: str) -> bool:
    return bool(text) and text[0] in {"“": '“"„', '"': '"“', "„": "„“", "«": "«»", "»": "»«"}.get(mark, mark)


def _finish(
    record: dict[str, object],
    close: int,
    masked: str,
    closed: bool,
    ctx: _Context,
    speakers_here: list[tuple[int, str | None]],
) -> Quote | None:
    parts = record["parts"]
    assert isinstance(parts, list)
    text = _clean(" ".join(str(p).strip() for p in parts))
    if not text:
        return None
    words = text.split()
    n_words = sp.word_count(text)
    ended = text[-1:] in ".!?…。！？"
    speaker: str | None = None
    cue: str | None = None
    attributed = False
    if record["named"] or (len(words) >= 2 and sp.looks_like_title(text)) or (n_words <= 3 and record["determined"]):
        return None  # a name or a title ("Takin’ It to the Streets"), not speech
    after = _after(masked, close, ended, str(parts[-1]), short=n_words <= 2) if closed else None
    if after is not None and n_words <= 3 and after[1] == "according to":
        return None  # "diagnosed with “feather-duvet lung,” according to a report": a term, sourced
    if after is not None:
        phrase, cue = after
        speaker = ctx.resolve(phrase)
        attributed = True
    else:
        if len(words) >= 2 and sp.looks_like_title(text):
            return None
        before = record["before"]
        assert isinstance(before, tuple)
        phrase, cue, inherited = before
        if inherited:
            speaker, attributed = inherited, True
        elif phrase:
            speaker = ctx.resolve(phrase)
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
        ctx.last_speaker_para = int(str(record["k"]))
        if ctx.names.is_person(speaker):
            ctx.person = speaker
    start = int(str(record["start"]))
    speakers_here.append((start, speaker))
    del speakers_here[:-8]  # only the last few matter; keeps long paragraphs linear
    end = close if closed else len(masked)
    first = str(parts[0])
    return Quote(
        text=text,
        speaker=speaker,
        cue=cue,
        section=int(str(record["si"])),
        paragraph=int(str(record["pi"])),
        start=start + len(first) - len(first.lstrip()),  # the text starts after any space inside the mark
        end=end,
    )


def _after_determiner(masked: str, sentence_start: int, open_at: int) -> bool:
    """Whether a determiner stands right before the quotation ("is the
    “national team” led by …"), unless after "as" ("described it as the
    “worst case”")."""
    toks = [t for _, t in sp.tokens(masked, max(sentence_start, open_at - 40), open_at)]
    if not toks or sp._word(toks[-1]) not in ("the", "a", "an", "its", "their"):
        return False
    return not any(sp._word(t) == "as" or sp.is_cue(t) for t in toks[-4:-1])  # "called it an “…”" is speech


def _later(record: dict[str, object], masked: str) -> tuple[list[str], str] | None:
    """The attribution of a later quotation in the same sentence
    (``The outages were “disruptive,” but “we won’t stop,” Doe said.``)."""
    spans = record.get("later")
    assert isinstance(spans, list)
    for c2, end_of_inner in spans:
        found = _after(masked, c2, False, end_of_inner)
        if found:
            return found
    return None


def _inherit(
    record: dict[str, object],
    ctx: _Context,
    speakers_here: list[tuple[int, str | None]],
    n_words: int,
    sentence_like: bool = False,
) -> str | None:
    """The speaker of a quotation with no cue of its own: the quotation just
    before it in the paragraph, or the last speaker when the paragraph opens
    with the quotation."""
    earlier = [s for _, s in speakers_here if s] or list(record["earlier"])  # type: ignore[call-overload]
    if n_words < 4:
        # a short full sentence right after a quotation of the same paragraph: “We’ll see.”
        return earlier[-1] if earlier and sentence_like else None
    if earlier:
        return earlier[-1]
    k = int(str(record["k"]))
    if ctx.last_cue_subject and ctx.last_cue_para == k and ctx.last_speaker_para < k and sentence_like:
        return ctx.last_cue_subject  # "The cell, Herbert said, is sensing …. “Once …”"
    if record["lead"]:
        if ctx.last_cue_subject and ctx.last_cue_para == k - 1 and ctx.last_speaker_para < k - 1:
            return ctx.last_cue_subject
        if ctx.last_speaker and ctx.last_speaker_para >= k - 1:
            return ctx.last_speaker
        if record["prev_colon"] and ctx.person:
            return ctx.person
    return None
