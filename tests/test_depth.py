"""The guard against deep markup (:mod:`newsshape.document._depth`): which pages it
rewrites, and that it keeps their text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

# private on purpose: the depth guard returns the very page object when it changes nothing (a speed shortcut)
# private: the guard rewrites a page before it is parsed, and only its scan and its limits say whether it ran
from newsshape.document._depth import MAX_DEPTH, SCAN_FROM, flatten, max_depth


def _nested(depth: int, filler: int = 0) -> str:
    """``depth`` nested ``div``s around a word, after ``filler`` paragraphs."""
    paragraphs = "<p>filler</p>" * filler
    return f"<html><body>{paragraphs}" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>"


def _tree_depth(html: str) -> int:
    """The deepest element of the parsed page, counted from ``html``."""
    deepest = 0
    for node in LexborHTMLParser(html).root.traverse():
        depth, parent = 0, node.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        deepest = max(deepest, depth)
    return deepest


def test_max_depth_counts_open_elements() -> None:
    assert max_depth("<div><div><span>x</span></div><div></div></div>") == 3
    # void and implicitly closed elements never look like nesting
    assert max_depth("<br><br><img src=x><p>a<p>b<li>c<li>d") == 0
    # stray closing tags cannot take the depth below the top
    assert max_depth("</div></div></div><div><div>x</div></div>") == 2


def test_scripts_and_inline_icons_do_not_look_deep() -> None:
    # markup inside a script is text: "<div" opens nothing there
    assert max_depth("<script>var s = '" + "<div>" * 900 + "';</script><div>x</div>") == 1
    # self-closing shapes inside <svg> are leaves ...
    icons = "<svg><g>" + '<path d="M0 0"/><use href="#i"/>' * 900 + "</g></svg>"
    assert max_depth(f"<div>{icons}</div>") == 3
    # ... but outside <svg> the same names are unknown elements, which nest
    assert max_depth("<div>" + "<path>" * 900) == 901
    page = "<html><body>" + "<p>filler</p>" * SCAN_FROM + f"<div>{icons * 3}</div></body></html>"
    assert flatten(page) is page


def test_a_deep_page_is_cut_to_the_limit_and_keeps_its_text() -> None:
    page = _nested(2 * MAX_DEPTH, filler=SCAN_FROM)
    flat = flatten(page)
    assert flat != page
    assert max_depth(flat) <= MAX_DEPTH
    assert _tree_depth(flat) <= MAX_DEPTH + 4  # html, body and the parser's own levels
    assert "deep text" in LexborHTMLParser(flat).body.text()  # type: ignore[union-attr]


def test_shallow_and_small_pages_come_back_unchanged() -> None:
    shallow = _nested(40, filler=SCAN_FROM)
    assert flatten(shallow) is shallow
    # too few tags to be costly to parse: not even scanned
    small = _nested(MAX_DEPTH + 10)
    assert small.count("<") < SCAN_FROM
    assert flatten(small) is small


def test_utf8_bytes_give_the_depth_of_their_text() -> None:
    """The guard reads a page's UTF-8 bytes when it has them: the same tags
    and the same depth as the text (multi-byte characters are no tags)."""
    page = "<p>Grüße — 東京</p><script>var s = '<div><div>';</script>" + "<div>é" * 40 + "</div>" * 40
    assert max_depth(page.encode("utf-8")) == max_depth(page) == 40
    deep = _nested(MAX_DEPTH + 20, filler=SCAN_FROM).replace("deep text", "tiefer Text ü")
    assert flatten(deep, utf8=deep.encode("utf-8")) == flatten(deep) != deep
