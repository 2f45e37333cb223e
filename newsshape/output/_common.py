"""What the three renderers share: which parts of an article they show, in
which order, and which link addresses are safe to show.

The renderers read the fields an :class:`~newsshape.Article` has; a field
that a later release adds (the lead image, tags and categories) is read with
:func:`getattr` here, so the renderers show it as soon as it exists and
ignore it before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import attrs

from newsshape.model import Article, BodyBlock, Embed, Figure, ListBlock, Paragraph, Quote, Section

#: The link schemes a rendering may point to (plus relative addresses). Any
#: other scheme -- ``javascript:``, ``data:``, ``vbscript:``, ``file:`` --
#: could run code or read local files when the output is embedded in a page.
SAFE_SCHEMES = frozenset({"http", "https"})

# Browsers drop tabs and line breaks anywhere in an address, and control
# characters and spaces at its ends, before they read the scheme: so do we.
_DROPPED = str.maketrans("", "", "\t\n\r")
_ENDS = "".join(chr(c) for c in range(0x21))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PATH_START = re.compile(r"[/?#\\]")


def safe_url(url: str | None) -> str | None:
    """``url`` as a link may show it, or ``None`` when it is not safe: an
    address with a scheme other than http and https (``javascript:``,
    ``data:``, ``vbscript:``, in any case and with any white space or
    control characters inside), or with control characters in it. Relative
    addresses are kept."""
    if not url:
        return None
    cleaned = url.translate(_DROPPED).strip(_ENDS)
    if not cleaned or _CONTROL.search(cleaned):
        return None
    head = _PATH_START.split(cleaned, maxsplit=1)[0]
    scheme, colon, _ = head.partition(":")
    if colon and scheme.lower() not in SAFE_SCHEMES:
        return None
    return cleaned


def one_line(text: str | None) -> str:
    """``text`` with every run of white space (line breaks included) made one
    space, and no white space at the ends: the renderers' text fields are
    single lines."""
    return " ".join(text.split()) if text else ""


def dash(text: str) -> str:
    """`` — text`` (what introduces a speaker, an attribution or a teaser),
    or nothing when ``text`` is empty."""
    return f" — {text}" if text else ""


def date_text(value: date | None) -> str | None:
    """How a date (or date and time) is printed: ISO 8601, as in JSON."""
    return value.isoformat() if value is not None else None


@attrs.frozen
class Byline:
    """The line under the headline: authors, dates and the site."""

    authors: tuple[str, ...]
    published: date | None
    modified: date | None
    site: str

    def __bool__(self) -> bool:
        return bool(self.authors or self.published or self.modified or self.site)


def byline(article: Article) -> Byline:
    """The byline of ``article``; the modified date only when it differs from
    the published one."""
    authors = tuple(a for a in (one_line(a) for a in article.authors) if a)
    modified = article.modified if article.modified != article.published else None
    return Byline(authors, article.published, modified, one_line(article.site))


@attrs.frozen
class Image:
    """An image to show: its address (already checked with :func:`safe_url`),
    alternative text, caption and credit."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""


def _text_attr(value: Any, *names: str) -> str:
    for name in names:
        found = getattr(value, name, None)
        if isinstance(found, str) and found.strip():
            return one_line(found)
    return ""


def image(value: Any) -> Image | None:
    """An image field's value (an address, or a record with ``url`` or
    ``src`` and optional ``alt``, ``caption`` and ``credit``) as an
    :class:`Image`, or ``None`` when it has no safe address."""
    url = value if isinstance(value, str) else getattr(value, "url", None) or getattr(value, "src", None)
    checked = safe_url(url) if isinstance(url, str) else None
    if checked is None:
        return None
    return Image(checked, _text_attr(value, "alt"), _text_attr(value, "caption"), _text_attr(value, "credit"))


def lead_image(article: Article) -> Image | None:
    """The article's lead image (``Article.image``), when the model has the
    field and the page gave one."""
    return image(getattr(article, "image", None))


def _texts(article: Article, name: str) -> tuple[str, ...]:
    found = getattr(article, name, None) or ()
    return tuple(t for t in (one_line(v) for v in found if isinstance(v, str)) if t)


def labels(article: Article) -> list[tuple[str, tuple[str, ...]]]:
    """The article's categories and tags, each with the word that introduces
    it, when the model has those fields and the page gave them."""
    found = [("Categories", _texts(article, "categories")), ("Tags", _texts(article, "tags"))]
    return [(name, values) for name, values in found if values]


def quotes(article: Article) -> Iterator[Quote]:
    """The quotations a rendering lists: those with text."""
    return (q for q in article.quotes if one_line(q.text))


def caption_text(figure: Figure) -> tuple[str, ...]:
    """What a figure prints under its picture: the caption text the body
    holds for it, else its picture's caption and credit."""
    texts = tuple(t for t in map(one_line, figure.paragraphs) if t)
    if texts:
        return texts
    picture = figure.image
    return tuple(t for t in (one_line(picture.caption), one_line(picture.credit)) if t)


def embed_label(embed: Embed) -> str:
    """The text of the link to an embed: "youtube video", "twitter post"."""
    what = "post" if embed.kind == "social" else embed.kind
    return f"{one_line(embed.provider)} {what}".strip() if one_line(embed.provider) else what


def body_blocks(article: Article, section: Section) -> list[BodyBlock]:
    """The blocks of ``section`` to show: a figure of the lead image (shown
    above the body) gives only its caption."""
    lead = getattr(article, "image", None)
    url = getattr(lead, "url", None)
    out: list[BodyBlock] = []
    for block in section.blocks:
        if isinstance(block, Figure) and url and block.image.url == url:
            out.extend(Paragraph(text) for text in caption_text(block))
        else:
            out.append(block)
    return out


def list_lines(block: ListBlock, render: Callable[[str], str], indent: str = "") -> list[str]:
    """The lines of a list as Markdown and plain text write it: ``- `` or
    ``1. `` before each item's text (``render`` of it), a sublist indented
    under its item by the width of the item's marker."""
    lines = []
    for number, item in enumerate(block.items, 1):
        marker = f"{number}. " if block.ordered else "- "
        lines.append(indent + marker + render(item.text))
        if item.sublist is not None:
            lines += list_lines(item.sublist, render, indent + " " * len(marker))
    return lines
