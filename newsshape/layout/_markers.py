"""Words in class names, ids and roles that hint at what an element is for.

Data for :mod:`newsshape.layout._content`, which takes them as *weak* evidence only:
a hint scales a score, it never decides alone. Matching is by substring of
the element's hint string (``class``, ``id``, ``role`` and ``itemprop``
values, lower-cased), except for :data:`NEGATIVE_TOKENS`, which must be a
whole token (a hyphen, underscore or space around it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

#: Stems of names of page furniture: menus, comments, share bars, rails,
#: newsletter and cookie boxes, advertising, credits.
NEGATIVE = (
    "comment", "disqus", "respond", "footer", "foot-", "sidebar", "side-bar", "aside", "widget",
    "related", "recommend", "more-stories", "morestories", "read-more", "readmore", "read-next", "popular",
    "trending", "most-read", "mostread", "promo", "sponsor", "outbrain", "taboola", "share", "sharing",
    "social", "newsletter", "subscri", "signup", "sign-up", "register", "login", "paywall", "cookie",
    "consent", "gdpr", "banner", "advert", "adslot", "ad-slot", "ad-container", "ad-wrapper", "dfp", "gpt-ad",
    "navbar", "navigation", "nav-", "-nav", "menu", "breadcrumb", "pagination", "pager", "masthead", "topbar",
    "toolbar", "modal", "popup", "overlay", "tooltip", "skip-link", "caption", "credit", "copyright", "byline",
    "author", "tag-list", "taglist", "keywords", "categories", "meta-", "-meta", "postmeta", "timestamp",
    "dateline", "visually-hidden", "sr-only", "screen-reader",
)  # fmt: skip

#: Short names of furniture that are too common inside other words to match
#: as substrings ("ad" in "header", "nav" in "canvas").
NEGATIVE_TOKENS = frozenset((
    "ad", "ads", "adv", "nav", "menu", "share", "social", "tags", "meta", "foot", "footer", "header", "aside",
    "related", "rail", "widget", "promo", "byline", "author", "credit", "caption", "comments", "comment",
    "newsletter", "cookie", "sidebar", "print", "rating", "vote", "poll", "hidden", "follow", "reply",
))  # fmt: skip

#: Names of the box that holds a story's lead paragraph (whole tokens, as
#: :data:`NEGATIVE_TOKENS`: "lead" is not "leading").
LEAD_TOKENS = frozenset(("lead", "intro", "excerpt", "abstract", "summary", "chapo", "chapeau"))

#: Stems of names that mark furniture even when a template gives such names
#: to most of its boxes.
UNMISTAKABLE = ("comment", "disqus", "respond", "reply", "related", "share", "sharing", "newsletter", "subscri",
                "cookie", "advert", "outbrain", "taboola")  # fmt: skip

#: Stems of names of the story's own container.
POSITIVE = (
    "article", "content", "entry", "story", "post-body", "postbody", "post-content", "post-text", "body-text",
    "text", "main", "blog", "prose", "richtext", "rich-text", "articlebody", "article-body", "story-body",
    "news-body", "paragraph",
)  # fmt: skip

#: Tags of elements that hold page furniture in any template (``noscript``:
#: mostly "turn JavaScript on" notices, though a blog may hold its article there).
NEGATIVE_TAGS = frozenset(
    ("nav", "footer", "aside", "form", "header", "menu", "dialog", "figcaption", "caption", "noscript")
)

#: Tags of elements that hold a story.
POSITIVE_TAGS = frozenset(("article", "main"))

#: Stems of names of boxes laid over the page or asking something of the
#: reader (a sign-up form, a cookie notice), never holding the story.
OVERLAY = ("modal", "popup", "overlay", "dialog", "cookie", "consent", "newsletter", "subscri")


# -- matching ------------------------------------------------------------------
#
# Each question is asked of an element's hint only when a pass needs the
# answer, and answered once per hint. Whole tokens are matched as the parts
# of the hint split at whitespace, hyphens and underscores (a set lookup);
# stems by a trie pattern (:func:`any_of`).

#: Bits of :func:`furniture`.
FURNITURE = 1  #: a :data:`NEGATIVE` stem or a :data:`NEGATIVE_TOKENS` token
FURNITURE_NOT_HEADER = 2  #: the same, the token "header" aside
_LEAD = 4  # a LEAD_TOKENS token (in :func:`_token_bits` only)

#: How many hints each question keeps the answers of.
_KEEP = 1 << 14


def any_of(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, as a trie (``co(?:mment|okie)``):
    the same strings as ``a|b|c``, found several times faster, since at each
    position one character picks the branch and nothing backtracks."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # a word ends here: the rest is optional

    return pattern(trie)


_NOT_HEADER_TOKENS = NEGATIVE_TOKENS - {"header"}


def _tokens_in(hint: str) -> int:
    """The bits of the whole tokens of ``hint`` (split at whitespace, hyphens
    and underscores): :data:`FURNITURE`, :data:`FURNITURE_NOT_HEADER`,
    ``_LEAD``."""
    parts = hint.replace("-", " ").replace("_", " ").split()
    bits = 0
    if not NEGATIVE_TOKENS.isdisjoint(parts):
        bits = FURNITURE | FURNITURE_NOT_HEADER if not _NOT_HEADER_TOKENS.isdisjoint(parts) else FURNITURE
    if not LEAD_TOKENS.isdisjoint(parts):
        bits |= _LEAD
    return bits


@functools.lru_cache(maxsize=_KEEP)
def _token_bits(hint: str) -> int:
    return _tokens_in(hint)


_NEGATIVE = re.compile(any_of(NEGATIVE))
#: The story stems that hold no other (``post-content`` holds ``content``):
#: a few substring tests are cheaper than a pattern.
_POSITIVE = tuple(sorted(s for s in POSITIVE if not any(t != s and t in s for t in POSITIVE)))
_OVERLAY = re.compile(any_of(OVERLAY))
_UNMISTAKABLE = re.compile(any_of(UNMISTAKABLE))
#: Overlay stems holding no furniture stem: the only ones a hint without
#: furniture stems can have.
_OVERLAY_BEYOND = tuple(s for s in OVERLAY if not any(n in s for n in NEGATIVE))

#: "hidden" qualified by a screen or a medium (``hidden-xs``, ``lg:hidden``,
#: ``hidden-print``), or naming a property of the box (``overflow-hidden``,
#: ``field--label-hidden``): the box itself is shown, at least somewhere.
_QUALIFIED_HIDDEN = re.compile(
    r"hidden[-_](?:xs|sm|md|lg|xl|print|phone|mobile|desktop|tablet|touch|small)"
    r"|(?:overflow|overflow-[xy]|label|mobile|phone|tablet|desktop|print)[-_]hidden|:hidden"
)


def shown_somewhere(hint: str) -> str:
    """``hint`` less the words that hide a box only on some screens."""
    return " ".join(w for w in hint.split() if "hidden" not in w or _QUALIFIED_HIDDEN.search(w) is None)


@functools.lru_cache(maxsize=_KEEP)
def furniture(hint: str) -> int:
    """Whether ``hint`` (an element's class, id and role words) names page
    furniture, as bits: :data:`FURNITURE`, and :data:`FURNITURE_NOT_HEADER`
    when it does so without the token "header" (a story's header holds its
    lead). Words that hide the box only on some screens do not count."""
    if "hidden" in hint:
        hint = shown_somewhere(hint)
        tokens = _tokens_in(hint)
    else:
        tokens = _token_bits(hint)  # (asked for the lead's name too)
    if tokens & FURNITURE_NOT_HEADER or _NEGATIVE.search(hint) is not None:
        return FURNITURE | FURNITURE_NOT_HEADER
    return tokens & FURNITURE


@functools.lru_cache(maxsize=_KEEP)
def story(hint: str) -> bool:
    """Whether ``hint`` names the story's container (:data:`POSITIVE`)."""
    return any(stem in hint for stem in _POSITIVE)


@functools.lru_cache(maxsize=_KEEP)
def overlay(hint: str) -> bool:
    """Whether ``hint`` names a box laid over the page (:data:`OVERLAY`)."""
    if "hidden" not in hint and not furniture(hint):
        # no furniture stem in the hint (its answer is often known already)
        return any(s in hint for s in _OVERLAY_BEYOND)
    return _OVERLAY.search(hint) is not None


@functools.lru_cache(maxsize=_KEEP)
def unmistakable(hint: str) -> bool:
    """Whether ``hint`` names furniture unmistakably (:data:`UNMISTAKABLE`)."""
    return _UNMISTAKABLE.search(hint) is not None


def lead(hint: str) -> bool:
    """Whether ``hint`` names the box of a story's lead (:data:`LEAD_TOKENS`)."""
    return bool(_token_bits(hint) & _LEAD)
