"""Steps 1 to 4 of the content pass on HTML: where the story is.

1. :func:`block_value` -- every text block that reads like prose (long
   enough, punctuated, few links) gets a content value; lengths are counted
   in characters and clauses by the commas of several scripts, so the steps
   work alike in any language. A shorter line that is no link counts a
   little: a story told in lists and tables outweighs a copyright line.
2. :func:`score_elements` -- the value goes to the elements around the
   block, less and less the further up; an element's score is then scaled by
   its own link density and, as weak evidence, by its tag and class names
   (:mod:`newsshape.layout._markers`), and by those of its parent and grandparent
   when they are a form, a dialog or an overlay.
3. :func:`choose_container` -- the best-scoring element is the story's
   container (elements at the heading that repeats the page's title weigh
   more); when another good candidate lies outside it (a story cut into
   several boxes), their shared ancestor is taken instead. On a page that
   shows stories one after another, the story is the one under the title
   (:func:`_title_story`).
4. :func:`extend_to_siblings` -- the container grows to the ancestor whose
   other text is prose too (:func:`_climb`), and the siblings that also
   score well, or are prose paragraphs themselves, or boxes of prose after
   it, join it.

Every value below was tuned on the development sets' HTML body text
(``../shared/data``: scrapinghub-dev, dragnet-dev, cleaneval-dev,
trafilatura-eval), unless its comment says otherwise.
"""

from __future__ import annotations

from newsshape.document import Page
from newsshape.document._types import Block
from newsshape.layout import _markers
from newsshape.layout._rules import LINK_LIST, is_sentence_set_large
from newsshape.layout._tree import ALL, FURNITURE, MIN_CHARS, Tree, furniture_between

#: Elements that hold one paragraph; their score starts at their parent.
_LEAF_TAGS = frozenset((
    "p", "li", "dd", "dt", "td", "th", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
    "caption", "label", "legend",
))  # fmt: skip
#: Share of a block's value that reaches its container, its parent, ...
#: (Readability.js's shares: 1, 1/2, then one over three times the level).
_REACH = (1.0, 0.5, 1 / 6, 1 / 9)
#: Characters that separate clauses, in several scripts: each adds to a
#: block's value (prose has clauses, labels and menus do not).
_CLAUSE = ",，、،;；"
_CLAUSE_ASCII = "".join(c for c in _CLAUSE if c.isascii())
#: Value of a line shorter than :data:`~newsshape.layout._tree.MIN_CHARS` (not
#: a link): a story told in lists and tables still outweighs a copyright line.
_SHORT = 0.2
#: Weight of a list item's value against a paragraph's: list items are as
#: often references, teasers or specifications as prose.
_ITEM = 0.5
#: Length of one paragraph's worth of a block that runs several together.
_RUN = 500
#: Readability's value of a paragraph: one point, one per clause up to
#: :data:`_MAX_CLAUSES`, one per :data:`_LENGTH_POINT` characters up to
#: :data:`_MAX_LENGTH_POINTS`.
_MAX_CLAUSES = 10
_LENGTH_POINT = 100.0
_MAX_LENGTH_POINTS = 3.0
#: Shortest line that counts at all, in characters (a bullet, a "|" does not).
_TINY = 3
#: A candidate outside the container scoring at least this share of the best
#: one makes their shared ancestor the container (a story cut in parts)...
_RIVAL = 0.5
#: ... when at least this share of the candidate's text is prose.
_RIVAL_PROSE = 0.5
#: Climbing from the container stops at an ancestor whose other text is less
#: than this share prose, or more than this share link text.
_CLIMB_PROSE = 0.6
_CLIMB_LINKS = 0.2
#: A sibling of the container scoring at least this share of its score
#: joins it...
_SIBLING = 0.2
#: ... or at least this score, whichever is more.
_SIBLING_MIN = 10.0
#: Weight of the elements at or just after the heading that repeats the title.
_TITLE_BONUS = 5
#: Tags of boxes laid over the page or asking something of the reader,
#: never holding the story (and names: :data:`newsshape.layout._markers.OVERLAY`):
#: a text box inside one is theirs.
_OVERLAY_TAGS = frozenset(("form", "dialog"))


def block_value(block: Block, density: float) -> float:
    """Step 1: how much a block reads like prose (0 if not at all);
    ``density`` is its link density."""
    text = block.text
    n = len(text)
    kind = block.kind
    if n < MIN_CHARS:
        return _SHORT if n > _TINY and not block.link_chars and kind != "heading" and kind != "caption" else 0.0
    if kind == "caption" or density > LINK_LIST:
        return 0.0
    if kind == "heading" and not is_sentence_set_large(block):
        return 0.0  # a heading counts only when it is a sentence set large
    # (an ASCII text holds none of the other scripts' separators)
    clauses = sum(map(text.count, _CLAUSE_ASCII if text.isascii() else _CLAUSE))
    # a very long block is several paragraphs run together (no markup between
    # them): it counts as that many paragraphs of _RUN characters
    runs = max(1.0, n / _RUN)
    per_run = 1.0 + min(clauses / runs, _MAX_CLAUSES) + min(n / runs / _LENGTH_POINT, _MAX_LENGTH_POINTS)
    # list items are as often references, teasers or specifications as prose
    return runs * per_run * (1.0 - density) * (_ITEM if kind == "item" else 1.0)


def score_elements(page: Page, tree: Tree) -> tuple[list[float], list[int]]:
    """Step 2: content values passed up to the elements around each block.
    Returns the scores and the elements that got a value, in page order."""
    doc = page.doc
    elements, parents, roles, density = doc.elements, tree.parents, page.roles, tree.density
    raw = [0.0] * len(elements)
    for i, b in enumerate(page.blocks):
        e = b.element
        if e < 0 or roles[i] != "unknown":
            continue
        value = block_value(b, density[i])
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
                weight = min(weight, FURNITURE)
                break
            up = parents[up]
        raw[e] = raw[e] * (1.0 - ((links[hi] - links[lo]) / total if total else 0.0)) * weight
    return raw, valued


def title_block(page: Page) -> int:
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


def choose_container(scores: list[float], valued: list[int], tree: Tree, title: int) -> int:
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
        and tree.prose_share(e) >= _RIVAL_PROSE
    ]
    if not rivals:
        return best
    for up in tree.doc.ancestors(best)[1:]:
        if up == 0:
            break
        if any(tree.first[up] <= tree.first[r] and tree.last[r] <= tree.last[up] for r in rivals):
            return up
    return best


def _title_story(tree: Tree, best: int, title: int) -> int:
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


def _climb(best: int, tree: Tree) -> int:
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


def extend_to_siblings(best: int, scores: list[float], tree: Tree, page: Page) -> list[int]:
    """Step 4: the container, grown to the ancestor that holds only more
    prose besides, plus the siblings that belong with it."""
    best = _climb(best, tree)
    parent = tree.doc.elements[best].parent
    if parent < 0:
        return [best]
    threshold = max(_SIBLING_MIN, scores[best] * _SIBLING)
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
                and furniture_between(tree, e, ALL, page.blocks[i].element) < 0
            ):
                chosen.append(e)
        elif tree.first[e] > tree.last[best] and _more_prose(page, tree, e):
            chosen.append(e)  # a box of prose after it: the story goes on there
    return chosen


def _more_prose(page: Page, tree: Tree, e: int) -> bool:
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
