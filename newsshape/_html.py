"""HTML to :class:`~newsshape._document.Document`.

The page is parsed once with selectolax (lexbor). Metadata is read from the
tree by :func:`newsshape._meta.collect`; then one pass over the body's
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

from newsshape._depth import flatten
from newsshape._document import Block, BlockKind, Document, Element
from newsshape._meta import collect
from newsshape._text import clean_line

#: Elements whose content is never visible text.
SKIP = frozenset((
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "select",
    "option", "textarea", "datalist", "map", "audio", "video", "picture", "source", "track", "input", "button",
))  # fmt: skip

#: Elements that start a new block.
BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "td", "th", "tr", "ul", "legend", "label",
))  # fmt: skip

_KIND: dict[str, BlockKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dd": "item", "dt": "item", "pre": "pre", "td": "cell", "th": "cell",
    "figcaption": "caption", "caption": "caption",
}  # fmt: skip

#: Containers whose blocks keep the kind of the block around them.
_TRANSPARENT = frozenset(("ul", "ol", "table", "tr", "tbody", "thead", "tfoot"))

_HIDDEN_CSS = ", ".join(
    (
        "[hidden]",
        '[aria-hidden="true" i]',
        '[style*="display:none" i]',
        '[style*="display: none" i]',
        '[style*="visibility:hidden" i]',
        '[style*="visibility: hidden" i]',
    )
)

#: Stands for ``<br>`` in the text until blocks are cut: two in a row (only
#: white space between) end a paragraph, one is a space.
_BR = "\x1e"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_PARAGRAPH_BREAK = re.compile(_BR + r"(?:[ \t\r\n\xa0]*" + _BR + ")+")


def _prune(body: LexborNode) -> tuple[list[LexborNode], list[LexborNode]]:
    """Remove what is never visible before the walk; return the block
    elements and the links (those in removed parts included: they are cut
    off from the body, so the walk never meets them).

    One pass over the elements sorts them by tag: cheaper than one CSS query
    per group, as lexbor runs a selector list once per selector."""
    blocks: list[LexborNode] = []
    links: list[LexborNode] = []
    skipped: list[LexborNode] = []
    for node in body.css("*"):
        tag = node.tag
        if tag in BLOCK:
            if tag != "body":
                blocks.append(node)
        elif tag in SKIP:
            skipped.append(node)
        elif tag == "a":
            links.append(node)
    for node in skipped:
        node.remove()  # unlinks only: nested matches stay safe
    for node in body.css(_HIDDEN_CSS):
        node.remove()
    for node in body.css("br"):
        node.insert_before(_BR)
    return blocks, links


def _mark_ancestors(nodes: list[LexborNode], stop: int) -> set[int]:
    """``mem_id`` of every proper ancestor of ``nodes`` below ``stop``."""
    marked: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None:
            key = parent.mem_id
            if key in marked or key == stop:
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
            if not text.isascii() and _ZERO_WIDTH.search(text):
                text = clean_line(text)
            if text:
                link_chars = sum(len(anchor) + 1 for anchor, _ in links) if links else 0
                self.blocks.append(Block(text, kind, level, element, min(link_chars, len(text)), links))
            return
        pieces = _PARAGRAPH_BREAK.split(raw)
        for piece in pieces:
            # a single break is white space to clean_line and str.split
            text = " ".join(piece.split())
            if not text.isascii() and _ZERO_WIDTH.search(text):
                text = clean_line(text)
            if not text:
                continue
            own = links if len(pieces) == 1 else tuple(link for link in links if link[0] in text)
            link_chars = sum(len(anchor) + 1 for anchor, _ in own)
            self.blocks.append(Block(text, kind, level, element, min(link_chars, len(text)), own))


def _links(node: LexborNode) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for a in node.traverse():  # cheaper than a CSS query for these small subtrees
        if a.tag != "a":
            continue
        anchor = clean_line(a.text())
        if anchor:
            out.append((anchor, a.attributes.get("href") or ""))
    return out


def _hint(node: LexborNode) -> str:
    attrs = node.attributes
    if not attrs:
        return ""
    if len(attrs) == 1 and "class" in attrs:  # the common case
        return (attrs["class"] or "").lower()
    return " ".join(
        v for v in (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop")) if v
    ).lower()


def _walk(body: LexborNode, b: _Builder, blocks: list[LexborNode], anchors: list[LexborNode]) -> None:
    holds_blocks = _mark_ancestors(blocks, body.mem_id)
    holds_links = _mark_ancestors(anchors, body.mem_id)
    elements, parts, links = b.elements, b.parts, b.links
    elements.append(Element("body", -1, _hint(body)))
    # A frame per element being walked: its children, the element index that
    # holds inline text, the kind and level of that text, what to do on
    # leaving it ("block": close the block; "link": record the anchor), where
    # the link's text starts, and the address of the link the element is in
    # (inherited by the frames inside a link, so a card's blocks keep it).
    frames: list[tuple[Iterator[LexborNode], int, BlockKind, int, str, int, str]] = [
        (body.iter(include_text=True), 0, "paragraph", 0, "block", 0, "")
    ]
    while frames:
        children, current, kind, level, action, start, href = frames[-1]
        for node in children:  # left with break when a child frame is pushed
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text and (parts or not text.isspace()):
                    parts.append(text)
                continue
            if tag is None or tag[0] in "-!":
                continue
            key = node.mem_id
            if tag in BLOCK:
                if parts:
                    b.flush(current, kind, level)
                nested = key in holds_blocks
                text = "" if nested else node.text()
                if text.isspace() or (not text and not nested):
                    continue  # an empty box (an ad slot, a spacer) is no element
                elements.append(Element(tag, current, _hint(node)))
                index = len(elements) - 1
                new_kind = _KIND.get(tag) or (kind if tag in _TRANSPARENT else "paragraph")
                if new_kind == "paragraph" and (tag == "blockquote" or kind == "quote"):
                    new_kind = "quote"
                new_level = (int(tag[1]) if tag in _KIND else level) if new_kind == "heading" else 0
                if nested:
                    frames.append((node.iter(include_text=True), index, new_kind, new_level, "block", 0, href))
                    break
                own = tuple(_links(node)) if key in holds_links else ()
                if href and not own:  # a block inside a link (a card: <a><h3>...</h3></a>)
                    own = ((" ".join(text.split()), href),)
                b.emit(text, index, new_kind, new_level, own)
            elif key in holds_blocks:
                if tag == "a":
                    frames.append((node.iter(include_text=True), current, kind, level, "link", len(parts),
                                   node.attributes.get("href") or ""))  # fmt: skip
                else:
                    frames.append((node.iter(include_text=True), current, kind, level, "inline", 0, href))
                break
            else:
                text = node.text()
                parts.append(text)
                if tag == "a":
                    anchor = clean_line(text)
                    if anchor:
                        links.append((anchor, node.attributes.get("href") or ""))
                elif key in holds_links:
                    links.extend(_links(node))
        else:
            frames.pop()
            if action == "block":
                if parts:
                    b.flush(current, kind, level)
            elif action == "link":
                anchor = clean_line("".join(parts[start:]))
                if anchor:
                    links.append((anchor, href))


def from_html(html: str, url: str | None = None) -> Document:
    """Parse ``html`` once and return its blocks and metadata."""
    tree = LexborHTMLParser(flatten(html))
    meta = collect(tree)
    builder = _Builder()
    body = tree.body
    if body is not None:
        _walk(body, builder, *_prune(body))
    return Document("html", tuple(builder.blocks), tuple(builder.elements), meta, url, html)
