"""Pass 3 of the generic layout: the main content.

HTML, in the manner of Readability, as named steps:

1. :func:`_block_value` -- every text block that reads like prose (long
   enough, punctuated, few links) gets a content value; lengths are counted
   in characters and clauses by the commas of several scripts, so the steps
   work alike in any language. A shorter line that is no link counts a
   little: a story told in lists and tables outweighs a copyright line.
2. :func:`_score_elements` -- the value goes to the elements around the
   block, less and less the further up; an element's score is then scaled by
   its own link density and, as weak evidence, by its tag and class names
   (:mod:`newsshape.layout._markers`), and by those of its parent and grandparent
   when they are a form, a dialog or an overlay.
3. :func:`_choose_container` -- the best-scoring element is the story's
   container (elements at the heading that repeats the page's title weigh
   more); when another good candidate lies outside it (a story cut into
   several boxes), their shared ancestor is taken instead. On a page that
   shows stories one after another, the story is the one under the title
   (:func:`_title_story`).
4. :func:`_extend_to_siblings` -- the container grows to the ancestor whose
   other text is prose too (:func:`_climb`), and the siblings that also
   score well, or are prose paragraphs themselves, or boxes of prose after
   it, join it.
5. :func:`_assign` -- inside the chosen elements, link lists, captions and
   boxes named as furniture (comments, share bars, newsletter boxes, ...)
   are dropped; the rest is body, ``h2``-``h6`` are section headings (but a
   long sentence set as a heading is a paragraph). Then
   :func:`_lead` takes the lead paragraphs set between the title and the
   container, :func:`_drop_link_labels` drops the short labels of link
   lists left out of the body ("Read also") and :func:`_trim_tail` drops
   the short lines that close it ("Share this?").

Text dumps: see :mod:`newsshape.layout._dump`.
"""

from __future__ import annotations

import attrs

from newsshape.document import Page
from newsshape.document._types import Block, Document
from newsshape.layout import _dump, _markers
from newsshape.text._lines import PROSE_ENDS

#: Elements that hold one paragraph; their score starts at their parent.
_LEAF_TAGS = frozenset((
    "p", "li", "dd", "dt", "td", "th", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
    "caption", "label", "legend",
))  # fmt: skip
#: Lines shorter than this that end the body without a full stop are dropped.
_TAIL = 30
#: How many other lines the lead may be apart from the container (lines of
#: links and of a few words not counted).
_LEAD_SKIP = 4
#: How far above the container, in blocks, the lead is looked for when the
#: story's title stands above it.
_LEAD_REACH = 36
#: When more than this share of the container is under "furniture" names,
#: the names are the template's own, not evidence.
_MOSTLY = 0.8
#: Tags of furniture, less ``header``: a story's header holds its lead.
_NOT_LEAD_TAGS = _markers.NEGATIVE_TAGS - {"header"}
#: Share of a block's value that reaches its container, its parent, ...
_REACH = (1.0, 0.5, 1 / 6, 1 / 9)
#: Characters that separate clauses, in several scripts.
_CLAUSE = ",，、،;；"
_CLAUSE_ASCII = "".join(c for c in _CLAUSE if c.isascii())
#: Shortest prose block, in characters (scripts without spaces count too).
_MIN_CHARS = 25
#: Value of a shorter line of text (not a link): a story told in lists and
#: tables still outweighs a copyright line.
_SHORT = 0.2
#: A candidate outside the container scoring at least this share of the best
#: one makes their shared ancestor the container.
_RIVAL = 0.5
#: Weight of a list item's value against a paragraph's.
_ITEM = 0.5
#: Length of one paragraph's worth of a block that runs several together.
_RUN = 500
#: Climbing from the container stops at an ancestor whose other text is less
#: than this share prose, or more than this share link text.
_CLIMB_PROSE = 0.6
_CLIMB_LINKS = 0.2
#: Weight of the elements at or just after the heading that repeats the title.
_TITLE_BONUS = 5
#: How many blocks after that heading count as "just after".
_NEAR = 12
#: Evidence of an element named or tagged as furniture.
_FURNITURE = 0.4
#: Longest line in a figure, in words, taken for a credit when it ends no sentence.
_CREDIT_WORDS = 12


def is_paragraph(block: Block) -> bool:
    """A line that reads like body text rather than a label or a menu item."""
    return block.words >= 15 or (block.ends_sentence and block.words >= 6)


def is_heading_like(block: Block) -> bool:
    """A short line with no closing punctuation."""
    return 1 <= block.words <= 14 and not block.ends_sentence and block.text[-1] not in ",;"


# -- element tree helpers ------------------------------------------------------


@attrs.define
class _Tree:
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
    def build(cls, doc: Document) -> _Tree:
        blocks, elements = doc.blocks, doc.elements
        n, nblocks = len(elements), len(blocks)
        first, last = [nblocks] * n, [-1] * n
        chars, links, prose = [0], [0], [0]
        density: list[float] = []
        is_prose: list[bool] = []
        total = linked = prosed = 0
        for i, b in enumerate(blocks):
            text = b.text
            k, lc = len(text), b.link_chars
            ld = lc / k if text else 0.0  # as Block.link_density
            # prose: running text, long with few links, or a sentence with hardly any
            good = (k >= 80 and ld < 0.25) or (k >= _MIN_CHARS and ld <= 0.25 and b.ends_sentence)
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
        """The weak evidence of element ``e``'s tag and names (:func:`_evidence`)."""
        value = self.known[e]
        if value < 0:
            el = self.doc.elements[e]
            value = self.known[e] = _evidence(el.tag, el.hint)
        return value

    def is_furniture(self, e: int) -> bool:
        """Whether the evidence of element ``e`` marks furniture (below 1),
        without asking whether its names are a story's."""
        value = self.known[e]
        if value >= 0:
            return value < 1
        el = self.doc.elements[e]
        return _is_furniture(el.tag, el.hint)

    def children(self, e: int) -> list[int]:
        """The children of element ``e``, in page order."""
        parents, kids = self.parents, []
        j = e
        for _ in range(parents.count(e)):
            j = parents.index(e, j + 1)
            kids.append(j)
        return kids

    def link_density(self, e: int) -> float:
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
        return block >= 0 and self.last[e] >= block and self.first[e] <= block + _NEAR

    def span(self, sums: list[int], e: int) -> int:
        """The total of per-block ``sums`` (a prefix-sum list) over element ``e``."""
        return sums[self.last[e] + 1] - sums[self.first[e]] if self.last[e] >= 0 else 0

    def text_chars(self, e: int) -> int:
        return self.chars[self.last[e] + 1] - self.chars[self.first[e]] if self.last[e] >= 0 else 0


def _is_furniture(tag: str, hint: str) -> bool:
    """Whether an element's tag or names mark page furniture."""
    return tag in _markers.NEGATIVE_TAGS or bool(_markers.furniture(hint))


def _evidence(tag: str, hint: str) -> float:
    """Weak evidence from an element's tag and names: < 1 furniture, > 1 story."""
    if _is_furniture(tag, hint):
        return _FURNITURE
    if tag in _markers.POSITIVE_TAGS or _markers.story(hint):
        return 1.3
    return 1.0


def is_negative_hint(hint: str) -> bool:
    """Whether class/id/role words name page furniture."""
    return bool(_markers.furniture(hint))


# -- the five steps --------------------------------------------------------------


def _block_value(block: Block, density: float) -> float:
    """Step 1: how much a block reads like prose (0 if not at all);
    ``density`` is its link density."""
    text = block.text
    n = len(text)
    kind = block.kind
    if n < _MIN_CHARS:
        return _SHORT if n > 3 and not block.link_chars and kind != "heading" and kind != "caption" else 0.0
    if kind == "caption" or density > 0.5:
        return 0.0
    if kind == "heading" and not _sentence_set_large(block):
        return 0.0  # a heading counts only when it is a sentence set large
    # (an ASCII text holds none of the other scripts' separators)
    clauses = sum(map(text.count, _CLAUSE_ASCII if text.isascii() else _CLAUSE))
    # a very long block is several paragraphs run together (no markup between
    # them): it counts as that many paragraphs of _RUN characters
    runs = max(1.0, n / _RUN)
    per_run = 1.0 + min(clauses / runs, 10) + min(n / runs / 100.0, 3.0)
    # list items are as often references, teasers or specifications as prose
    return runs * per_run * (1.0 - density) * (_ITEM if kind == "item" else 1.0)


def _sentence_set_large(b: Block) -> bool:
    """A long sentence in heading markup: a paragraph, not a heading."""
    return len(b.text) >= 80 and b.ends_sentence


def _score_elements(page: Page, tree: _Tree) -> tuple[list[float], list[int]]:
    """Step 2: content values passed up to the elements around each block.
    Returns the scores and the elements that got a value, in page order."""
    doc = page.doc
    elements, parents, roles, density = doc.elements, tree.parents, page.roles, tree.density
    raw = [0.0] * len(elements)
    for i, b in enumerate(page.blocks):
        e = b.element
        if e < 0 or roles[i] != "unknown":
            continue
        value = _block_value(b, density[i])
        if not value:
            continue
        if elements[e].tag in _LEAF_TAGS:
            e = parents[e]
        for share in _REACH:  # up the parents, one share each
            if e < 0:
                break
            raw[e] += value * share
            e = parents[e]
    valued = [e for e, s in enumerate(raw) if s]
    # Each score is scaled by the element's link density and its evidence,
    # lowered to that of furniture when its parent or grandparent is a form,
    # a dialog or a box named as an overlay: the notices of a sign-up form
    # outweigh a story told in short lines. (Inline: a page has dozens of
    # scored elements.)
    first, last, chars, links, known = tree.first, tree.last, tree.chars, tree.link_chars, tree.known
    overlay = _markers.overlay
    for e in valued:
        lo, hi = first[e], last[e] + 1  # (a scored element holds a block)
        total = chars[hi] - chars[lo]
        weight = known[e]
        if weight < 0:
            weight = tree.evidence(e)
        up = parents[e]
        for _ in range(2):
            if up < 0:
                break
            el = elements[up]
            if el.tag in _OVERLAY_TAGS or (el.hint and overlay(el.hint)):
                weight = min(weight, _FURNITURE)
                break
            up = parents[up]
        raw[e] = raw[e] * (1.0 - ((links[hi] - links[lo]) / total if total else 0.0)) * weight
    return raw, valued


#: Tags of boxes laid over the page or asking something of the reader,
#: never holding the story (and names: :data:`newsshape.layout._markers.OVERLAY`):
#: a text box inside one is theirs.
_OVERLAY_TAGS = frozenset(("form", "dialog"))


def _title_block(page: Page) -> int:
    """The heading that repeats the page's title (``og:title`` or
    ``<title>``), or -1: on pages that show several stories, the story is
    the one under its own title."""
    meta = page.doc.meta
    title = _fold(meta.first("og:title", "twitter:title") or meta.title or "")
    if not title:
        return -1
    for i, b in enumerate(page.blocks):
        if b.kind == "heading" and len(b.text) >= 10:
            text = _fold(b.text)
            if text in title or title in text:
                return i
    return -1


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _choose_container(scores: list[float], valued: list[int], tree: _Tree, title: int) -> int:
    """Step 3: the best element (those at the story's title weigh more), or
    the ancestor it shares with another good one (a story cut in parts).
    Only the ``valued`` elements can score: the others score 0, and values
    and scores are never negative (link text is part of the text)."""
    first, last = tree.first, tree.last
    # a box of one paragraph at the title is more often the lead than the story
    best = max(
        valued,
        key=lambda e: scores[e] * (_TITLE_BONUS if tree.near(e, title) and last[e] > first[e] else 1.0),
    )
    # candidates: all elements, or those in the title's own story box on a
    # page that shows several stories one after another
    lo_box, hi_box = 0, len(tree.doc.blocks)
    box = _title_story(tree, best, title)
    if box >= 0:
        lo_box, hi_box = first[box], last[box]
        inside = [e for e in valued if scores[e] and lo_box <= first[e] and last[e] <= hi_box]
        if inside:
            best = max(inside, key=lambda e: scores[e])
    lo, hi = first[best], last[best]
    top = scores[best] if box >= 0 else max(scores)
    rivals = [
        e
        for e in valued
        if scores[e] >= _RIVAL * top
        and (last[e] < lo or first[e] > hi)
        and lo_box <= first[e]
        and last[e] <= hi_box
        and tree.prose_share(e) >= 0.5
    ]
    if not rivals:
        return best
    for up in tree.doc.ancestors(best)[1:]:
        if up == 0:
            break
        if any(tree.first[up] <= tree.first[r] and tree.last[r] <= tree.last[up] for r in rivals):
            return up
    return best


def _title_story(tree: _Tree, best: int, title: int) -> int:
    """On a page that shows stories one after another (an endless scroll),
    the box of the story under the page's title, when ``best`` lies in
    another box of the same kind (same tag, same first name) beside it;
    else -1."""
    if title < 0 or tree.near(best, title):
        return -1
    doc = tree.doc
    ours = doc.ancestors(doc.blocks[title].element)
    theirs = doc.ancestors(best)
    common = set(ours).intersection(theirs)
    a = next((e for e in ours if doc.elements[e].parent in common), -1)
    b = next((e for e in theirs if doc.elements[e].parent in common), -1)
    if a < 0 or b < 0 or a == b:
        return -1
    ea, eb = doc.elements[a], doc.elements[b]
    if ea.tag != eb.tag or ea.hint.split()[:1] != eb.hint.split()[:1]:
        return -1
    # each box is a story: a title of the same rank, then prose
    blocks, level = doc.blocks, doc.blocks[title].level
    if not any(tree.is_prose[title + 1 : tree.last[a] + 1]):
        return -1
    own_title = any(
        blocks[i].kind == "heading" and blocks[i].level == level for i in range(tree.first[b], tree.first[best])
    )
    return a if own_title else -1


def _climb(best: int, tree: _Tree) -> int:
    """The highest ancestor of ``best`` whose text besides ``best`` is prose
    too (a story cut into several boxes), or ``best``."""
    doc = tree.doc
    current = best
    while True:
        up = doc.elements[current].parent
        if up <= 0 or tree.is_furniture(up):
            return current
        rest = tree.text_chars(up) - tree.text_chars(current)
        if rest > 0:
            prose = tree.span(tree.prose, up) - tree.span(tree.prose, current)
            links = tree.span(tree.link_chars, up) - tree.span(tree.link_chars, current)
            if prose < _CLIMB_PROSE * rest or links > _CLIMB_LINKS * rest:
                return current
        current = up


def _extend_to_siblings(best: int, scores: list[float], tree: _Tree, page: Page) -> list[int]:
    """Step 4: the container, grown to the ancestor that holds only more
    prose besides, plus the siblings that belong with it."""
    best = _climb(best, tree)
    parent = tree.doc.elements[best].parent
    if parent < 0:
        return [best]
    threshold = max(10.0, scores[best] * 0.2)
    chosen = []
    for e in tree.children(parent):
        if e == best or scores[e] >= threshold:
            chosen.append(e)
            continue
        if tree.last[e] < 0 or tree.is_furniture(e):
            continue
        if tree.first[e] == tree.last[e]:
            # a lone paragraph beside the container, unless in a box named as
            # furniture (a picture's caption: "wp-caption")
            i = tree.first[e]
            if (
                page.roles[i] == "unknown"
                and tree.is_prose[i]
                and _furniture_between(tree, e, _ALL, page.blocks[i].element) < 0
            ):
                chosen.append(e)
        elif tree.first[e] > tree.last[best] and _more_prose(page, tree, e):
            chosen.append(e)  # a box of prose after it: the story goes on there
    return chosen


def _more_prose(page: Page, tree: _Tree, e: int) -> bool:
    """Whether element ``e`` is a box of prose as the container is (mostly
    prose, few links) holding two paragraphs at least: a box with a single
    one is as often a call to action ("Subscribe to our newsletter")."""
    if tree.prose_share(e) < _CLIMB_PROSE or tree.link_density(e) > _CLIMB_LINKS:
        return False
    found = 0
    roles, is_prose = page.roles, tree.is_prose
    for i in range(tree.first[e], tree.last[e] + 1):
        if is_prose[i] and roles[i] == "unknown":
            found += 1
            if found == 2:
                return True
    return False


#: How many elements up from a block :func:`_furniture_between` looks (as
#: far as :meth:`Document.ancestors` reaches).
_CHAIN = 64
#: A share of the text no element reaches: :func:`_furniture_between` then
#: takes any box named as furniture.
_ALL = float("inf")


def _furniture_between(tree: _Tree, root: int, half: float, element: int) -> int:
    """The element between a block's ``element`` and ``root`` that is marked
    as furniture and holds less than ``half`` the root's text (a marked box
    that holds most of the story is a badly named story box), or -1."""
    elements = tree.doc.elements
    named = False  # a box named as the lead: the story's header around it is no furniture
    for e in tree.doc.ancestors(element, _CHAIN):
        if e == root:
            return -1
        el = elements[e]
        named = named or _markers.lead(el.hint)
        if tree.is_furniture(e) and tree.text_chars(e) < half and not (named and not _not_lead(el.tag, el.hint, True)):
            return e
    return -1


def _furniture_below(tree: _Tree, root: int, half: float) -> tuple[list[int], list[int]]:
    """:func:`_furniture_between` for the blocks of every element below
    ``root`` at once, from the top down (the blocks of a story share their
    ancestors): for the root and each element after it in its run of
    descendants, the answer and the element's depth below the root.

    Going up from a block, the first element marked as furniture is the
    answer, unless a box named as the lead was passed below it and the mark
    is only a header's; so each element has two answers, for a walk that has
    passed such a box and for one that has not."""
    elements, parents, first, last, chars = tree.doc.elements, tree.parents, tree.first, tree.last, tree.chars
    plain, named, depth = [-1], [-1], [0]
    e, n = root + 1, len(parents)
    while e < n:
        p = parents[e]
        if p < root:
            break  # past the root's descendants: they come in one run, after it
        k = p - root
        up_plain, up_named = plain[k], named[k]
        depth.append(depth[k] + 1)
        el = elements[e]
        hint = el.hint
        lead = bool(hint) and _markers.lead(hint)
        hi = last[e]
        if (chars[hi + 1] - chars[first[e]] if hi >= 0 else 0) < half and tree.is_furniture(e):
            if _not_lead(el.tag, hint, True):
                plain.append(e)  # furniture, lead or not
                named.append(e)
            else:  # a header: furniture unless a lead was passed
                plain.append(up_named if lead else e)
                named.append(up_named)
        else:
            plain.append(up_named if lead else up_plain)
            named.append(up_named)
        e += 1
    return plain, depth


def _assign(page: Page, roots: list[int], tree: _Tree) -> None:
    """Step 5: body and headings inside the chosen elements; the rest is not."""
    doc, blocks, roles, density = page.doc, page.blocks, page.roles, tree.density
    for root in roots:
        if tree.last[root] < 0:
            continue
        span = range(tree.first[root], tree.last[root] + 1)
        half = tree.text_chars(root) / 2
        below, depth = _furniture_below(tree, root, half)
        by = {}  # marked block -> the furniture element around it
        for i in span:
            element = blocks[i].element
            k = element - root
            if 0 < k < len(below):
                e = below[k]
                if e >= 0 and depth[k] - depth[e - root] >= _CHAIN:
                    e = -1  # too far up: Document.ancestors does not reach it
            elif element >= 0 and k:
                e = _furniture_between(tree, root, half, element)  # a block outside the root's elements
            else:
                continue
            if e >= 0:
                by[i] = e
        marked = set(by)
        if sum(len(blocks[i].text) for i in marked) > _MOSTLY * tree.text_chars(root):
            # most of the story is "marked": the names are the template's, not
            # evidence, unless they name comments or other unmistakable boxes
            marked = {i for i in marked if _is_unmistakable(doc.elements[by[i]].hint)}
        for i in span:
            if roles[i] != "unknown":
                continue
            b = blocks[i]
            kind = b.kind
            if kind == "heading" and i not in marked and not _sentence_set_large(b):
                roles[i] = "heading" if b.level >= 2 and density[i] <= 0.5 else roles[i]
            # a link list is furniture, but the links of a table in the story are its data
            elif kind == "caption" or (density[i] > 0.5 and kind != "cell") or i in marked or _credit(tree, b):
                roles[i] = "boilerplate"
            else:
                roles[i] = "body"


def _is_unmistakable(hint: str) -> bool:
    return _markers.unmistakable(hint)


def _credit(tree: _Tree, b: Block) -> bool:
    """A short line that is no sentence inside a figure (the block's
    element, its parent or grandparent): a credit or a label."""
    e = b.element
    if b.kind != "paragraph" or e < 0 or b.ends_sentence:
        return False
    elements, parents = tree.doc.elements, tree.parents
    for _ in range(3):
        if e < 0:
            break
        if elements[e].tag == "figure":
            return b.words <= _CREDIT_WORDS
        e = parents[e]
    return False


def _lead(page: Page, tree: _Tree, start: int, title: int) -> None:
    """Step 5b: prose just above the container, below the title (a lead or
    a first paragraph set in a box of its own), is body too.

    Between the title and the container stand the byline, the date, share
    buttons and pictures: lines of links or of a few words, and prose in
    boxes named as furniture (a caption, a buy box), cost nothing, so the
    walk gets past a long share bar; other lines that are no lead end it
    when more than :data:`_LEAD_SKIP` stand together."""
    doc, blocks, roles, density = page.doc, page.blocks, page.roles, tree.density
    stop = max(title, start - _LEAD_REACH - 1) if 0 <= title < start else max(-1, start - 2 * _NEAR - 1)
    skipped = 0
    for i in range(start - 1, stop, -1):
        b = blocks[i]
        if b.kind == "heading" and b.level <= 1 and density[i] <= 0.5:
            return  # a title (a linked one is the site's logo)
        if roles[i] == "unknown" and tree.is_prose[i]:
            if not _lead_marked(doc, tree, b, start, title):
                roles[i] = "body"
                skipped = 0
        elif density[i] <= 0.5 and b.words > 3:
            skipped += 1
            if skipped > _LEAD_SKIP:
                return


def _lead_marked(doc: Document, tree: _Tree, b: Block, start: int, title: int) -> bool:
    """Whether a box around ``b`` is named or tagged as furniture, up to the
    nearest element that also holds the container or the title: that one
    and those above it are the story's own (its header, its wrapper),
    whatever their names. A story's header holds its lead: within it, a box
    named as the lead may sit in one named as a header."""
    if b.element < 0:
        return False
    near = []
    for e in doc.ancestors(b.element):
        if tree.last[e] >= start or (title >= 0 and tree.first[e] <= title <= tree.last[e]):
            break  # this element and those above it hold the story
        near.append(doc.elements[e])
    named = any(_markers.lead(el.hint) for el in near)
    return any(_not_lead(el.tag, el.hint, named) for el in near)


def _not_lead(tag: str, hint: str, named: bool) -> bool:
    """Whether an element's tag or names mark furniture; a box named as the
    lead (:data:`~newsshape.layout._markers.LEAD_TOKENS`) may sit in one named as
    the story's header (``article-header``)."""
    if tag in _NOT_LEAD_TAGS:
        return True
    return bool(_markers.furniture(hint) & (_markers.FURNITURE_NOT_HEADER if named else _markers.FURNITURE))


def _trim_tail(page: Page) -> None:
    """Step 5c: short lines that end the body without ending a sentence
    ("Share this story?", "Read more:", a source or a credit) are not body."""
    body = page.indices("body", "heading")
    for i in reversed(body[1:]):
        b = page.blocks[i]
        if page.roles[i] == "body" and (len(b.text) >= _TAIL or b.kind in ("item", "cell") or b.text[-1] in '.!…"”»)'):
            return
        page.roles[i] = "boilerplate"


def _drop_link_labels(page: Page, density: list[float]) -> None:
    """Step 5d: a short line in the body that ends no sentence and stands
    right before a list of links left out of it ("Read also", "Mehr zum
    Thema", "Veja também:") labels that list, not the story."""
    blocks, roles = page.blocks, page.roles
    for i in page.indices("body"):
        b = blocks[i]
        if (
            i + 1 < len(blocks)
            and roles[i + 1] not in ("body", "heading")
            and density[i + 1] > 0.5
            and len(b.text) < _TAIL
            and b.kind not in ("item", "cell")
            and b.text[-1] not in PROSE_ENDS
        ):
            roles[i] = "boilerplate"


def _mark_html(page: Page) -> None:
    tree = _Tree.build(page.doc)
    scores, valued = _score_elements(page, tree)
    if not any(scores):
        return
    title = _title_block(page)
    roots = _extend_to_siblings(_choose_container(scores, valued, tree, title), scores, tree, page)
    _assign(page, roots, tree)
    _lead(page, tree, min(tree.first[r] for r in roots), title)
    _drop_link_labels(page, tree.density)
    _trim_tail(page)
    roles, blocks = page.roles, page.blocks
    # a heading with no body after it is not a section heading
    last_body = len(roles) - 1
    while last_body >= 0 and roles[last_body] != "body":
        last_body -= 1
    for i in range(last_body + 1, len(roles)):
        if roles[i] == "heading":
            roles[i] = "boilerplate"
    for i, r in enumerate(roles):
        if r == "unknown" and blocks[i].kind != "heading":
            roles[i] = "boilerplate"


def mark(page: Page) -> None:
    """Mark the body blocks and headings of the page."""
    if page.doc.kind == "html":
        _mark_html(page)
    else:
        _dump.mark(page)
