"""Metadata a page declares about itself: ``<meta>``, JSON-LD, ``<time>``,
author markup, canonical link, language.

Read from the parsed tree before the body walk, with CSS selections that run
in lexbor's C code.
"""

from __future__ import annotations

import json
from typing import Any

from selectolax.lexbor import LexborHTMLParser

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


def collect(tree: LexborHTMLParser) -> Meta:
    """Collect the page's self-description from ``tree``."""
    meta = Meta()
    title = tree.css_first("title")
    root = tree.css_first("html")
    lang = root.attributes.get("lang") if root is not None else None
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
            _jsonld_objects(json.loads(raw.strip().rstrip(";")), meta.jsonld)
        except ValueError:
            continue
    for node in tree.css("time"):
        value = node.attributes.get("datetime") or clean_line(node.text(deep=True) or "")
        if value:
            parent = node.parent
            hint = " ".join(
                v
                for v in (
                    node.attributes.get("class"),
                    node.attributes.get("itemprop"),
                    parent.attributes.get("class") if parent is not None else None,
                )
                if v
            ).lower()
            meta.times.append((value, hint))
    for node in tree.css('[rel="author"], [itemprop="author"]'):
        name = clean_line(node.text(deep=True) or "")
        if name:
            meta.authors.append(name)
    return Meta(
        title=clean_line(title.text()) if title is not None else None,
        lang=(lang or meta.first("content-language") or None),
        canonical=canonical or meta.first("og:url"),
        tags=meta.tags,
        jsonld=meta.jsonld,
        times=meta.times,
        authors=meta.authors,
    )
