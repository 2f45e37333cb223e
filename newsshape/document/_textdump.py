"""Text dump to :class:`~newsshape.document.Document`: one block per line."""

from __future__ import annotations

import re

from newsshape.document._types import Block, Document, new_block
from newsshape.text._lines import clean_line, strip_bullet

#: White space a flattener leaves at the end of a line it cut inside a paragraph.
_EDGE_SPACE = " \t\xa0"
#: What a line cut at an inline element can start with (closing punctuation,
#: the apostrophe of "<a>Vernon</a>’s"): never a new block.
_CONTINUING = ",;:.)!?’"


def _rejoined(lines: list[str]) -> list[str]:
    """``lines`` with the paragraphs that a flattener cut at inline
    elements put back together. A flattener that puts a line break between
    every text node (selectolax's ``text(separator="\n")``) cuts "the
    <a>council</a> voted" into "the ", "council" and " voted": a line that
    ends or starts with white space, or starts with closing punctuation or
    an apostrophe, is part of the one before it. Dumps that end lines only
    at blocks (a browser's ``innerText``, html-text) have no such edges and
    pass as they are. The pieces of a line are joined once (adding each to
    the line so far would copy it again and again)."""
    out: list[str] = []
    run: list[str] = []  # the pieces of the line being put together
    for line in lines:
        if (
            run
            and line
            and (line[0] in _EDGE_SPACE or line[0] in _CONTINUING or run[-1][-1:] in _EDGE_SPACE)
            and run[-1].strip()
            and line.strip()
        ):
            run.append(line)  # the white space at the cut is kept: clean_line collapses it
            continue
        if run:
            out.append(run[0] if len(run) == 1 else "".join(run))
        run = [line]
    if run:
        out.append(run[0] if len(run) == 1 else "".join(run))
    return out


#: A dump with fewer line breaks than one per this many characters was
#: flattened to one line (html-text without ``guess_layout``, a text node
#: joined with spaces): its lines are cut into sentences. Tuned on the
#: development sets' one-line dumps (their lines: thousands of characters).
FLAT_CHARS = 2000
#: Where a sentence ends in a flattened line: its closing punctuation (and
#: quote), white space, then a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(\d]|[^\W\d_])")
#: How many words in a row with at most one in lower case end a run of
#: names (a menu, a headline and its byline) before a sentence's first word.
NAME_RUN = 5


def _sentence_start(words: list[str]) -> int:
    """Where the sentence ending a piece of a flattened line begins: after
    the last run of :data:`NAME_RUN` words with at most one in lower case
    (menus, headlines and bylines run into the sentence when the page is
    flattened to one line), 0 when there is none."""
    lower = [w[0].islower() for w in words]
    j = len(words) - 1
    run = sum(lower[j - NAME_RUN : j])  # lower-case words among the NAME_RUN before word j
    while j >= NAME_RUN:
        if run <= 1 and words[j][0].isupper():
            return j
        j -= 1
        run += lower[j - NAME_RUN] - lower[j]
    return 0


def _sentences(line: str) -> list[str]:
    """A flattened line cut into its sentences, the run of names before
    each one (:func:`_sentence_start`) on a line of its own."""
    out: list[str] = []
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    for end in (*ends, len(line)):
        words = line[start:end].split()
        if words:
            cut = _sentence_start(words)
            if cut:
                out.append(" ".join(words[:cut]))
            out.append(" ".join(words[cut:]))
        start = end
    return out


def from_text(text: str, url: str | None = None) -> Document:
    """Split a text dump into line blocks (lines cut inside a paragraph are
    put back together first: :func:`_rejoined`). Bulleted lines become
    ``item`` blocks whose text has the bullet removed."""
    blocks: list[Block] = []
    gap = False
    lines = text.splitlines()
    if len(text) > FLAT_CHARS * len(lines):
        lines = [s for line in lines for s in _sentences(line)]
    for raw in _rejoined(lines):
        line = clean_line(raw)
        if not line:
            gap = True
            continue
        body, bulleted = strip_bullet(line)
        blocks.append(new_block(body, "item" if bulleted else "paragraph", 0, -1, 0, (), gap))
        gap = False
    return Document("text", tuple(blocks), url=url, raw=text)
