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
#: SVG shapes, written self-closing (``<path .../>``), which the parser
#: honours inside ``<svg>``: counted there, they would make every page with
#: inline icons look deep. Outside ``<svg>`` they are unknown elements, which
#: nest like ``div`` and are counted.
_SVG_LEAVES = frozenset(("path", "use", "circle", "rect", "line", "polyline", "polygon", "ellipse", "stop", "image"))
#: Elements whose content is text to the parser, not markup: a ``"<div"``
#: inside a script is no element (and its ``<\/div>`` no closing tag).
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
_RAW_CODE = {name: 10 + i for i, name in enumerate(_RAW_TEXT)}
#: Pages with fewer ``<`` than this are not scanned (see above).
SCAN_FROM = 2500
#: ``<`` or ``</`` and the tag name, as one string per tag.
_TAG_TOKEN = re.compile(r"<(/?[A-Za-z][A-Za-z0-9:-]{0,40})")
#: :data:`_TAG_TOKEN` for a page's UTF-8 bytes: the same tags (a multi-byte
#: character's bytes are none of the pattern's ASCII characters).
_TAG_TOKEN_UTF8 = re.compile(rb"<(/?[A-Za-z][A-Za-z0-9:-]{0,40})")


class _Steps(dict[str | bytes, int]):
    """Depth change of a tag token (``div``: +1, ``/div``: -1, uncounted: 0;
    ``svg`` ±2 and SVG shapes ±3, counted as ±1 where they count; a raw-text
    element: its code, 10 or more, negative when closing), worked out once
    per distinct spelling (a token of bytes is ASCII)."""

    def __missing__(self, token: str | bytes) -> int:
        text = token.decode("ascii") if isinstance(token, bytes) else token
        name = text.lstrip("/").lower()
        closing = text[0] == "/"
        if name in _RAW_CODE:
            step = -_RAW_CODE[name] if closing else _RAW_CODE[name]
        elif name in _SVG_LEAVES or name == "svg":
            step = 3 if name in _SVG_LEAVES else 2
            step = -step if closing else step
        else:
            step = 0 if name in _NOT_COUNTED else -1 if closing else 1
        if len(self) < 4096:  # a page of random tag names cannot grow it without bound
            self[token] = step
        return step


_STEPS = _Steps()


def max_depth(html: str | bytes) -> int:
    """Estimated maximum nesting depth of ``html`` (one pass over its tags;
    what looks like tags inside scripts and styles is skipped); ``html`` may
    be a page's UTF-8 bytes, which give the depth of its text."""
    depth = deepest = raw = svg = 0
    step = _STEPS.__getitem__
    tokens = _TAG_TOKEN_UTF8.findall(html) if isinstance(html, bytes) else _TAG_TOKEN.findall(html)
    for token in tokens:
        change = step(token)
        if raw:  # inside a script: only its closing tag counts
            if change == -raw:
                raw = 0
            continue
        if change > 9 or change < -9:
            raw = max(change, 0)
            continue
        if change in (3, -3):
            if svg:
                continue
            change //= 3
        elif change in (2, -2):
            change //= 2
            svg = max(0, svg + change)
        if change > 0:
            depth += 1
            if depth > deepest:
                deepest = depth
        elif change and depth:
            depth -= 1
    return deepest


def flatten(html: str, limit: int = MAX_DEPTH, *, utf8: bytes | None = None) -> str:
    """Return ``html`` with every tag nested deeper than ``limit`` removed
    (text kept). Pages within the limit, and pages too small to be costly
    (fewer than :data:`SCAN_FROM` tags), come back unchanged, as the same
    object. ``utf8``, if given, must be ``html`` encoded in UTF-8: its tags
    and ``<`` are the text's, and bytes are read faster than most text."""
    tags = html.count("<") if utf8 is None else utf8.count(b"<")
    if tags < max(SCAN_FROM, limit) or max_depth(html if utf8 is None else utf8) <= limit:
        return html
    depth = svg = 0
    raw = ""  # the raw-text element we are in

    def keep(match: re.Match[str]) -> str:
        nonlocal depth, raw, svg
        name = match.group(2).lower()
        if raw:
            if match.group(1) and name == raw:
                raw = ""
            return match.group(0)
        if name in _RAW_CODE:
            raw = "" if match.group(1) else name
            return match.group(0)
        if name == "svg":
            svg = max(0, svg + (-1 if match.group(1) else 1))
        if name in _NOT_COUNTED or (svg and name in _SVG_LEAVES):
            return match.group(0) if depth <= limit else ""
        if match.group(1):
            depth = max(0, depth - 1)
            return match.group(0) if depth < limit else ""
        depth += 1
        return match.group(0) if depth <= limit else ""

    return _TAG_WHOLE.sub(keep, html)
