"""Direct quotations and their speakers: the quote pass, assembling each
:class:`~newsshape.Quote`.

:func:`quotes_in_sections` reads an article's body paragraphs in order and
reports each direct quotation:

1. The quoted spans of each paragraph are found by pairing quotation marks
   (:mod:`newsshape.text._quotemarks`); straight, curly, low-high („ “),
   guillemets (« », » «) and corner brackets (「 」) are all understood,
   nested quotations stay inside their outer span, and a quotation whose
   paragraph ends without a closing mark continues into the next paragraph
   when that one reopens it.
2. Each span is attributed (:mod:`~newsshape.fields._quote_attribution`):
   an attribution right after the closing mark (``,” she said``, ``,” said
   Jane Doe``), else a cue verb before the quotation in the same sentence
   (``Doe said that “…``, ``described it as “…``, ``according to …``), else
   the speaker of the quotation just before it (a quotation split by its
   attribution, or a run of quoted paragraphs).
3. Pronouns and short forms are resolved (:mod:`~newsshape.fields._quote_memory`,
   :mod:`~newsshape.fields._quote_names`): "he" and "she" to the person the
   article last named as a subject, "Trump" to the fullest form the article
   gives ("Donald Trump"), "the spokesman" to the spokesman it named.

Quoted names and titles ("known as “The Beast”", "a banner reading “…”"),
scare quotes with no speaker and one-word quotations that no attribution
follows are not reported (:mod:`~newsshape.fields._quote_speech`).

The modules of the pass, from the bottom: ``_quote_words`` (the word
lists), ``_quote_text`` (tokens and sentences of masked text),
``_quote_names``, ``_quote_subjects`` (cues and subjects), ``_quote_speech``,
``_quote_attribution``, ``_quote_memory`` and this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsshape.fields._quote_attribution import attribution_after, cue_before
from newsshape.fields._quote_cjk import CJK_PRONOUNS, cjk_speaker, is_cjk
from newsshape.fields._quote_incise import NO_TAILS, may_hold_incise, split_incises
from newsshape.fields._quote_memory import Memory
from newsshape.fields._quote_speech import (
    after_determiner,
    is_named_before,
    is_personal,
    looks_like_speech,
    looks_like_title,
    word_count,
)
from newsshape.fields._quote_text import mask, sentence_bounds
from newsshape.fields._quote_words import FOREIGN_CUES, PRO_DROP_CUES, dropped_subject
from newsshape.model import Quote, Section
from newsshape.text._lines import CJK_FULL_STOPS, FULL_STOPS
from newsshape.text._quotemarks import has_mark, reopens, scan

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


def quotes_in_sections(sections: Sequence[Section]) -> list[Quote]:
    """Find the quotations in an article's body sections, in reading order,
    with their speakers. ``section`` and ``paragraph`` of each
    :class:`~newsshape.Quote` index into ``sections``."""
    texts = [text for s in sections for text in s.paragraphs]
    marked = list(map(has_mark, texts))
    if not any(marked):
        return []
    paras = [(si, pi, text) for si, s in enumerate(sections) for pi, text in enumerate(s.paragraphs)]
    # a paragraph matters when it, or one of the next few, holds a quotation mark
    ahead = [*marked, False, False, False]
    near = list(map(any, zip(marked, ahead[1:], ahead[2:], ahead[3:], strict=False)))
    ctx = Memory(texts)
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
        tails: frozenset[int] | set[int] = NO_TAILS
        if may_hold_incise(text):  # “… – spiegano gli attivisti – …”, « …, affirme-t-elle. … »
            spans, tails = split_incises(text, spans)
        masked = mask(text, spans)
        bounds = sentence_bounds(masked, text)
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
                record.named = is_named_before(masked, o, s)
                record.lead = o <= text_at  # nothing but space before it in the paragraph
                record.first_sentence = s <= text_at
                record.prev_colon = prev_end == ":"
                record.later = (text, spans[n + 1 : n + 4], e)
                if o in tails and speakers_here and speakers_here[-1][1]:
                    record.before = (None, None, speakers_here[-1][1])  # the words after an incise
                if not closed and still_open is not None and k + 1 < len(paras) and reopens(paras[k + 1][2], mark):
                    # read now: the quotations after it in this paragraph change speakers_here
                    record.before = cue_before(masked, (s, e), o, speakers_here)
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
        "first_sentence",
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
        self.first_sentence = False  # it stands in its paragraph's first sentence
        self.prev_colon = False  # the paragraph before ends with ":"
        # the speakers of the quotations before it in the paragraph, when it runs on
        # into the next (else they are those of the paragraph when it is finished)
        self.earlier: list[str] = []
        # the paragraph, the next few quotations in it and the end of the sentence: to
        # read the attribution of a quotation after it in the sentence
        self.later: tuple[str, list[tuple[int, int, str]], int] = ("", [], 0)
        self.before: tuple[list[str] | None, str | None, str | None] | None = None  # the cue before, once read


_WORD = re.compile(r"\w")  # quoted text holds a word: else stray marks, no quotation
#: Quotations of this many words or fewer are short: with no attribution, or
#: after a determiner, or sourced with "according to", they are terms and
#: names, not speech; they take an earlier speaker only as a full sentence.
#: Tuned on the dev passages of ``tests/data/quotes``.
_SHORT = 3
#: One or two quoted words: only an attribution right after them counts
#: (“Amazing,” Davis said).
_VERY_SHORT = 2
#: A quotation ending a sentence reads as a sentence of its own when it opens
#: with a capital or has this many words.
_SENTENCE_LIKE = 6
#: How many of a paragraph's latest speakers are kept for the quotations after
#: them (only the last few matter; keeps long paragraphs linear).
_KEPT_SPEAKERS = 8
#: How a quotation that is a full sentence ends, in any script.
_ENDS_SENTENCE = FULL_STOPS + CJK_FULL_STOPS


def _finish(
    record: _Record,
    close: int,
    masked: str,
    closed: bool,
    ctx: Memory,
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
    n_words = len(words) if len(words) > 2 else word_count(text)  # counted for Chinese and Japanese
    ended = text[-1:] in _ENDS_SENTENCE
    speaker: str | None = None
    cue: str | None = None
    attributed = False
    title = len(words) >= 2 and looks_like_title(text)
    if record.named or title or (n_words <= _SHORT and after_determiner(*_where(record))):
        return None  # a name or a title ("Takin’ It to the Streets"), not speech
    after = attribution_after(masked, close, ended, str(parts[-1]), short=n_words <= _VERY_SHORT) if closed else None
    if after is not None and n_words <= _SHORT and after[1] == "according to":
        return None  # "diagnosed with “feather-duvet lung,” according to a report": a term, sourced
    if after is not None:
        phrase, cue = after
        speaker = ctx.resolve(phrase, strict=cue in FOREIGN_CUES)
        attributed = True
        if speaker is None and ended and cue in FOREIGN_CUES:
            after, cue, attributed = None, None, False  # "„…“ Zudem warnt …": a new sentence, no attribution
    if after is None:
        before = record.before or cue_before(*record.where)
        source, cue, inherited = before
        if inherited:
            speaker, attributed = inherited, True
        elif source:
            speaker = ctx.resolve(source, strict=cue in FOREIGN_CUES)  # "Finalmente, indicaron"
            if speaker is None and cue in PRO_DROP_CUES:
                speaker = ctx.resolve([dropped_subject(cue)])  # "Al respecto, explicó que “…”": the subject left out
            attributed = True
        elif cue:
            attributed = False
        elif masked[: record.where[2]].rstrip().endswith(":"):
            # "Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „…“": the person named before the colon
            speaker = ctx.named_in(masked, record.where[1][0], record.where[2])
            attributed = speaker is not None
        later = _later(record, masked) if not attributed else None
        if later:
            speaker, cue, attributed = ctx.resolve(later[0]), later[1], True
        if not attributed:
            sentence_like = ended and (text[:1].isupper() or n_words >= _SENTENCE_LIKE)
            speaker = _inherit(record, ctx, speakers_here, len(words), sentence_like)
            attributed = speaker is not None
            cue = None
    if speaker is None and not text[:4].isascii() and is_cjk(text):  # "钟南山院士说：“…”": no spaces, no tokens to read
        speaker = cjk_speaker(masked, record.where[2], close if closed else len(masked))
        if speaker in CJK_PRONOUNS:
            speaker = ctx.person()
        attributed = attributed or speaker is not None
    if n_words == 1 and after is None:
        return None
    # (a title was not reported above; one or no spaced word, as Chinese writes, reads as no title)
    if not attributed and (n_words <= _SHORT or not looks_like_speech(text, title=False)):
        return None
    if speaker:
        ctx.last_speaker = speaker
        ctx.last_speaker_para = record.k
        if ctx.names.is_person(speaker):
            ctx.write({"person": speaker})
    start = record.start
    speakers_here.append((start, speaker))
    del speakers_here[:-_KEPT_SPEAKERS]
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


def _later(record: _Record, masked: str) -> tuple[list[str], str] | None:
    """The attribution of a later quotation in the same sentence
    (``The outages were “disruptive,” but “we won’t stop,” Doe said.``)."""
    text, spans, sentence_end = record.later
    for o2, c2, _ in spans:
        if o2 >= sentence_end or c2 >= len(text):
            continue
        end_of_inner = text[max(o2 + 1, c2 - 3) : c2]
        found = attribution_after(masked, c2, False, end_of_inner)
        if found:
            return found
    return None


def _inherit(
    record: _Record,
    ctx: Memory,
    speakers_here: list[tuple[int, str | None]],
    n_words: int,
    sentence_like: bool = False,
) -> str | None:
    """The speaker of a quotation with no cue of its own: the quotation just
    before it in the paragraph, or the last speaker when the paragraph opens
    with the quotation."""
    earlier = [s for _, s in speakers_here if s] or record.earlier
    if n_words <= _SHORT:
        # a short full sentence right after a quotation of the same paragraph: “We’ll see.”
        return earlier[-1] if earlier and sentence_like else None
    if earlier:
        return earlier[-1]
    k = record.k
    if sentence_like and not record.lead and not record.first_sentence and is_personal(" ".join(record.parts)):
        person = ctx.person_here(k)
        if person is not None:
            return person  # "Huston did some research. “When I called CBS about it …”": the person just named

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
