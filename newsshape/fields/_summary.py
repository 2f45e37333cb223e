"""The page's description as the article's summary: ``og:description``,
``<meta name="description">``, ``twitter:description``, else the JSON-LD
``description`` of the story's node; returned even when it repeats the
opening of the body (it is the page's own summary), but not when it is no
more than an echo of the title or the site's name."""

from __future__ import annotations

from newsshape.document import Page
from newsshape.fields._authors import authors
from newsshape.fields._site import evidence, site_parts, split_site, squash, story_node
from newsshape.text._lines import clean_line
from newsshape.text._names import DESK_WORDS, is_byline

# Thresholds, set by hand on trafilatura-eval's author labels and description labels.

#: Desk words ("Staff Reports") at most read at the opening of a description, and how many make a byline of them.
_DESK_WORDS_MAX = 3
_DESK_WORDS_MIN = 2
#: Characters of a description's opening tested for a byline ("Von Gregory Lipinski ...").
_BYLINE_CHARS = 120
#: Characters of the opening where an author's name must start for the byline to be cut off.
_NAME_REACH = 60


def _jsonld_description(page: Page) -> str | None:
    """The ``description`` of the first JSON-LD node that is a story (not the site's or its owner's)."""
    for obj in page.doc.meta.jsonld:
        value = obj.get("description")
        if isinstance(value, str) and value.strip() and story_node(obj):
            return value
    return None


def description(page: Page) -> str | None:
    """The page's description (HTML only): ``og:description``,
    ``description``, ``twitter:description`` or the story's JSON-LD
    ``description``, even when it repeats the opening of the body (an
    automatic excerpt, often cut with "…"), unless it merely repeats the
    title or the site's name; a byline opening it is dropped."""
    if page.doc.kind != "html":
        return None
    meta = page.doc.meta
    found = meta.first("og:description", "description", "twitter:description") or _jsonld_description(page)
    if not found:
        return None
    found = clean_line(found)
    key = squash(found)
    host = evidence(page).host
    titles = [t for t in (meta.first("og:title"), meta.title) if t]
    echoes = {squash(split_site(t, None, host)[0]) for t in titles} | {squash(t) for t in titles}
    echoes |= {squash(p) for v in meta.tags.get("og:site_name", ()) for p in site_parts(v, host)}
    if key in echoes:
        return None
    return _without_byline(found, page)


def _without_byline(text: str, page: Page) -> str:
    """``text`` without a byline that opens it ("Von Gregory Lipinski Herr
    Vilanek, ..." -> "Herr Vilanek, ...", "Staff Reports Police ...")."""
    words = text.split()
    desk = 0
    while desk < min(_DESK_WORDS_MAX, len(words)) and words[desk].casefold() in DESK_WORDS:
        desk += 1
    if desk >= _DESK_WORDS_MIN:
        return " ".join(words[desk:]) or text
    if not is_byline(text[:_BYLINE_CHARS]):
        return text
    for name in authors(page):
        at = text.find(name, 0, _NAME_REACH)
        if at >= 0:
            return text[at + len(name) :].lstrip(" ,.:;-–—|") or text
    return text
