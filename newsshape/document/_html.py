"""HTML to :class:`~newsshape.document._types.Document`.

The page is parsed once with selectolax (lexbor). Metadata is read from the
tree by :func:`newsshape.document._meta.collect`; then one pass over the body's
elements sorts out blocks, links and invisible elements (scripts, styles,
media), the invisible ones and hidden markup are removed and line breaks
become text. One iterative walk over the body then cuts the visible text into
blocks at block-level element boundaries.

The walk only steps through elements that hold other blocks: an element with
no block inside (a paragraph, a list item, a link) gives its whole text in
one C call. Which elements hold blocks (or links) is found beforehand by
marking, for every block element, its ancestors up to the first one already
marked, so each element is marked at most once: the walk stays linear in the
number of nodes and never touches Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsshape.document._depth import flatten
from newsshape.document._hidden import in_body
from newsshape.document._media import mark, place
from newsshape.document._meta import collect
from newsshape.document._recover import needs_repair, repair
from newsshape.document._types import Block, BlockKind, Document, Element, new_block, new_element
from newsshape.text._lines import clean_line, composed, has_invisible, is_code

#: Elements whose content is never visible text. Ruby annotations (``rt``,
#: ``rp``) are visible, but as readings above the text: kept, they would
#: double every annotated word. ``<noscript>`` is kept: some blogs put the
#: whole article there, for browsers without scripts. A ``<title>`` in the
#: body (after stray text before ``<html>``, or a damaged head) is not
#: shown by browsers either.
SKIP = frozenset((
    "script", "style", "template", "title", "rt", "rp", "svg", "math", "canvas", "iframe", "object", "embed", "select",
    "option", "textarea", "datalist", "map", "audio", "video", "picture", "source", "track", "input", "button",
))  # fmt: skip

#: Elements that start a new block.
BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "menu", "nav", "noscript", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "legend", "label",
))  # fmt: skip

_KIND: dict[str, BlockKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dd": "item", "dt": "item", "pre": "pre", "td": "cell", "th": "cell",
    "figcaption": "caption", "caption": "caption",
}  # fmt: skip

#: Containers whose blocks keep the kind of the block around them.
_TRANSPARENT = frozenset(("ul", "ol", "table", "tr", "tbody", "thead", "tfoot"))


def _tag_id(name: str) -> int:
    """Lexbor's number for the tag ``name`` (fixed for the standard tags)."""
    return int(LexborHTMLParser("").create_node(name).tag_id)


def _node_ids() -> tuple[int, frozenset[int]]:
    """Lexbor's number for text nodes, and its numbers for the nodes that
    are neither text nor elements: comments, the doctype, the document and
    0 (nodes without a name; every element has one)."""
    probe = LexborHTMLParser("<!DOCTYPE html><body>x<!---->")
    document = probe.root.parent if probe.root is not None else None
    doctype = document.child if document is not None else None
    if probe.body is None or document is None or doctype is None:
        raise RuntimeError("lexbor built no probe document")
    text, comment = (int(node.tag_id) for node in probe.body.iter(include_text=True))
    return text, frozenset((0, comment, int(doctype.tag_id), int(document.tag_id)))


# The walk tells nodes apart by lexbor's tag number, not by name: a number
# costs no string per node (``node.tag`` decodes the name on every call).
_TEXT_ID, _NOT_ELEMENT_IDS = _node_ids()
#: :data:`BLOCK` by number, ``body`` left out (the walk starts at it).
_BLOCK_NAMES: dict[int, str] = {_tag_id(name): name for name in BLOCK if name != "body"}
_SKIP_IDS = frozenset(_tag_id(name) for name in SKIP)
_A_ID = _tag_id("a")
_BR_ID = _tag_id("br")
_FIGURE_ID = _tag_id("figure")
_PRE_ID = _tag_id("pre")
_CELL_IDS = frozenset((_tag_id("td"), _tag_id("th")))
_EMBED_IDS = frozenset((_tag_id("iframe"), _tag_id("video")))

#: Stands for ``<br>`` in the text until blocks are cut: two in a row (only
#: white space between) end a paragraph, one is a space.
_BR = "\x1e"
#: What lexbor's ``skip_empty`` takes for white space.
_ASCII_SPACE = " \t\n\x0c\r"
_PARAGRAPH_BREAK = re.compile(_BR + r"(?:[ \t\r\n\xa0]*" + _BR + ")+")


def _prune(body: LexborNode, hidden: list[LexborNode]) -> tuple[list[LexborNode], list[LexborNode]]:
    """Remove what is never visible before the walk, hidden markup
    included (``hidden``: the elements of the whole document that
    :func:`~newsshape.document._meta.collect` found, in page order); return
    the block elements and the links (those in removed parts included: they
    are cut off from the body, so the walk never meets them).

    One pass over the elements sorts them by tag: cheaper than one CSS query
    per group, as lexbor runs a selector list once per selector."""
    blocks: list[LexborNode] = []
    links: list[LexborNode] = []
    skipped: list[LexborNode] = []
    breaks: list[LexborNode] = []
    for node in body.traverse():  # elements (and comments), body first
        tag = node.tag_id
        if tag in _BLOCK_NAMES:
            blocks.append(node)
        elif tag in _SKIP_IDS:
            skipped.append(node)
        elif tag == _A_ID:
            links.append(node)
        elif tag == _BR_ID:
            breaks.append(node)
    for node in skipped:
        if node.tag_id in _EMBED_IDS:
            mark(node, blocks, _BLOCK_NAMES)  # an embed: a marker figure where it stood (document/_media.py)
        node.remove()  # unlinks the nodes of the subtree, frees none: nested matches stay safe
    for node in in_body(hidden, body):  # (in removed parts too: harmless, they are never walked)
        node.remove()
    for node in breaks:
        node.insert_before(_BR)  # also in removed parts: harmless, never walked
    return blocks, links


#: Elements that belong in the head: where the body starts with them, the
#: text between them came from a damaged head.
_HEAD_IDS = frozenset(_tag_id(name) for name in ("script", "style", "link", "meta", "title", "base", "noscript"))


def _drop_head_debris(body: LexborNode) -> None:
    """Remove the code text at the start of the body, among head elements:
    the text of a script whose start tag a damaged head lost (``<meta
    content="x"<script>`` reads ``<script`` as an attribute), which the
    parser then puts in the body. Prose there (stray text before
    ``<html>``) stays: a browser shows it. Stops at the first other
    element, so a page pays a node or two."""
    debris: list[LexborNode] = []
    for node in body.iter(include_text=True, skip_empty=True):
        tag = node.tag_id
        if tag == _TEXT_ID:
            if is_code(" ".join((node.text_content or "").split())):
                debris.append(node)
        elif tag not in _HEAD_IDS and tag not in _NOT_ELEMENT_IDS:
            break
    for node in debris:
        node.decompose()


def _mark_ancestors(nodes: list[LexborNode], stop: int) -> set[int]:
    """``mem_id`` of every proper ancestor of ``nodes`` below ``stop``, and
    ``stop`` (a climb ends where it meets one of them: one test)."""
    marked: set[int] = {stop}
    for node in nodes:
        parent = node.parent
        while parent is not None:
            key = parent.mem_id
            if key in marked:
                break
            marked.add(key)
            parent = parent.parent
    return marked


class _Builder:
    """Accumulates the inline text of the current block."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.media: list[tuple[int, int | str]] = []
        self.code: dict[int, str] = {}  # a pre block's text as written, by block index (see Document.code)
        self.empty_cells: dict[int, list[int]] = {}  # see Document.empty_cells

    def flush(self, element: int, kind: BlockKind, level: int) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts.clear()
        links = tuple(self.links)
        self.links.clear()
        self.emit(raw, element, kind, level, links)

    def emit(self, raw: str, element: int, kind: BlockKind, level: int, links: tuple[tuple[str, str], ...]) -> None:
        if _BR not in raw or kind not in ("paragraph", "quote"):
            # one block (the common case, spelled out for speed)
            text = " ".join(raw.split())
            if not text.isascii():
                text = _tidy(text)
            if text:
                link_chars = _anchor_chars(links) if links else 0
                self.blocks.append(new_block(text, kind, level, element, min(link_chars, len(text)), links))
            return
        pieces = _PARAGRAPH_BREAK.split(raw)
        for piece in pieces:
            # a single break is white space to clean_line and str.split
            text = " ".join(piece.split())
            if not text.isascii():
                text = _tidy(text)
            if not text:
                continue
            own = links if len(pieces) == 1 else tuple(link for link in links if link[0] in text)
            link_chars = _anchor_chars(own)
            self.blocks.append(new_block(text, kind, level, element, min(link_chars, len(text)), own))


def _anchor_chars(links: tuple[tuple[str, str], ...]) -> int:
    """The characters of the anchors of ``links``, a space after each."""
    chars = 0
    for anchor, _ in links:  # (a loop: no generator to set up)
        chars += len(anchor) + 1
    return chars


def _tidy(text: str) -> str:
    """``clean_line(text)`` for a non-ASCII text whose white space is
    collapsed already: only zero-width characters and soft hyphens (rare)
    ask for a second split; otherwise the text is only composed."""
    return clean_line(text) if has_invisible(text) else composed(text)


def _links(node: LexborNode) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for a in node.traverse():  # cheaper than a CSS query for these small subtrees
        if a.tag_id != _A_ID:
            continue
        anchor = clean_line(a.text())
        if anchor:
            out.append((anchor, a.attrs.get("href") or ""))
    return out


def _children(node: LexborNode) -> Iterator[LexborNode]:
    """The child nodes of ``node`` the walk reads: elements, comments and
    text, but no text of ASCII white space alone (see :func:`_walk`)."""
    return node.iter(include_text=True, skip_empty=True)


def _skipped_space(last: LexborNode | None, parts: list[str]) -> None:
    """Add to ``parts`` the white-space text nodes that the walk's iterators
    skipped before the node after ``last``: the text nodes going back from
    ``last`` up to the first one with other characters, or another node."""
    spaces: list[str] = []
    while last is not None and last.tag_id == _TEXT_ID:
        text = last.text_content
        if text:
            if text.strip(_ASCII_SPACE):
                break  # not skipped: the walk has read it
            spaces.append(text)
        last = last.prev
    if spaces:
        spaces.reverse()
        parts.extend(spaces)


def _hint(node: LexborNode) -> str:
    attrs = node.attributes
    if not attrs:
        return ""
    if len(attrs) == 1 and "class" in attrs:  # the common case
        return (attrs["class"] or "").lower()
    words = (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"))
    return " ".join(filter(None, words)).lower()  # filter: no generator to set up


def _walk(body: LexborNode, b: _Builder, blocks: list[LexborNode], anchors: list[LexborNode]) -> None:
    holds_blocks = _mark_ancestors(blocks, body.mem_id)
    holds_links = _mark_ancestors(anchors, body.mem_id)
    elements, parts, links = b.elements, b.parts, b.links
    elements.append(new_element("body", -1, _hint(body)))
    # A frame per element being walked: its children, the element index that
    # holds inline text, the kind and level of that text, what to do on
    # leaving it ("block": close the block; "link": record the anchor), where
    # the link's text starts in ``parts`` and how many block elements came
    # before it (a block inside the link empties ``parts``: its anchor is
    # then the text after the last one), the address of the link the element is in
    # (inherited by the frames inside a link, so a card's blocks keep it), and
    # the element itself.
    #
    # The iterators skip text nodes of ASCII white space alone, most of the
    # nodes between blocks, in C. Such a node only counts when inline text
    # comes before it in the same block (it is then a word break): whenever
    # the walk is about to add to a block that has text already, it puts
    # back the ones it skipped (_skipped_space), so ``parts`` come out as if
    # every text node had been read.
    frames: list[tuple[Iterator[LexborNode], int, BlockKind, int, str, tuple[int, int], str, LexborNode]] = [
        (_children(body), 0, "paragraph", 0, "block", (0, 0), "", body)
    ]
    met = 0  # block elements met so far
    while frames:
        children, current, kind, level, action, start, href, element = frames[-1]
        for node in children:  # left with break when a child frame is pushed
            tag = node.tag_id
            if tag in _BLOCK_NAMES:
                met += 1
                if parts:
                    b.flush(current, kind, level)  # white space skipped before a block would only trail this text
                if tag == _FIGURE_ID:
                    place(node, len(b.blocks), b.media)  # where a figure stands (document/_media.py)
                key = node.mem_id
                nested = key in holds_blocks
                text = "" if nested else node.text()
                if text.isspace() or (not text and not nested):
                    if tag in _CELL_IDS:  # an empty table cell: where it stands, for the table's rows
                        b.empty_cells.setdefault(current, []).append(len(elements))
                    continue  # an empty box (an ad slot, a spacer) is no element
                name = _BLOCK_NAMES[tag]
                elements.append(new_element(name, current, _hint(node)))
                index = len(elements) - 1
                new_kind = _KIND.get(name) or (kind if name in _TRANSPARENT else "paragraph")
                if new_kind == "paragraph" and (name == "blockquote" or kind == "quote"):
                    new_kind = "quote"
                new_level = (int(name[1]) if name in _KIND else level) if new_kind == "heading" else 0
                if nested:
                    frames.append((_children(node), index, new_kind, new_level, "block", (0, 0), href, node))
                    break
                own = tuple(_links(node)) if key in holds_links else ()
                if href and not own:  # a block inside a link (a card: <a><h3>...</h3></a>)
                    own = ((" ".join(text.split()), href),)
                b.emit(text, index, new_kind, new_level, own)
                if tag == _PRE_ID and b.blocks and b.blocks[-1].element == index:  # rare: its text as written
                    b.code[len(b.blocks) - 1] = text
                continue
            if parts:
                _skipped_space(node.prev, parts)
            if tag == _TEXT_ID:
                content = node.text_content
                if content and (parts or not content.isspace()):
                    parts.append(content)
                continue
            if tag in _NOT_ELEMENT_IDS:
                continue
            key = node.mem_id
            if key in holds_blocks:
                if tag == _A_ID:
                    address = node.attrs.get("href") or ""
                    frames.append((_children(node), current, kind, level, "link", (len(parts), met), address, node))
                else:
                    frames.append((_children(node), current, kind, level, "inline", (0, 0), href, node))
                break
            text = node.text()
            parts.append(text)
            if tag == _A_ID:
                anchor = clean_line(text)
                if anchor:
                    links.append((anchor, node.attrs.get("href") or ""))
            elif key in holds_links:
                links.extend(_links(node))
        else:
            frames.pop()
            if action == "block":
                if parts:
                    b.flush(current, kind, level)  # trailing white space changes no block
            else:
                if parts:
                    _skipped_space(element.last_child, parts)
                if action == "link":
                    # its text since it began, or since the last block inside it
                    # ended (each block empties parts)
                    anchor = clean_line("".join(parts[start[0] :] if start[1] == met else parts))
                    if anchor:
                        links.append((anchor, href))


def from_html(html: str, url: str | None = None, *, utf8: bytes | None = None, head_only: bool = False) -> Document:
    """Parse ``html`` once and return its blocks and metadata. ``utf8``, if
    given, must be ``html`` encoded in UTF-8 (the bytes it was decoded
    from): the parser reads UTF-8, so it then takes them as they are rather
    than encoding ``html`` again (a tenth of the parse). ``head_only``: only
    the head's metadata (see :func:`~newsshape.document._meta.collect`)."""
    flat = flatten(html, utf8=utf8)
    tree = LexborHTMLParser(utf8 if utf8 is not None and flat is html else flat)
    if needs_repair(tree):
        repaired = repair(flat)
        if repaired is not None:
            tree = LexborHTMLParser(repaired)
    # hidden markup: found by the metadata's selection (a fraction of another selection of the body)
    hidden: list[LexborNode] = []
    meta = collect(tree, head_only, hidden)
    builder = _Builder()
    body = tree.body
    if body is not None:
        _drop_head_debris(body)
        _walk(body, builder, *_prune(body, hidden))
    blocks, elements, media = tuple(builder.blocks), tuple(builder.elements), tuple(builder.media)
    return Document("html", blocks, elements, meta, url, html, media, builder.code, builder.empty_cells)
