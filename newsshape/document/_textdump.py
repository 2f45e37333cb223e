"""Text dump to :class:`~newsshape.document.Document`: one block per line."""

from __future__ import annotations

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


def from_text(text: str, url: str | None = None) -> Document:
    """Split a text dump into line blocks (lines cut inside a paragraph are
    put back together first: :func:`_rejoined`). Bulleted lines become
    ``item`` blocks whose text has the bullet removed."""
    blocks: list[Block] = []
    gap = False
    for raw in _rejoined(text.splitlines()):
        line = clean_line(raw)
        if not line:
            gap = True
            continue
        body, bulleted = strip_bullet(line)
        blocks.append(new_block(body, "item" if bulleted else "paragraph", 0, -1, 0, (), gap))
        gap = False
    return Document("text", tuple(blocks), url=url, raw=text)
