"""The shape of the body: a section's body blocks as typed blocks
(:class:`~newsshape.model.Paragraph`, :class:`~newsshape.model.ListBlock`,
:class:`~newsshape.model.BlockQuote`, :class:`~newsshape.model.Table`,
:class:`~newsshape.model.Figure`, :class:`~newsshape.model.Code`,
:class:`~newsshape.model.Embed`), rebuilt after the layout from the blocks
the layout kept.

Every document block already says what its markup was
(:attr:`Block.kind <newsshape.document.Block.kind>`) and, from HTML, which
element holds it (:attr:`Document.elements
<newsshape.document.Document.elements>`): list items sharing a list element
make a list (a list inside an item a sublist), cells sharing a table a
table (row by row), quoted paragraphs sharing a ``<blockquote>`` one block
quote. Figures and embeds, which may hold no text, are placed where
:attr:`Document.media <newsshape.document.Document.media>` says they stood;
a figure's picture is the one :func:`newsshape.fields._image.figures` read,
so it is in the story. Text dumps and Markdown carry no elements: their
consecutive items make one list, quoted lines one quote.

The one rule kept throughout: the texts of the blocks made, in order, are
the texts of the body blocks given, in order (``block_texts(blocks) ==
paragraphs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from urllib.parse import urljoin

import attrs

from newsshape.document import Block, Page
from newsshape.fields._placement import add_media, placed
from newsshape.model import (
    BlockQuote,
    BodyBlock,
    Code,
    Embed,
    Figure,
    Image,
    ListBlock,
    ListItem,
    Paragraph,
    Table,
)

__all__ = ["structure"]

#: Tags of the elements that hold a list's items.
_LISTS = frozenset(("ul", "ol", "dl", "menu"))
#: Tags of a list item's element.
_ITEMS = frozenset(("li", "dd", "dt"))
#: Most words of a table cell: a "cell" longer than this is a layout table's
#: column holding the story, not data (old pages lay out with tables).
_MAX_CELL_WORDS = 60
#: Fewest cells of a table kept as a table: a one-cell "table" is a box.
_MIN_CELLS = 2
#: How many elements up from a block its list item, table, block quote or
#: figure caption may stand (``<li><p><span>`` is two).
_REACH = 4
#: Paths of a post's own address among a quoted post's links (a tweet's
#: ``/status/``, an Instagram ``/p/`` or ``/reel/``, a TikTok ``/video/``),
#: rather than its author's profile.
_PERMALINK = re.compile(r"/(?:status|statuses|p|reel|video)/")
#: Class words of a ``<blockquote>`` that a social network's script turns
#: into an embedded post, with the provider.
_POSTS = {"twitter-tweet": "twitter", "instagram-media": "instagram", "tiktok-embed": "tiktok", "bluesky": "bluesky"}


def _paragraph_maker() -> Callable[[str], Paragraph]:
    """``Paragraph(text)``, a third faster: the slots set directly, as
    :func:`newsshape.document._types.new_block` does (a body has a paragraph
    block per paragraph: a hostile page a hundred thousand)."""
    if tuple(f.name for f in attrs.fields(Paragraph)) != ("text", "type"):
        raise TypeError("the fast constructor of Paragraph no longer matches its fields")
    set_text, set_type, new = Paragraph.__dict__["text"].__set__, Paragraph.__dict__["type"].__set__, object.__new__

    def make(text: str) -> Paragraph:
        paragraph: Paragraph = new(Paragraph)
        set_text(paragraph, text)
        set_type(paragraph, "paragraph")
        return paragraph

    return make


_paragraph = _paragraph_maker()


def structure(page: Page, indices: Sequence[int]) -> tuple[BodyBlock, ...]:
    """The typed blocks of a section whose body blocks are ``indices`` (in
    page order); see the module's documentation."""
    blocks = page.blocks
    doc = page.doc
    if not doc.elements:
        return _from_text(page, indices)
    media = placed(page, indices) if doc.media else {}
    elements = doc.elements
    make = _paragraph
    out: list[BodyBlock] = []
    append = out.append
    k = 0
    n = len(indices)
    while k < n:
        i = indices[k]
        if media:
            pending = media.pop(i, None)
            if pending:
                for where, item in pending:
                    k = add_media(page, indices, k, where, item, out)
                continue
        block = blocks[i]
        kind = block.kind
        if kind == "paragraph":  # the common case first: a paragraph not in a list item (<li><p>)
            parent = elements[block.element].parent
            if parent < 0 or elements[parent].tag not in _ITEMS:
                append(make(block.text))
                k += 1
            else:
                k = _list(page, indices, k, out, media)
        elif kind == "item":
            k = _list(page, indices, k, out, media)
        elif kind == "cell":
            k = _table(page, indices, k, out, media)
        elif kind == "quote":
            k = _quote(page, indices, k, out, media)
        elif kind == "pre":
            append(_code(page, i))
            k += 1
        else:
            append(make(block.text))
            k += 1
    for items in media.values():  # after the last body block
        for where, item in items:
            add_media(page, indices, n, where, item, out)
    return tuple(out)


def _code(page: Page, i: int) -> Code:
    """The code block of block ``i``, with its text as written where the
    document kept it (:attr:`Document.code <newsshape.document.Document.code>`):
    white space at the ends of lines and blank lines around it trimmed."""
    text = page.blocks[i].text
    written = page.doc.code.get(i)
    if written is None:
        return Code(text)
    lines = [line.rstrip() for line in written.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    return Code(text, "\n".join(lines[start:]) or text)


# -- text dumps and Markdown ------------------------------------------------------


def _from_text(page: Page, indices: Sequence[int]) -> tuple[BodyBlock, ...]:
    """Blocks without elements: a run of items one list (nested and numbered
    as a Markdown item's level says), a run of quoted lines one quote, a run
    of Markdown cells a table, a Markdown image line a figure (with its alt
    text where the body holds it). Any block left out of the body ends a run."""
    blocks = page.blocks
    if not indices:
        return ()
    if indices[-1] - indices[0] + 1 == len(indices) and all(blocks[i].kind == "paragraph" for i in indices):
        return tuple(_paragraph(blocks[i].text) for i in indices)  # the common case of a dump: prose alone
    markdown = page.doc.kind == "markdown"
    out: list[BodyBlock] = []
    body = set(indices)
    run: list[Block] = []
    for i in range(indices[0], indices[-1] + 1):
        block = blocks[i]
        kind = block.kind
        if run and (i not in body or kind != run[-1].kind or (kind == "cell" and _new_table(run[-1], block))):
            out.append(_run(run))
            run = []
        if i not in body:
            if kind == "caption" and block.links and markdown:  # an image the layout left out: the picture alone
                out.append(_image_line(page, block, ()))
        elif kind == "caption" and block.links and markdown:
            out.append(_image_line(page, block, (block.text,)))
        elif kind in ("item", "quote") or (kind == "cell" and block.level):
            run.append(block)
        elif kind == "pre":
            out.append(_code(page, i))
        else:
            out.append(_paragraph(block.text))
    if run:
        out.append(_run(run))
    return tuple(out)


def _new_table(last: Block, cell: Block) -> bool:
    """Whether a Markdown cell opens another table than ``last``'s: its row
    number (a cell's level) starts again."""
    return abs(cell.level) < abs(last.level)


def _image_line(page: Page, block: Block, texts: tuple[str, ...]) -> Figure:
    alt, src = block.links[0]
    base = page.doc.url
    return Figure(Image(urljoin(base, src) if base else src, alt or None), texts)


def _run(run: list[Block]) -> BodyBlock:
    """One block of a run of items, quoted lines or Markdown table cells."""
    kind = run[0].kind
    if kind == "item":
        return _text_list([(b.text, b.level) for b in run])
    if kind == "quote":
        return BlockQuote(tuple(b.text for b in run))
    rows: list[list[str]] = []
    for k, cell in enumerate(run):
        if k == 0 or abs(cell.level) != abs(run[k - 1].level):
            rows.append([])
        rows[-1].append(cell.text)
    return Table(tuple(map(tuple, rows)), None, run[0].level < 0)


def _text_list(items: list[tuple[str, int]]) -> ListBlock:
    """A list from consecutive items ``(text, level)``: the level's size the
    depth (0 for an item of a text dump: the outermost), its sign whether
    numbered (see :attr:`Block.level <newsshape.document.Block.level>`)."""
    stack: list[_Open] = []
    for text, level in items:
        depth = max(abs(level), 1)
        while len(stack) > depth or (len(stack) > 1 and len(stack) == depth and stack[-1].ordered != (level < 0)):
            stack.pop()
        while len(stack) < depth:
            opened = _Open(-1, level < 0)
            if stack and stack[-1].items:
                owner_text, owner, _ = stack[-1].items[-1]
                stack[-1].items[-1] = (owner_text, owner, opened)
            elif stack:  # a nested item with no item above it: one level up
                break
            stack.append(opened)
        stack[-1].items.append((text, -1, None))
    return stack[0].freeze()


# -- lists --------------------------------------------------------------------------


def _item_of(page: Page, block: Block) -> tuple[int, int] | None:
    """The element indices of a block's list item and of the list holding
    it, or ``None``."""
    elements = page.doc.elements
    e = block.element
    if elements[e].tag not in _ITEMS:
        e = elements[e].parent
        if e < 0 or elements[e].tag not in _ITEMS:
            return None
    holder = elements[e].parent
    return (e, holder) if holder >= 0 and elements[holder].tag in _LISTS else None


class _Open:
    """A list being built: its element, whether numbered, its items (text,
    item element, sublist)."""

    def __init__(self, element: int, ordered: bool) -> None:
        self.element = element
        self.ordered = ordered
        self.items: list[tuple[str, int, _Open | None]] = []

    def freeze(self) -> ListBlock:
        return ListBlock(
            tuple(ListItem(text, sub.freeze() if sub else None) for text, _, sub in self.items), self.ordered
        )


def _list(page: Page, indices: Sequence[int], k: int, out: list[BodyBlock], stops: Container[int]) -> int:
    """Read the list starting at ``indices[k]`` (nested lists inside it)
    into ``out``; return the index of the first block after it. ``stops``:
    block indices a figure stands before, which end the list."""
    elements = page.doc.elements
    stack: list[_Open] = []
    top: _Open | None = None
    n = len(indices)
    while k < n:
        i = indices[k]
        block = page.blocks[i]
        if top is not None and (indices[k - 1] != i - 1 or i in stops):
            break  # a block between them went elsewhere, or a figure stands here: the list ended
        found = _item_of(page, block) if block.kind in ("item", "paragraph") else None
        if found is None:
            if top is None:  # an item outside a list element (a stray <li>): a list of its own
                out.append(ListBlock((ListItem(block.text),)))
                return k + 1
            break
        item, holder = found
        while stack and stack[-1].element != holder and not _inside(page, holder, stack[-1]):
            stack.pop()
        if not stack:
            if top is not None:
                break  # another list
            top = _Open(holder, elements[holder].tag == "ol")
            stack.append(top)
        elif stack[-1].element != holder:  # a list inside the last item
            parent = stack[-1]
            text, owner, _ = parent.items[-1]
            opened = _Open(holder, elements[holder].tag == "ol")
            parent.items[-1] = (text, owner, opened)
            stack.append(opened)
        stack[-1].items.append((block.text, item, None))
        k += 1
    if top is not None:
        out.append(top.freeze())
    return k


def _inside(page: Page, holder: int, open_list: _Open) -> bool:
    """Whether list element ``holder`` stands inside the last item of ``open_list``."""
    if not open_list.items:
        return False
    owner = open_list.items[-1][1]
    elements = page.doc.elements
    e = elements[holder].parent
    for _ in range(_REACH):
        if e < 0:
            return False
        if e == owner:
            return True
        e = elements[e].parent
    return False


# -- tables -------------------------------------------------------------------------


def _ancestor(page: Page, element: int, tag: str) -> int:
    """The nearest element with ``tag`` around ``element`` (itself included,
    within :data:`_REACH`), else -1."""
    elements = page.doc.elements
    e = element
    for _ in range(_REACH + 1):
        if e < 0:
            return -1
        if elements[e].tag == tag:
            return e
        e = elements[e].parent
    return -1


def _table(page: Page, indices: Sequence[int], k: int, out: list[BodyBlock], stops: Container[int]) -> int:
    """Read the table whose first cell is ``indices[k]`` into ``out`` (a
    caption block right before it included); a layout table's cells, or a
    lone cell, become paragraphs."""
    blocks, elements = page.blocks, page.doc.elements
    table = _ancestor(page, blocks[indices[k]].element, "table")
    end = k
    while end < len(indices):
        i = indices[end]
        b = blocks[i]
        if end > k and (indices[end - 1] != i - 1 or i in stops):
            break
        if b.kind != "cell" or _ancestor(page, b.element, "table") != table:
            break
        end += 1
    cells = [blocks[i] for i in indices[k:end]]
    if table < 0 or len(cells) < _MIN_CELLS or any(b.words > _MAX_CELL_WORDS for b in cells):
        out.extend(Paragraph(b.text) for b in cells)
        return end
    caption = None
    last = out[-1] if out else None
    if isinstance(last, Paragraph) and k > 0:
        before = blocks[indices[k - 1]]
        if before.kind == "caption" and elements[before.element].parent == table and before.text == last.text:
            caption = last.text
            out.pop()
    rows: list[list[str]] = []
    heads: list[bool] = []
    row = -2
    empty = page.doc.empty_cells
    gaps: list[int] = []
    for b in cells:
        tr = _ancestor(page, b.element, "tr")
        if tr != row or tr < 0:
            if gaps:
                rows[-1] += [""] * len(gaps)  # empty cells ending the row before
            rows.append([])
            heads.append(True)
            row = tr
            gaps = empty.get(tr, []) if empty else []
        while gaps and gaps[0] <= b.element:  # empty cells before this one
            rows[-1].append("")
            gaps = gaps[1:]
        rows[-1].append(b.text)
        heads[-1] = heads[-1] and elements[b.element].tag == "th"
    if gaps:
        rows[-1] += [""] * len(gaps)
    out.append(Table(tuple(map(tuple, rows)), caption, heads[0] and len(rows) > 1 and not all(heads)))
    return end


# -- block quotes and embedded posts --------------------------------------------------


def _quote(page: Page, indices: Sequence[int], k: int, out: list[BodyBlock], stops: Container[int]) -> int:
    """Read the quoted blocks sharing ``indices[k]``'s ``<blockquote>``: a
    block quote, or an embedded post when the quote is a social network's."""
    blocks, elements = page.blocks, page.doc.elements
    holder = _ancestor(page, blocks[indices[k]].element, "blockquote")
    end = k + 1
    while end < len(indices):
        i = indices[end]
        b = blocks[i]
        if b.kind != "quote" or indices[end - 1] != i - 1 or i in stops:
            break
        if _ancestor(page, b.element, "blockquote") != holder:
            break
        end += 1
    texts = tuple(blocks[i].text for i in indices[k:end])
    hint = elements[holder].hint if holder >= 0 else ""
    network = next((name for word, name in _POSTS.items() if word in hint), None)
    if network is not None:
        links = [href for i in indices[k:end] for _, href in blocks[i].links if href.startswith("http")]
        posts = [href for href in links if _PERMALINK.search(href) is not None]
        if links:
            out.append(Embed((posts or links)[-1], network, "social", texts))
            return end
    out.append(BlockQuote(texts))
    return end
