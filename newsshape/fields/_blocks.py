"""Cleaning a section's typed blocks as :func:`~newsshape.fields._normalize.clean_sections`
cleans its paragraphs, so that the blocks' texts stay the paragraphs (see
:mod:`newsshape.fields._structure`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter

from newsshape.model import BlockQuote, BodyBlock, Code, Embed, Figure, ListBlock, ListItem, Paragraph, Table
from newsshape.model._body import block_texts

__all__ = ["clean_blocks", "consistent"]


def clean_blocks(blocks: tuple[BodyBlock, ...], clean: Callable[[str], str]) -> tuple[BodyBlock, ...]:
    """``blocks`` with every text cleaned by ``clean`` and the texts it
    empties dropped (as :func:`~newsshape.fields._normalize.clean_sections`
    drops empty paragraphs), blocks left with nothing dropped."""
    out: list[BodyBlock] = []
    for block in blocks:
        kept = _clean_block(block, clean)
        if kept is not None:
            out.append(kept)
    return tuple(out)


def _texts(texts: Sequence[str], clean: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(t for t in map(clean, texts) if t)


def _clean_list(block: ListBlock, clean: Callable[[str], str]) -> ListBlock | None:
    items = []
    for item in block.items:
        text = clean(item.text)
        sub = _clean_list(item.sublist, clean) if item.sublist is not None else None
        if text:
            items.append(ListItem(text, sub))
        elif sub is not None:
            items.extend(sub.items)
    return ListBlock(tuple(items), block.ordered) if items else None


def _clean_block(block: BodyBlock, clean: Callable[[str], str]) -> BodyBlock | None:
    if isinstance(block, Paragraph):
        text = clean(block.text)
        return Paragraph(text) if text else None
    if isinstance(block, Code):
        text = clean(block.text)
        return Code(text, block.source) if text else None
    if isinstance(block, ListBlock):
        return _clean_list(block, clean)
    if isinstance(block, BlockQuote):
        paragraphs = _texts(block.paragraphs, clean)
        return BlockQuote(paragraphs) if paragraphs else None
    if isinstance(block, Table):
        rows = tuple(row for row in (tuple(map(clean, r)) for r in block.rows) if any(row))  # empty cells kept
        caption = clean(block.caption) if block.caption is not None else None
        return Table(rows, caption or None, block.header) if rows or caption else None
    if isinstance(block, Figure):
        return Figure(block.image, _texts(block.paragraphs, clean))
    return Embed(block.url, block.provider, block.kind, _texts(block.paragraphs, clean))


def consistent(blocks: tuple[BodyBlock, ...], paragraphs: tuple[str, ...]) -> bool:
    """Whether ``blocks`` stand for ``paragraphs`` exactly."""
    if len(blocks) == len(paragraphs) and set(map(type, blocks)) <= _ONE_TEXT:  # a text each: compared in C
        return tuple(map(_TEXT, blocks)) == paragraphs
    return block_texts(blocks) == paragraphs


#: The blocks that stand for one paragraph each, their :attr:`~newsshape.model.Paragraph.text`.
_ONE_TEXT = frozenset((Paragraph, Code))
_TEXT = attrgetter("text")
