"""Markdown to :class:`~newsshape.document.Document`: the third kind of input.

Crawlers and reader services hand pages over as Markdown (markdownify,
html2text, "reader" services that print ``Title:``, ``URL Source:`` and
``Markdown Content:`` above the page). :func:`looks_like_markdown` tells it
from a plain text dump by its syntax; :func:`from_markdown` reads it into the
blocks an HTML page gives:

- ATX (``## Heading``) and Setext (a line underlined with ``===`` or
  ``---``) headings are ``heading`` blocks with their level;
- paragraphs (lines up to a blank line) are ``paragraph`` blocks, list items
  ``item`` blocks (their level the depth of their list, negative for a
  numbered one), block quotes ``quote`` blocks, table cells ``cell`` blocks
  (their level the row's number, negative in a header row), fenced code
  ``pre`` blocks;
- links keep their text in the block's text and ``(text, URL)`` in
  :attr:`Block.links <newsshape.document.Block.links>`, their text counted
  in ``link_chars``; an image's alt text is not text: ``(alt, src)`` goes to
  the links of its block, and a line holding only an image is a ``caption``
  block of its alt text;
- emphasis, strong, strike-through, inline code marks and backslash escapes
  are dropped: the syntax never reaches the text.

A ``Title:`` header or a front matter ``title`` is the page's declared title
(:attr:`Meta.title <newsshape.document.Meta.title>`), and ``URL Source:`` or
a front matter ``url`` its address when the caller gives none.

Everything is read in one pass over the lines, each line in one pass over
its characters (a search for a link's closing bracket resumes where the
last one stopped): time is linear in the size of the input.
"""

from __future__ import annotations

from newsshape.document._mdinline import inline
from newsshape.document._types import Block, BlockKind, Document, Meta, new_block
from newsshape.text._lines import clean_line

__all__ = ["from_markdown", "looks_like_markdown"]

# -- recognising Markdown ---------------------------------------------------------

#: How many lines, and characters, from the top are read to tell Markdown.
_SNIFF_LINES = 400
_SNIFF_CHARS = 40_000
#: Marks of Markdown syntax in the lines read (headings count twice, links
#: and images once) that make a text Markdown. Text dumps (html-text,
#: selectolax, innerText, the seeds) have none; tuned on the development
#: sets' pages converted by markdownify and html2text and dumped by the
#: flatteners of ``benchmarks/dumps.py``.
_MARKS = 4
#: The reader-service header lines: ``Title: ...``, then one of the others.
_READER_TITLE = "Title:"
_READER_KEYS = ("URL Source:", "Markdown Content:", "Published Time:")
#: How many lines the front matter may have before it is not one.
_FRONT_LINES = 60


def _atx_level(line: str) -> int:
    """The level of an ATX heading line (``## Heading``), else 0."""
    s = line.lstrip(" ")
    if len(line) - len(s) > 3 or not s.startswith("#"):
        return 0
    n = len(s) - len(s.lstrip("#"))
    if n > 6 or (len(s) > n and s[n] not in " \t"):
        return 0
    return n


def _underline(line: str) -> int:
    """1 for a Setext ``===`` underline, 2 for ``---``, else 0."""
    s = line.strip()
    if len(s) < 2:
        return 0
    if s.count("=") == len(s):
        return 1
    if s.count("-") == len(s):
        return 2
    return 0


def _has_link(line: str) -> bool:
    """Whether ``line`` holds ``[text](url`` or ``![alt](src`` syntax."""
    at = line.find("](")
    return at > 0 and "[" in line[:at]


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` (not markup) is Markdown rather than a text dump: a
    reader-service header, front matter, a first line that is an ATX
    heading, or :data:`_MARKS` marks of syntax (headings, links, images,
    code fences) in its first lines."""
    lines = text[:_SNIFF_CHARS].lstrip("\ufeff").splitlines()[:_SNIFF_LINES]
    filled = [line for line in lines if line.strip()]
    if not filled:
        return False
    first = filled[0].strip()
    if first.startswith(_READER_TITLE) and any(line.startswith(_READER_KEYS) for line in filled[1:8]):
        return True
    if first == "---" and _front_matter(lines)[1] > 0:
        return True
    if _atx_level(first) and len(first) > _atx_level(first) + 1:
        return True
    marks = 0
    previous = ""
    for line in lines:
        if _atx_level(line) or (previous.strip() and _underline(line) == 1):
            marks += 2
        elif _has_link(line) or line.lstrip().startswith(("```", "~~~")):
            marks += 1
        if marks >= _MARKS:
            return True
        previous = line
    return False


# -- the header ---------------------------------------------------------------------


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``key: value`` pairs of a front matter block (``---`` lines
    around it) and how many lines it takes; ``({}, 0)`` when there is none."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    values: dict[str, str] = {}
    for i in range(1, min(len(lines), _FRONT_LINES)):
        line = lines[i]
        if line.strip() in ("---", "..."):
            return (values, i + 1) if values else ({}, 0)
        key, colon, value = line.partition(":")
        if colon and key.strip() and " " not in key.strip() and not line[:1].isspace():
            values[key.strip().casefold()] = _unquoted(value)
        elif line.lstrip().startswith("- ") and values:  # a list under the last key ("authors:")
            last = next(reversed(values))
            item = _unquoted(line.lstrip()[2:])
            values[last] = f"{values[last]}, {item}" if values[last] else item
    return {}, 0


def _reader_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``Title:`` / ``URL Source:`` / ... lines a reader service prints
    above the page, and how many lines they take (up to ``Markdown
    Content:``)."""
    values: dict[str, str] = {}
    for i, line in enumerate(lines[:20]):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon or (i > 0 and not values) or len(key) > 20:
            break
        if key == "Markdown Content":
            return values, i + 1
        if key not in ("Title", "URL Source", "Published Time", "Description"):
            break
        values[key.casefold()] = value.strip()
    return (values, 0) if "title" not in values else (values, _header_end(lines, values))


def _header_end(lines: list[str], values: dict[str, str]) -> int:
    """The line after the last header line, when no ``Markdown Content:`` ends them."""
    seen = 0
    for i, line in enumerate(lines[:20]):
        if line.strip():
            seen += 1
            if seen == len(values):
                return i + 1
    return 0


# -- blocks -----------------------------------------------------------------------------

#: How a list item opens: a bullet, or a number and a dot or bracket.
_BULLET_MARKS = "-*+"
#: A text whose blank lines are fewer than this share of its lines has its
#: paragraphs on one line each (a dump with some Markdown in it), not
#: wrapped over several: each line is then a block.
_WRAPPED = 0.2


def _item(line: str) -> tuple[str, bool]:
    """``line`` without its list markers (html2text nests them on one
    line: ``*   * [link](url)``), and whether it had one."""
    s = line.lstrip()
    found = False
    while s:
        if s[0] in _BULLET_MARKS and (len(s) == 1 or s[1] in " \t"):
            s = s[1:].lstrip()
        else:
            digits = len(s) - len(s.lstrip("0123456789"))
            if not (0 < digits <= 9 and len(s) > digits and s[digits] in ".)"):
                break
            if len(s) > digits + 1 and s[digits + 1] not in " \t":
                break
            s = s[digits + 1 :].lstrip()
        found = True
    return s, found


def _cells(row: str) -> list[str]:
    """The cells of a table row (``| a | b |``), ``\\|`` kept inside a cell."""
    return [c.strip().replace("\x00", "|") for c in row.strip()[1:-1].replace("\\|", "\x00").split("|")]


def _thematic(s: str) -> bool:
    """``***``, ``- - -``, ``___``: a rule, not text."""
    t = s.replace(" ", "")
    return len(t) >= 3 and t[0] in "*-_" and t.count(t[0]) == len(t)


def _reference(s: str) -> tuple[str, str] | None:
    """``[id]: url`` (a link reference definition): ``(id, url)``."""
    if not s.startswith("[") or "]:" not in s:
        return None
    ref, _, url = s[1:].partition("]:")
    target = url.strip().split(" ", 1)[0].strip("<>")
    return (ref.casefold(), target) if target and "]" not in ref else None


class _Builder:
    """The blocks of a Markdown text, one line at a time."""

    def __init__(self, defs: dict[str, str], wrapped: bool) -> None:
        self.defs = defs
        self.wrapped = wrapped
        self.blocks: list[Block] = []
        self.code: dict[int, str] = {}  # a fence's lines as written, by block index (see Document.code)
        self.para: list[str] = []
        self.kind: BlockKind = "paragraph"
        self.gap = False
        self.indents: list[int] = []  # the indents of the open lists, outermost first
        self.row = 0  # rows of the table being read
        self.item_level = 0

    def add(self, text: str, kind: BlockKind, level: int = 0) -> None:
        plain, links, chars = inline(text, self.defs)
        if kind in ("paragraph", "item") and links and not chars and self._only_images(text):
            alt = ", ".join(a for a, _ in links if a)  # an image alone: its alt text, as a caption
            plain, kind = alt, "caption"
        if plain:
            self.blocks.append(new_block(plain, kind, level, -1, chars, links, self.gap))
            self.gap = False

    @staticmethod
    def _only_images(text: str) -> bool:
        s = text.strip()
        return s.startswith(("![", "[![")) and s.endswith(")")

    def flush(self) -> None:
        if self.para:
            self.add(" ".join(self.para), self.kind, self.item_level if self.kind == "item" else 0)
            self.para = []

    def line(self, raw: str, following: str) -> bool:
        """Read one line; say whether it used ``following`` too (a Setext
        underline)."""
        s = raw.strip()
        if not s:
            self.flush()
            self.gap = True
            self.row = 0
            return False
        level = _atx_level(raw)
        if level:
            self.flush()
            self.add(s[level:].strip().rstrip("#").strip() or "", "heading", level)
            return False
        under = _underline(following)
        if under and not self.para and not _item(raw)[1] and not s.startswith(">") and not _thematic(s):
            self.add(s, "heading", under)
            return True
        if _thematic(s):
            self.flush()
            return False
        if s.startswith(">"):
            text = s
            while text.startswith(">"):
                text = text[1:].lstrip()
            self._text(text, "quote")
            return False
        if s.startswith("|") and s.endswith("|"):
            self.flush()
            cells = _cells(s)
            if not all(c and c.strip(":-") == "" for c in cells):  # not the |---|---| row
                self.row += 1
                head = following.strip().startswith("|") and all(c and c.strip(":-") == "" for c in _cells(following))
                for cell in cells:
                    if cell:
                        self.add(cell, "cell", -self.row if head else self.row)
            return False
        self.row = 0
        if _reference(s) is not None:
            return False
        text, bulleted = _item(raw)
        if bulleted:
            self.flush()
            self.kind = "item"
            self.item_level = self._depth(raw)
            self.para = [text] if text else []
            if not self.wrapped:
                self.flush()
            return False
        self._text(s, "quote" if self.kind == "quote" and self.para else "paragraph")
        return False

    def _depth(self, raw: str) -> int:
        """A list item's :attr:`Block.level`: its list's depth (1 for the
        outermost list), negative for a numbered item."""
        indent = len(raw) - len(raw.lstrip())
        indents = self.indents
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        return -len(indents) if raw.lstrip()[:1].isdigit() else len(indents)

    def _text(self, text: str, kind: BlockKind) -> None:
        if self.para and (kind != self.kind and not (self.kind == "item" and kind == "paragraph")):
            self.flush()
        if not self.para:
            self.kind = kind
            self.indents.clear()
        self.para.append(text)
        if not self.wrapped:
            self.flush()


def from_markdown(text: str, url: str | None = None) -> Document:
    """Read Markdown ``text`` into a document of blocks (see the module's
    documentation), with the declared title and address of its header."""
    lines = text.lstrip("\ufeff").splitlines()
    header, skip = _reader_header(lines)
    front, front_skip = _front_matter(lines)
    if front_skip:
        skip = front_skip
    title = header.get("title") or front.get("title") or None
    address = header.get("url source") or front.get("url") or front.get("canonical") or front.get("permalink")
    defs: dict[str, str] = {}
    filled = blank = 0
    in_fence = ""
    for line in lines[skip:]:
        s = line.strip()
        if s.startswith(("```", "~~~")):
            in_fence = "" if in_fence and s.startswith(in_fence) else in_fence or s[:3]
        elif not in_fence:
            ref = _reference(s)
            if ref is not None:
                defs.setdefault(*ref)
        filled += bool(s)
        blank += not s
    builder = _Builder(defs, blank >= _WRAPPED * filled)
    body = lines[skip:]
    fence: list[str] = []
    in_fence = ""
    i = 0
    while i < len(body):
        line = body[i]
        s = line.strip()
        if in_fence:
            if s.startswith(in_fence) and not s[len(in_fence) :].strip("`~"):
                code = clean_line(" ".join(fence))
                if code:
                    builder.blocks.append(new_block(code, "pre", 0, -1, 0, (), builder.gap))
                    builder.code[len(builder.blocks) - 1] = "\n".join(fence)
                    builder.gap = False
                fence, in_fence = [], ""
            else:
                fence.append(line)
            i += 1
            continue
        if s.startswith(("```", "~~~")):
            builder.flush()
            in_fence = s[:3]
            i += 1
            continue
        following = body[i + 1] if i + 1 < len(body) else ""
        i += 2 if builder.line(line, following) else 1
    builder.flush()
    meta = Meta(title=clean_line(inline(title)[0]) if title else None, canonical=address or None)
    if front.get("date") or header.get("published time"):
        meta.tags["article:published_time"] = [front.get("date") or header.get("published time") or ""]
    if front.get("author") or front.get("authors"):
        meta.authors.append(front.get("author") or front.get("authors") or "")
    if front.get("description") or header.get("description"):
        meta.tags["description"] = [front.get("description") or header.get("description") or ""]
    return Document(
        "markdown", tuple(builder.blocks), meta=meta, url=url or address or None, raw=text, code=builder.code
    )
