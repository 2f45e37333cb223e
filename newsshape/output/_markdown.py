"""An article as Markdown (CommonMark): text escaped so that it reads as
written, never as markup."""

from __future__ import annotations

import re

from newsshape.model import Article, BlockQuote, BodyBlock, Code, Embed, Figure, ListBlock, Table
from newsshape.output._common import (
    body_blocks,
    byline,
    caption_text,
    dash,
    date_text,
    embed_label,
    image,
    labels,
    lead_image,
    list_lines,
    one_line,
    quotes,
    safe_url,
)

# Characters that start inline markup anywhere in a line: emphasis, code,
# links and images, raw HTML and autolinks, strikethrough (GFM), and the
# backslash itself.
_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
# "&" only where it would start a character reference ("&amp;", "&#38;").
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What makes a line a heading, quote, list item, thematic break or setext
# underline when it starts the line.
_LINE_START = re.compile(r"[#>+=\-]")
# An ordered-list marker at the start of a line ("12." or "3)" then a space).
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")
# A closing run of "#" (after a space) that an ATX heading would drop.
_CLOSING_HASHES = re.compile(r"(?<= )(#+)$")
# Characters a link destination may not hold as they are.
_URL_UNSAFE = {ord(c): f"%{ord(c):02X}" for c in " ()<>\\`"}


def escape(text: str | None) -> str:
    """``text`` (on one line) escaped for Markdown: it renders as the same
    characters, whatever it holds."""
    line = _ENTITY.sub("\\&", _INLINE.sub(r"\\\1", one_line(text)))
    if _LINE_START.match(line):
        return "\\" + line
    numbered = _ORDERED.match(line)
    if numbered:
        return numbered.group(1) + "\\" + line[len(numbered.group(1)) :]
    return line


def _destination(url: str) -> str:
    # Markdown decodes character references in a link's address too ("&#106;avascript:"): keep them literal.
    return _ENTITY.sub("\\&", url.translate(_URL_UNSAFE))


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + _CLOSING_HASHES.sub(r"\\\1", escape(text))


def _link(text: str, url: str | None) -> str:
    target = safe_url(url)
    label = escape(text)
    return f"[{label}]({_destination(target)})" if target and label else label


def _byline(article: Article) -> str:
    line = byline(article)
    parts = []
    if line.authors:
        parts.append("By " + ", ".join(escape(a) for a in line.authors))
    if line.published is not None:
        parts.append(str(date_text(line.published)))
    if line.modified is not None:
        parts.append("updated " + str(date_text(line.modified)))
    if line.site:
        parts.append(escape(line.site))
    return " · ".join(parts)


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in ``text``."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _table(block: Table) -> str:
    width = max((len(row) for row in block.rows), default=0)
    if not width:
        return escape(block.caption)
    rows = [[escape(cell) for cell in row] + [""] * (width - len(row)) for row in block.rows]
    head = rows.pop(0) if block.header else [""] * width
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    caption = f"*{escape(block.caption)}*\n\n" if one_line(block.caption) else ""
    return caption + "\n".join(lines)


def _figure(block: Figure) -> str:
    picture = image(block.image)
    texts = caption_text(block)
    if picture is not None and texts == (one_line(block.image.alt),):
        texts = ()  # a Markdown image's alt text, which the image shows
    caption = " ".join(escape(t) for t in texts)
    if picture is None:
        return caption
    shown = f"![{escape(picture.alt)}]({_destination(picture.url)})"
    return shown + ("\n*" + caption + "*" if caption else "")


def _embed(block: Embed) -> str:
    said = "\n>\n".join("> " + escape(p) for p in block.paragraphs if one_line(p))
    link = _link(embed_label(block), block.url)
    return (said + "\n>\n> " + link) if said else link


def block_markdown(block: BodyBlock) -> str:
    """One body block as Markdown."""
    if isinstance(block, ListBlock):
        return "\n".join(list_lines(block, escape))
    if isinstance(block, BlockQuote):
        return "\n>\n".join("> " + escape(p) for p in block.paragraphs if one_line(p))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return _figure(block)
    if isinstance(block, Code):
        fence = _fence(block.source)
        return f"{fence}\n{block.source}\n{fence}" if block.source.strip() else ""
    if isinstance(block, Embed):
        return _embed(block)
    return escape(block.text)


class _Out:
    """Blocks joined by blank lines; with ``compact``, a heading is followed
    directly by its first block."""

    def __init__(self, compact: bool) -> None:
        self.blocks: list[str] = []
        self.compact = compact
        self.after_heading = False

    def add(self, block: str) -> None:
        if not block:
            return
        if self.after_heading and self.compact:
            self.blocks[-1] += "\n" + block
        else:
            self.blocks.append(block)
        self.after_heading = False

    def heading(self, level: int, text: str) -> None:
        self.add(_heading(level, text))
        self.after_heading = True

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n" if self.blocks else ""


def to_markdown(article: Article, *, compact: bool = False) -> str:
    """The article as a Markdown document: the headline (``#``), the deck in
    italics, the byline, the summary as a block quote, the lead image,
    categories and tags, highlights, the body with its headings (``##``)
    and its blocks (lists, GFM tables, block quotes, fenced code, figures as
    images with their captions, embeds as links), takeaways, editorial notes, the quotations with their speakers and the
    related links. Every text is escaped, so a paragraph that starts with
    "1." or holds ``*`` reads as written.

    :param compact: no blank line after a heading. Paragraphs keep the blank
        line between them: in Markdown it is what separates them.
    """
    out = _Out(compact)
    if one_line(article.title):
        out.add("# " + _CLOSING_HASHES.sub(r"\\\1", escape(article.title)))
    if one_line(article.subtitle):
        out.add("*" + escape(article.subtitle) + "*")
    out.add(_byline(article))
    if one_line(article.summary):
        out.add("> " + escape(article.summary))
    picture = lead_image(article)
    if picture is not None:
        out.add(f"![{escape(picture.alt)}]({_destination(picture.url)})")
        caption = " ".join(escape(t) for t in (picture.caption, picture.credit) if t)
        out.add("*" + caption + "*" if caption else "")
    for name, values in labels(article):
        out.add(f"{name}: " + ", ".join(escape(v) for v in values))
    highlights = [escape(h) for h in article.highlights if one_line(h)]
    if highlights:
        out.heading(2, "Highlights")
        out.add("\n".join("- " + h for h in highlights))
    for section in article.sections:
        if one_line(section.heading):
            out.heading(2, str(section.heading))
        for block in body_blocks(article, section):
            out.add(block_markdown(block))
    takeaways = [t for t in article.takeaways if one_line(t.text)]
    if takeaways:
        out.heading(2, "Takeaways")
        for t in takeaways:
            attribution = escape(t.attribution)
            out.add("> " + escape(t.text) + (f"\n>\n> — {attribution}" if attribution else ""))
    for note in article.notes:
        if one_line(note.text) or one_line(note.title):
            out.heading(2, one_line(note.title) or "Note")
            out.add(escape(note.text))
    said = [f"- “{escape(q.text)}”" + dash(escape(q.speaker)) for q in quotes(article)]
    if said:
        out.heading(2, "Quotes")
        out.add("\n".join(said))
    links = []
    for link in article.related:
        item = _link(link.title, link.url)
        if item:
            links.append("- " + item + dash(escape(link.snippet)))
    if links:
        out.heading(2, "Related")
        out.add("\n".join(links))
    return out.text()
