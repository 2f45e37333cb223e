"""The element tree as the content pass sees it (:class:`Tree`), and which
elements it takes for furniture by their tags and names.

Computed once per page: the range of blocks each element holds, prefix sums
of text, link and prose characters over the blocks, and, for the elements
asked about only, the weak evidence of their tag and names
(:mod:`newsshape.layout._markers`).
"""

from __future__ import annotations

import attrs

from newsshape.document._types import Document
from newsshape.layout import _markers
from newsshape.layout._rules import LONG_LINE

#: Shortest prose block, in characters (scripts without spaces count too).
#: Tuned on the development sets' HTML body text.
MIN_CHARS = 25
#: Most link text a prose block holds, as a share of its text (a sentence
#: with a link or two, not a teaser). Tuned on the development sets' HTML
#: body text.
PROSE_LINKS = 0.25
#: How many blocks after the heading that repeats the title count as "just
#: after" it (:meth:`Tree.near`). Tuned on the development sets' HTML pages
#: (trafilatura-eval's endless pages and boxed leads).
NEAR = 12
#: Evidence of an element named or tagged as furniture (it scales the
#: element's score; see :func:`tag_evidence`).
FURNITURE = 0.4
#: Evidence of an element named or tagged as the story's own container.
STORY = 1.3
#: Tags of furniture, less ``header``: a story's header holds its lead.
NOT_LEAD_TAGS = _markers.NEGATIVE_TAGS - {"header"}
#: How many elements up from a block :func:`furniture_between` looks (as
#: far as :meth:`Document.ancestors` reaches).
CHAIN = 64
#: A share of the text no element reaches: :func:`furniture_between` then
#: takes any box named as furniture.
ALL = float("inf")


@attrs.define
class Tree:
    """What the steps need to know about the elements: parents, the range of
    blocks each holds, text and link characters inside, hint evidence; and
    about the blocks: link density and whether they read as prose. Each is
    computed once per page; hint evidence only for the elements asked about
    (a page has a few hundred elements, the steps look at a few dozen)."""

    doc: Document
    parents: list[int]
    first: list[int]
    last: list[int]
    chars: list[int]  # prefix sums over blocks
    link_chars: list[int]
    prose: list[int]
    density: list[float]  # per block: Block.link_density
    is_prose: list[bool]  # per block: reads as running text (see build)
    known: list[float]  # per element: evidence, -1 until asked for

    @classmethod
    def build(cls, doc: Document) -> Tree:
        blocks, elements = doc.blocks, doc.elements
        n, nblocks = len(elements), len(blocks)
        first, last = [nblocks] * n, [-1] * n
        chars, links, prose = [0], [0], [0]
        density: list[float] = []
        is_prose: list[bool] = []
        total = linked = prosed = 0
        long_line, min_chars, prose_links = LONG_LINE, MIN_CHARS, PROSE_LINKS
        for i, b in enumerate(blocks):
            text = b.text
            k, lc = len(text), b.link_chars
            ld = lc / k if text else 0.0  # as Block.link_density
            # prose: running text, long with few links, or a sentence with hardly any
            good = (k >= long_line and ld < prose_links) or (k >= min_chars and ld <= prose_links and b.ends_sentence)
            total += k
            linked += lc
            if good:
                prosed += k
            chars.append(total)
            links.append(linked)
            prose.append(prosed)
            density.append(ld)
            is_prose.append(good)
            e = b.element
            if e >= 0:
                if last[e] < 0:
                    first[e] = i  # blocks come in order: the first seen is the lowest
                last[e] = i
        # Elements are in document (pre-)order: children come after parents,
        # so going backwards each element has its children's blocks when it
        # passes them on (the reversed lists are read as the walk goes).
        parents = [el.parent for el in elements]
        for p, lo, hi in zip(reversed(parents), reversed(first), reversed(last), strict=True):
            if hi >= 0 and p >= 0:
                if lo < first[p]:
                    first[p] = lo
                if hi > last[p]:
                    last[p] = hi
        return cls(doc, parents, first, last, chars, links, prose, density, is_prose, [-1.0] * n)

    def evidence(self, e: int) -> float:
        """The weak evidence of element ``e``'s tag and names (:func:`tag_evidence`)."""
        value = self.known[e]
        if value < 0:
            el = self.doc.elements[e]
            value = self.known[e] = tag_evidence(el.tag, el.hint)
        return value

    def is_furniture(self, e: int) -> bool:
        """Whether the evidence of element ``e`` marks furniture (below 1),
        without asking whether its names are a story's."""
        value = self.known[e]
        if value >= 0:
            return value < 1
        el = self.doc.elements[e]
        return marks_furniture(el.tag, el.hint)

    def children(self, e: int) -> list[int]:
        """The children of element ``e``, in page order."""
        parents, kids = self.parents, []
        j = e
        for _ in range(parents.count(e)):
            j = parents.index(e, j + 1)
            kids.append(j)
        return kids

    def link_density(self, e: int) -> float:
        """Share of the element's text that is link text."""
        if self.last[e] < 0:
            return 0.0
        lo, hi = self.first[e], self.last[e] + 1
        total = self.chars[hi] - self.chars[lo]
        return (self.link_chars[hi] - self.link_chars[lo]) / total if total else 0.0

    def prose_share(self, e: int) -> float:
        """Share of the element's text in blocks that read as prose."""
        if self.last[e] < 0:
            return 0.0
        lo, hi = self.first[e], self.last[e] + 1
        total = self.chars[hi] - self.chars[lo]
        return (self.prose[hi] - self.prose[lo]) / total if total else 0.0

    def near(self, e: int, block: int) -> bool:
        """Whether the element holds ``block`` or starts just after it."""
        return block >= 0 and self.last[e] >= block and self.first[e] <= block + NEAR

    def span(self, sums: list[int], e: int) -> int:
        """The total of per-block ``sums`` (a prefix-sum list) over element ``e``."""
        return sums[self.last[e] + 1] - sums[self.first[e]] if self.last[e] >= 0 else 0

    def text_chars(self, e: int) -> int:
        """How many characters of text the element holds."""
        return self.chars[self.last[e] + 1] - self.chars[self.first[e]] if self.last[e] >= 0 else 0


def marks_furniture(tag: str, hint: str) -> bool:
    """Whether an element's tag or names mark page furniture."""
    return tag in _markers.NEGATIVE_TAGS or bool(_markers.furniture(hint))


def tag_evidence(tag: str, hint: str) -> float:
    """Weak evidence from an element's tag and names: < 1 furniture, > 1 story."""
    if marks_furniture(tag, hint):
        return FURNITURE
    if tag in _markers.POSITIVE_TAGS or _markers.story(hint):
        return STORY
    return 1.0


def furniture_between(tree: Tree, root: int, half: float, element: int) -> int:
    """The element between a block's ``element`` and ``root`` that is marked
    as furniture and holds less than ``half`` the root's text (a marked box
    that holds most of the story is a badly named story box), or -1."""
    elements = tree.doc.elements
    named = False  # a box named as the lead: the story's header around it is no furniture
    for e in tree.doc.ancestors(element, CHAIN):
        if e == root:
            return -1
        el = elements[e]
        named = named or _markers.lead(el.hint)
        if tree.is_furniture(e) and tree.text_chars(e) < half and not (named and not not_lead(el.tag, el.hint, True)):
            return e
    return -1


def not_lead(tag: str, hint: str, named: bool) -> bool:
    """Whether an element's tag or names mark furniture; a box named as the
    lead (:data:`~newsshape.layout._markers.LEAD_TOKENS`) may sit in one named as
    the story's header (``article-header``)."""
    if tag in NOT_LEAD_TAGS:
        return True
    return bool(_markers.furniture(hint) & (_markers.FURNITURE_NOT_HEADER if named else _markers.FURNITURE))
