"""Markdown as input: recognised by its syntax, read into the same blocks
as HTML. The samples are small hand-written pages in the styles of
markdownify (Setext ``===`` headlines, ``*`` bullets), html2text (ATX
headings, escapes, nested empty bullets) and reader services (``Title:``,
``URL Source:``, ``Markdown Content:`` headers)."""

from __future__ import annotations

import time

import pytest

import newsshape
from newsshape.document import to_document

P1 = "The old bridge over the river opened again on Monday after a year of repairs to its arches and its deck."
P2 = "Cars, bicycles and buses can use it from today, and the ferry that replaced it stops running on Friday."
P3 = "The council said the works cost less than planned, and thanked residents for their patience all year."

MARKDOWNIFY = f"""Bridge reopens after a year - The Courier

[Home](/) [News](/news) [Sport](/sport)

Bridge reopens after a year
===========================

By [Jane Doe](/authors/jane)

![The bridge at dusk](https://img.example/bridge.jpg)

{P1.replace("river", "[river](https://courier.example/river)")}

{P2.replace("today", "**today**")}

What comes next
---------------

{P3.replace("planned", "*planned*")}

* [Council backs tram plan](/news/trams)
* [Ferry timetable changes](/news/ferry)

Copyright 2025 The Courier
"""

P2_ESCAPED = P2.replace("Friday.", "Friday\\.")  # html2text escapes a dot after a number or at an end

HTML2TEXT = f"""  * [Home](/)
  * [News](/news)
  *   *   *

# Bridge reopens after a year

{P1}

{P2_ESCAPED}

## What comes next

{P3}

  * [Privacy](/privacy)
"""

READER = f"""Title: Bridge reopens after a year | The Courier

URL Source: https://courier.example/news/bridge

Markdown Content:
[Skip to content](#main)

Bridge reopens after a year
===========================

{P1}

{P2}
"""


@pytest.mark.parametrize("page", [MARKDOWNIFY, HTML2TEXT, READER], ids=["markdownify", "html2text", "reader"])
def test_the_story_of_each_style(page: str) -> None:
    assert to_document(page).kind == "markdown"
    article = newsshape.parse(page)
    assert article.title == "Bridge reopens after a year"
    assert article.paragraphs[:2] == (P1, P2)
    assert "*" not in article.text and "[" not in article.text and "\\" not in article.text


def test_a_first_line_heading_is_the_title() -> None:
    article = newsshape.parse(f"# Bridge reopens\n\n{P1}\n\n{P2}\n")
    assert article.title == "Bridge reopens"
    assert article.paragraphs == (P1, P2)


def test_reader_header_gives_title_and_address() -> None:
    doc = to_document(READER)
    assert doc.meta.title == "Bridge reopens after a year | The Courier"
    assert doc.url == "https://courier.example/news/bridge"
    assert to_document(READER, url="https://elsewhere.example/").url == "https://elsewhere.example/"
    assert newsshape.parse(READER).url == "https://courier.example/news/bridge"


def test_front_matter() -> None:
    page = (
        f'---\ntitle: "Bridge reopens"\nurl: https://courier.example/b\nauthors:\n  - Jane Doe\n---\n\n{P1}\n\n{P2}\n'
    )
    doc = to_document(page)
    assert doc.kind == "markdown"
    assert doc.meta.title == "Bridge reopens"
    assert doc.url == "https://courier.example/b"
    assert doc.meta.authors == ["Jane Doe"]
    assert [b.text for b in doc.blocks] == [P1, P2]


def test_blocks() -> None:
    doc = to_document(MARKDOWNIFY)
    assert doc.kind == "markdown"
    kinds = {b.text: (b.kind, b.level) for b in doc.blocks}
    assert kinds["Bridge reopens after a year"] == ("heading", 1)
    assert kinds["What comes next"] == ("heading", 2)
    assert kinds["Council backs tram plan"] == ("item", 1)  # the depth of its list
    assert kinds["The bridge at dusk"] == ("caption", 0)  # an image alone: its alt text
    first = next(b for b in doc.blocks if b.text == P1)
    assert first.links == (("river", "https://courier.example/river"),)
    assert first.link_chars == len("river")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.links == (("The bridge at dusk", "https://img.example/bridge.jpg"),)


def test_quotes_code_and_tables() -> None:
    page = "# T\n\n> A quote from the mayor,\ncontinued here.\n\n```js\nvar x = 1;\n```\n\n"
    page += "| a | b |\n|---|---|\n| 1 | 2 |\n"
    doc = to_document(page)
    assert doc.kind == "markdown"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "T"),
        ("quote", "A quote from the mayor, continued here."),
        ("pre", "var x = 1;"),
        ("cell", "a"),
        ("cell", "b"),
        ("cell", "1"),
        ("cell", "2"),
    ]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("*em* and **strong** and ~~gone~~ and `code`", "em and strong and gone and code"),
        ("snake_case_name and 2 * 3 = 6", "snake_case_name and 2 * 3 = 6"),
        ("escaped \\*stars\\* and 1\\. item", "escaped *stars* and 1. item"),
        ("[a [nested] label", "[a [nested] label"),
        ("see <https://x.example/> now", "see https://x.example/ now"),
        ("[![logo](data:image/png;base64,AAAA)](/)", ""),
        ("a [reference][r] link", "a reference link"),
    ],
)
def test_inline_syntax_never_leaks(markdown: str, text: str) -> None:
    """The text ``markdown`` reads as, in a paragraph of a page that defines
    the reference ``r`` (a line holding only images gives no text: its
    block is a caption of their alt text)."""
    doc = to_document(f"# T\n\n{markdown}\n\n[r]: https://r.example/\n")
    assert doc.kind == "markdown"
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ([text] if text else [])


def test_a_link_around_blocks() -> None:
    """markdownify writes ``[`` above a teaser and ``](url)`` after its heading
    (here under the section's headline: the teaser alone, three lines with
    one link and one heading, has too little syntax to tell from a dump)."""
    page = "# Latest news\n\n[![Photo](/p.jpg)\n\n#### Teaser headline](/news/teaser)\n\nMore text here.\n"
    doc = to_document(page)
    assert doc.kind == "markdown"
    teaser = next(b for b in doc.blocks if b.kind == "heading" and b.level == 4)
    assert teaser.text == "Teaser headline"
    assert teaser.links == (("Teaser headline", "/news/teaser"),)


@pytest.mark.parametrize(
    "dump",
    [
        f"The Courier\nHome\nNews\nBridge reopens after a year\n{P1}\n{P2}",
        f"- Home\n- News\n* Sport\nBridge reopens\n{P1}\n#bridge #river",
        f"Prices: 1. bread 2. milk\n{P1}\n--\n{P2}",
    ],
)
def test_text_dumps_are_not_markdown(dump: str) -> None:
    assert to_document(dump).kind == "text"  # neither HTML nor Markdown


def test_linear_time() -> None:
    """Hostile Markdown under a headline (the sniffer reads only the first
    lines: the heading is what makes these pages Markdown) reads in linear
    time."""
    hostile = "# x\n" + ("[" * 50_000 + "](" * 50_000 + "*_" * 50_000 + "\n") * 4 + "# x\n" + "> " * 100_000
    links = "# x\n" + "[a](b) " * 100_000
    start = time.process_time()
    kinds = (to_document(hostile).kind, to_document(links).kind)
    assert time.process_time() - start < 2.0
    assert kinds == ("markdown", "markdown")


P4 = "Engineers will inspect the arches every spring from now on, and publish what they find on the council site."
SENTENCES = (
    "The deck was rebuilt with steel from a mill in the town.",
    "The arches were cleaned and their stones were repointed.",
    "New lamps now light the footpath on both sides at night.",
)
SHORT = ("Deck: new steel", "Arches: repointed", "Lamps: both sides")


@pytest.mark.parametrize("items", [SENTENCES, SHORT], ids=["sentences", "short"])
def test_a_list_and_a_table_between_paragraphs_are_the_story(items: tuple[str, ...]) -> None:
    """Markdown tells a list and a table from other lines: between the
    story's paragraphs they are part of it (its facts, its figures); the
    links listed under it (related stories) are not."""
    table = "| Work | Cost |\n|---|---|\n| Deck | 2.1m |\n| Arches | 0.9m |"
    bullets = "\n".join(f"- {item}" for item in items)
    footer = "- [Home](/)\n- [Council backs tram plan](/news/trams)\n- [Ferry timetable changes](/news/ferry)"
    page = "\n\n".join(("# Bridge reopens after a year", P1, P2, bullets, table, P3, P4, footer)) + "\n"
    article = newsshape.parse(page)
    kinds = [type(block).__name__ for section in article.sections for block in section.blocks]
    assert kinds == ["Paragraph", "Paragraph", "ListBlock", "Table", "Paragraph", "Paragraph"]
    blocks = [block for section in article.sections for block in section.blocks]
    assert [item.text for item in blocks[2].items] == list(items)
    assert blocks[3].rows == (("Work", "Cost"), ("Deck", "2.1m"), ("Arches", "0.9m"))
    assert article.paragraphs[:2] == (P1, P2) and article.paragraphs[-2:] == (P3, P4)
    assert "tram" not in article.text and "Home" not in article.text
