"""Pass 3 of the generic layout: the main content.

HTML: every text block votes for the elements around it (a Readability-style
score: text length and commas, less link text), the best-scoring element is
taken as the article container, and the blocks inside it that are not
link lists become the body. Text dumps: the body is the run of lines from the
first to the last paragraph-like line; short lines inside it are headings when
a paragraph follows them.
"""

from __future__ import annotations

from newsshape._document import Block
from newsshape.extractors.base import Page

_DEPTH = 4  # how many ancestors a block's score reaches


def is_paragraph(block: Block) -> bool:
    """A line that reads like body text rather than a label or a menu item."""
    return block.words >= 15 or (block.ends_sentence and block.words >= 6)


def is_heading_like(block: Block) -> bool:
    """A short line with no closing punctuation."""
    return 1 <= block.words <= 14 and not block.ends_sentence and block.text[-1] not in ",;"


def _mark_text(page: Page) -> None:
    blocks, roles = page.blocks, page.roles
    candidates = [i for i, b in enumerate(blocks) if roles[i] == "unknown" and is_paragraph(b)]
    if not candidates:
        return
    first, last = candidates[0], candidates[-1]
    for i in range(first, last + 1):
        if roles[i] != "unknown":
            continue
        b = blocks[i]
        if is_paragraph(b) or b.kind == "item":
            roles[i] = "body"
    # headings: heading-like lines inside or right after the body region whose next block is body
    for i in range(first, len(blocks)):
        if roles[i] == "unknown" and is_heading_like(blocks[i]):
            nxt = i + 1
            if nxt < len(blocks) and (roles[nxt] == "body" or (roles[nxt] == "unknown" and blocks[nxt].kind == "item")):
                roles[i] = "heading"
                j = nxt
                while j < len(blocks) and roles[j] == "unknown" and (blocks[j].kind == "item" or is_paragraph(blocks[j])):
                    roles[j] = "body"
                    j += 1
    for i in range(first, len(blocks)):
        if roles[i] == "unknown":
            roles[i] = "boilerplate"


def _mark_html(page: Page) -> None:
    doc = page.doc
    blocks, roles = page.blocks, page.roles
    scores = [0.0] * len(doc.elements)
    for i, b in enumerate(blocks):
        if roles[i] != "unknown" or b.kind == "heading" or b.words < 5 or b.link_density > 0.5:
            continue
        value = 1.0 + b.text.count(",") + min(len(b.text) / 100.0, 3.0)
        for depth, element in enumerate(doc.ancestors(b.element, _DEPTH)):
            scores[element] += value / (1 + depth)
    if not any(scores):
        return
    best = max(range(len(scores)), key=scores.__getitem__)
    for i, b in enumerate(blocks):
        if roles[i] != "unknown" or best not in doc.ancestors(b.element):
            continue
        if b.link_density > 0.5 and b.kind != "heading":
            roles[i] = "boilerplate"
        elif b.kind == "heading":
            roles[i] = "heading" if b.level >= 2 else "unknown"
        else:
            roles[i] = "body"
    # a heading with no body after it is not a section heading
    last_body = max(page.indices("body"), default=-1)
    for i in page.indices("heading"):
        if i > last_body:
            roles[i] = "boilerplate"
    for i, r in enumerate(roles):
        if r == "unknown" and blocks[i].kind != "heading":
            roles[i] = "boilerplate"


def mark(page: Page) -> None:
    """Mark the body blocks and headings of the page."""
    if page.doc.kind == "html":
        _mark_html(page)
    else:
        _mark_text(page)
