"""Markup recovery where the HTML standard's and a reader's differ.

Lexbor parses as the HTML standard says, and the standard lets a few
unclosed constructs run to the end of the file: a ``<title>``,
``<textarea>``, ``<script>``, ``<style>`` or ``<xmp>`` without its end tag
takes the rest of the page as its text, and a comment without ``-->`` (or
one closed the old way, ``-- >``) hides it. Older browsers, lxml and every
reader close them at the next tag instead, and so does newsshape: when the
parsed tree shows the symptom (see :func:`needs_repair`), the source is
repaired by :func:`repair` and parsed again. Well-formed pages pay only the
symptom check, a handful of node visits.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: Elements whose content the parser reads as text up to their end tag.
RAW_TEXT = ("title", "textarea", "style", "script", "xmp")
#: Where an unclosed raw-text element is closed: before the next tag (a
#: title, a text area or a style sheet holds no markup) ...
_NEXT_TAG = re.compile(r"<[A-Za-z!/]")
#: ... and for a script (whose strings may hold markup), before the end of
#: the head or the start of the body, else before the first tag that opens a
#: line.
_SCRIPT_END = re.compile(r"</head\b|<body\b", re.I)
_LINE_TAG = re.compile(r"\n[ \t]*<[A-Za-z!/]")
#: Tag-like text in what the parser read as text: the sign that an element
#: (or a comment) took the markup after it.
_MARKUP = re.compile(r"<[A-Za-z/!][^<>]{0,200}>")
#: The end of a comment closed the old way: ``--``, white space or ``!``,
#: ``>`` (the standard only takes ``-->`` and ``--!>``).
_OLD_COMMENT_END = re.compile(r"--[\s!]*>")
#: Comments repaired at most (each repair closes one).
_MAX_REPAIRS = 8


def _last_leaf(node: LexborNode | None) -> LexborNode | None:
    while node is not None and node.last_child is not None:
        node = node.last_child
    return node


def needs_repair(tree: LexborHTMLParser) -> bool:
    """Whether the tree shows an unclosed construct that ran to the end of
    the file: the body holds no element, or its last text (or the head's,
    or the document's) is the content of a raw-text element or a comment
    and holds markup."""
    body = tree.body
    if body is None:
        return True
    first = body.child
    while first is not None and first.is_text_node and not (first.text_content or "").strip():
        first = first.next
    if first is None:
        return True
    root = tree.root
    document = root.parent if root is not None else None
    for leaf in (_last_leaf(body), _last_leaf(document)):
        if leaf is None or leaf.parent is None:
            continue
        if leaf.is_comment_node or (leaf.is_text_node and leaf.parent.tag in RAW_TEXT):
            content = leaf.comment_content if leaf.is_comment_node else leaf.text_content
            if content and _MARKUP.search(content):
                return True
    return False


def repair(html: str) -> str | None:
    """``html`` with its unclosed raw-text elements closed where a reader
    would, and its comments that hide markup closed at their first ``>``
    after ``--`` (see the module's docstring); ``None`` when nothing needs
    it."""
    repaired = _close_comments(html)
    for name in RAW_TEXT:
        repaired = _close_raw(repaired, name)
    return repaired if repaired != html else None


def _close_comments(html: str) -> str:
    """Close each comment that hides the page (it holds ``<body`` or
    ``</head``, or runs to the end of the file) at its old-style end, or,
    one that runs to the end, at its first ``>``. Conditional comments
    (``<!--[if IE]>``) are left alone."""
    pieces: list[str] = []
    start = done = 0
    for _ in range(_MAX_REPAIRS):
        opening = html.find("<!--", start)
        if opening < 0:
            break
        end = html.find("-->", opening + 4)
        inner = html[opening + 4 : end if end >= 0 else len(html)].lower()
        if inner.startswith("[if") or (end >= 0 and "<body" not in inner and "</head" not in inner):
            start = end + 3 if end >= 0 else len(html)
            continue
        close = _OLD_COMMENT_END.search(html, opening + 4, end if end >= 0 else len(html))
        if close is None and end < 0:
            close = re.compile(">").search(html, opening + 4)
        if close is None:
            start = end + 3 if end >= 0 else len(html)
            continue
        pieces.append(html[done : close.start()])
        pieces.append("-->")
        start = done = close.end()
    return "".join(pieces) + html[done:] if pieces else html


def _close_raw(html: str, name: str) -> str:
    """Close the ``name`` element that runs to the end of ``html``: the
    first start tag after the last end tag, closed before the next tag (a
    script: see :data:`_SCRIPT_END`)."""
    lowered = html.lower()
    last_end = lowered.rfind("</" + name)
    opening = re.compile(rf"<{name}\b[^>]*>").search(lowered, max(last_end, 0))
    if opening is None:
        return html
    begin = opening.end()
    if name == "script":
        found = _SCRIPT_END.search(html, begin) or _LINE_TAG.search(html, begin)
        point = found.start() if found is not None else -1
    else:
        found = _NEXT_TAG.search(html, begin)
        point = found.start() if found is not None else -1
    if point < 0:
        return html
    return f"{html[:point]}</{name}>{html[point:]}"
