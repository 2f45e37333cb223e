"""Step 5 of the content pass on HTML: which blocks of the story's
container (:mod:`newsshape.layout._container`) are its body.

:func:`assign` -- inside the chosen elements, link lists, captions and
boxes named as furniture (comments, share bars, newsletter boxes, ...) are
dropped; the rest is body, ``h2``-``h6`` are section headings (but a long
sentence set as a heading is a paragraph). Then :func:`lead` takes the lead
paragraphs set between the title and the container,
:func:`drop_link_labels` drops the short labels of link lists left out of
the body ("Read also"), :func:`trim_tail` drops the short lines that close
it ("Share this?"); last, a heading with no body after it is furniture
(:func:`drop_last_headings`), and so is every block left without a role
(:func:`rest_is_furniture`).

Every value below was tuned on the development sets' HTML body text
(``../shared/data``: scrapinghub-dev, dragnet-dev, cleaneval-dev,
trafilatura-eval), unless its comment says otherwise.
"""

from __future__ import annotations

from newsshape.document import Page, Role
from newsshape.document._types import Block, Document
from newsshape.layout import _markers
from newsshape.layout._rules import LINK_LIST, is_sentence_set_large
from newsshape.layout._tree import CHAIN, NEAR, Tree, furniture_between, not_lead
from newsshape.text._lines import PROSE_ENDS

#: Lines shorter than this, in characters, that end the body without a full
#: stop are dropped (:func:`trim_tail`), and so are lines as short that label
#: a list of links after them (:func:`drop_link_labels`).
_TAIL = 30
#: How a line that ends the body may end and still be body: as prose does,
#: but not with a question ("Share this story?" asks the reader something).
_TAIL_ENDS = PROSE_ENDS - {"?"}
#: How many other lines the lead may be apart from the container (lines of
#: links and of a few words not counted).
_LEAD_SKIP = 4
#: A line of more than this many words that is no lead counts against it.
_LEAD_WORDS = 3
#: How far above the container, in blocks, the lead is looked for when the
#: story's title stands above it (tuned on trafilatura-eval's must-have
#: sentences).
_LEAD_REACH = 36
#: When more than this share of the container is under "furniture" names,
#: the names are the template's own, not evidence.
_MOSTLY = 0.8
#: Longest line in a figure, in words, taken for a credit when it ends no sentence.
_CREDIT_WORDS = 12
#: Weight of a prose cluster at the heading that repeats the title when the
#: best one is chosen for an empty body (:func:`best_cluster`; as the
#: container's own choice weighs it, ``_container._TITLE_BONUS``).
_AT_TITLE = 5
#: Fewest prose blocks the best cluster gives an empty body: a box of a single
#: paragraph is as often a notice ("This page is best viewed with style
#: sheets") or a call to action as a story.
_BEST_MIN = 2


def furniture_below(tree: Tree, root: int, half: float) -> tuple[list[int], list[int]]:
    """:func:`furniture_between` for the blocks of every element below
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
            if not_lead(el.tag, hint, True):
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


def assign(page: Page, roots: list[int], tree: Tree) -> None:
    """Step 5: body and headings inside the chosen elements; the rest is not."""
    doc, blocks, roles, density = page.doc, page.blocks, page.roles, tree.density
    for root in roots:
        if tree.last[root] < 0:
            continue
        span = range(tree.first[root], tree.last[root] + 1)
        half = tree.text_chars(root) / 2
        below, depth = furniture_below(tree, root, half)
        by = {}  # marked block -> the furniture element around it
        for i in span:
            element = blocks[i].element
            k = element - root
            if 0 < k < len(below):
                e = below[k]
                if e >= 0 and depth[k] - depth[e - root] >= CHAIN:
                    e = -1  # too far up: Document.ancestors does not reach it
            elif element >= 0 and k:
                e = furniture_between(tree, root, half, element)  # a block outside the root's elements
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
            if kind == "heading" and i not in marked and not is_sentence_set_large(b):
                roles[i] = "heading" if b.level >= 2 and density[i] <= LINK_LIST else roles[i]
            # a link list is furniture, but the links of a table in the story are its data
            elif kind == "caption" or (density[i] > LINK_LIST and kind != "cell") or i in marked or _credit(tree, b):
                roles[i] = "boilerplate"
            else:
                roles[i] = "body"


def best_cluster(tree: Tree, scores: list[float], valued: list[int], roots: list[int], title: int) -> int:
    """The best prose cluster inside the ``roots`` (the element scoring
    best, those at the story's title weighing more, as when the container
    is chosen), leaving out boxes named unmistakably as furniture; or -1."""
    first, last, elements = tree.first, tree.last, tree.doc.elements
    best, top = -1, 0.0
    for e in valued:
        lo, hi = first[e], last[e]
        if any(first[r] <= lo and hi <= last[r] for r in roots) and not _is_unmistakable(elements[e].hint):
            score = scores[e] * (_AT_TITLE if hi > lo and tree.near(e, title) else 1.0)
            if score > top:
                best, top = e, score
    return best


def keep_best(page: Page, tree: Tree, cluster: int, before: list[Role]) -> None:
    """Step 5a: when the names inside the container left no prose in the
    body (a template that names every box a "widget", the story among them,
    or the story's box named "non-paywall"), the prose of the best cluster
    (:func:`best_cluster`) is the body all the same, and the rest is
    boilerplate. ``before`` are the roles before :func:`assign`: a block an
    earlier pass gave a role keeps it, and so does one in a box named
    unmistakably as furniture (a comment) below the cluster. A cluster with
    fewer than :data:`_BEST_MIN` such prose blocks changes nothing."""
    roles, blocks, elements, parents, is_prose = page.roles, page.blocks, page.doc.elements, tree.parents, tree.is_prose
    lo, hi = tree.first[cluster], tree.last[cluster]
    kept = []
    for i in range(lo, hi + 1):
        if roles[i] != "boilerplate" or before[i] != "unknown" or not is_prose[i] or blocks[i].kind == "caption":
            continue
        e = blocks[i].element
        while e > cluster and not _is_unmistakable(elements[e].hint):
            e = parents[e]
        if e == cluster:
            kept.append(i)
    if len(kept) < _BEST_MIN:
        return
    for i, role in enumerate(roles):
        if role == "body" and before[i] == "unknown" and not lo <= i <= hi:
            roles[i] = "boilerplate"
    for i in kept:
        roles[i] = "body"


def _is_unmistakable(hint: str) -> bool:
    return _markers.unmistakable(hint)


def _credit(tree: Tree, b: Block) -> bool:
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


def lead(page: Page, tree: Tree, start: int, title: int) -> None:
    """Step 5b: prose just above the container, below the title (a lead or
    a first paragraph set in a box of its own), is body too.

    Between the title and the container stand the byline, the date, share
    buttons and pictures: lines of links or of a few words, and prose in
    boxes named as furniture (a caption, a buy box), cost nothing, so the
    walk gets past a long share bar; other lines that are no lead end it
    when more than :data:`_LEAD_SKIP` stand together."""
    doc, blocks, roles, density = page.doc, page.blocks, page.roles, tree.density
    stop = max(title, start - _LEAD_REACH - 1) if 0 <= title < start else max(-1, start - 2 * NEAR - 1)
    skipped = 0
    for i in range(start - 1, stop, -1):
        b = blocks[i]
        if b.kind == "heading" and b.level <= 1 and density[i] <= LINK_LIST:
            return  # a title (a linked one is the site's logo)
        if roles[i] == "unknown" and tree.is_prose[i]:
            if not _lead_marked(doc, tree, b, start, title):
                roles[i] = "body"
                skipped = 0
        elif density[i] <= LINK_LIST and b.words > _LEAD_WORDS:
            skipped += 1
            if skipped > _LEAD_SKIP:
                return


def _lead_marked(doc: Document, tree: Tree, b: Block, start: int, title: int) -> bool:
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
    return any(not_lead(el.tag, el.hint, named) for el in near)


def trim_tail(page: Page) -> None:
    """Step 5d: short lines that end the body without ending a sentence
    ("Share this story?", "Read more:", a source or a credit) are not body."""
    body = page.indices("body", "heading")
    for i in reversed(body[1:]):
        b = page.blocks[i]
        if page.roles[i] == "body" and (len(b.text) >= _TAIL or b.kind in ("item", "cell") or b.text[-1] in _TAIL_ENDS):
            return
        page.roles[i] = "boilerplate"


def drop_link_labels(page: Page, density: list[float]) -> None:
    """Step 5c: a short line in the body that ends no sentence and stands
    right before a list of links left out of it ("Read also", "Mehr zum
    Thema", "Veja também:") labels that list, not the story."""
    blocks, roles = page.blocks, page.roles
    for i in page.indices("body"):
        b = blocks[i]
        if (
            i + 1 < len(blocks)
            and roles[i + 1] not in ("body", "heading")
            and density[i + 1] > LINK_LIST
            and len(b.text) < _TAIL
            and b.kind not in ("item", "cell")
            and b.text[-1] not in PROSE_ENDS
        ):
            roles[i] = "boilerplate"


def drop_last_headings(page: Page) -> None:
    """Step 5e: a heading with no body after it is not a section heading."""
    roles = page.roles
    last_body = len(roles) - 1
    while last_body >= 0 and roles[last_body] != "body":
        last_body -= 1
    for i in range(last_body + 1, len(roles)):
        if roles[i] == "heading":
            roles[i] = "boilerplate"


def rest_is_furniture(page: Page) -> None:
    """Step 5f: a block that no pass gave a role (headings aside) is furniture."""
    roles, blocks = page.roles, page.blocks
    for i, r in enumerate(roles):
        if r == "unknown" and blocks[i].kind != "heading":
            roles[i] = "boilerplate"
