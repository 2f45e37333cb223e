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


def placed(page: Page, indices: Sequence[int]) -> dict[int, list[Figure | Embed]]:
    """The section's figures and embeds by the index of the body block each
    stands before (one past the last for those after it)."""
    if not indices:
        return {}
    doc = page.doc
    base = doc.url or doc.meta.canonical
    first, last = indices[0], indices[-1]
    story = page.remember("structure.body", _body_range)
    pictures: dict[str, Image] = {}
    by_node = {fig.get("node"): fig for fig in doc.meta.figures}
    out: dict[int, list[Figure | Embed]] = {}
    for where, what in doc.media:
        if isinstance(what, str):
            found = provider(what)
            url = urljoin(base, what) if base else what
            item: Figure | Embed = Embed(url, found[0] if found else None, found[1] if found else "video")  # type: ignore[arg-type]
        else:
            fig = by_node.get(what)
            if fig is None:
                continue
            if not pictures:
                pictures = {image.url: image for image in figures(page)}
            image = _picture(fig, pictures, base)
            if image is None:
                continue
            item = Figure(image)
        at = _slot(where, indices, first, last, story)
        if at is not None:
            out.setdefault(at, []).append(item)
    return out


def _body_range(page: Page) -> tuple[int, int]:
    body = page.indices("body")
    return (body[0], body[-1]) if body else (0, -1)


def _slot(where: int, indices: Sequence[int], first: int, last: int, story: tuple[int, int]) -> int | None:
    """The body block a figure standing after ``where`` blocks goes before
    (``last + 1``: after the section), or ``None`` when it stands outside
    this section or too far from the story."""
    start, end = story
    if where <= first:
        return first if first == start and first - where <= _NEAR else None
    if where > last:
        return last + 1 if last == end and where - last - 1 <= _NEAR else None
    return next(i for i in indices if i >= where)


def _picture(fig: dict[str, object], pictures: dict[str, Image], base: str | None) -> Image | None:
    """The story picture of a figure read from the markup: the one of
    :func:`~newsshape.fields._image.figures` whose address one of its source
    attributes gives."""
    values: list[str] = []
    for name in ("img", "noscript"):
        values.extend(str(v) for v in (fig.get(name) or {}).values())  # type: ignore[attr-defined]
    values.extend(str(v) for v in (fig.get("sources") or []))  # type: ignore[attr-defined]
    for value in values:
        for token in value.replace(",", " ").split():
            url = urljoin(base, token.strip()) if base else token.strip()
            if url in pictures:
                return pictures[url]
    return None


def add_media(page: Page, indices: Sequence[int], k: int, item: Figure | Embed, out: list[BodyBlock]) -> int:
    """Add a figure or an embed before ``indices[k]``; a figure takes the
    caption blocks that follow it (its ``<figcaption>``) as its printed
    caption. Return the index of the next block to read."""
    if isinstance(item, Embed):
        out.append(item)
        return k
    blocks = page.blocks
    taken: list[str] = []
    while k < len(indices):
        i = indices[k]
        b = blocks[i]
        if taken and indices[k - 1] != i - 1:
            break
        if b.kind != "caption" and not _in_caption(page, b.element):
            break
        taken.append(b.text)
        k += 1
    out.append(Figure(item.image, tuple(taken)))
    return k
