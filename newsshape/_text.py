"""Text dump to :class:`~newsshape._document.Document`: one block per line."""

from __future__ import annotations

import re

from newsshape._document import Block, Document, new_block

#: Characters that open a bulleted line in text dumps.
BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "► ")

# Zero-width characters are not whitespace to str.split(); they are dropped.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a zero-width character (:data:`_INVISIBLE`).
    Tests of ``in``, not the regular expression: on text with no character
    beyond U+00FF (Latin text with accents or no-break spaces), Python
    answers each at once without reading the text."""
    return "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text


def clean_line(line: str) -> str:
    """Collapse whitespace of one line (no-break and other Unicode spaces
    included: ``str.split`` knows them all) and drop zero-width characters."""
    if not line.isascii() and has_invisible(line):
        line = _INVISIBLE.sub("", line)
    return " ".join(line.split())


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet; say whether there was one."""
    if not text.startswith(BULLETS):  # most lines: one test in C
        return text, False
    for bullet in BULLETS:
        if text.startswith(bullet) and len(text) > len(bullet):
            return text[len(bullet) :].lstrip(), True
    return text, False


def from_text(text: str, url: str | None = None) -> Document:
    """Split a text dump into line blocks. Bulleted lines become ``item``
    blocks whose text has the bullet removed."""
    blocks: list[Block] = []
    gap = False
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            gap = True
            continue
        body, bulleted = strip_bullet(line)
        blocks.append(new_block(body, "item" if bulleted else "paragraph", 0, -1, 0, (), gap))
        gap = False
    return Document("text", tuple(blocks), url=url, raw=text)
