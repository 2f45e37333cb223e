"""Step 2 of the pipeline: the layout stage gives every block of a
:class:`~newsshape.document.Page` a role (body, heading, title, byline,
related link, boilerplate, ...). The generic layout runs four passes, each in
its own module: furniture, boxes, main content, head.

The tests a site extractor needs to decide roles are public here, typed and
stable (the modules named with an underscore are not):

>>> from newsshape.document import Block
>>> from newsshape.layout import is_furniture, is_heading_like, is_paragraph, line_key
>>> is_paragraph(Block("The council approved the money on Monday night."))
True
>>> is_heading_like(Block("What changes for passengers"))
True
>>> is_furniture("Leave a Reply"), line_key("Share post:")
(True, 'share post')
"""

from __future__ import annotations

from newsshape.document._types import Block
from newsshape.layout._boxes import label_role
from newsshape.layout._content import is_heading_like as _is_heading_like
from newsshape.layout._content import is_paragraph as _is_paragraph
from newsshape.layout._explain import STEPS, Reason, explain_layout
from newsshape.layout._furniture import is_furniture as _is_furniture
from newsshape.layout._furniture import line_key as _line_key

__all__ = [
    "STEPS",
    "Reason",
    "explain_layout",
    "is_furniture",
    "is_heading_like",
    "is_paragraph",
    "is_question_heading",
    "label_role",
    "line_key",
]

#: Longest short question read as a heading ("What Comes Next?"), in words;
#: tuned on The Midtown Times' section headings.
QUESTION_HEADING_WORDS = 12


def is_paragraph(block: Block) -> bool:
    """Whether ``block`` reads like body text rather than a label or a menu
    item: at least 15 words, or a sentence of at least 6."""
    return _is_paragraph(block)


def is_heading_like(block: Block) -> bool:
    """Whether ``block`` is a short line (1 to 14 words) that does not end
    like a sentence nor with a comma or a semicolon: the shape of a heading."""
    return _is_heading_like(block)


def is_question_heading(block: Block) -> bool:
    """Whether ``block`` is a heading that asks or exclaims ("What Comes
    Next?"): a short line ending in ``?`` or ``!`` with no sentence break."""
    return block.words <= QUESTION_HEADING_WORDS and block.text[-1:] in ("?", "!") and block.text.count(". ") == 0


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture wherever it stands: a comment form's
    line, a share bar, an advertising label, "Scroll to Top", a "Tags:" line."""
    return _is_furniture(text)


def line_key(text: str) -> str:
    """The form in which lines are compared with markers and labels: case
    folded, trailing ``:``, ``.``, ``!`` and spaces removed (so "Share post:"
    matches "share post")."""
    return _line_key(text)
