"""Metadata a page declares about itself: ``<meta>``, JSON-LD, ``<time>``,
author markup, canonical link, language.

Read from the parsed tree before the body walk, with CSS selections that run
in lexbor's C code.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsshape._document import Meta
from newsshape._text import clean_line

_MAX_JSONLD = 200_000  # characters of one JSON-LD script we are willing to parse


def _jsonld_objects(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6 or len(out) > 200:
        return
    if isinstance(data, list):
        for item in data:
            _jsonld_objects(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _jsonld_objects(graph, out, depth + 1)


#: Elements that hold a date, or whose class or id says they may.
_DATE_SELECTOR = (
    'time, abbr[title], [itemprop="datePublished"], [itemprop="dateCreated"], [itemprop="dateModified"], '
    '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], '
    '[class*="byline" i], [id*="date" i], [id*="time" i], [id*="publish" i], [class*="datum" i], [class*="fecha" i]'
)
_MAX_DATE_NODES = 120
_MAX_DATE_TEXT = 200  # longer texts are containers, not date lines


def _hint(node: LexborNode) -> str:
    a = node.attributes
    words = [node.tag or "", a.get("class") or "", a.get("id") or "", a.get("itemprop") or ""]
    if "pubdate" in a:
        words.append("pubdate")
    parent = node.parent
    if parent is not None:
        pa = parent.attributes
        words += [pa.get("class") or "", pa.get("id") or "", pa.get("itemprop") or ""]
    return " ".join(w for w in words if w).lower()


def _date_candidates(tree: LexborHTMLParser, out: list[tuple[str, str]]) -> None:
    """Values of date-bearing elements in page order: a machine-readable
    attribute (``datetime``, ``content``, an ``abbr``'s ``title``) when there is
    one, else the element's own short text."""
    for count, node in enumerate(tree.css(_DATE_SELECTOR)):
        if count >= _MAX_DATE_NODES:
            break
        a = node.attributes
        hint = _hint(node)
        value = a.get("datetime") or a.get("content")
        if not value and (node.tag == "abbr" or (a.get("title") or "")[:1].isdigit()):
            value = a.get("title")
        if value and value.strip():
            out.append((value.strip()[:_MAX_DATE_TEXT], hint))
        text = node.text(deep=True) or ""
        if len(text) <= _MAX_DATE_TEXT * 2:
            text = clean_line(text)
            if text and len(text) <= _MAX_DATE_TEXT and any(map(str.isdigit, text)):
                out.append((text, hint))


_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?<!(?:--|\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_MAX_AUTHOR_TEXT = 120


def _author_markup(tree: LexborHTMLParser, out: list[str]) -> None:
    """Texts of author markup: ``itemprop="author"`` (its ``name`` part when
    it has one) and ``rel="author"`` first, then byline and author-name
    classes; long texts (author biographies) are left out."""
    for node in tree.css('[itemprop="author"], [rel="author"]'):
        named = node.css_first('[itemprop="name"]') if node.attributes.get("itemprop") == "author" else None
        source = named if named is not None else node
        text = clean_line(source.attributes.get("content") or source.text(deep=True) or "")
        if text and len(text) <= _MAX_AUTHOR_TEXT:
            out.append(text)
    for node in tree.css('[class*="byline" i], [class*="author-name" i], [class*="authorname" i]'):
        text = node.text(deep=True) or ""
        if len(text) <= _MAX_AUTHOR_TEXT * 2:
            text = clean_line(text)
            if text and len(text) <= _MAX_AUTHOR_TEXT:
                out.append(text)
        if len(out) > 20:
            break


def _jsonld_language(objects: list[dict[str, Any]]) -> str | None:
    for obj in objects:
        value = obj.get("inLanguage")
        if isinstance(value, str) and 2 <= len(value.strip()) <= 20:
            return value.strip()
    return None


def _locale(value: str | None) -> str | None:
    """``en_US`` (og:locale) as a language tag, ``en-US``."""
    return value.strip().replace("_", "-") if value and 2 <= len(value.strip()) <= 20 else None


def collect(tree: LexborHTMLParser) -> Meta:
    """Collect the page's self-description from ``tree``."""
    meta = Meta()
    title = tree.css_first("title")
    root = tree.css_first("html")
    lang = (root.attributes.get("lang") or "").strip() or None if root is not None else None
    canonical: str | None = None
    for node in tree.css("meta"):
        a = node.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
        content = a.get("content")
        if key and content is not None:
            meta.tags.setdefault(key.strip().lower(), []).append(content)
    for node in tree.css("link[rel]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        if "canonical" in rel and canonical is None:
            canonical = node.attributes.get("href")
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True) or ""
        if len(raw) > _MAX_JSONLD:
            continue
        try:
            _jsonld_objects(json.loads(_JSON_WRAPPER.sub("", raw).strip().rstrip(";"), strict=False), meta.jsonld)
        except ValueError:
            continue
    _date_candidates(tree, meta.times)
    _author_markup(tree, meta.authors)
    return Meta(
        title=clean_line(title.text()) if title is not None else None,
        lang=(
            lang or meta.first("content-language") or _jsonld_language(meta.jsonld) or _locale(meta.first("og:locale"))
        ),
        canonical=canonical or meta.first("og:url"),
        tags=meta.tags,
        jsonld=meta.jsonld,
        times=meta.times,
        authors=meta.authors,
    )
