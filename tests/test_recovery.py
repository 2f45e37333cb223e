"""Broken markup read as a reader sees it: unclosed raw-text elements and
comments do not swallow the page, broken doctypes and stray text before
``<html>`` leave it HTML, and a damaged head puts no script text in the
body."""

from __future__ import annotations

import pytest

import newsshape
from newsshape.document import to_document

STORY = (
    "<h1>Bridge reopens</h1>"
    "<p>The old bridge over the river opened again on Monday after a year of repairs to its arches.</p>"
    "<p>Cars, bicycles and buses can use it from today, and the ferry that replaced it stops on Friday.</p>"
)
PARAGRAPHS = (
    "The old bridge over the river opened again on Monday after a year of repairs to its arches.",
    "Cars, bicycles and buses can use it from today, and the ferry that replaced it stops on Friday.",
)


def _page(head: str, body: str = STORY, before: str = "<!DOCTYPE html>\n") -> str:
    return f"{before}<html>\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"


CASES = {
    "unclosed title": _page("<title>Bridge reopens<meta charset='utf-8'>"),
    "unclosed title, nothing after it in the head": _page("<title>Bridge reopens"),
    "unclosed style": _page("<title>Bridge reopens</title><style>p { color: red }"),
    "unclosed script": _page("<title>Bridge reopens</title><script>var slot = 1;"),
    "unclosed textarea": _page("<title>Bridge reopens</title>", "<form><textarea>Your comment" + STORY),
    "unclosed xmp": _page("<title>Bridge reopens</title>", "<xmp>" + STORY),
    "comment closed the old way": _page("<title>Bridge reopens</title>", before="<!-- generated -- -- >\n"),
    "comment never closed": _page("<title>Bridge reopens</title><!-- analytics"),
    "broken doctype": _page("<title>Bridge reopens</title>", before="<!DOCTYPEw html>\n"),
    "doctype doctype": _page(
        "<title>Bridge reopens</title>", before='<!DOCTYPE doctype PUBLIC "-//w3c//dtd html 4.0//en">\n'
    ),
    "nbsp before html": _page("<title>Bridge reopens</title>", before="&nbsp;\r\n"),
    "damaged head (a start tag lost in an attribute)": _page(
        "<title>Bridge reopens</title><meta name='x' content='y'<script>var slot = {id: 1}; load(slot);</script>"
    ),
}


@pytest.mark.parametrize("html", CASES.values(), ids=list(CASES))
def test_broken_markup_reads_as_a_reader_sees_it(html: str) -> None:
    article = newsshape.parse(html)
    assert to_document(html).kind == "html"
    assert article.paragraphs == PARAGRAPHS
    assert article.title == "Bridge reopens"
    assert newsshape.clean(html) == article.text == "\n\n".join(PARAGRAPHS)
    assert newsshape.parse(html.encode("utf-8")) == article


def _read(html: str) -> tuple[object, ...]:
    """What a page reads as: its document's blocks, elements and metadata."""
    doc = to_document(html)
    return doc.kind, doc.blocks, doc.elements, doc.meta


def test_an_unclosed_title_is_closed_at_the_next_tag() -> None:
    html = _page("<title>Bridge reopens<meta charset='utf-8'>")
    assert _read(html) == _read(_page("<title>Bridge reopens</title><meta charset='utf-8'>"))
    assert to_document(html).meta.title == "Bridge reopens"


def test_a_title_in_the_body_is_not_text() -> None:
    # stray text before <html> starts the body: the head's title lands there, and browsers hide it
    blocks = to_document("Stray words\n<html><head><title>Bridge reopens</title></head><body><p>Text.</p>").blocks
    assert [b.text for b in blocks] == ["Stray words", "Text."]


def test_prose_before_the_head_stays() -> None:
    # a browser shows stray text (a server's warning); only code from a damaged head is dropped
    warning = "Warning: mysql_connect(): Too many connections in /var/www/db.php"
    doc = to_document(warning + "\n" + _page("<title>T</title>"))
    assert doc.kind == "html"
    assert [b.text for b in doc.blocks] == [warning, "Bridge reopens", *PARAGRAPHS]


def test_well_formed_pages_need_no_repair() -> None:
    """A tag inside a script's string, a conditional comment, a closed
    textarea and comment are read as written: the page reads as it would
    without them (no repair moves its text)."""
    html = _page("<title>T</title><script>var s = '<div>';</script><!--[if IE]><body class='ie'><![endif]-->")
    plain = _read(_page("<title>T</title>"))
    assert _read(html) == plain
    assert _read(_page("<title>T</title>", "<textarea>a</textarea><!-- c -->" + STORY)) == plain


@pytest.mark.parametrize(
    "text",
    [
        "&nbsp;\n<table><tr><td>Cell</td></tr></table>",
        "\n<link rel='stylesheet' href='a.css'>\n<script>var a;</script>\n<p>Text</p>",
        "<pre>\nA story set as preformatted text.\n</pre>",
        "<!DOCTYPEhtml><html><body><p>x</p>",
    ],
)
def test_html_is_recognised_by_its_tags_near_the_start(text: str) -> None:
    assert to_document(text).kind == "html"


@pytest.mark.parametrize(
    "text",
    [
        "A headline\n\nA paragraph that mentions <b> tags in passing.",
        "- a list item\n- another\n\nWords, words.",
        "© The Courier 2024\nA headline\nA paragraph.",
    ],
)
def test_text_dumps_stay_text_dumps(text: str) -> None:
    assert to_document(text).kind != "html"
