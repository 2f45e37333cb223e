"""Quotation marks: where the quoted spans of a paragraph are.

One left-to-right scan per paragraph pairs opening and closing marks with a
small stack, so nested quotations (‘…’ inside “…”, “…” inside «…») are kept
inside their outer span and only the outermost spans are reported. Straight
marks (``"`` and ``'``) are told apart from apostrophes by what stands on
either side of them.

A span left open at the end of a paragraph continues into the next paragraph
when that one opens with a mark of the same family: the convention for a
quotation running over several paragraphs.
"""

from __future__ import annotations

import re

# -- the marks: each set named once, for every layer ---------------------------------

#: Every quotation mark the quote pass pairs, the most frequent first (a search
#: for one character at a time finds the usual ones soonest). Decides which
#: characters the scan visits and whether a paragraph may quote at all.
QUOTE_MARKS = "’“”'\"‘„«»‹›「」『』"

#: :data:`QUOTE_MARKS` and the rare high-reversed ‟: what is stripped from around
#: a value quoted whole (a headline or a takeaway in marks, a pull quote matched
#: against the body).
QUOTE_MARKS_AROUND = QUOTE_MARKS + "‟"

#: Marks that can open a quotation: stripped from the front of words ("“We"),
#: and a block that starts with one reads as a quoted line.
OPENING_MARKS = "“„«»‹「『\"'‘"

#: Marks that can close a quotation (“ and « close „…“ and »…« too): stripped
#: from the end of words, and one right after a quotation may end its sentence.
CLOSING_MARKS = "”»›」』\"'’“«"

#: Opening marks that are never apostrophes: a paragraph holding one may quote.
OPENING_DOUBLES = '“„«»‹「『"'

#: Marks that start the next quotation when a word after a closing mark opens
#: with one (the attribution read after a quotation stops there); ``'`` and
#: ``»`` are left out, being more often an apostrophe or a closing guillemet.
NEXT_QUOTE_OPENERS = '“„«"‘'

#: Marks that close a quoted word of a clause, and marks that open one: the
#: subject before a cue verb is not looked for past such a word.
QUOTED_WORD_ENDS = ("”", '"', "»")
QUOTED_WORD_STARTS = ("“", '"', "«", "„")

#: Single opening marks, told from apostrophes by what stands around them; a
#: quotation they open closes in its paragraph.
SINGLE_OPENERS = "'‘"

#: Chinese and Japanese characters (kana to the end of the CJK ideographs), and
#: Hangul syllables: scripts that write no spaces before a closing mark's
#: particle, and (Chinese and Japanese) none between words.
CJK_START, CJK_END = "\u3040", "\u9fff"
HANGUL_START, HANGUL_END = "\uac00", "\ud7a3"

#: Opening mark -> the marks that can close it.
PAIRS: dict[str, str] = {
    "“": '”“"',  # English “…”; a German „…“ closes with “ and is listed under „
    "„": "“”",  # German „…“, Polish/Hungarian „…”
    "«": "»",
    "»": "«",  # Danish/German »…«
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"”',
    "‘": "’",
    "'": "'",
}

#: Mark of a quotation left open -> the marks that, opening the next paragraph,
#: continue it there (the convention for a quotation over several paragraphs).
CONTINUES = {
    "“": '“"„',
    '"': '"“',
    "„": "„“",
    "«": "«»",
    "»": "»«",
    "‘": "‘'",
    "'": "'‘",
    "「": "「",
    "『": "『",
    "‹": "‹",
}

#: Characters after which a straight or single mark opens a quotation (else it
#: is an apostrophe or closes one).
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:" + OPENING_MARKS)


#: More quotation marks than this in one paragraph are noise (no paragraph
#: quotes a thousand people); skipping them keeps hostile input fast.
MAX_MARKS = 2000

_MARK = re.compile(f"[{QUOTE_MARKS}]")
_MARK_NO_RSQUO = re.compile(f"[{QUOTE_MARKS.replace('’', '')}]")


def may_open(text: str) -> bool:
    """Whether a paragraph holds a mark that can open a quotation: a double
    mark or guillemet, two apostrophes (read as a straight double mark), or
    a single mark after a space or an opening character. A paragraph without
    one has no quotation (one carried over opens it with a mark too); most
    paragraphs hold only apostrophes, and this spares them the scan."""
    for ch in OPENING_DOUBLES:
        if ch in text:
            return True
    if "''" in text:
        return True
    for ch in SINGLE_OPENERS:
        i = text.find(ch)
        while i >= 0:
            if i == 0 or text[i - 1] in _OPEN_BEFORE:
                return True
            i = text.find(ch, i + 1)
    return False


def has_mark(text: str) -> bool:
    """Whether a paragraph holds a quotation mark (or an apostrophe)."""
    # A search for one character runs at C speed (memchr), where a regex tests each
    # character against the class: most paragraphs are ASCII and need two, most others
    # hold an apostrophe, found first.
    if text.isascii():
        return '"' in text or "'" in text
    # a plain loop: ``in`` costs less than calling ``__contains__`` through ``map``, or a generator
    for mark in QUOTE_MARKS:  # noqa: SIM110
        if mark in text:
            return True
    return False


def reopens(text: str, mark: str) -> bool:
    """Whether a paragraph opens with a mark that continues a quotation left
    open with ``mark`` at the end of the paragraph before (:data:`CONTINUES`)."""
    return bool(text) and text[0] in CONTINUES.get(mark, mark)


_CONTRACTION = re.compile(r"(?:s|t|re|ll|ve|d|m)\b(?![’'])")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int, ch: str) -> bool:
    """Whether the mark at ``i`` can open a quotation."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        if ch == '"' and prev in _OPEN_BEFORE and i + 2 < len(text) and text[i + 2].isalnum():
            return True  # a stray space after an opening straight mark: '" You guys'
        return ch in "«„「『" and i + 1 < len(text)  # French « with a space inside
    if ch in "\"'‘":
        if ch in SINGLE_OPENERS and (nxt.isdigit() or _is_word(prev) or _CONTRACTION.match(text, i + 1)):
            return False  # ’90s, don't, a stray "isn ‘t" or "Boeing 's"
        return prev in _OPEN_BEFORE
    if ch == "»":
        return prev in _OPEN_BEFORE
    return True


def _closes(text: str, i: int, ch: str) -> bool:
    """Whether the mark at ``i`` can close a quotation."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’":
        prev = text[i - 1] if i > 0 else " "
        if CJK_START <= prev <= CJK_END or HANGUL_START <= prev <= HANGUL_END:
            return True  # particles follow the mark directly: ‘데이트 폭력’이라고
        return not prev.isspace() and not _is_word(nxt)
    return True


def scan(text: str, carried: str | None = None) -> tuple[list[tuple[int, int, str]], str | None]:
    """Find the outermost quoted spans of one paragraph.

    Returns ``(spans, still_open)``: ``(open, close, mark)`` triples, where
    ``close`` is ``len(text)`` for a span still open at the end, and the mark
    of that open span (or ``None``). ``carried`` is the mark of a quotation
    still open at the end of the previous paragraph: if this paragraph opens
    with a mark of the same family the span continues here, with ``open`` at
    that mark; if it does not, the quotation is taken as ended.
    """
    if len(text) > MAX_MARKS and sum(text.count(m) for m in QUOTE_MARKS) > MAX_MARKS:
        return [], None  # a wall of marks is noise, not quotations
    if not may_open(text):
        return [], None
    text = text.replace("’’", "”’").replace("''", "\"'")  # typewriter-style closing double marks
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []
    n = len(text)
    first_guillemet, last_guillemet = text.find("«"), text.rfind("«")
    first = 0
    if carried is not None and reopens(text, carried):
        stack.append((0, carried))
        first = 1
    # ’ only closes ‘ (and opens nothing): with no ‘ to close, the apostrophes written
    # with it, the most frequent mark of many pages, are not even visited
    marks = _MARK if "‘" in text or carried == "‘" else _MARK_NO_RSQUO
    for found in marks.finditer(text, first):  # only the marks matter: jump from one to the next
        i = found.start()
        ch = text[i]
        closed = False
        if stack and _closes(text, i, ch):
            for depth in range(len(stack) - 1, -1, -1):
                if ch in PAIRS[stack[depth][1]]:
                    if ch == "“" and stack[depth][1] == "“":
                        continue  # “ opens a nested quotation, never closes one
                    if ch in "\"'" and i + 1 < n and _is_word(text[i + 1]) and text[i - 1].isspace():
                        break  # looks like an opening straight mark
                    if depth == 0:
                        spans.append((stack[0][0], i, stack[0][1]))
                    del stack[depth:]
                    closed = True
                    break
        if not closed and ch in PAIRS and _opens(text, i, ch):
            if ch == "»" and (0 <= first_guillemet < i or (not stack and last_guillemet < i)):
                pass  # a closing » (French order), not an opening one
            elif ch == "“" and stack and stack[-1][1] == "„":
                pass
            elif len(stack) < 4:  # deeper nesting is noise; a bound keeps the scan fast
                stack.append((i, ch))
    if stack:
        start, mark = stack[0]
        if mark in SINGLE_OPENERS and not (carried and start == 0):
            return spans, None  # an apostrophe taken for a mark: single quotations close in their paragraph
        spans.append((start, n, mark))
        return spans, mark
    return spans, None
