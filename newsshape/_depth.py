"""A guard against pathologically deep markup, applied before parsing.

An HTML tree builder checks the stack of open elements at each start tag, so
markup nested tens of thousands of levels deep costs time quadratic in the
depth (lexbor takes over ten seconds for 40,000 nested ``div``). Browsers cap
the depth instead: Chromium attaches elements beyond 512 levels as siblings.
newsshape does the same before the page reaches the parser: tags beyond
:data:`MAX_DEPTH` levels are dropped and their text kept, so the visible text
is unchanged and parsing stays linear.

The depth is estimated from the tag sequence in one pass; elements that the
HTML parser closes implicitly (``p``, ``li``, table cells, ...) and void
elements are not counted, so unclosed paragraphs never look like nesting.

Most pages skip even that pass: markup with fewer than :data:`SCAN_FROM`
``<`` characters cannot nest deeper than that, and the parser's cost at such
depths stays within milliseconds (about 15 ms for 2,500 nested ``div``), so
the guard only spends time where the parser could.
"""

from __future__ import annotations

import re

#: Nesting depth beyond which tags are dropped. Real pages stay far below it.
MAX_DEPTH = 512

_TAG_WHOLE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]{0,4000}>")
_NOT_COUNTED = frozenset(
    {
        # void elements
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source"),
        *("track", "wbr"),
        # elements the parser closes implicitly
        *("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup"),
        *("rb", "rt", "rtc", "rp"),
    }
)
#: Pages with fewer ``<`` than this are not scanned (see above).
SCAN_FROM = 2500
#: ``<`` or ``</`` and the tag name, as one string per tag.
_TAG_TOKEN = re.compile(r"<(/?[A-Za-z][A-Za-z0-9:-]{0,40})")


class _Steps(dict[str, int]):
    """Depth change of a tag token (``div``: +1, ``/div``: -1, uncounted: 0),
    worked out once per distinct spelling."""

    def __missing__(self, token: str) -> int:
        step = 0 if token.lstrip("/").lower() in _NOT_COUNTED else -1 if token[0] == "/" else 1
        if len(self) < 4096:  # a page of random tag names cannot grow it without bound
            self[token] = step
        return step


_STEPS = _Steps()


def max_depth(html: str) -> int:
    """Estimated maximum nesting depth of ``html`` (one pass over its tags)."""
    depth = deepest = 0
    step = _STEPS.__getitem__
    for token in _TAG_TOKEN.findall(html):
        change = step(token)
        if change > 0:
            depth += 1
            if depth > deepest:
                deepest = depth
        elif change and depth:
            depth -= 1
    return deepest


def flatten(html: str, limit: int = MAX_DEPTH) -> str:
    """Return ``html`` with every tag nested deeper than ``limit`` removed
    (text kept). Pages within the limit, and pages too small to be costly
    (fewer than :data:`SCAN_FROM` tags), come back unchanged, as the same
    object."""
    if html.count("<") < max(SCAN_FROM, limit) or max_depth(html) <= limit:
        return html
    depth = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(2).lower() in _NOT_COUNTED:
            return match.group(0) if depth <= limit else ""
        if match.group(1):
            depth = max(0, depth - 1)
            return match.group(0) if depth < limit else ""
        depth += 1
        return match.group(0) if depth <= limit else ""

    return _TAG_WHOLE.sub(keep, html)
