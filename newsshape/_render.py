"""Articles as Markdown or plain text, for people to read (the command line's
``--format markdown`` and ``--format text``)."""

from __future__ import annotations

import re

from newsshape.model import Article

__all__ = ["to_markdown", "to_text"]


_ORDERED = re.compile(r"(\d{1,9})([.)]\s)")


def _escape(line: str) -> str:
    # Keep a paragraph from being read as a heading, list item or quote.
    if line[:1] in "#>-*+":
        return "\\" + line
    numbered = _ORDERED.match(line)
    if numbered:
        return numbered.group(1) + "\\" + line[len(numbered.group(1)) :]
    return line


def _byline(article: Article) -> str | None:
    parts: list[str] = []
    if article.authors:
        parts.append("By " + ", ".join(article.authors))
    if article.published is not None:
        parts.append(article.published.isoformat())
    if article.site:
        parts.append(article.site)
    return " · ".join(parts) or None


def _quote_lines(article: Article) -> list[str]:
    """One line per quotation: its words in marks, then who said them."""
    return [f"“{q.text}”" + (f" — {q.speaker}" if q.speaker else "") for q in article.quotes]


def to_markdown(article: Article) -> str:
    """The article as a Markdown document: headline, deck, byline, body
    with its headings, then highlights, takeaways, the quotations with their
    speakers, notes and related links."""
    out: list[str] = []
    if article.title:
        out.append("# " + article.title)
    if article.subtitle:
        out.append("*" + article.subtitle + "*")
    byline = _byline(article)
    if byline:
        out.append(byline)
    if article.summary:
        out.append("> " + article.summary)
    if article.highlights:
        out.append("## Highlights\n\n" + "\n".join("- " + h for h in article.highlights))
    for section in article.sections:
        if section.heading:
            out.append("## " + section.heading)
        out.extend(_escape(paragraph) for paragraph in section.paragraphs)
    if article.takeaways:
        items = []
        for t in article.takeaways:
            items.append(f"> {t.text}" + (f"\n>\n> — {t.attribution}" if t.attribution else ""))
        out.append("## Takeaways\n\n" + "\n\n".join(items))
    if article.quotes:
        out.append("## Quotes\n\n" + "\n".join("- " + line for line in _quote_lines(article)))
    for note in article.notes:
        out.append(f"## {note.title or 'Note'}\n\n{_escape(note.text)}")
    if article.related:
        links = [f"- [{link.title}]({link.url})" if link.url else f"- {link.title}" for link in article.related]
        out.append("## Related\n\n" + "\n".join(links))
    return "\n\n".join(out) + "\n" if out else ""


def to_text(article: Article) -> str:
    """The headline and the body as plain text, separated by blank lines,
    then the quotations with their speakers under "Quotes"."""
    parts = [p for p in (article.title, article.text) if p]
    if article.quotes:
        parts.append("Quotes\n\n" + "\n".join("* " + line for line in _quote_lines(article)))
    return "\n\n".join(parts) + "\n" if parts else ""
