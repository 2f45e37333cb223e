"""What a line of a template's box must look like to take the box's role
(:class:`~newsshape.extractors.template.Box`), in HTML and in text dumps,
whose flatteners drop list bullets and pull-quotes' marks."""

from __future__ import annotations

from collections.abc import Callable, Container

from newsshape.document import Block, Page
from newsshape.layout import is_furniture, is_heading_like, is_paragraph, is_question_heading, line_key
from newsshape.text._quotemarks import OPENING_MARKS

#: Longest line in a box of links or a deck, in words; tuned on T4K3.news and
#: The Midtown Times (related headlines run to about 20 words).
BOX_LINE_WORDS = 30
#: An attribution line: at most this many words, or up to the longer count
#: when it ends no sentence (T4K3.news' takeaway credits).
ATTRIBUTION_WORDS, ATTRIBUTION_WORDS_NO_STOP = 12, 20
#: Ends of a teaser cut short (The Midtown Times' related snippets).
ELLIPSES = ("...", "…")


def _quoted(block: Block) -> bool:
    return block.kind == "quote" or block.text[:1] in OPENING_MARKS


def _attribution(block: Block) -> bool:
    if block.text[:1] in OPENING_MARKS:
        return False
    words = block.words
    return words <= ATTRIBUTION_WORDS or (words <= ATTRIBUTION_WORDS_NO_STOP and block.text[-1] not in ".!?")


def _takeaway(page: Page, i: int, labels: Container[str]) -> bool:
    # A quoted line; or, as a text dump prints a pull-quote without its marks, a short
    # statement that opens a pair with the credit line under it (not a box's label).
    b, blocks = page.blocks[i], page.blocks
    if _quoted(b):
        return True
    return (
        page.doc.kind == "text"
        and page.roles[i - 1] != "takeaway"
        and b.words <= BOX_LINE_WORDS
        and not is_furniture(b.text)
        and i + 1 < len(blocks)
        and not is_furniture(blocks[i + 1].text)
        and line_key(blocks[i + 1].text) not in labels
        and _attribution(blocks[i + 1])
    )


def _highlight(page: Page, i: int, labels: Container[str]) -> bool:
    # A list item; or, as a text dump prints a list without bullets, a short line that
    # ends no sentence and heads no paragraph (that is a heading: the box is over; a share prompt
    # that exclaims is no paragraph).
    b, blocks = page.blocks[i], page.blocks
    if b.kind == "item":
        return True
    if page.doc.kind != "text":
        return False
    heads = i + 1 < len(blocks) and is_paragraph(blocks[i + 1]) and not is_question_heading(blocks[i + 1])
    return is_heading_like(b) and not is_furniture(b.text) and not heads


#: What a line of a box must look like to take the box's role (others: no furniture).
MEMBER: dict[str, Callable[[Page, int, Container[str]], bool]] = {
    "takeaway": _takeaway,
    "highlight": _highlight,
    "related": lambda p, i, _: p.blocks[i].words <= BOX_LINE_WORDS and not is_furniture(p.blocks[i].text),
}
#: What a line must look like to pair with the one before it.
PAIR: dict[str, Callable[[Block], bool]] = {
    "attribution": _attribution,
    "related_snippet": lambda b: b.text.endswith(ELLIPSES),
}
