"""The body of an article: :class:`Section` and the typed blocks it holds.

A section keeps its text twice over: :attr:`Section.paragraphs`, the flat
strings every release has given (quotations index them), and
:attr:`Section.blocks`, the same text with its shape -- paragraphs, lists,
block quotes, tables, figures, code, embeds -- in reading order. The one
rule that ties them: the :attr:`texts` of the blocks, in order, are the
paragraphs (:func:`block_texts`).
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

__all__ = [
    "BlockQuote",
    "BodyBlock",
    "Code",
    "Embed",
    "Figure",
    "Image",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "Section",
    "Table",
    "block_texts",
]


@attrs.frozen
class Image:
    """A picture of the story: the lead image, or a figure of the body."""

    url: str
    """The picture's absolute address (resolved against the page's address;
    for a lazy-loaded picture the real source, not the placeholder; from a
    ``srcset`` the widest candidate)."""

    alt: str | None = None
    """The ``alt`` text, or ``None`` when empty or missing."""

    caption: str | None = None
    """The caption printed with the picture (``<figcaption>`` text without
    the credit), or ``None``."""

    credit: str | None = None
    """Who made or owns the picture ("Photo: Jane Doe / Agency"), when the
    page says it apart from the caption."""

    width: int | None = None
    """Width in CSS pixels, as the markup or the metadata declares it."""

    height: int | None = None
    """Height in CSS pixels, as the markup or the metadata declares it."""


@attrs.frozen
class Paragraph:
    """A paragraph of text (also any body text that has no other shape)."""

    text: str
    """The paragraph's text."""

    type: Literal["paragraph"] = attrs.field(default="paragraph", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The strings the block stands for in :attr:`Section.paragraphs`."""
        return (self.text,)


@attrs.frozen
class ListItem:
    """One item of a :class:`ListBlock`."""

    text: str
    """The item's text, without its bullet or number. An item of several
    paragraphs gives an item per paragraph."""

    sublist: ListBlock | None = None
    """A list nested in the item, or ``None``."""


@attrs.frozen
class ListBlock:
    """A bulleted or numbered list."""

    items: tuple[ListItem, ...]
    """The items, in order."""

    ordered: bool = False
    """Whether the list is numbered (``<ol>``, ``1.`` in Markdown)."""

    type: Literal["list"] = attrs.field(default="list", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The item texts, each followed by those of its sublist (depth first)."""
        out: list[str] = []
        for item in self.items:
            out.append(item.text)
            if item.sublist is not None:
                out.extend(item.sublist.texts)
        return tuple(out)


@attrs.frozen
class BlockQuote:
    """A passage quoted from elsewhere (``<blockquote>``, ``>`` in Markdown)."""

    paragraphs: tuple[str, ...]
    """The quoted paragraphs."""

    type: Literal["quote"] = attrs.field(default="quote", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The strings the block stands for in :attr:`Section.paragraphs`."""
        return self.paragraphs


@attrs.frozen
class Table:
    """A table of data."""

    rows: tuple[tuple[str, ...], ...]
    """The rows, each a tuple of its cells' texts, an empty cell ``""``
    where the markup has one (HTML; Markdown leaves empty cells out). An
    empty cell is no paragraph: :attr:`texts` skip it. Rows may still differ
    in length (cells spanning columns, short rows)."""

    caption: str | None = None
    """The table's caption (``<caption>``), or ``None``."""

    header: bool = False
    """Whether the first row is a header row (``<th>`` cells, the row above
    ``|---|`` in Markdown)."""

    type: Literal["table"] = attrs.field(default="table", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The caption, then every cell that is not empty, row by row."""
        cells = tuple(cell for row in self.rows for cell in row if cell)
        return (self.caption, *cells) if self.caption is not None else cells


@attrs.frozen
class Figure:
    """A picture in the body, where the page shows it."""

    image: Image
    """The picture: address, ``alt`` text, caption and credit (the same
    record :attr:`Article.images <newsshape.Article.images>` lists)."""

    paragraphs: tuple[str, ...] = ()
    """The figure's printed caption as :attr:`Section.paragraphs` holds it
    (caption and credit as one text, as the page prints them); empty for a
    picture without a caption in the body."""

    type: Literal["figure"] = attrs.field(default="figure", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The strings the block stands for in :attr:`Section.paragraphs`."""
        return self.paragraphs


@attrs.frozen
class Code:
    """A block of preformatted text or code (``<pre>``, a fenced block)."""

    text: str
    """The code, its white space collapsed as in every text of the body:
    the paragraph :attr:`Section.paragraphs` holds for it."""

    source: str = attrs.field(default=attrs.Factory(lambda self: self.text, takes_self=True))
    """The code as written: its line breaks and indentation kept, white
    space at the ends of lines and blank lines before and after it
    trimmed. Left out (JSON written before it existed), :attr:`text`."""

    type: Literal["code"] = attrs.field(default="code", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The strings the block stands for in :attr:`Section.paragraphs`."""
        return (self.text,)


@attrs.frozen
class Embed:
    """Content of another service shown in the body: a video, a post, a map."""

    url: str
    """The embedded content's address (an ``<iframe>``'s or ``<video>``'s
    source, a post's permalink), absolute."""

    provider: str | None = None
    """Who serves it (``"youtube"``, ``"vimeo"``, ``"twitter"``,
    ``"instagram"``, ...), else the address's host; ``None`` for a video the
    page serves itself."""

    kind: Literal["video", "audio", "social", "map", "other"] = "other"
    """What it is."""

    paragraphs: tuple[str, ...] = ()
    """The text the page prints for it (a post quoted in a ``<blockquote>``
    until a script replaces it), as :attr:`Section.paragraphs` holds it."""

    type: Literal["embed"] = attrs.field(default="embed", init=False, repr=False)
    """The block's kind, as JSON tags it."""

    @property
    def texts(self) -> tuple[str, ...]:
        """The strings the block stands for in :attr:`Section.paragraphs`."""
        return self.paragraphs


#: A block of a section's body.
BodyBlock: TypeAlias = Paragraph | ListBlock | BlockQuote | Table | Figure | Code | Embed


def block_texts(blocks: tuple[BodyBlock, ...]) -> tuple[str, ...]:
    """The :attr:`~Paragraph.texts` of ``blocks``, in order: for a
    section's blocks, its :attr:`~Section.paragraphs`."""
    return tuple(text for block in blocks for text in block.texts)


def _paragraph_blocks(section: Section) -> tuple[BodyBlock, ...]:
    return tuple(map(Paragraph, section.paragraphs))


@attrs.frozen
class Section:
    """A run of body paragraphs under one heading."""

    heading: str | None
    """The section's visible heading, or ``None`` for text under no heading
    (typically the opening paragraphs of an article)."""

    paragraphs: tuple[str, ...] = ()
    """The paragraphs of the section in reading order. List items are
    paragraphs of their own, with the bullet removed."""

    blocks: tuple[BodyBlock, ...] = attrs.field(default=attrs.Factory(_paragraph_blocks, takes_self=True))
    """The section's body with its shape, in reading order: a
    :class:`Paragraph`, :class:`ListBlock`, :class:`BlockQuote`,
    :class:`Table`, :class:`Figure`, :class:`Code` or :class:`Embed` each.
    Their :attr:`~Paragraph.texts`, in order, are :attr:`paragraphs`
    (``block_texts(section.blocks) == section.paragraphs``): a list item, a
    table cell, a caption is a paragraph too. Left out, a paragraph block
    per paragraph."""


def _image(data: Any) -> Image:
    return Image(**data)


def _list(data: Any) -> ListBlock:
    items = tuple(
        ListItem(item["text"], _list(item["sublist"]) if item.get("sublist") else None) for item in data["items"]
    )
    return ListBlock(items, bool(data.get("ordered")))


def _rows(data: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in data)


#: How each ``type`` of a block's JSON object is read back.
_LOADERS: dict[str, Any] = {
    "paragraph": lambda d: Paragraph(d["text"]),
    "list": _list,
    "quote": lambda d: BlockQuote(tuple(d.get("paragraphs") or ())),
    "table": lambda d: Table(_rows(d.get("rows") or ()), d.get("caption"), bool(d.get("header"))),
    "figure": lambda d: Figure(_image(d["image"]), tuple(d.get("paragraphs") or ())),
    "code": lambda d: Code(d["text"], d.get("source") or d["text"]),
    "embed": lambda d: Embed(d["url"], d.get("provider"), d.get("kind") or "other", tuple(d.get("paragraphs") or ())),
}


def load_block(data: Any) -> BodyBlock:
    """A block from its JSON object (see :meth:`Article.to_dict
    <newsshape.Article.to_dict>`), by its ``type``."""
    block: BodyBlock = _LOADERS[data["type"]](data)
    return block


def load_sections(items: Any) -> tuple[Section, ...]:
    """Sections from their JSON objects; without ``blocks`` (JSON written
    before blocks existed), a paragraph block per paragraph."""
    out = []
    for item in items:
        paragraphs = tuple(item.get("paragraphs") or ())
        blocks = item.get("blocks")
        if blocks is None:
            out.append(Section(item.get("heading"), paragraphs))
        else:
            out.append(Section(item.get("heading"), paragraphs, tuple(map(load_block, blocks))))
    return tuple(out)
