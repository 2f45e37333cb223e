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
   (:mod:`newsshape._markers`), and by those of its parent and grandparent
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
   container and :func:`_trim_tail` drops the short lines that close it
   ("Share this?").

Text dumps: see :mod:`newsshape._dump`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

import attrs

from newsshape import _dump, _markers
from newsshape._document import Block, Document
from newsshape.extractors.base import Page

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
    """What the steps need to know about the elements: children, the range of
    blocks each holds, text and link characters inside, hint evidence."""

    doc: Document
    children: list[list[int]]
    first: list[int]
    last: list[int]
    chars: list[int]  # prefix sums over blocks
    link_chars: list[int]
    prose: list[int]
    evidence: list[float]
    parents: list[int]

    @classmethod
    def build(cls, doc: Document) -> _Tree:
        blocks = doc.blocks
        n, nblocks = len(doc.elements), len(blocks)
        children: list[list[int]] = [[] for _ in range(n)]
        first, last = [nblocks] * n, [-1] * n
        for i, b in enumerate(blocks):
            e = b.element
            if e >= 0:
                if last[e] < 0:
                    first[e] = i  # blocks come in order: the first seen is the lowest
                last[e] = i
        # elements are in document (pre-)order: children come after parents
        parents = [el.parent for el in doc.elements]
        for e in range(n - 1, 0, -1):
            p = parents[e]
            if p >= 0:
                children[p].append(e)
                if first[e] < first[p]:
                    first[p] = first[e]
                if last[e] > last[p]:
                    last[p] = last[e]
        for kids in children:
            kids.reverse()
        lengths = [len(b.text) for b in blocks]
        chars = list(accumulate(lengths, initial=0))
        links = list(accumulate((b.link_chars for b in blocks), initial=0))
        prose = list(accumulate((k if _prose(b) else 0 for k, b in zip(lengths, blocks, strict=True)), initial=0))
        evidence = [_evidence(el.tag, el.hint) for el in doc.elements]
        return cls(doc, children, first, last, chars, links, prose, evidence, parents)

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


def _any_of(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, as a trie (``co(?:mment|okie)``):
    the same strings as ``a|b|c``, found several times faster, since at each
    position one character picks the branch and nothing backtracks."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # a word ends here: the rest is optional

    return pattern(trie)


_NEGATIVE = re.compile(_any_of(_markers.NEGATIVE))


def _tokens(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(sorted(words)) + r")(?=$|[\s_-])")


_NEGATIVE_TOKEN = _tokens(_markers.NEGATIVE_TOKENS)
#: The same less "header": a story's header (``article-header``) holds its lead.
_NOT_LEAD_TOKEN = _tokens(_markers.NEGATIVE_TOKENS - {"header"})
_LEAD_TOKEN = _tokens(_markers.LEAD_TOKENS)
_UNMISTAKABLE = re.compile(_any_of(_markers.UNMISTAKABLE))
_POSITIVE = re.compile(_any_of(_markers.POSITIVE))


@functools.lru_cache(maxsize=4096)
def _evidence(tag: str, hint: str) -> float:
    """Weak evidence from an element's tag and names: < 1 furniture, > 1 story."""
    if tag in _markers.NEGATIVE_TAGS or is_negative_hint(hint):
        return _FURNITURE
    if tag in _markers.POSITIVE_TAGS or _POSITIVE.search(hint):
        return 1.3
    return 1.0


def is_negative_hint(hint: str) -> bool:
    """Whether class/id/role words name page furniture."""
    if "hidden" in hint:
        hint = _shown_somewhere(hint)
    return bool(hint) and (_NEGATIVE.search(hint) is not None or _NEGATIVE_TOKEN.search(hint) is not None)


#: "hidden" qualified by a screen or a medium (``hidden-xs``, ``lg:hidden``,
#: ``hidden-print``), or naming a property of the box (``overflow-hidden``,
#: ``field--label-hidden``): the box itself is shown, at least somewhere.
_QUALIFIED_HIDDEN = re.compile(
    r"hidden[-_](?:xs|sm|md|lg|xl|print|phone|mobile|desktop|tablet|touch|small)"
    r"|(?:overflow|overflow-[xy]|label|mobile|phone|tablet|desktop|print)[-_]hidden|:hidden"
)


@functools.lru_cache(maxsize=4096)
def _shown_somewhere(hint: str) -> str:
    """``hint`` less the words that hide a box only on some screens."""
    return " ".join(w for w in hint.split() if "hidden" not in w or _QUALIFIED_HIDDEN.search(w) is None)


# -- the five steps --------------------------------------------------------------


def _block_value(block: Block) -> float:
    """Step 1: how much a block reads like prose (0 if not at all)."""
    n = len(block.text)
    if n < _MIN_CHARS:
        return _SHORT if n > 3 and not block.link_chars and block.kind not in ("heading", "caption") else 0.0
    if block.kind == "caption" or block.link_density > 0.5:
        return 0.0
    if block.kind == "heading" and not _sentence_set_large(block):
        return 0.0  # a heading counts only when it is a sentence set large
    clauses = sum(block.text.count(c) for c in _CLAUSE)
    # a very long block is several paragraphs run together (no markup between
    # them): it counts as that many paragraphs of _RUN characters
    runs = max(1.0, n / _RUN)
    per_run = 1.0 + min(clauses / runs, 10) + min(n / runs / 100.0, 3.0)
    # list items are as often references, teasers or specifications as prose
    return runs * per_run * (1.0 - block.link_density) * (_ITEM if block.kind == "item" else 1.0)


def _sentence_set_large(b: Block) -> bool:
    """A long sentence in heading markup: a paragraph, not a heading."""
    return len(b.text) >= 80 and b.ends_sentence


def _score_elements(page: Page, tree: _Tree) -> list[float]:
    """Step 2: content values passed up to the elements around each block."""
    doc = page.doc
    elements, parents, roles = doc.elements, tree.parents, page.roles
    raw = [0.0] * len(elements)
    for i, b in enumerate(page.blocks):
        if roles[i] != "unknown" or b.element < 0:
            continue
        value = _block_value(b)
        if not value:
            continue
        e = b.element
        if elements[e].tag in _LEAF_TAGS:
            e = parents[e]
        for share in _REACH:  # up the parents, one share each
            if e < 0:
                break
            raw[e] += value * share
            e = parents[e]
    return [s * (1.0 - tree.link_density(e)) * _weight(tree, e) if s else 0.0 for e, s in enumerate(raw)]


#: Names of boxes laid over the page or asking something of the reader,
#: never holding the story: a text box inside one is theirs.
_OVERLAY = re.compile(_any_of(("modal", "popup", "overlay", "dialog", "cookie", "consent", "newsletter", "subscri")))
_OVERLAY_TAGS = frozenset(("form", "dialog"))


def _weight(tree: _Tree, e: int) -> float:
    """The evidence of element ``e``, lowered to that of furniture when its
    parent or grandparent is a form, a dialog or a box named as an overlay:
    the notices of a sign-up form outweigh a story told in short lines."""
    elements, parents = tree.doc.elements, tree.parents
    up = parents[e]
    for _ in range(2):
        if up < 0:
            break
        if _is_overlay(elements[up].tag, elements[up].hint):
            return min(tree.evidence[e], _FURNITURE)
        up = parents[up]
    return tree.evidence[e]


@functools.lru_cache(maxsize=4096)
def _is_overlay(tag: str, hint: str) -> bool:
    return tag in _OVERLAY_TAGS or (bool(hint) and _OVERLAY.search(hint) is not None)


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


def _choose_container(scores: list[float], tree: _Tree, title: int) -> int:
    """Step 3: the best element (those at the story's title weigh more), or
    the ancestor it shares with another good one (a story cut in parts)."""
    # a box of one paragraph at the title is more often the lead than the story
    best = max(
        range(len(scores)),
        key=lambda e: scores[e] * (_TITLE_BONUS if tree.near(e, title) and tree.last[e] > tree.first[e] else 1.0),
    )
    # candidates: all elements, or those in the title's own story box on a
    # page that shows several stories one after another
    lo_box, hi_box = 0, len(tree.doc.blocks)
    box = _title_story(tree, best, title)
    if box >= 0:
        lo_box, hi_box = tree.first[box], tree.last[box]
        inside = [e for e, s in enumerate(scores) if s and lo_box <= tree.first[e] and tree.last[e] <= hi_box]
        if inside:
            best = max(inside, key=lambda e: scores[e])
    lo, hi = tree.first[best], tree.last[best]
    top = scores[best] if box >= 0 else max(scores)
    rivals = [
        e
        for e, s in enumerate(scores)
        if s >= _RIVAL * top
        and (tree.last[e] < lo or tree.first[e] > hi)
        and lo_box <= tree.first[e]
        and tree.last[e] <= hi_box
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
    if not any(_prose(blocks[i]) for i in range(title + 1, tree.last[a] + 1)):
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
        if up <= 0 or tree.evidence[up] < 1:
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
    for e in tree.children[parent]:
        if e == best or scores[e] >= threshold:
            chosen.append(e)
            continue
        if tree.last[e] < 0 or tree.evidence[e] < 1:
            continue
        if tree.first[e] == tree.last[e]:
            b = page.blocks[tree.first[e]]  # a lone paragraph beside the container
            if page.roles[tree.first[e]] == "unknown" and _prose(b):
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
    for i in range(tree.first[e], tree.last[e] + 1):
        if page.roles[i] == "unknown" and _prose(page.blocks[i]):
            found += 1
            if found == 2:
                return True
    return False


def _prose(b: Block) -> bool:
    """A block that reads as running text: long with few links, or a
    sentence with hardly any."""
    n = len(b.text)
    return (n >= 80 and b.link_density < 0.25) or (n >= _MIN_CHARS and b.link_density <= 0.25 and b.ends_sentence)


def _furniture_between(doc: Document, tree: _Tree, block: Block, root: int) -> int:
    """The element between ``block`` and ``root`` that is marked as
    furniture and holds only a small part of the root's text (a marked box
    that holds most of the story is a badly named story box), or -1."""
    half = tree.text_chars(root) / 2
    named = False  # a box named as the lead: the story's header around it is no furniture
    for e in doc.ancestors(block.element):
        if e == root:
            return -1
        el = doc.elements[e]
        named = named or _is_lead_name(el.hint)
        if tree.evidence[e] < 1 and tree.text_chars(e) < half and not (named and not _not_lead(el.tag, el.hint, True)):
            return e
    return -1


@functools.lru_cache(maxsize=4096)
def _is_lead_name(hint: str) -> bool:
    return bool(hint) and _LEAD_TOKEN.search(hint) is not None


def _assign(page: Page, roots: list[int], tree: _Tree) -> None:
    """Step 5: body and headings inside the chosen elements; the rest is not."""
    doc, blocks, roles = page.doc, page.blocks, page.roles
    for root in roots:
        if tree.last[root] < 0:
            continue
        span = range(tree.first[root], tree.last[root] + 1)
        by = {i: _furniture_between(doc, tree, blocks[i], root) for i in span}
        marked = {i for i, e in by.items() if e >= 0}
        if sum(len(blocks[i].text) for i in marked) > _MOSTLY * tree.text_chars(root):
            # most of the story is "marked": the names are the template's, not
            # evidence, unless they name comments or other unmistakable boxes
            marked = {i for i in marked if _UNMISTAKABLE.search(doc.elements[by[i]].hint)}
        for i in span:
            b = blocks[i]
            if roles[i] != "unknown":
                continue
            if b.kind == "heading" and i not in marked and not _sentence_set_large(b):
                roles[i] = "heading" if b.level >= 2 and b.link_density <= 0.5 else roles[i]
            # a link list is furniture, but the links of a table in the story are its data
            elif b.kind == "caption" or (b.link_density > 0.5 and b.kind != "cell") or i in marked or _credit(doc, b):
                roles[i] = "boilerplate"
            else:
                roles[i] = "body"


def _credit(doc: Document, b: Block) -> bool:
    """A short line that is no sentence inside a figure: a credit or a label."""
    if b.kind != "paragraph" or b.ends_sentence or b.words > _CREDIT_WORDS or b.element < 0:
        return False
    return any(doc.elements[e].tag == "figure" for e in doc.ancestors(b.element, 3))


def _lead(page: Page, tree: _Tree, start: int, title: int) -> None:
    """Step 5b: prose just above the container, below the title (a lead or
    a first paragraph set in a box of its own), is body too.

    Between the title and the container stand the byline, the date, share
    buttons and pictures: lines of links or of a few words, and prose in
    boxes named as furniture (a caption, a buy box), cost nothing, so the
    walk gets past a long share bar; other lines that are no lead end it
    when more than :data:`_LEAD_SKIP` stand together."""
    doc, blocks, roles = page.doc, page.blocks, page.roles
    stop = max(title, start - _LEAD_REACH - 1) if 0 <= title < start else max(-1, start - 2 * _NEAR - 1)
    skipped = 0
    for i in range(start - 1, stop, -1):
        b = blocks[i]
        if b.kind == "heading" and b.level <= 1 and b.link_density <= 0.5:
            return  # a title (a linked one is the site's logo)
        if roles[i] == "unknown" and _prose(b):
            if not _lead_marked(doc, tree, b, start, title):
                roles[i] = "body"
                skipped = 0
        elif b.words > 3 and b.link_density <= 0.5:
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
    named = any(_is_lead_name(el.hint) for el in near)
    return any(_not_lead(el.tag, el.hint, named) for el in near)


def _not_lead(tag: str, hint: str, named: bool) -> bool:
    """Whether an element's tag or names mark furniture; a box named as the
    lead (:data:`~newsshape._markers.LEAD_TOKENS`) may sit in one named as
    the story's header (``article-header``)."""
    if tag in _NOT_LEAD_TAGS:
        return True
    tokens = _NOT_LEAD_TOKEN if named else _NEGATIVE_TOKEN
    if "hidden" in hint:
        hint = _shown_somewhere(hint)
    return bool(hint) and (_NEGATIVE.search(hint) is not None or tokens.search(hint) is not None)


def _trim_tail(page: Page) -> None:
    """Step 5c: short lines that end the body without ending a sentence
    ("Share this story?", "Read more:", a source or a credit) are not body."""
    body = page.indices("body", "heading")
    for i in reversed(body[1:]):
        b = page.blocks[i]
        if page.roles[i] == "body" and (len(b.text) >= _TAIL or b.kind in ("item", "cell") or b.text[-1] in '.!…"”»)'):
            return
        page.roles[i] = "boilerplate"


def _mark_html(page: Page) -> None:
    tree = _Tree.build(page.doc)
    scores = _score_elements(page, tree)
    if not any(scores):
        return
    title = _title_block(page)
    roots = _extend_to_siblings(_choose_container(scores, tree, title), scores, tree, page)
    _assign(page, roots, tree)
    _lead(page, tree, min(tree.first[r] for r in roots), title)
    _trim_tail(page)
    roles, blocks = page.roles, page.blocks
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
        _dump.mark(page)
