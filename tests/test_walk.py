"""The two ways HTML is cut into blocks agree: the cut at marks in the body's
text (used for nearly every page) and the walk over the tree (used for pages
whose text holds the mark character)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsshape._html import _MARK, _Builder, _cut, _prune, _walk, from_html

_BLOCK_TAGS = ("div", "p", "h2", "li", "ul", "blockquote", "td", "section", "figcaption", "pre")
_INLINE_TAGS = ("span", "b", "em", "a")
_WORDS = ("Budget", "agreed", " ", "  ", "\n", "on Tuesday.", "«Yes»", "x", "\xa0", "\u200b")


def _html() -> st.SearchStrategy[str]:
    leaf = st.one_of(
        st.sampled_from(_WORDS),
        st.just("<br>"),
        st.just("<br><br>"),
        st.just("<script>var a = '<p>no</p>';</script>"),
        st.just("<div></div>"),
        st.just("<div hidden><p>hidden</p></div>"),
    )

    def wrap(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        tag = st.sampled_from(_BLOCK_TAGS + _INLINE_TAGS)
        return st.builds(
            lambda t, kids: (f'<a href="/{len(kids)}">' if t == "a" else f"<{t}>") + "".join(kids) + f"</{t}>",
            tag,
            children,
        )

    return st.recursive(leaf, lambda inner: wrap(st.lists(inner, max_size=5)), max_leaves=30)


def _both(html: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """What the cut and the walk make of ``html``."""
    page = f"<html><body>{html}</body></html>"
    cut, walked = _Builder(), _Builder()
    body = LexborHTMLParser(page).body
    assert body is not None
    assert _cut(body, cut, *_prune(body))
    body = LexborHTMLParser(page).body
    assert body is not None
    _walk(body, walked, *_prune(body))
    return (tuple(cut.blocks), tuple(cut.elements)), (tuple(walked.blocks), tuple(walked.elements))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_html(), min_size=1, max_size=6).map("".join))
def test_cut_equals_walk(html: str) -> None:
    cut, walked = _both(html)
    assert cut == walked


def test_link_anchor_after_a_block_inside_it() -> None:
    """A link holding a block: its anchor is the text after the block (the
    icon's box empties the text gathered so far)."""
    html = '<p>Sign in: <a href="/login"><div class="icon"></div>Login</a> now</p>'
    cut, walked = _both(html)
    assert cut == walked
    blocks = cut[0]
    assert ("Login", "/login") in [link for block in blocks for link in block.links]  # type: ignore[attr-defined]


def test_page_text_with_the_mark_is_walked() -> None:
    html = f"<html><body><h1>Title</h1><p>Odd {_MARK}b text</p><p>Second <a href='/x'>link</a></p></body></html>"
    body = LexborHTMLParser(html).body
    assert body is not None
    assert not _cut(body, _Builder(), *_prune(body))  # the marks would be ambiguous
    doc = from_html(html)
    assert [b.text for b in doc.blocks] == ["Title", f"Odd {_MARK}b text", "Second link"]
    assert doc.blocks[2].links == (("link", "/x"),)
