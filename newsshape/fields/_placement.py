"""Where a section's figures and embeds go among its blocks (see
:mod:`newsshape.fields._structure`).

:attr:`Document.media <newsshape.document.Document.media>` says how many
blocks came before each ``<figure>`` and each embed; a figure's picture is
the one :func:`newsshape.fields._image.figures` read from the same figure
(one of the figure's source attributes gives its address), so only the
story's figures are placed, and a figure takes the caption blocks that
follow it as its printed caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast
from urllib.parse import urljoin

from newsshape.document import Page
from newsshape.document._media import provider
from newsshape.fields._image import figures
from newsshape.model import BodyBlock, Embed, Figure, Image

__all__ = ["add_media", "placed"]

#: Most non-body blocks between a figure or an embed and the body block it
#: is placed before (a byline and a date under the headline, before the
#: lead picture's paragraph), or after the last body block.
_NEAR = 3
#: The attributes of a figure's picture that hold no address.
_NOT_SOURCES = frozenset(("alt", "width", "height", "sizes", "class", "title", "loading"))
#: How many elements up from a caption block its ``<figcaption>`` may stand.
_REACH = 4


def _in_caption(page: Page, element: int) -> bool:
    elements = page.doc.elements
    e = element
    for _ in range(_REACH + 1):
        if e < 0:
            return False
        if elements[e].tag == "figcaption":
            return True
        e = elements[e].parent
    return False


def placed(page: Page, indices: Sequence[int]) -> dict[int, list[tuple[int, Figure | Embed]]]:
    """The section's figures and embeds, each with the number of blocks
    before it, by the index of the body block each goes before (one past
    the last for those after it)."""
    out: dict[int, list[tuple[int, Figure | Embed]]] = {}
    if not indices:
        return out
    first, last = indices[0], indices[-1]
    end = page.remember("structure.body", _body_end)
    for where, item in page.remember("structure.media", _media):
        at = _slot(where, indices, first, last, end)
        if at is not None:
            out.setdefault(at, []).append((where, item))
    return out


def _media(page: Page) -> list[tuple[int, Figure | Embed]]:
    """The page's figures (those of the story) and embeds, each with the
    number of blocks before it; worked out once per page."""
    doc = page.doc
    base = doc.url or doc.meta.canonical
    by_node = {fig["node"]: fig for fig in doc.meta.figures if "node" in fig}  # featured pictures have none
    pictures: dict[str, list[Image]] | None = None
    out: list[tuple[int, Figure | Embed]] = []
    for where, what in doc.media:
        if isinstance(what, str):
            found = provider(what)
            url = urljoin(base, what) if base else what
            kind = cast("Any", found[1] if found else "video")  # a <video> the page serves itself
            out.append((where, Embed(url, found[0] if found else None, kind)))
            continue
        fig = by_node.get(what)
        if fig is None:
            continue
        if pictures is None:
            pictures = {}
            for image in figures(page):
                pictures.setdefault(_name(image.url), []).append(image)
        picture = _picture(fig, pictures, base)
        if picture is not None:
            out.append((where, Figure(picture)))
    return out


def _name(url: str) -> str:
    """The last segment of an address's path (``deck.jpg``), query left out."""
    return url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _body_end(page: Page) -> int:
    body = page.indices("body")
    return body[-1] if body else -1


def _slot(where: int, indices: Sequence[int], first: int, last: int, end: int) -> int | None:
    """The body block a figure standing after ``where`` blocks goes before
    (``last + 1``: after the section), or ``None`` when it stands outside
    this section or too far from the story. A figure between two sections
    opens the second; one after the last body block closes the story's last
    section."""
    if where <= first:
        return first if first - where <= _NEAR else None
    if where > last:
        return last + 1 if last == end and where - last - 1 <= _NEAR else None
    return next(i for i in indices if i >= where)


def _picture(fig: dict[str, Any], pictures: dict[str, list[Image]], base: str | None) -> Image | None:
    """The story picture of a figure read from the markup: the one of
    :func:`~newsshape.fields._image.figures` whose address one of its source
    attributes gives (``pictures``: them by :func:`_name`)."""
    values: list[str] = [v for k, v in (fig.get("img") or {}).items() if k not in _NOT_SOURCES]
    values += [v for k, v in (fig.get("noscript") or {}).items() if k not in _NOT_SOURCES]
    values += fig.get("sources") or []
    for value in values:
        for token in str(value).replace(",", " ").split():
            for image in pictures.get(_name(token), ()):
                if image.url == (urljoin(base, token) if base else token):
                    return image
    return None


def add_media(
    page: Page, indices: Sequence[int], k: int, where: int, item: Figure | Embed, out: list[BodyBlock]
) -> int:
    """Add a figure or an embed standing after ``where`` blocks before
    ``indices[k]``; a figure takes the caption blocks right after it (its
    ``<figcaption>``) as its printed caption. Return the index of the next
    block to read."""
    if isinstance(item, Embed):
        out.append(item)
        return k
    blocks = page.blocks
    taken: list[str] = []
    while k < len(indices):
        i = indices[k]
        b = blocks[i]
        if i != where + len(taken):
            break
        if b.kind != "caption" and not _in_caption(page, b.element):
            break
        taken.append(b.text)
        k += 1
    out.append(Figure(item.image, tuple(taken)))
    return k
