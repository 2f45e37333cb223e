"""Pass 4 of the generic layout: the lines above the body.

In a text dump, short lines before the first body paragraph are the title
and the deck; in HTML the title is the ``h1`` nearest above the body.
"""

from __future__ import annotations

from newsshape.extractors.base import Page


def mark(page: Page) -> None:
    """Mark title and subtitle lines above the first body block."""
    body = page.indices("body", "heading")
    first = body[0] if body else len(page.blocks)
    if page.doc.kind == "html":
        h1 = [i for i in range(len(page.blocks)) if page.blocks[i].kind == "heading" and page.blocks[i].level == 1]
        above = [i for i in h1 if i <= first]
        pick = above[-1] if above else (h1[0] if h1 else None)
        if pick is not None:
            page.roles[pick] = "title"
        return
    top = [i for i in range(first) if page.roles[i] in ("unknown", "boilerplate") and page.blocks[i].words <= 40]
    if top:
        page.roles[top[0]] = "title"
        if len(top) > 1 and top[1] == top[0] + 1:
            page.roles[top[1]] = "subtitle"
