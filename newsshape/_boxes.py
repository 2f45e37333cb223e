"""Pass 2 of the generic layout: labelled boxes.

A label line ("Highlights", "Key takeaways", "Related News", "Summary") gives
the blocks after it a role until the box ends: at the next label, at the next
heading-like line, or (for link lists) at the first long paragraph.
"""

from __future__ import annotations

from newsshape.extractors.base import Page, Role

#: Box labels (case-insensitive, trailing colon ignored) and the role of the
#: blocks they hold.
LABELS: dict[str, Role] = {
    **{k: "highlight" for k in ("highlights", "key points", "key takeaways", "takeaways", "what to know",
                               "at a glance", "in brief", "tl;dr", "tldr", "the big picture")},
    **{k: "related" for k in ("related", "related news", "related posts", "related articles", "related stories",
                             "more like this", "read more", "read next", "you may also like", "more stories",
                             "recommended", "more from", "see also")},
    **{k: "summary" for k in ("summary", "in summary")},
}


def label_role(text: str) -> Role | None:
    """The role of the blocks under a label line, or ``None``."""
    return LABELS.get(text.casefold().rstrip(" :").strip())


def mark(page: Page) -> None:
    """Mark labels and the blocks of their boxes."""
    blocks = page.blocks
    i = 0
    while i < len(blocks):
        role = label_role(blocks[i].text) if page.roles[i] in ("unknown", "boilerplate") else None
        if role is None:
            i += 1
            continue
        page.roles[i] = "label"
        # HTML: the box is the element around the label; it ends where that element does
        box = page.doc.elements[blocks[i].element].parent if blocks[i].element >= 0 else -1
        j = i + 1
        while j < len(blocks) and page.roles[j] == "unknown":
            b = blocks[j]
            if label_role(b.text) or (box >= 0 and box not in page.doc.ancestors(b.element)):
                break
            if role == "highlight" and b.kind != "item" and page.doc.kind == "text":
                break
            if role == "related" and b.words > 40:
                break
            if role == "summary" and j > i + 1 and b.kind != "item" and not b.ends_sentence:
                break
            page.roles[j] = role
            j += 1
        i = j
