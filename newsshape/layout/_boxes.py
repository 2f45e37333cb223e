"""Pass 2 of the generic layout: boxes set apart from the body.

Three kinds of evidence, in this order:

1. A label line ("Highlights", "Key takeaways", "Related News", "Summary")
   gives the blocks after it a role until the box ends: at the next label, at
   the next heading-like line, where the element around the label ends (HTML),
   or (for link lists) at the first long paragraph.
2. HTML pull-quotes: blocks inside an element whose class says pull-quote
   (``wp-block-pullquote``, ``pullquote``, ...) or inside a ``<blockquote>``
   that repeats words of the body become a takeaway, and a short last line
   (the ``<cite>``) its attribution. A blockquote that quotes other material
   (an embedded statement, a letter) stays in the body.
3. HTML class hints: a container named like a highlights box, a standfirst or
   summary, or a related-links list gives its blocks that role.

The markers are data, kept at the top of the module.
"""

from __future__ import annotations

import functools
import re

from newsshape.document import Page, Role
from newsshape.document._types import Block
from newsshape.layout._explain import step
from newsshape.layout._rules import HEADING_WORDS, LINK_LIST
from newsshape.text._quotemarks import QUOTE_MARKS_AROUND as _MARKS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Box labels (case-insensitive, trailing colon ignored) and the role of the
#: blocks they hold.
LABELS: dict[str, Role] = {
    **{
        k: "highlight"
        for k in (
            "highlights", "key points", "key takeaways", "takeaways", "what to know", "at a glance", "in brief",
            "tl;dr", "tldr", "the big picture", "story highlights", "key facts", "the key points", "main points",
            "what you need to know", "quick read", "the essentials",
        )
    },
    **{
        k: "related"
        for k in (
            "related", "related news", "related posts", "related articles", "related stories", "related content",
            "more like this", "read more", "read next", "you may also like", "more stories", "recommended",
            "more from", "see also", "also read", "related reading", "more on this story", "further reading",
        )
    },
    **{k: "summary" for k in ("summary", "in summary", "article summary", "story summary")},
}  # fmt: skip

#: Class and id words (whole words) of pull-quote containers.
PULLQUOTE = _words(
    "pullquote pull-quote pull_quote wp-block-pullquote pullquote-block article-pullquote quote-pull "
    "blockquote--pull pull-quote--left pull-quote--right featured-quote"
)

#: Class and id words of highlight boxes.
HIGHLIGHT = _words(
    "highlights key-takeaways takeaways key-points story-highlights article-highlights tldr tl-dr at-a-glance key-facts"
)

#: Class and id words of a standfirst or dek printed as the story's summary.
SUMMARY = _words("standfirst article-standfirst c-standfirst dek article-dek story-summary summary-box")

#: Class and id words of related-links lists.
RELATED = _words(
    "related related-posts related-articles related-stories related-content more-like-this read-more read-next "
    "recommended more-stories see-also also-read"
)

#: Embedded posts are quoted material, never pull-quotes.
_EMBED = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed")


# The sizes of boxes, tuned on the template pages of the tests
# (``tests/fixtures``: T4K3, The Midtown Times, WordPress and Jetpack boxes)
# and checked on the development sets' HTML pages.

#: Longest line of a related-links box, in words: a longer one is a story's
#: paragraph, and ends the box.
RELATED_WORDS = 40
#: Longest line of a highlights box that is no list item, in words.
HIGHLIGHT_WORDS = 40
#: Longest summary line in a box named as a summary, in words.
SUMMARY_WORDS = 80
#: Longest attribution line closing a pull-quote, in words: a short last
#: line is the ``<cite>``.
CITE_WORDS = HEADING_WORDS
#: Shortest first line, in words, that tells a blockquote repeating the body
#: (a pull-quote) from quoted material.
REPEAT_WORDS = 4
#: How many elements around a block (itself first) are looked at for the
#: class names of a box: a pull-quote, a related or highlights box ...
_HINT_REACH = 4
#: ... a summary box (nearer: "summary" names many a wrapper) ...
_SUMMARY_REACH = 2
#: ... and the pull-quote around a quote ...
_PULLQUOTE_REACH = 5
#: ... and the class name that makes a quote's box a pull-quote whatever it
#: repeats (the box, its parent or grandparent).
_CLASSED_REACH = 3


#: Longest label, in characters.
_LONGEST_LABEL = max(len(k) for k in LABELS)


def label_role(text: str) -> Role | None:
    """The role of the blocks under a label line, or ``None``."""
    return None if _too_long(text) else _short_label_role(text)


def _too_long(text: str) -> bool:
    """Whether ``text`` is longer than any label. Case folding never
    shortens a text: one that neither starts with a space nor ends with a
    space or a colon (nothing to strip) and is longer than every label is
    none, without folding it. Most lines are."""
    return len(text) > _LONGEST_LABEL and not (text[-1] == ":" or text[-1].isspace() or text[0].isspace())


@functools.lru_cache(maxsize=1 << 12)
def _short_label_role(text: str) -> Role | None:
    # short lines recur from page to page ("Home", "Share", "Menu")
    return LABELS.get(text.casefold().rstrip(" :").strip())


_FAR = 1 << 30
_ANY, _PULLQUOTE, _HIGHLIGHT, _SUMMARY, _RELATED = range(5)
_ALL_MARKERS = PULLQUOTE | HIGHLIGHT | SUMMARY | RELATED


class _Near:
    """Which hint words are near each element, in one pass over the elements
    (parents come before children): for every element its depth and, for any
    hint word and for each word set, the depth of the nearest element at or
    above it with such a word. "A word of the set is among the hints of the
    ``n`` elements nearest around a block" is then one subtraction.

    Most pages have no element with such a word (:meth:`of` then gives
    ``None``, and nothing is near anything)."""

    @classmethod
    def of(cls, page: Page) -> _Near | None:
        """The hint words near each element of ``page``, or ``None`` when no
        element has a word of the sets."""
        # one split of all hints at once: hint words hold no spaces
        if _ALL_MARKERS.isdisjoint(" ".join([el.hint for el in page.doc.elements]).split()):
            return None
        return cls(page)

    def __init__(self, page: Page) -> None:
        self.depth: list[int] = []
        self.marks: list[tuple[int, int, int, int, int]] = []
        depth, marks = self.depth, self.marks
        top = (-_FAR, -_FAR, -_FAR, -_FAR, -_FAR)
        for el in page.doc.elements:
            p = el.parent
            d = depth[p] + 1 if p >= 0 else 0
            depth.append(d)
            above = marks[p] if p >= 0 else top
            words = el.hint.split() if el.hint else None
            if words and _ALL_MARKERS.isdisjoint(words):
                marks.append((d, *above[1:]))
            elif words:
                marks.append((
                    d,
                    d if not PULLQUOTE.isdisjoint(words) else above[_PULLQUOTE],
                    d if not HIGHLIGHT.isdisjoint(words) else above[_HIGHLIGHT],
                    d if not SUMMARY.isdisjoint(words) else above[_SUMMARY],
                    d if not RELATED.isdisjoint(words) else above[_RELATED],
                ))  # fmt: skip
            else:
                marks.append(above)

    def within(self, element: int, which: int, n: int) -> bool:
        """Whether one of the ``n`` elements nearest around ``element`` (itself
        first) has a hint word of kind ``which``."""
        return self.depth[element] - self.marks[element][which] < n


@step("boxes.labels")
def _labels(page: Page) -> None:
    """A label line ("Highlights", "Related News") gives the blocks after it
    the role of its box, until the box ends."""
    blocks, roles = page.blocks, page.roles
    longest = _LONGEST_LABEL
    i = 0
    while i < len(blocks):
        # (label_role, its length test inline: a line or two in a page is a label)
        text = blocks[i].text
        role = (
            _short_label_role(text)
            if (roles[i] == "unknown" or roles[i] == "boilerplate") and (len(text) <= longest or not _too_long(text))
            else None
        )
        if role is None:
            i += 1
            continue
        page.roles[i] = "label"
        # HTML: the box is the element around the label; it ends where that element does
        box = page.doc.elements[blocks[i].element].parent if blocks[i].element >= 0 else -1
        html = page.doc.kind == "html"
        j = i + 1
        while j < len(blocks) and page.roles[j] == "unknown":
            b = blocks[j]
            if label_role(b.text) or (box >= 0 and box not in page.doc.ancestors(b.element)):
                break
            if b.kind == "heading" and j > i + 1:
                break
            if role == "highlight" and b.kind != "item" and (not html or j > i + 1):
                break
            if role == "related" and b.words > RELATED_WORDS:
                break
            if role == "summary" and j > i + 1 and b.kind != "item" and (html or not b.ends_sentence):
                break
            page.roles[j] = role
            j += 1
        i = j


def _pullquote_root(page: Page, block: Block) -> int:
    """The element holding a pull-quote around ``block`` (a pull-quote class
    or a blockquote), or -1."""
    doc = page.doc
    found = -1
    for element in doc.ancestors(block.element, _PULLQUOTE_REACH):
        el = doc.elements[element]
        if _EMBED.search(el.hint):
            return -1
        if PULLQUOTE.intersection(el.hint.split()):
            return element
        if el.tag == "blockquote" and found < 0:
            found = element
    return found


def _bare(text: str) -> str:
    return " ".join(text.strip(_MARKS + " ").casefold().split())


def _bare_all(texts: list[str]) -> str:
    """``" ".join(_bare(t) for t in texts)``, without cutting every text into
    words: block texts have their whitespace collapsed already, so the
    joined text is the answer unless it shows other whitespace (which is
    never printable), two spaces together or a space at either end."""
    joined = " ".join([t.strip(_MARKS + " ") for t in texts]).casefold()
    if joined.isprintable() and "  " not in joined and joined[:1] != " " and joined[-1:] != " ":
        return joined
    return " ".join([_bare(t) for t in texts])


@step("boxes.pullquotes")
def _pullquotes(page: Page, near: _Near | None) -> None:
    """A pull-quote (named so, or a blockquote repeating the body) is a
    takeaway, and its short last line the attribution."""
    doc = page.doc
    blocks, roles = page.blocks, page.roles
    groups: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.element < 0 or roles[i] != "unknown":
            continue
        if b.kind != "quote" and (near is None or not near.within(b.element, _PULLQUOTE, _PULLQUOTE_REACH)):
            continue  # with no pull-quote words on the page, only quotes can be pull-quotes
        root = _pullquote_root(page, b)
        if root >= 0:
            groups.setdefault(root, []).append(i)
    if not groups:
        return
    rest = None  # the text of the other blocks, when a quote's first line is looked for in it
    for root, members in groups.items():
        classed = any(PULLQUOTE.intersection(doc.elements[a].hint.split()) for a in doc.ancestors(root, _CLASSED_REACH))
        if not classed:
            first = _bare(blocks[members[0]].text)
            if len(first.split()) < REPEAT_WORDS:
                continue  # too short to tell a repeat: quoted material
            if rest is None:
                inside = {i for group in groups.values() for i in group}
                rest = _bare_all([b.text for i, b in enumerate(blocks) if i not in inside and b.kind != "heading"])
            if first.rstrip(".") not in rest:
                continue  # quoted material: stays in the body
        last = members[-1]
        has_cite = len(members) > 1 and blocks[last].words <= CITE_WORDS
        for i in members:
            page.roles[i] = "attribution" if has_cite and i == last else "takeaway"
        if has_cite:
            cite = blocks[last].text.lstrip("—–- ").strip()
            if not cite:
                page.roles[last] = "boilerplate"


@step("boxes.hinted")
def _hinted(page: Page, near: _Near) -> None:
    """A box whose class names say related links, highlights or a summary
    gives its blocks that role."""
    for i, b in enumerate(page.blocks):
        if page.roles[i] != "unknown" or b.element < 0 or b.kind == "heading":
            continue
        e = b.element
        if not near.within(e, _ANY, _HINT_REACH):
            continue
        if near.within(e, _RELATED, _HINT_REACH) and b.links and b.link_density > LINK_LIST:
            page.roles[i] = "related"
        elif near.within(e, _HIGHLIGHT, _HINT_REACH) and (b.kind == "item" or b.words <= HIGHLIGHT_WORDS):
            page.roles[i] = "highlight"
        elif near.within(e, _SUMMARY, _SUMMARY_REACH) and b.words <= SUMMARY_WORDS and b.link_density < LINK_LIST:
            page.roles[i] = "summary"


@step("boxes")
def mark(page: Page) -> None:
    """Mark labels and the blocks of their boxes, pull-quotes and hinted
    boxes."""
    _labels(page)
    if page.doc.kind == "html":
        near = _Near.of(page)
        _pullquotes(page, near)
        if near is not None:  # else no box is hinted
            _hinted(page, near)
