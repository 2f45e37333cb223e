"""Direct quotations and their speakers."""

from __future__ import annotations

from collections.abc import Sequence

from newsshape.model import Quote, Section

__all__ = ["find_quotes", "quotes_in_sections"]


def find_quotes(text: str) -> list[Quote]:
    """Find the direct quotations in plain ``text`` (paragraphs separated by
    blank lines), with their speakers."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return quotes_in_sections([Section(None, tuple(paragraphs))])


def quotes_in_sections(sections: Sequence[Section]) -> list[Quote]:
    """Find the quotations in an article's body sections."""
    return []
