"""What a page is (:attr:`Article.kind <newsshape.Article.kind>`): one
story, a listing of teasers, a media page or an error page, with the
evidence read; and whether it declares the story free to read.

The evidence, strongest first: an empty page; a "not found" title over
little text; the type the page declares (JSON-LD ``@type``, ``og:type``);
then the page's structure: many teaser headlines (headings that are links)
over little story text make a listing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsshape.fields._declared import _types as jsonld_types

if TYPE_CHECKING:
    from newsshape.document import Page

__all__ = ["accessible_for_free", "page_kind"]

#: A title (or a lone heading) that says the page was not found, in the
#: languages the date and label rules read.
_NOT_FOUND = re.compile(
    r"\b(?:404|410)\b|page (?:not found|introuvable|non trouvée)|not found|nicht gefunden|no encontrad[ao]"
    r"|non trovat[ao]|niet gevonden|does(?:n't| not) exist|no longer (?:exists|available)|error 40[34]",
    re.I,
)
#: Most words of story an error page has (a "not found" page with a long
#: text is a story about one); tuned on the development sets' pages.
_ERROR_WORDS = 150
#: JSON-LD types of a single story, of a listing and of a media page (read
#: in the lower-cased ``@type``).
_ARTICLE_TYPES = ("article", "posting", "report", "review", "recipe", "liveblog")
_LISTING_TYPES = ("collectionpage", "searchresultspage", "itemlist", "profilepage")
_MEDIA_TYPES = ("videoobject", "imagegallery", "mediagallery", "videogallery")
#: ``og:type`` values of a story and of a media page.
_OG_ARTICLE = ("article", "blog", "news")
_OG_MEDIA = ("video", "video.other", "video.movie", "video.episode", "video.tv_show")
#: Teaser headlines (headings whose text is nearly all link) at which a page
#: with little story is a listing, and the most words of story per teaser it
#: then has: a front page has a dozen teasers and their snippets, a story
#: with a "Read more" rail has a few teasers under hundreds of words. Tuned
#: on the development sets' front and section pages.
_MIN_TEASERS = 6
_STORY_WORDS_PER_TEASER = 30
#: Words of a body block above which it is a story's paragraph, not a
#: teaser's snippet (snippets run to a sentence or two): a page with one is
#: a story however many linked headings (comment titles, a rail) it has.
#: Tuned on the development sets (Slashdot stories, blog posts with comments).
_LONGEST_SNIPPET = 80
#: Addresses of listings: a site's root, tag, category, topic, section,
#: search and archive pages, a listing's further pages. The page's shape
#: says "listing" only at such an address: stories with a rail of linked
#: headlines and little text are many more than listings on the
#: development sets.
_LISTING_ADDRESS = re.compile(
    r"^[a-z]+://[^/?#]+/?(?:index\.\w+)?(?:[?#]|$)"
    r"|/(?:tags?|category|categories|kategorie|topics?|themen?|section|rubrik|search|suche|archives?|page)(?:/|$)"
    r"|[?&](?:s|q|query|search)=",
    re.I,
)
#: Link share at which a heading is a teaser's.
_TEASER_LINK_SHARE = 0.8
#: Most words of story of a media page without an article type.
_MEDIA_WORDS = 250


def _declared(page: Page) -> tuple[str | None, str]:
    """The kind the page declares and how, or ``(None, "")``."""
    meta = page.doc.meta
    media = listing = None
    for obj in meta.jsonld:
        kind = jsonld_types(obj)
        if not kind:
            continue
        name = obj.get("@type")
        note = f"JSON-LD @type={name[0] if isinstance(name, list) and name else name}"
        if any(t in kind for t in _ARTICLE_TYPES):
            return "article", note
        if listing is None and any(t in kind for t in _LISTING_TYPES):
            listing = note
        if media is None and any(t in kind for t in _MEDIA_TYPES):
            media = note
    og = (meta.first("og:type") or "").lower()
    if og in _OG_ARTICLE:
        return "article", f"og:type={og}"
    if og in _OG_MEDIA:
        return "media", f"og:type={og}"
    if listing is not None:
        return "listing", listing
    if media is not None:
        return "media", media
    return None, ""


def _teasers(page: Page) -> int:
    """Teaser headlines among the story's blocks: headings and body blocks
    whose text is nearly all a link, from the first body block to the last
    (a sidebar's or a footer's teasers lie outside), or anywhere on a page
    without a body."""
    body = page.indices("body")
    blocks = page.blocks[body[0] : body[-1] + 1] if body else page.blocks
    count = 0
    for block in blocks:
        if block.link_chars >= _TEASER_LINK_SHARE * len(block.text) and block.kind in ("heading", "paragraph"):
            count += 1
    return count


def _body_words(page: Page) -> list[int]:
    """The words of each body block, counted once."""
    blocks = page.blocks
    return [len(blocks[i].text.split()) for i in page.indices("body")]


def page_kind(page: Page) -> tuple[str, tuple[str, ...]]:
    """The page's kind and the evidence read (see the module docstring);
    computed once per page."""
    return page.remember("kind", _judge)


def _judge(page: Page) -> tuple[str, tuple[str, ...]]:
    if not page.blocks:
        return "error", ("empty page",)
    title = page.doc.meta.title or page.first("title") or ""
    body_words: list[int] | None = None
    if title and _NOT_FOUND.search(title):  # the title first: the words are counted only for such pages
        body_words = _body_words(page)
        words = sum(body_words)
        if words <= _ERROR_WORDS:
            return "error", (f"title {title[:60]!r}", f"{words} words of story")
    declared, how = _declared(page)
    if declared == "article":
        return "article", (how,)
    if body_words is None:
        body_words = _body_words(page)
    words = sum(body_words)
    teasers = _teasers(page)
    shape = f"{teasers} teaser headlines, {words} words of story"
    if words == 0 and teasers < _MIN_TEASERS and declared is None:
        return "error", ("no story text", shape)
    if declared == "media" and words <= _MEDIA_WORDS:
        return "media", (how, shape)
    if declared == "listing":
        return "listing", (how, shape)
    longest = max(body_words, default=0)
    address = page.doc.url or page.doc.meta.canonical or ""
    if (
        teasers >= _MIN_TEASERS
        and words <= _STORY_WORDS_PER_TEASER * teasers
        and longest <= _LONGEST_SNIPPET
        and _LISTING_ADDRESS.search(address) is not None
    ):
        return "listing", (shape, f"address {address[:80]}")
    return "article", (shape,)


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "yes", "1"):
            return True
        if text in ("false", "no", "0"):
            return False
    return None


#: ``article:content_tier`` values (Open Graph's paywall tag) and what they say.
_TIERS = {"free": True, "metered": False, "locked": False}


def accessible_for_free(page: Page) -> bool | None:
    """Whether the page declares its story free to read: JSON-LD
    ``isAccessibleForFree`` (of the story, or of a part of it that is not),
    a ``<meta>`` of that name, ``article:content_tier``; else ``None``."""
    meta = page.doc.meta
    found: bool | None = None
    for obj in meta.jsonld:
        value = _boolean(obj.get("isAccessibleForFree"))
        if value is not None:
            found = value if found is None else found and value
        parts = obj.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and _boolean(part.get("isAccessibleForFree")) is False:
                found = False
    if found is not None:
        return found
    value = _boolean(meta.first("isaccessibleforfree"))
    if value is not None:
        return value
    return _TIERS.get((meta.first("article:content_tier") or "").lower())
