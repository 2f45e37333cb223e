"""Pass 3 of the generic layout: the main content.

HTML, in the manner of Readability, as named steps in two modules:

- where the story is (:mod:`newsshape.layout._container`): 1. every block
  that reads like prose gets a content value; 2. the values go up to the
  elements around it, scaled by their link density and names; 3. the
  best-scoring element is the story's container (or the ancestor it shares
  with another good one); 4. the container grows to its ancestors and
  siblings that are prose too;
- which of its blocks are body (:mod:`newsshape.layout._body`): 5. link
  lists, captions and boxes named as furniture are dropped, the rest is body
  and section headings (when that leaves no body at all, the prose of the
  best cluster is kept); then the lead above the container joins it, the
  labels of link lists and the short lines that close the body leave it, and
  what is left without a role is furniture.

What the element tree tells the steps is computed once
(:mod:`newsshape.layout._tree`); the rules the passes share are in
:mod:`newsshape.layout._rules`.

Text dumps: see :mod:`newsshape.layout._dump`.

With a page's explain switch on, each step records the blocks it gave a role
(:mod:`newsshape.layout._explain`): ``content.assign``, ``content.best``, ``content.lead``,
``content.link_labels``, ``content.tail``, ``content.last_headings``,
``content.rest``, and
``content.dump`` for text dumps.
"""

from __future__ import annotations

from itertools import compress

from newsshape.document import Page
from newsshape.layout import _body, _container, _dump
from newsshape.layout._explain import step
from newsshape.layout._rules import is_heading_like, is_paragraph
from newsshape.layout._tree import Tree

__all__ = ["is_heading_like", "is_paragraph", "mark"]  # the shape tests: as the site extractors import them

_assign = step("content.assign")(_body.assign)
_keep_best = step("content.best")(_body.keep_best)
_lead = step("content.lead")(_body.lead)
_drop_link_labels = step("content.link_labels")(_body.drop_link_labels)
_trim_tail = step("content.tail")(_body.trim_tail)
_drop_last_headings = step("content.last_headings")(_body.drop_last_headings)
_rest_is_furniture = step("content.rest")(_body.rest_is_furniture)
_mark_dump = step("content.dump")(_dump.mark)


def _mark_html(page: Page) -> None:
    """Steps 1 to 5 (see the module documentation)."""
    tree = Tree.build(page.doc)
    scores, valued = _container.score_elements(page, tree)
    if not any(scores):
        return
    title = _container.title_block(page)
    best = _container.choose_container(scores, valued, tree, title)
    roots = _container.extend_to_siblings(best, scores, tree, page)
    before = page.roles.copy()  # (a copy of a list of strings: cheap)
    _assign(page, roots, tree)
    if not _prose_body(page, tree):  # names left no prose: keep the best cluster's
        cluster = _body.best_cluster(tree, scores, valued, roots, title)
        if cluster >= 0:
            _keep_best(page, tree, cluster, before)
            if _prose_body(page, tree):
                roots = [cluster]
    _lead(page, tree, min(tree.first[r] for r in roots), title)
    _drop_link_labels(page, tree.density)
    _trim_tail(page)
    _drop_last_headings(page)
    _rest_is_furniture(page)


def _prose_body(page: Page, tree: Tree) -> bool:
    """Whether a body block reads as prose (in C: this runs on every page)."""
    return any(compress(tree.is_prose, map("body".__eq__, page.roles)))


@step("content")
def mark(page: Page) -> None:
    """Mark the body blocks and headings of the page."""
    if page.doc.kind == "html":
        _mark_html(page)
    else:
        _mark_dump(page)
