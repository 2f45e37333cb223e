"""Words in class names, ids and roles that hint at what an element is for.

Data for :mod:`newsshape._content`, which takes them as *weak* evidence only:
a hint scales a score, it never decides alone. Matching is by substring of
the element's hint string (``class``, ``id``, ``role`` and ``itemprop``
values, lower-cased), except for :data:`NEGATIVE_TOKENS`, which must be a
whole token (a hyphen, underscore or space around it).
"""

from __future__ import annotations

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

#: Tags of elements that hold page furniture in any template.
NEGATIVE_TAGS = frozenset(("nav", "footer", "aside", "form", "header", "menu", "dialog", "figcaption", "caption"))

#: Tags of elements that hold a story.
POSITIVE_TAGS = frozenset(("article", "main"))
