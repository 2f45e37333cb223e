"""An article as plain reading text."""

from __future__ import annotations

from newsshape.model import Article, BodyBlock, Code, Embed, Figure, ListBlock, Table
from newsshape.output._common import (
    body_blocks,
    byline,
    caption_text,
    dash,
    date_text,
    labels,
    lead_image,
    list_lines,
    one_line,
    quotes,
)


def _byline(article: Article) -> str:
    line = byline(article)
    parts = []
    if line.authors:
        parts.append("By " + ", ".join(line.authors))
    if line.published is not None:
        parts.append(str(date_text(line.published)))
    if line.modified is not None:
        parts.append("updated " + str(date_text(line.modified)))
    if line.site:
        parts.append(line.site)
    return " · ".join(parts)


def _listed(heading: str, items: list[str]) -> list[str]:
    return [heading, "\n".join("- " + item for item in items)] if items else []


def block_text(block: BodyBlock) -> list[str]:
    """One body block as plain text: its paragraphs, a list's items with
    their bullets or numbers, a table a row a line (cells between ``|``), code as written."""
    if isinstance(block, ListBlock):
        return ["\n".join(list_lines(block, one_line))]
    if isinstance(block, Table):
        rows = "\n".join(" | ".join(one_line(c) for c in row) for row in block.rows)
        return [one_line(block.caption), rows]
    if isinstance(block, Figure):
        return [" ".join(caption_text(block))]
    if isinstance(block, Embed):
        return [*map(one_line, block.paragraphs), f"<{one_line(block.url)}>"]
    if isinstance(block, Code):
        return [block.source if block.source.strip() else ""]
    return [one_line(t) for t in block.texts]


def to_text(article: Article, *, compact: bool = False) -> str:
    """The article as plain text for reading: headline, deck, byline,
    summary, categories and tags, highlights, the body (headings on lines of
    their own), takeaways, editorial notes, the quotations with their
    speakers, and the related links with their addresses. Blocks are
    separated by blank lines; nothing is escaped.

    :param compact: one block a line, no blank lines between them.
    """
    out = [one_line(article.title), one_line(article.subtitle), _byline(article), one_line(article.summary)]
    picture = lead_image(article)
    if picture is not None:
        out.append(" ".join(t for t in (picture.caption, picture.credit) if t))
    out += [f"{name}: " + ", ".join(values) for name, values in labels(article)]
    out += _listed("Highlights", [one_line(h) for h in article.highlights if one_line(h)])
    for section in article.sections:
        out.append(one_line(section.heading))
        for block in body_blocks(article, section):
            out += block_text(block)
    takeaways = []
    for t in article.takeaways:
        if one_line(t.text):
            takeaways.append(one_line(t.text) + dash(one_line(t.attribution)))
    out += _listed("Takeaways", takeaways)
    for note in article.notes:
        if one_line(note.text):
            out += [one_line(note.title) or "Note", one_line(note.text)]
    said = [f"“{one_line(q.text)}”" + dash(one_line(q.speaker)) for q in quotes(article)]
    out += _listed("Quotes", said)
    links = []
    for link in article.related:
        if one_line(link.title):
            address = f" <{one_line(link.url)}>" if one_line(link.url) else ""
            links.append(one_line(link.title) + address + dash(one_line(link.snippet)))
    out += _listed("Related", links)
    blocks = [b for b in out if b]
    return ("\n" if compact else "\n\n").join(blocks) + "\n" if blocks else ""
