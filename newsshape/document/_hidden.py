"""Hidden markup, which the HTML walk removes before it reads the body:
``hidden``, ``aria-hidden="true"`` (case ignored) and a ``style`` that
holds one of :data:`_HIDDEN_STYLES` (case ignored).

Lexbor finds the candidates (:data:`HIDDEN_CSS`) and Python reads their
attributes (:func:`is_hidden`). The candidates are found by the selection
that reads the page's metadata (:func:`~newsshape.document._meta.collect`;
the head's only, for :func:`newsshape.clean`), for the whole document: a
selection costs lexbor a walk of the page, and these selectors more in one
cost it a fraction of another walk; :func:`in_body` then keeps those of the
body.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

#: What lexbor is asked for: the elements whose ``style`` holds "none" or
#: "hidden" (a third of those with a ``style``; a selector per hidden style
#: costs lexbor more), and those with the attributes.
HIDDEN_CSS = '[hidden], [aria-hidden="true" i], [style*="none" i], [style*="hidden" i]'
_HIDDEN_STYLES = ("display:none", "display: none", "visibility:hidden", "visibility: hidden")


def is_hidden(a: dict[str, str | None]) -> bool:
    """Whether an element with the attributes ``a`` is hidden markup (see
    :data:`HIDDEN_CSS`). ``str.lower`` agrees with the ASCII case folding
    of CSS here: the only other letters it lowers to ASCII ones (the Kelvin
    sign, a dotted capital I that becomes two characters) cannot make these
    words."""
    if "hidden" in a or (a.get("aria-hidden") or "").lower() == "true":
        return True
    style = a.get("style")
    if not style:
        return False
    style = style.lower()
    return any(hidden in style for hidden in _HIDDEN_STYLES)


def in_body(nodes: list[LexborNode], body: LexborNode) -> list[LexborNode]:
    """The ``nodes`` inside ``body``, but not ``body`` itself (a page hidden
    whole waits for a script to show it); ``nodes`` are elements in page
    order, so those in the head, and the root, come first: the parents of
    the nodes are climbed only until one is in the body."""
    page = body.mem_id
    for k, node in enumerate(nodes):
        if node.mem_id == page:
            return nodes[k + 1 :]
        parent = node.parent
        while parent is not None:
            if parent.mem_id == page:
                return nodes[k:]
            parent = parent.parent
    return []
