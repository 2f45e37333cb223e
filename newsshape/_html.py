"""HTML to :class:`~newsshape._document.Document`.

The page is parsed once with selectolax (lexbor). Metadata is read from the
tree by :func:`newsshape._meta.collect`, then one iterative walk over the body
cuts the visible text into blocks at block-level element boundaries. The walk
keeps an explicit stack, so deeply nested markup costs time linear in the
number of nodes and never touches Python's recursion limit.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsshape._document import Block, BlockKind, Document, Element
from newsshape._meta import collect
from newsshape._text import clean_line

#: Elements whose content is never visible text.
SKIP = frozenset(
    "script style noscript template svg math canvas iframe object embed head select option "
    "textarea datalist map audio video picture source track input".split()
)

#: Elements that start a new block.
BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre "
    "section summary table tbody thead tfoot td th tr ul legend label".split()
)

_KIND: dict[str, BlockKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dd": "item", "dt": "item", "pre": "pre", "td": "cell", "th": "cell",
    "figcaption": "caption", "caption": "caption",
}

_HIDDEN_STYLE = ("display:none", "display: none", "visibility:hidden", "visibility: hidden")


def _hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style) and any(s in style.lower() for s in _HIDDEN_STYLE)  # type: ignore[union-attr]


class _Builder:
    """Accumulates the inline text of the current block."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.link_chars = 0

    def add(self, text: str) -> None:
        self.parts.append(text)

    def flush(self, element: int, kind: BlockKind, level: int) -> None:
        if not self.parts:
            return
        text = clean_line("".join(self.parts))
        self.parts.clear()
        if text:
            self.blocks.append(
                Block(text, kind, level, element, min(self.link_chars, len(text)), tuple(self.links))
            )
        self.links.clear()
        self.link_chars = 0


def _walk(body: LexborNode, b: _Builder) -> None:
    # Stack items: a node to enter, or an int marking the exit of the element
    # that was current before (a negative value closes a link).
    b.elements.append(Element("body", -1, ""))
    current = 0
    kinds: list[tuple[BlockKind, int]] = [("paragraph", 0)]
    quote_depth = 0
    stack: list[object] = [c for c in reversed(list(body.iter(include_text=True)))]
    link_stack: list[tuple[int, str]] = []
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            action, value = item
            if action == "block":
                kind, level = kinds[-1]
                b.flush(current, "quote" if quote_depth and kind == "paragraph" else kind, level)
                kinds.pop()
                if b.elements[current].tag == "blockquote":
                    quote_depth -= 1
                current = value
            else:  # close a link
                start, href = link_stack.pop()
                anchor = clean_line("".join(b.parts[start:]))
                if anchor:
                    b.links.append((anchor, href))
                    b.link_chars += len(anchor) + 1
            continue
        node = item  # type: ignore[assignment]
        assert isinstance(node, LexborNode)
        tag = node.tag
        if tag == "-text":
            b.add(node.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in SKIP:
            continue
        if tag == "br":
            b.add("\n")
            continue
        attrs = node.attributes
        if attrs and _hidden(attrs):
            continue
        children = list(node.iter(include_text=True))
        if tag in BLOCK:
            kind, level = kinds[-1]
            b.flush(current, "quote" if quote_depth and kind == "paragraph" else kind, level)
            hint = " ".join(
                v for v in (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop")) if v
            ).lower()
            b.elements.append(Element(tag, current, hint))
            stack.append(("block", current))
            current = len(b.elements) - 1
            new_kind = _KIND.get(tag, "paragraph" if tag not in ("ul", "ol", "table", "tr") else kinds[-1][0])
            kinds.append((new_kind, int(tag[1]) if new_kind == "heading" else 0))
            if tag == "blockquote":
                quote_depth += 1
        elif tag == "a":
            href = attrs.get("href") or ""
            link_stack.append((len(b.parts), href))
            stack.append(("link", 0))
        stack.extend(reversed(children))
    kind, level = kinds[-1]
    b.flush(current, kind, level)


def from_html(html: str, url: str | None = None) -> Document:
    """Parse ``html`` once and return its blocks and metadata."""
    tree = LexborHTMLParser(html)
    meta = collect(tree)
    builder = _Builder()
    body = tree.body
    if body is not None:
        _walk(body, builder)
    return Document("html", tuple(builder.blocks), tuple(builder.elements), meta, url, html)
