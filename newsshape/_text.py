"""Text dump to :class:`~newsshape._document.Document`: one block per line."""

from __future__ import annotations

import re
from unicodedata import normalize

from newsshape._document import Block, Document, new_block

#: Characters that open a bulleted line in text dumps.
BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "► ")

# Zero-width characters are not white space to str.split(); they are
# dropped, and so are soft hyphens (U+00AD: the places where a word may be
# hyphenated at the end of a line, "Mit&shy;tel&shy;al&shy;ter", which the
# reader never sees elsewhere).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a zero-width character or a soft hyphen
    (:data:`_INVISIBLE`). Tests of ``in``, not the regular expression: on
    text with no character beyond U+00FF (Latin text with accents or
    no-break spaces), Python answers those beyond at once without reading
    the text."""
    return (
        "\u00ad" in text
        or "\u200b" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    )


def clean_line(line: str) -> str:
    """Collapse whitespace of one line (no-break and other Unicode spaces
    included: ``str.split`` knows them all), drop zero-width characters and
    soft hyphens and compose characters (:func:`composed`)."""
    if not line.isascii():
        if has_invisible(line):
            line = _INVISIBLE.sub("", line)
        line = normalize("NFC", line)
    return " ".join(line.split())


def composed(text: str) -> str:
    """``text`` in Unicode normalisation form C: an accent typed as a letter
    and a combining mark ("e" + U+0301) becomes the accented letter ("é"),
    so that texts equal to a reader compare equal (and a search for "é"
    finds it). Python checks first, in C, whether there is anything to
    compose: text in form C (most is) comes back as it is."""
    return text if text.isascii() else normalize("NFC", text)


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet; say whether there was one."""
    if not text.startswith(BULLETS):  # most lines: one test in C
        return text, False
    for bullet in BULLETS:
        if text.startswith(bullet) and len(text) > len(bullet):
            return text[len(bullet) :].lstrip(), True
    return text, False


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
