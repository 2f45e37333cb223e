"""A story's featured image set outside any ``<figure>``: the conventions of
the big publishing systems, read while :mod:`newsshape.document._meta`
collects the page's metadata.

- WordPress: ``the_post_thumbnail()`` writes the post's featured image as an
  ``<img>`` of class ``wp-post-image`` (with ``attachment-post-thumbnail``,
  ``size-full``, ``size-large``, ...), whatever the theme;
- tagDiv's Newspaper theme: ``<img class="entry-thumb">`` in
  ``div.td-post-featured-image``, or in ``tdb_single_featured_image`` on its
  Cloud templates (``entry-thumb`` alone is also every teaser's picture);
- Drupal: the image field of the standard profile's Article type,
  ``field_image``, rendered in ``field--name-field-image`` (Drupal 8 and
  later) or ``field-name-field-image`` (Drupal 7).

A related box or a sidebar's list of posts uses the same markup: the
elements around each picture are recorded too, and
:mod:`newsshape.fields._image` leaves out those in furniture.
"""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborNode

__all__ = ["IMG_ATTRIBUTES", "MAX_FEATURED", "SELECTOR", "add", "around", "featured"]

#: Class names of a featured ``<img>`` itself.
IMAGE_CLASSES = ("wp-post-image",)
#: Class names of the box around a featured ``<img>``.
BOX_CLASSES = (
    "td-post-featured-image",
    "tdb_single_featured_image",
    "field--name-field-image",
    "field-name-field-image",
)
#: The lexbor selector of featured pictures (each selector of a list costs lexbor a walk of the tree: a few
#: hundredths of a millisecond a page).
SELECTOR = ", ".join([f"img.{c}" for c in IMAGE_CLASSES] + [f".{c} img" for c in BOX_CLASSES])
#: How far above a picture its box is looked for (tagDiv: ``img`` in ``a`` in ``div.tdb-block-inner`` in the box).
_BOX_DEPTH = 4
#: Featured pictures read on a page, at most (a wall of teasers holds dozens).
MAX_FEATURED = 20
#: Elements recorded as a picture's surroundings (and a figure's), and looked through for a ``<figure>``.
_AROUND = 12
#: Attributes of a picture read for its source and size (in a figure too).
IMG_ATTRIBUTES = (
    "src", "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
    "srcset", "data-srcset", "data-lazy-srcset", "alt", "width", "height", "class",
)  # fmt: skip


def featured(node: LexborNode, a: dict[str, str | None]) -> dict[str, Any] | None:
    """An ``<img>`` (with the attributes ``a``) that the conventions above
    mark as a featured image, read as :func:`newsshape.document._meta.figure`
    reads a figure (no caption, ``"featured": True``); ``None`` for one in
    a ``<figure>`` (read as a figure) and for any other picture (one that
    :data:`SELECTOR` did not select but another selector did, an avatar
    named "author")."""
    classes = (a.get("class") or "").split()
    if not any(c in classes for c in IMAGE_CLASSES) and not _in_box(node):
        return None
    parent = node.parent
    for _ in range(_AROUND):
        if parent is None:
            break
        if parent.tag == "figure":
            return None  # read as a figure, with its caption
        parent = parent.parent
    img = {k: a[k] for k in IMG_ATTRIBUTES if a.get(k)}
    return {
        "img": img, "sources": [], "noscript": {}, "caption": "", "credit": "", "around": around(node.parent),
        "featured": True,
    }  # fmt: skip


def around(node: LexborNode | None) -> str:
    """The tag, class, id and role words of ``node`` and of the elements
    above it, nearest first, lower-cased: where a picture stands."""
    words: list[str] = []
    for _ in range(_AROUND):
        if node is None or node.tag in ("body", "html"):
            break
        a = node.attributes
        words.append(" ".join(filter(None, (node.tag, a.get("class"), a.get("id"), a.get("role")))).lower())
        node = node.parent
    return " ".join(words)


def add(node: LexborNode, a: dict[str, str | None], out: list[dict[str, Any]]) -> None:
    """Append to ``out`` what :func:`featured` reads of ``node``, if anything."""
    found = featured(node, a)
    if found is not None:
        out.append(found)


def _in_box(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(_BOX_DEPTH):
        if parent is None:
            return False
        classes = (parent.attributes.get("class") or "").split()
        if any(c in classes for c in BOX_CLASSES):
            return True
        parent = parent.parent
    return False
