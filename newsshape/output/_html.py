"""An article as clean, semantic HTML5 that is safe to embed in a page."""

from __future__ import annotations

import re
from html import escape as _escape

from newsshape.model import Article, BlockQuote, BodyBlock, Code, Embed, Figure, ListBlock, Table
from newsshape.output._common import (
    Image,
    body_blocks,
    byline,
    caption_text,
    dash,
    date_text,
    embed_label,
    image,
    labels,
    lead_image,
    one_line,
    quotes,
    safe_url,
)

# A language tag as ``lang`` takes it (BCP 47 shape: letters, digits and hyphens).
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def _text(text: str | None) -> str:
    return _escape(one_line(text), quote=False)


def _attr(value: str) -> str:
    return '"' + _escape(value, quote=True) + '"'


def _link(text: str, url: str | None) -> str:
    target = safe_url(url)
    return f"<a href={_attr(target)}>{_text(text)}</a>" if target else _text(text)


def _time(value: object) -> str:
    iso = str(value)
    return f"<time datetime={_attr(iso)}>{_text(iso)}</time>"


def _speaker(name: str | None) -> str:
    return f'<span class="speaker">{_text(name)}</span>' if one_line(name) else ""


def _byline(article: Article) -> str:
    line = byline(article)
    parts = []
    if line.authors:
        parts.append("By " + ", ".join(f'<span class="author">{_text(a)}</span>' for a in line.authors))
    if line.published is not None:
        parts.append(_time(date_text(line.published)))
    if line.modified is not None:
        parts.append("updated " + _time(date_text(line.modified)))
    if line.site:
        parts.append(f'<span class="site">{_text(line.site)}</span>')
    return f'<p class="byline">{" · ".join(parts)}</p>' if parts else ""


def _figure(picture: Image) -> str:
    img = f"<img src={_attr(picture.url)} alt={_attr(picture.alt)}>"
    caption = " ".join(_text(t) for t in (picture.caption, picture.credit) if t)
    return f"<figure>{img}<figcaption>{caption}</figcaption></figure>" if caption else f"<figure>{img}</figure>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _section(kind: str, heading: str, body: list[str], tag: str = "section") -> list[str]:
    if not body:
        return []
    return [f'<{tag} class="{kind}">', f"<h2>{_text(heading)}</h2>", *body, f"</{tag}>"]


def _header(article: Article) -> list[str]:
    header = []
    if one_line(article.title):
        header.append(f"<h1>{_text(article.title)}</h1>")
    if one_line(article.subtitle):
        header.append(f'<p class="subtitle">{_text(article.subtitle)}</p>')
    header.append(_byline(article))
    if one_line(article.summary):
        header.append(f'<p class="summary">{_text(article.summary)}</p>')
    picture = lead_image(article)
    if picture is not None:
        header.append(_figure(picture))
    for name, values in labels(article):
        items = ", ".join(f"<span>{_text(v)}</span>" for v in values)
        header.append(f'<p class="{name.lower()}">{_text(name)}: {items}</p>')
    header = [h for h in header if h]
    return ["<header>", *header, "</header>"] if header else []


def _paragraphs(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{_text(p)}</p>" for p in texts if one_line(p))


def _items(block: ListBlock) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(
        f"<li>{_text(item.text)}{_items(item.sublist) if item.sublist else ''}</li>" for item in block.items
    )
    return f"<{tag}>{items}</{tag}>"


def _table(block: Table) -> str:
    caption = f"<caption>{_text(block.caption)}</caption>" if one_line(block.caption) else ""
    rows = list(block.rows)
    head = ""
    if block.header and rows:
        head = "<thead><tr>" + "".join(f"<th>{_text(c)}</th>" for c in rows.pop(0)) + "</tr></thead>"
    body = "".join("<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{caption}{head}<tbody>{body}</tbody></table>"


def _body_figure(block: Figure) -> str:
    picture = image(block.image)
    caption = " ".join(_text(t) for t in caption_text(block))
    if picture is None:
        return f"<p>{caption}</p>" if caption else ""
    img = f"<img src={_attr(picture.url)} alt={_attr(picture.alt)}>"
    return f"<figure>{img}<figcaption>{caption}</figcaption></figure>" if caption else f"<figure>{img}</figure>"


def _embed(block: Embed) -> str:
    said = f"<blockquote>{_paragraphs(block.paragraphs)}</blockquote>" if any(map(one_line, block.paragraphs)) else ""
    link = _link(embed_label(block), block.url)
    return f'<figure class="embed">{said}<figcaption>{link}</figcaption></figure>'


def block_html(block: BodyBlock) -> str:
    """One body block as HTML (texts escaped, addresses checked)."""
    if isinstance(block, ListBlock):
        return _items(block)
    if isinstance(block, BlockQuote):
        quoted = _paragraphs(block.paragraphs)
        return f"<blockquote>{quoted}</blockquote>" if quoted else ""
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return _body_figure(block)
    if isinstance(block, Code):
        return f"<pre><code>{_escape(block.source, quote=False)}</code></pre>" if one_line(block.source) else ""
    if isinstance(block, Embed):
        return _embed(block)
    return _paragraphs((block.text,))


def _body(article: Article) -> list[str]:
    out = []
    for section in article.sections:
        paragraphs = [html for html in map(block_html, body_blocks(article, section)) if html]
        heading = [f"<h2>{_text(section.heading)}</h2>"] if one_line(section.heading) else []
        if heading or paragraphs:
            out += ["<section>", *heading, *paragraphs, "</section>"]
    return out


def _extras(article: Article) -> list[str]:
    out = []
    highlights = [_text(h) for h in article.highlights if one_line(h)]
    out += _section("highlights", "Highlights", [_list(highlights)] if highlights else [], "aside")
    takeaways = []
    for t in article.takeaways:
        if one_line(t.text):
            said = f"<blockquote><p>{_text(t.text)}</p></blockquote>"
            credit = f"<figcaption>— {_text(t.attribution)}</figcaption>" if one_line(t.attribution) else ""
            takeaways.append(f"<figure>{said}{credit}</figure>")
    out += _section("takeaways", "Takeaways", takeaways, "aside")
    for note in article.notes:
        if one_line(note.text) or one_line(note.title):
            out += _section("note", one_line(note.title) or "Note", [f"<p>{_text(note.text)}</p>"], "aside")
    spoken = [f"<q>{_text(q.text)}</q>" + dash(_speaker(q.speaker)) for q in quotes(article)]
    out += _section("quotes", "Quotes", [_list(spoken)] if spoken else [])
    links = [
        _link(link.title, link.url) + dash(_text(link.snippet)) for link in article.related if one_line(link.title)
    ]
    out += _section("related", "Related", [_list(links)] if links else [], "nav")
    return out


def to_html(article: Article, *, compact: bool = False, standalone: bool = False) -> str:
    """The article as semantic HTML5: an ``<article>`` with a ``<header>``
    (``<h1>`` headline, deck, byline with ``<time datetime>``, summary, lead
    image, categories and tags), a ``<section>`` per body section (``<h2>``
    and its blocks: ``<p>``, ``<ul>``/``<ol>``, ``<blockquote>``,
    ``<table>``, ``<figure>`` with ``<img>``, ``<pre><code>``, embeds as
    links, never frames), then highlights, takeaways (``<blockquote>``), editorial
    notes, the quotations with their speakers and the related links
    (``<a href>``).

    Safe to embed: every text is HTML-escaped, there are no scripts, styles
    or event attributes, and a link or image address is kept only when it is
    http, https or relative (a ``javascript:``, ``data:`` or ``vbscript:``
    address, in any case and with any white space in it, leaves the text
    unlinked and the image out).

    :param compact: no line breaks between elements.
    :param standalone: a whole HTML document (doctype, ``<head>`` with the
        charset, the title and the canonical address) rather than the
        ``<article>`` element alone.
    """
    language = one_line(article.language)
    lang = f" lang={_attr(language)}" if _LANGUAGE.fullmatch(language) else ""
    parts = [f"<article{'' if standalone else lang}>", *_header(article), *_body(article), *_extras(article)]
    parts.append("</article>")
    if standalone:
        head = ['<meta charset="utf-8">', f"<title>{_text(article.title)}</title>"]
        canonical = safe_url(article.url)
        if canonical:
            head.append(f'<link rel="canonical" href={_attr(canonical)}>')
        parts = ["<!DOCTYPE html>", f"<html{lang}>", "<head>", *head, "</head>", "<body>", *parts, "</body>", "</html>"]
    return ("" if compact else "\n").join(parts) + "\n"
