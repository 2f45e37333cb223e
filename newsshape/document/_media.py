"""Where the body's figures and embeds stand among the blocks.

A figure shows a picture and an embed (a video player, a post of a social
network) often hold no text: the walk of :mod:`newsshape.document._html`
makes no block of them, so the blocks alone cannot say where they stood.
Two small hooks record it in :attr:`Document.media
<newsshape.document.Document.media>`:

- the walk notes, for every ``<figure>`` it meets, how many blocks came
  before it and the figure's node (:func:`place`), which
  :attr:`Meta.figures <newsshape.document.Meta.figures>` names by the same
  ``node`` number;
- the pruning of invisible elements, which removes ``<iframe>`` and
  ``<video>`` elements, first leaves an empty ``<figure>`` marker holding
  the embed's address where an embed of a known provider (or a video) stood
  alone between blocks (:func:`mark`), which the walk then meets as any
  figure. Where text runs on either side of it, no marker is left: a block
  boundary there would cut a paragraph in two.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

__all__ = ["MARKER", "mark", "place", "provider"]

#: The attribute of a marker figure that holds the embed's address.
MARKER = "data-newsshape-embed"

#: Embed providers by a host's last labels: the provider's name and what it
#: serves. Decides which ``<iframe>`` sources are an article's embeds (a
#: frame from elsewhere is an ad, a widget or a tracker); the common players
#: and networks of news pages.
PROVIDERS: dict[str, tuple[str, str]] = {
    "youtube.com": ("youtube", "video"),
    "youtube-nocookie.com": ("youtube", "video"),
    "youtu.be": ("youtube", "video"),
    "vimeo.com": ("vimeo", "video"),
    "dailymotion.com": ("dailymotion", "video"),
    "jwplayer.com": ("jwplayer", "video"),
    "brightcove.net": ("brightcove", "video"),
    "twitter.com": ("twitter", "social"),
    "x.com": ("twitter", "social"),
    "facebook.com": ("facebook", "social"),
    "instagram.com": ("instagram", "social"),
    "tiktok.com": ("tiktok", "social"),
    "threads.net": ("threads", "social"),
    "bsky.app": ("bluesky", "social"),
    "reddit.com": ("reddit", "social"),
    "spotify.com": ("spotify", "audio"),
    "soundcloud.com": ("soundcloud", "audio"),
    "podcasts.apple.com": ("apple podcasts", "audio"),
    "google.com/maps": ("google maps", "map"),
    "datawrapper.dwcdn.net": ("datawrapper", "other"),
    "flourish.studio": ("flourish", "other"),
    "infogram.com": ("infogram", "other"),
}
_HOST_LABELS = re.compile(r"[^.]+\.[^.]+$")
#: Words of an address's path (between non-letters) that make a provider's
#: frame a button or a widget, not content: like and share buttons, follow
#: boxes, comment plugins. Tuned on the frames of the development pages.
_WIDGET = re.compile(r"(?<![a-z])(?:like|likebox|button|share|follow|subscribe|comments?|login|page)(?![a-z])")


def provider(url: str) -> tuple[str, str] | None:
    """``(provider, kind)`` of an embed address from :data:`PROVIDERS`, or
    ``None`` for another host or a widget (:data:`_WIDGET`)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if _WIDGET.search(parts.path.lower()) is not None:
        return None
    if host.endswith("google.com") and parts.path.startswith("/maps"):
        return PROVIDERS["google.com/maps"]
    for key in (host, host.split(".", 1)[-1], *(m.group(0) for m in [_HOST_LABELS.search(host)] if m)):
        if key in PROVIDERS:
            return PROVIDERS[key]
    return None


def _source(node: LexborNode) -> str | None:
    """The address of an ``<iframe>`` or ``<video>`` worth a marker."""
    a = node.attributes
    src = (a.get("src") or a.get("data-src") or "").strip()
    if node.tag == "video":
        if not src:
            for child in node.iter():
                if child.tag == "source" and child.attributes.get("src"):
                    src = (child.attributes.get("src") or "").strip()
                    break
        return src if src and not src.startswith(("data:", "blob:", "javascript:")) else None
    if src.startswith("//"):
        src = "https:" + src
    return src if src.startswith(("http://", "https://")) and provider(src) is not None else None


def _alone(node: LexborNode, blocks: dict[int, str]) -> bool:
    """Whether nothing but white space, comments and block elements stands
    beside ``node`` up to the nearest block element around it."""
    current: LexborNode | None = node
    while current is not None:
        parent = current.parent
        if parent is None:
            return False
        for sibling in parent.iter(include_text=True):
            if sibling.mem_id == current.mem_id or sibling.is_comment_node:
                continue
            if sibling.is_text_node:
                if (sibling.text_content or "").strip():
                    return False
            elif sibling.tag_id not in blocks and (sibling.text(deep=True) or "").strip():
                return False
        if parent.tag_id in blocks or parent.tag == "body":
            return True
        current = parent
    return False


def mark(node: LexborNode, found: list[LexborNode], blocks: dict[int, str]) -> None:
    """Before the ``<iframe>`` or ``<video>`` ``node`` is removed: leave an
    empty marker figure holding its address in its place, and add it to
    ``found`` (the block elements of the walk), when it is an embed that
    stands alone (see the module's documentation). ``blocks``: the tag
    numbers of block elements."""
    src = _source(node)
    if src is None or not _alone(node, blocks):
        return
    parser = node.parser
    marker = parser.create_node("figure")
    marker.attrs[MARKER] = src
    node.insert_before(marker)  # inserts a copy
    inserted = node.prev
    if inserted is not None:
        found.append(inserted)


def place(node: LexborNode, where: int, media: list[tuple[int, int | str]]) -> None:
    """Record a ``<figure>`` the walk meets after ``where`` blocks: an
    embed's marker by the embed's address, another by its node number."""
    address = node.attributes.get(MARKER) if node.attributes else None
    media.append((where, address if address else node.mem_id))
