"""The rules several layout passes share: cuts and line shapes, named once.

A rule used by one pass only stands at the top of that pass's module, with a
comment saying what it decides; the ones here are read by more than one (and
by site extractors). "Tuned on" names the pages a value was chosen on: the
development sets in ``../shared/data`` (body text of ``scrapinghub-dev``,
``dragnet-dev``, ``cleaneval-dev`` and ``trafilatura-eval``, from HTML and
from text dumps of the same pages).
"""

from __future__ import annotations

from newsshape.document._types import Block

#: Link density above which a block (or an element) is a list of links -- a
#: menu, a rail of teasers, a related list -- and not prose. It decides that
#: such a block scores nothing as content, is no section heading and no lead,
#: is furniture inside the story (table cells aside), that a short line
#: before one is that list's label, and in a box named "related" that the
#: block is a related link (below it, in a box named as a summary, a
#: summary). Readability's cut, kept as it is on the development sets'
#: body text. Compare with ``>`` ("is a link list") or ``<=`` ("is not"); a summary box
#: takes only lines below it (``<``).
LINK_LIST = 0.5

#: A line at least this long, in characters, reads as running text whatever
#: its ending: prose in a text dump and in the content pass's element scores,
#: and a paragraph (not a heading) when set in heading markup with a full
#: stop. Tuned on the development sets' text dumps and HTML body text.
LONG_LINE = 80

#: Longest heading-like line, in words: a line of more words is a sentence
#: even without closing punctuation. Tuned on the development sets' section
#: headings (HTML and text dumps) and on the templates' box labels.
HEADING_WORDS = 14

#: A line of at least this many words is a paragraph whatever its ending
#: (the site templates' walks; tuned on the templates' pages).
PARAGRAPH_WORDS = 15
#: A line that ends as a sentence is a paragraph from this many words on
#: (shorter: a label, a menu item, "Read more."): in a text dump's story, and
#: in the site templates' walks. Tuned on the templates' pages (T4K3, The
#: Midtown Times) and the development sets' text dumps.
SENTENCE_WORDS = 6

#: A line ending with one of these goes on in the next one: never a heading.
OPEN_ENDS = ",;"


def is_paragraph(block: Block) -> bool:
    """A line that reads like body text rather than a label or a menu item:
    :data:`PARAGRAPH_WORDS` words, or :data:`SENTENCE_WORDS` ending as a
    sentence does."""
    return block.words >= PARAGRAPH_WORDS or (block.ends_sentence and block.words >= SENTENCE_WORDS)


def is_heading_like(block: Block) -> bool:
    """A short line (up to :data:`HEADING_WORDS` words) with no closing
    punctuation."""
    return 1 <= block.words <= HEADING_WORDS and not block.ends_sentence and block.text[-1] not in OPEN_ENDS


def is_sentence_set_large(block: Block) -> bool:
    """A long sentence (:data:`LONG_LINE` characters or more, ending as a
    sentence does) in heading markup: a paragraph, not a heading."""
    return len(block.text) >= LONG_LINE and block.ends_sentence
