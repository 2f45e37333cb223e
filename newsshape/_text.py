"""Text dump to :class:`~newsshape._document.Document`: one block per line."""

from __future__ import annotations

from newsshape._document import Block, Document

#: Characters that open a bulleted line in text dumps.
BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "► ")

_SPACES = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_WS_TABLE = {ord(c): " " for c in _SPACES}
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff"}


def clean_line(line: str) -> str:
    """Collapse whitespace of one line (no-break and other spaces included)
    and drop zero-width characters."""
    return " ".join(line.translate(_WS_TABLE).translate(_INVISIBLE).split())


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet; say whether there was one."""
    for bullet in BULLETS:
        if text.startswith(bullet) and len(text) > len(bullet):
            return text[len(bullet):].lstrip(), True
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
        blocks.append(Block(body, "item" if bulleted else "paragraph", gap_before=gap))
        gap = False
    return Document("text", tuple(blocks), url=url, raw=text)
