"""Text dumps made by different flatteners: a browser's ``innerText`` (lines
at blocks only), selectolax's ``text(separator="\\n")`` (a line per text
node: paragraphs cut at every link, scripts and style sheets included when
the whole page is flattened). The same page gives the same story."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser
from test_content import P1, P2, P3  # the story of the content tests

import newsshape
from newsshape.document import to_document

PAGE = f"""<html><head><title>Bridge vote</title>
<style>.nav{{display:none;margin:0}} .story p {{ line-height: 1.5; color: #333; }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council votes to rebuild the harbour bridge</h1>
<p>{P1.replace("harbour bridge", '<a href="/bridge">harbour bridge</a>')}</p>
<script>var ad = {{slot: "mid", sizes: [[300, 250]]}}; googletag.cmd.push(function() {{ show(ad); }});</script>
<p>{P2.replace("trams", "<em>trams</em>")}</p>
<p>{P3.replace("ring road", '<a href="/roads">ring road</a>')}</p>
</article>
<footer><p>Copyright 2025 The Harbour Times</p></footer>
</body></html>"""


def _story(text: str) -> tuple[str, ...]:
    return newsshape.parse(text).paragraphs


def test_inner_text_dump() -> None:
    dump = "\n".join(("Home", "News", "Sport", "Council votes to rebuild the harbour bridge", P1, P2, P3, "Copyright"))
    assert _story(dump) == (P1, P2, P3)


@pytest.mark.parametrize("whole_page", [False, True], ids=["body", "whole page"])
def test_a_line_per_text_node(whole_page: bool) -> None:
    tree = LexborHTMLParser(PAGE)
    root = tree.root if whole_page else tree.body
    assert root is not None
    dump = root.text(separator="\n")
    assert any(line.startswith("harbour bridge") for line in dump.splitlines())  # cut at the link
    assert _story(dump) == (P1, P2, P3)


def _blocks(lines: list[str]) -> list[tuple[str, str, bool]]:
    """The blocks of the text dump of ``lines``: kind, text and whether a
    blank line comes before."""
    doc = to_document("\n".join(lines))
    assert doc.kind == "text"
    return [(b.kind, b.text, b.gap_before) for b in doc.blocks]


def test_lines_cut_at_inline_elements_are_put_back_together() -> None:
    assert _blocks(["The ", "council", " voted", ", said", "", "Next block"]) == [
        ("paragraph", "The council voted, said", False),
        ("paragraph", "Next block", True),
    ]
    assert _blocks(["Vernon", "’s knee"]) == [("paragraph", "Vernon’s knee", False)]


@given(st.lists(st.text(alphabet="ab.,- ", max_size=12).map(str.strip)))
def test_lines_cut_only_at_blocks_pass_as_they_are(lines: list[str]) -> None:
    """A dump with no white space at the edges of its lines and no line
    opening with closing punctuation (innerText, html-text) is not changed."""
    lines = ["Bridge vote", *(line for line in lines if not line.startswith((",", "."))), P1]
    apart = "\n\n".join(lines)  # a blank line between every two: nothing to put together
    assert [(b.kind, b.text) for b in to_document(apart).blocks] == [(kind, text) for kind, text, _ in _blocks(lines)]


@pytest.mark.parametrize(
    "line",
    [
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        ".nav{display:none;margin:0}.story p{line-height:1.5;color:#333}@media (min-width:600px){.nav{display:block}}",
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes to rebuild the bridge"}',
        "var ad = {slot: 'mid'};",
        "/* header styles */",
        "// load the player",
        # style sheets as a flattener cuts them: rules, block openings and closings, selector lists
        ".site-logo img { max-width: 200px; max-height: 95px; }",
        ".blog-post-loop .entry-content a { color: #38B7EE;",
        "@media (max-width: 991px) {",
        "}",
        "}.td-header-wrap .black-menu .sf-menu > li > a:hover { color: #fff }",
        "table th,.basel-empty-compare,.compare-field,.compare-value:before,.color-scheme-dark .info-box-inner h1,",
        ".page-title{background-color:#212121;}.topbar{background-color:#1aada3;}.main-header, .sticky-header, .nav a",
    ],
)
def test_code_lines(line: str) -> None:
    """Between two paragraphs of a dump's story, a code line is neither
    text nor a section heading (a short line of text there would be one)."""
    dump = "\n\n".join(("Bridge vote", P1, P2, line, P3))
    assert [r.role for r in newsshape.explain(dump) if r.text == line] == ["boilerplate"]
    assert _story(dump) == (P1, P2, P3)


@pytest.mark.parametrize(
    "line",
    [
        P1,
        "The score was 3 = 3 after extra time; the referee (a veteran) called it {remarkably} fair.",
        "Temperatures: Monday 12°C; Tuesday 14°C; Wednesday 9°C.",
        "市议会周二投票决定重建旧港口大桥，结束了一场持续十多年的辩论。",
        'He said: "It is time (finally) to build it."',
        "Prices: bread, milk, eggs and butter; all of them rose, the survey found.",
        "Readers wrote in from Paris, Lyon, Nice, and the hashtag #bridge trended for a day.",
    ],
)
def test_text_lines_are_not_code(line: str) -> None:
    """The same place holds a line of text: it stays in the story."""
    story = [p for p in (P1, P2, P3) if p != line]
    dump = "\n\n".join(("Bridge vote", *story[:-1], line, story[-1]))
    assert [r.role for r in newsshape.explain(dump) if r.text == line] in (["body"], ["heading"])
    assert line in newsshape.parse(dump).text.split("\n\n")


def test_a_whole_page_dump_is_text_though_its_scripts_hold_tags() -> None:
    dump = "\n".join(
        (
            "Bridge vote",
            "var slot = '<div class=\"ad\">'; document.write('<script src=\"/ad.js\"></script>');",
            "html = '<p>' + teaser + '</p>';",
            "Home",
            "News",
            P1,
            P2,
        )
    )
    assert to_document(dump).kind != "html"
    assert _story(dump) == (P1, P2)


def test_a_whole_page_dump_with_its_style_sheets() -> None:
    """Style sheets flattened with the page, rules, comments and selector
    lists cut over lines, are neither the story nor its headline."""
    css = (
        "/* Page headings settings for heading overlap */",
        ".basel-header-overlap .title-size-default, .basel-header-overlap .title-size-small { padding-top: 20px; }",
        ".blog-post-loop .entry-content a { color: #38B7EE;",
        "}",
        ".page-title{background-color:#212121;}.topbar{background-color:#1aada3;}.main-header, .sticky-header, .nav a,",
        "table th,.basel-empty-compare,.compare-field,.compare-value:before,.color-scheme-dark .info-box-inner h1,",
    )
    dump = "\n".join((*css, "Home", "News", "Council votes to rebuild harbour bridge", P1, P2, "About us"))
    article = newsshape.parse(dump)
    assert article.title == "Council votes to rebuild harbour bridge"
    assert article.paragraphs == (P1, P2)


def test_markup_behind_script_lines_is_told_from_a_dump() -> None:
    """A dump whose first lines are scripts writing tags
    (``document.write('<script ...>')``) is text; markup that starts with
    text before its tags is markup."""
    scripts = "\n".join(
        f"window.{name}||document.write('<script src=\"/polyfills/{name}.js\"></s'+'cript>');"
        for name in ("Promise", "fetch", "assign", "closest")
    )
    assert to_document(f"[ng-cloak] {{display: none !important;}}\n{scripts}\nBridge vote\n{P1}").kind != "html"


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>One</p></body></html>",
        "Breaking news\n<div class='story'>\n<p>One paragraph.</p>\n<p>Another.</p>\n</div>",
        "A fragment: <p>one</p> <p>two</p> <a href='/'>three</a>",
    ],
)
def test_markup_is_html(markup: str) -> None:
    assert to_document(markup).kind == "html"
