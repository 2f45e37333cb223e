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

#: Marks that may continue a quotation at the start of the next paragraph.
_FAMILY = {
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

_OPEN_BEFORE = frozenset(" \t\n([{—–-/“‘\"'«»„‹「『:")  # characters after which a straight mark opens


#: More quotation marks than this in one paragraph are noise (no paragraph
#: quotes a thousand people); skipping them keeps hostile input fast.
MAX_MARKS = 2000

_ALL_MARKS = "“”„«»‹›「」『』\"‘’'"
_MARK = re.compile(f"[{_ALL_MARKS}]")
_MARK_NO_RSQUO = re.compile(f"[{_ALL_MARKS.replace('’', '')}]")


_OPENING_DOUBLES = '“„«»‹「『"'


def may_open(text: str) -> bool:
    """Whether a paragraph holds a mark that can open a quotation: a double
    mark or guillemet, two apostrophes (read as a straight double mark), or
    a single mark after a space or an opening character. A paragraph without
    one has no quotation (one carried over opens it with a mark too); most
    paragraphs hold only apostrophes, and this spares them the scan."""
    for ch in _OPENING_DOUBLES:
        if ch in text:
            return True
    if "''" in text:
        return True
    for ch in "'‘":
        i = text.find(ch)
        while i >= 0:
            if i == 0 or text[i - 1] in _OPEN_BEFORE:
                return True
            i = text.find(ch, i + 1)
    return False


_CONTRACTION = re.compile(r"(?:s|t|re|ll|ve|d|m)\b(?![’'])")
_CJK_START, _CJK_END = "\u3040", "\u9fff"
_HANGUL_START, _HANGUL_END = "\uac00", "\ud7a3"


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
        if ch in "'‘" and (nxt.isdigit() or _is_word(prev) or _CONTRACTION.match(text, i + 1)):
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
        if _CJK_START <= prev <= _CJK_END or _HANGUL_START <= prev <= _HANGUL_END:
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
    if len(text) > MAX_MARKS and sum(text.count(m) for m in _ALL_MARKS) > MAX_MARKS:
        return [], None  # a wall of marks is noise, not quotations
    if not may_open(text):
        return [], None
    text = text.replace("’’", "”’").replace("''", "\"'")  # typewriter-style closing double marks
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []
    n = len(text)
    first_guillemet, last_guillemet = text.find("«"), text.rfind("«")
    first = 0
    if carried is not None and text and text[0] in _FAMILY.get(carried, carried):
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
        if mark in "'‘" and not (carried and start == 0):
            return spans, None  # an apostrophe taken for a mark: single quotations close in their paragraph
        spans.append((start, n, mark))
        return spans, mark
    return spans, None
