"""Pictures: the lead image a page declares (JSON-LD, Open Graph, Twitter
cards, microdata), else the featured image its publishing system marks
(:mod:`newsshape.document._featured`: WordPress, tagDiv, Drupal), else the
first figure of its story; and the story's figures
(:class:`~newsshape.model.Image` records).

The figures are the page's ``<figure>`` elements that hold a picture
(:attr:`Meta.figures <newsshape.Meta.figures>`), kept when they stand in the
story: their caption is a block between the first and the last body block,
or the elements around them are an article's and none is furniture (a
sidebar, a teaser, an ad). Lazy-loaded pictures give their real source: the
widest ``srcset`` candidate, a ``data-src`` attribute, a ``<noscript>``
fallback, a ``<picture><source>``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from newsshape.fields._declared import _types as jsonld_types
from newsshape.model import Image

if TYPE_CHECKING:
    from newsshape.document import Page

__all__ = ["figures", "lead_image", "widest"]

#: Words of a picture's address (between non-letters) that say it is no
#: story picture: a logo, an avatar, an icon, a placeholder, a tracking
#: pixel or an ad. Read on the lower-cased address; "icon" does not match
#: "silicon" (a letter before it).
_NOT_A_PICTURE = re.compile(
    r"(?<![a-z])(?:logos?|avatars?|icons?|favicon|sprites?|placeholder|blank|spacer|pixel|1x1|transparent"
    r"|gravatar|badge|emoji|ads?|adserver|banners?|doubleclick|googlesyndication|scorecardresearch"
    r"|facebook\.com/tr|beacon|tracking|default[-_]?(?:image|share|og))(?![a-z])"
)
#: Words of a ``src`` that stands in for a lazy-loaded picture until a script
#: swaps in the real one (``data-src``).
_STAND_IN = re.compile(r"(?<![a-z])(?:lazy|loading|loader|placeholder|blank|spacer|transparent|1x1|pixel)(?![a-z])")
#: Class and id words of the elements around a figure that put it outside
#: the story: furniture, teasers, author boxes, ads.
_FURNITURE = re.compile(
    r"(?<![a-z])(?:sidebar|related|recommend\w*|promo\w*|sponsor\w*|advert\w*|ad|ads|teaser\w*|widget\w*"
    r"|footer|nav|menu|comments?|author\w*|avatar|logo|newsletter|outbrain|taboola|card|carousel)(?![a-z])"
)
#: Class and id words (and tags) of the elements around a figure that say
#: it is in a story.
_STORY = re.compile(r"(?<![a-z])(?:article|story|post|entry|content|body|main|text)")
#: Declared sizes up to which a picture is a pixel or an icon, CSS pixels.
_SMALLEST = 50
#: Attributes that hold a lazy-loaded picture's real source, most specific first.
_LAZY = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src")
_SRCSETS = ("srcset", "data-srcset", "data-lazy-srcset")
#: ``<meta>`` names of the declared picture, most specific first, with the
#: names of their sizes.
_META_IMAGES = (
    ("og:image:secure_url", "og:image:width", "og:image:height"),
    ("og:image", "og:image:width", "og:image:height"),
    ("og:image:url", "og:image:width", "og:image:height"),
    ("twitter:image", "twitter:image:width", "twitter:image:height"),
    ("twitter:image:src", "twitter:image:width", "twitter:image:height"),
    ("image", "", ""),  # microdata: <meta itemprop="image">
)
#: JSON-LD types whose ``image`` is the page's story picture, and the ones
#: whose is not (a person's portrait, an organisation's logo).
_STORY_TYPES = ("article", "posting", "report", "review", "recipe", "webpage", "creativework", "blog", "video")
_NOT_STORY_TYPES = ("person", "organization", "brand", "product", "place")


def _size(value: Any) -> int | None:
    """A declared size as an integer (``1200``, ``"1200"``, ``"1200px"``,
    ``{"value": 1200}``), ``None`` when none is read."""
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    if isinstance(value, str):
        digits = re.match(r"\s*(\d{1,6})(?:\.\d*)?\s*(?:px)?\s*$", value)
        return int(digits.group(1)) if digits else None
    return None


def widest(srcset: str) -> tuple[str, int | None] | None:
    """The candidate of a ``srcset`` with the largest width (``800w``) or
    density (``2x``) descriptor, and its width when given; ``None`` for an
    empty set. Addresses may hold commas (``w_800,h_600``): candidates are
    cut at white space, a comma ending one."""
    best: tuple[float, str, int | None] | None = None
    tokens = srcset.split()
    i = 0
    while i < len(tokens):
        url = tokens[i]
        i += 1
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        elif i < len(tokens):
            descriptor = tokens[i].rstrip(",")
            i += 1
        if not url:
            continue
        number = re.match(r"(\d+(?:\.\d+)?)([wxh])$", descriptor)
        value = float(number.group(1)) if number else 1.0
        width = int(value) if number and number.group(2) == "w" else None
        scale = value if width is None else value / 1000  # a width always beats a density
        rank = scale if width is None else 10 + scale
        if best is None or rank > best[0]:
            best = (rank, url, width)
    return (best[1], best[2]) if best is not None else None


def _placeholder(url: str) -> bool:
    """Whether a ``src`` is a stand-in for a lazy-loaded picture."""
    low = url.lower()
    return url.startswith("data:") or _STAND_IN.search(low) is not None or _NOT_A_PICTURE.search(low) is not None


def _source(img: dict[str, str], sources: list[str], noscript: dict[str, str]) -> tuple[str, int | None] | None:
    """The real source of a picture and its width from ``srcset`` when it
    came from one (see the module docstring)."""
    for name in _SRCSETS:
        if img.get(name):
            found = widest(img[name])
            if found is not None and not found[0].startswith("data:"):
                return found
    for srcset in sources:
        found = widest(srcset)
        if found is not None and not found[0].startswith("data:"):
            return found
    for name in _LAZY:
        if img.get(name) and not img[name].startswith("data:"):
            return img[name], None
    src = img.get("src")
    if src and not _placeholder(src):
        return src, None
    if noscript:
        return _source(noscript, [], {})
    return None


def _resolve(url: str, base: str | None) -> str:
    url = url.strip()
    return urljoin(base, url) if base else url


def _acceptable(url: str, width: int | None, height: int | None) -> bool:
    """Whether a picture can be a story's (see :data:`_NOT_A_PICTURE`)."""
    if not url or url.startswith("data:"):
        return False
    if (width is not None and width <= _SMALLEST) or (height is not None and height <= _SMALLEST):
        return False
    return _NOT_A_PICTURE.search(url.lower()) is None


def _base(page: Page) -> str | None:
    return page.doc.url or page.doc.meta.canonical


def _story_range(page: Page) -> tuple[int, int]:
    body = page.indices("body")
    return (body[0], body[-1]) if body else (0, -1)


def figures(page: Page) -> list[Image]:
    """The story's figures, in page order (see the module docstring);
    computed once per page."""
    return page.remember("figures", _figures)


def _figures(page: Page) -> list[Image]:
    out: list[Image] = []
    found = page.doc.meta.figures
    if found:
        first, last = _story_range(page)
        captions: dict[str, int] = {}
        for i, block in enumerate(page.blocks):
            if block.kind == "caption":
                captions.setdefault(block.text, i)
        base = _base(page)
        for fig in found:
            if "featured" in fig:
                continue  # a featured picture is the lead image (lead_image), not a figure of the story
            # where the figure stands first: the address is read and resolved only for the story's
            if _FURNITURE.search(fig["around"]) is not None:
                continue
            caption = fig["caption"] or None
            where = next((i for text, i in captions.items() if caption and text.startswith(caption)), None)
            if not ((where is not None and first <= where <= last) or _STORY.search(fig["around"]) is not None):
                continue
            source = _source(fig["img"], fig["sources"], fig["noscript"])
            if source is None:
                continue
            url, srcset_width = source
            img = fig["img"] or fig["noscript"]
            width, height = _size(img.get("width")) or srcset_width, _size(img.get("height"))
            url = _resolve(url, base)
            if _acceptable(url, width, height):
                alt = (img.get("alt") or "").strip() or None
                out.append(Image(url, alt, caption, fig["credit"] or None, width, height))
    return out


def _featured(page: Page) -> Image | None:
    """The first featured picture (:mod:`newsshape.document._featured`)
    that stands in a story box and in no furniture, is no logo, avatar,
    icon or pixel, and whose class no other featured picture shares: a
    class repeated is a list of teasers (a slider, "recent posts") marked
    as their own stories' featured pictures."""
    found = [fig for fig in page.doc.meta.figures if "featured" in fig]
    classes = Counter(fig["img"].get("class", "") for fig in found)
    for fig in found:
        img, around = fig["img"], fig["around"]
        if classes[img.get("class", "")] > 1 or _FURNITURE.search(around) is not None or not _STORY.search(around):
            continue
        source = _source(img, [], {})
        if source is None:
            continue
        width, height = _size(img.get("width")) or source[1], _size(img.get("height"))
        url = _resolve(source[0], _base(page))
        if _acceptable(url, width, height):
            return Image(url, (img.get("alt") or "").strip() or None, None, None, width, height)
    return None


def _jsonld_image(value: Any, base: str | None) -> Image | None:
    """The first acceptable picture of a JSON-LD ``image`` value: an
    address, an ``ImageObject`` (``url`` or ``contentUrl``), or a list."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            url, width, height, caption = item, None, None, None
        elif isinstance(item, dict):
            raw = item.get("url") or item.get("contentUrl") or item.get("@id")
            if isinstance(raw, list):
                raw = raw[0] if raw else None
            if not isinstance(raw, str):
                continue
            url, width, height = raw, _size(item.get("width")), _size(item.get("height"))
            caption = item.get("caption") if isinstance(item.get("caption"), str) else None
        else:
            continue
        url = _resolve(url, base)
        if _acceptable(url, width, height):
            return Image(url, None, caption, None, width, height)
    return None


def lead_image(page: Page) -> Image | None:
    """The lead image: the story's JSON-LD ``image`` (or
    ``thumbnailUrl``), else ``og:image`` (its secure address first),
    ``twitter:image``, microdata, else the featured picture, else the first
    figure of the story."""
    meta = page.doc.meta
    base = _base(page)
    for obj in meta.jsonld:
        kind = jsonld_types(obj)
        if not any(t in kind for t in _STORY_TYPES) or any(t in kind for t in _NOT_STORY_TYPES):
            continue
        for key in ("image", "thumbnailUrl"):
            if key in obj:
                found = _jsonld_image(obj[key], base)
                if found is not None:
                    return found
    for name, width_name, height_name in _META_IMAGES:
        url = meta.first(name)
        if url:
            width = _size(meta.first(width_name)) if width_name else None
            height = _size(meta.first(height_name)) if height_name else None
            url = _resolve(url, base)
            if _acceptable(url, width, height):
                alt = meta.first(f"{name.split(':')[0]}:image:alt") if width_name else None
                return Image(url, alt, None, None, width, height)
    if page.doc.meta.figures:
        found = _featured(page)
        if found is not None:
            return found
    story = figures(page)
    return story[0] if story else None
