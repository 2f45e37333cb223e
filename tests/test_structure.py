"""The structured body: :attr:`Section.blocks <newsshape.Section.blocks>`
rebuilt from the markup (lists, tables, block quotes, code, figures,
embeds), from Markdown and from text dumps, with the invariant that ties it
to the paragraphs: ``block_texts(section.blocks) == section.paragraphs``.

Every page here is hand-written for the markup it exercises."""

from __future__ import annotations

import json

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsshape
from newsshape.document import Page, to_document
from newsshape.extractors.base import Extractor
from newsshape.model import (
    Article,
    BlockQuote,
    BodyBlock,
    Code,
    Embed,
    Figure,
    Image,
    ListBlock,
    ListItem,
    Paragraph,
    Section,
    Table,
    block_texts,
)

URL = "https://news.example.com/2024/bridge"
P1 = "The old bridge over the river opened again on Monday after a year of repairs to its arches and its deck."
P2 = "Cars, bicycles and buses can use it from today, and the ferry that replaced it stops running on Friday."
P3 = "The council said the works cost less than planned, and thanked residents for their patience all year."


def _page(body: str) -> str:
    return (
        f"<html><body><article><h1>Bridge reopens after a year</h1><p>{P1}</p>{body}<p>{P3}</p></article></body></html>"
    )


def _blocks(body: str) -> tuple[BodyBlock, ...]:
    article = newsshape.parse(_page(body), url=URL)
    for section in article.sections:
        assert block_texts(section.blocks) == section.paragraphs
    return tuple(b for s in article.sections for b in s.blocks)


def _shaped(body: str) -> list[BodyBlock]:
    """The blocks between the first and the last paragraph."""
    found = _blocks(body)
    assert found[0] == Paragraph(P1) and found[-1] == Paragraph(P3)
    return list(found[1:-1])


def test_paragraphs_stay_paragraphs() -> None:
    assert _shaped(f"<p>{P2}</p>") == [Paragraph(P2)]


def test_nested_lists() -> None:
    body = "<ul><li>Buses every ten minutes</li><li>A bicycle lane<ol><li>on the east side</li>"
    body += "<li>with a barrier</li></ol></li><li>The ferry stops</li></ul>"
    inner = ListBlock((ListItem("on the east side"), ListItem("with a barrier")), ordered=True)
    items = (ListItem("Buses every ten minutes"), ListItem("A bicycle lane", inner), ListItem("The ferry stops"))
    assert _shaped(body) == [ListBlock(items)]


def test_list_items_holding_paragraphs() -> None:
    body = "<ol><li><p>Buses every ten minutes</p></li><li><p>A bicycle lane</p></li></ol>"
    assert _shaped(body) == [ListBlock((ListItem("Buses every ten minutes"), ListItem("A bicycle lane")), ordered=True)]


def test_table_with_header_and_caption() -> None:
    body = "<table><caption>Cost of the works</caption><tr><th>Year</th><th>Cost</th></tr>"
    body += "<tr><td>2023</td><td>5 million</td></tr><tr><td>2024</td><td>7 million</td></tr></table>"
    shaped = _shaped(body)
    table = shaped[-1]
    assert isinstance(table, Table)
    assert table.rows == (("Year", "Cost"), ("2023", "5 million"), ("2024", "7 million"))
    assert table.header
    # the caption is the table's when the layout keeps it in the body
    assert table.caption in (None, "Cost of the works")


def test_a_layout_table_is_no_table() -> None:
    long = " ".join([P2] * 4)
    assert _shaped(f"<table><tr><td>{long}</td><td>{long}</td></tr></table>") == [Paragraph(long), Paragraph(long)]


def test_block_quote() -> None:
    body = f"<blockquote><p>{P2}</p><p>The mayor wrote it.</p></blockquote>"
    assert _shaped(body) == [BlockQuote((P2, "The mayor wrote it."))]


def test_code() -> None:
    assert _shaped(f"<p>{P2}</p><pre>x = 1\ny = 2</pre>") == [Paragraph(P2), Code("x = 1 y = 2", "x = 1\ny = 2")]


def test_figure_with_lazy_picture_and_caption() -> None:
    body = f'<p>{P2}</p><figure><img src="data:image/gif;base64,R0l" data-src="/media/arches.jpg" alt="The arches">'
    body += '<figcaption>The repaired arches. <span class="credit">Photo: Jane Roe</span></figcaption></figure>'
    found = _blocks(body)
    figure = next(b for b in found if isinstance(b, Figure))
    assert figure.image.url == "https://news.example.com/media/arches.jpg"
    assert figure.image.alt == "The arches"
    assert figure.image.caption == "The repaired arches."
    assert figure.image.credit == "Photo: Jane Roe"
    assert found.index(figure) == 2  # after the paragraph it follows in the page


def test_image_only_figure_in_place() -> None:
    body = f'<p>{P2}</p><figure><div class="wrap"><img src="/media/deck.jpg" alt="The deck"></div></figure>'
    shaped = _shaped(body)
    assert shaped == [Paragraph(P2), Figure(Image("https://news.example.com/media/deck.jpg", "The deck"))]


def test_youtube_iframe() -> None:
    body = f'<p>{P2}</p><div class="video"><iframe src="https://www.youtube.com/embed/abc123"></iframe></div>'
    assert _shaped(body) == [Paragraph(P2), Embed("https://www.youtube.com/embed/abc123", "youtube", "video")]


def test_an_iframe_inside_running_text_leaves_the_text_whole() -> None:
    body = '<p>Watch the opening <iframe src="https://www.youtube.com/embed/abc"></iframe> on the river.</p>'
    assert _shaped(body) == [Paragraph("Watch the opening on the river.")]


def test_an_ad_frame_is_no_embed() -> None:
    body = f'<p>{P2}</p><div><iframe src="https://ads.example.net/slot?id=3"></iframe></div>'
    assert _shaped(body) == [Paragraph(P2)]


def test_twitter_blockquote() -> None:
    body = '<blockquote class="twitter-tweet"><p>The bridge is open again!</p>&mdash; Mayor (@mayor) '
    body += '<a href="https://twitter.com/mayor/status/123">May 1, 2024</a></blockquote>'
    found = _blocks(body)
    embed = next(b for b in found if isinstance(b, Embed))
    assert embed.url == "https://twitter.com/mayor/status/123"
    assert (embed.provider, embed.kind) == ("twitter", "social")
    assert embed.paragraphs[0] == "The bridge is open again!"


def _sections(doc_text: str) -> list[Section]:
    """The sections of a page whose every block but headings is body (the
    structure step alone, whatever a layout would keep)."""
    doc = to_document(doc_text)
    page = Page(doc)
    page.roles = ["heading" if b.kind == "heading" else "body" for b in doc.blocks]
    return Extractor().sections(page)


def test_markdown_lists_tables_quotes_code_and_images() -> None:
    md = f"""# Bridge reopens

{P1}

1. Buses every ten minutes
2. A bicycle lane
   - on the east side
   - with a barrier
3. The ferry stops

> {P2}

![The arches](https://img.example/a.jpg)

```
x = 1
```

| Year | Cost |
|------|-----:|
| 2023 | 5 \\| 6 |
| 2024 | 7 |
"""
    (section,) = _sections(md)
    inner = ListBlock((ListItem("on the east side"), ListItem("with a barrier")))
    items = (ListItem("Buses every ten minutes"), ListItem("A bicycle lane", inner), ListItem("The ferry stops"))
    assert section.blocks[:3] == (Paragraph(P1), ListBlock(items, ordered=True), BlockQuote((P2,)))
    figure = section.blocks[3]
    assert isinstance(figure, Figure) and figure.image.url == "https://img.example/a.jpg"
    assert section.blocks[4] == Code("x = 1")
    assert section.blocks[5] == Table((("Year", "Cost"), ("2023", "5 | 6"), ("2024", "7")), header=True)
    assert block_texts(section.blocks) == section.paragraphs


def test_text_dump_bullets_make_a_list() -> None:
    dump = f"Bridge reopens after a year\n\n{P1}\n\n• Buses every ten minutes\n• A bicycle lane\n\n{P3}\n"
    doc = to_document(dump)
    assert doc.kind == "text"
    (section,) = _sections(dump)
    lists = [b for b in section.blocks if isinstance(b, ListBlock)]
    assert lists == [ListBlock((ListItem("Buses every ten minutes"), ListItem("A bicycle lane")))]


def test_markdown_round_trip_keeps_lists_and_tables() -> None:
    article = Article(
        title="Bridge",
        sections=(
            Section(
                None,
                ("a", "b", "Year", "Cost", "2023", "5m"),
                (
                    ListBlock((ListItem("a"), ListItem("b"))),
                    Table((("Year", "Cost"), ("2023", "5m")), header=True),
                ),
            ),
        ),
    )
    md = article.to_markdown()
    assert "- a\n- b" in md
    assert "| Year | Cost |\n|---|---|\n| 2023 | 5m |" in md
    (section,) = _sections(md)
    assert section.blocks == article.sections[0].blocks


def test_json_round_trip_of_every_block() -> None:
    inner = ListBlock((ListItem("b"),), ordered=True)
    blocks: tuple[BodyBlock, ...] = (
        Paragraph("p"),
        ListBlock((ListItem("a", inner),)),
        BlockQuote(("q",)),
        Table((("h1", "h2"), ("c1", "c2")), "cap", header=True),
        Figure(Image("https://x.example/b.jpg", "alt", "caption", "credit"), ("caption credit",)),
        Code("x = 1"),
        Embed("https://www.youtube.com/embed/x", "youtube", "video"),
    )
    article = Article(sections=(Section("All", block_texts(blocks), blocks),))
    data = json.loads(article.to_json())
    types = [b["type"] for b in data["sections"][0]["blocks"]]
    assert types == ["paragraph", "list", "quote", "table", "figure", "code", "embed"]
    assert Article.from_dict(data) == article


def test_json_without_blocks_reads_paragraph_blocks() -> None:
    data = {"sections": [{"heading": None, "paragraphs": ["a", "b"]}]}
    assert Article.from_dict(data).sections[0].blocks == (Paragraph("a"), Paragraph("b"))


def test_blocks_that_do_not_match_are_replaced() -> None:
    from newsshape.fields._normalize import build_article

    wrong = Section(None, ("a", "b"), (Paragraph("a"),))
    article = build_article(sections=[wrong])
    assert article.sections[0].blocks == (Paragraph("a"), Paragraph("b"))


def test_renderers_show_the_shapes() -> None:
    blocks: tuple[BodyBlock, ...] = (
        ListBlock((ListItem("one"), ListItem("two")), ordered=True),
        Table((("Year", "Cost"), ("2023", "5m")), header=True),
        Figure(Image("https://x.example/a.jpg", "The arches", "The arches at dusk")),
        Code("x = 1"),
    )
    article = Article(sections=(Section(None, block_texts(blocks), blocks),))
    html = article.to_html()
    assert "<ol><li>one</li><li>two</li></ol>" in html
    assert "<thead><tr><th>Year</th><th>Cost</th></tr></thead>" in html
    assert '<img src="https://x.example/a.jpg" alt="The arches"><figcaption>The arches at dusk' in html
    assert "<pre><code>x = 1</code></pre>" in html
    md = article.to_markdown()
    assert "1. one\n2. two" in md and "![The arches](https://x.example/a.jpg)\n*The arches at dusk*" in md
    assert "```\nx = 1\n```" in md
    text = article.to_text()
    assert "1. one\n2. two" in text and "Year | Cost\n2023 | 5m" in text


# -- the invariant ----------------------------------------------------------------------

_WORDS = st.text(alphabet="abcdefghij <>&\"'|*#-`", min_size=1, max_size=12).map(lambda s: s.strip() or "x")
_ITEMS = st.lists(_WORDS, min_size=1, max_size=4)


@st.composite
def _block_html(draw: st.DrawFn) -> str:
    choice = draw(st.integers(0, 5))
    words = draw(_ITEMS)
    if choice == 0:
        return "".join(f"<p>{w}</p>" for w in words)
    if choice == 1:
        tag = draw(st.sampled_from(["ul", "ol"]))
        nested = f"<ul><li>{words[0]}</li></ul>" if draw(st.booleans()) else ""
        return f"<{tag}>" + "".join(f"<li>{w}{nested}</li>" for w in words) + f"</{tag}>"
    if choice == 2:
        return "<table>" + "".join(f"<tr><td>{w}</td><td>{w}</td></tr>" for w in words) + "</table>"
    if choice == 3:
        return "<blockquote>" + "".join(f"<p>{w}</p>" for w in words) + "</blockquote>"
    if choice == 4:
        return f'<figure><img src="/{len(words)}.jpg"><figcaption>{words[0]}</figcaption></figure>'
    return f"<pre>{words[0]}</pre>"


@settings(max_examples=60, deadline=None)
@given(st.lists(_block_html(), min_size=1, max_size=6))
def test_paragraphs_are_the_blocks_texts_in_order(parts: list[str]) -> None:
    """The invariant: for every section, ``block_texts(section.blocks) ==
    section.paragraphs`` -- the texts of the blocks (a paragraph's text, a
    list's items depth first, a table's caption then its cells row by row,
    a quote's, a figure's or an embed's paragraphs, a code block's text),
    in order, are the section's paragraphs, whatever the markup."""
    html = f"<html><body><article><h1>Title</h1><p>{P1}</p>{''.join(parts)}<p>{P2}</p></article></body></html>"
    article = newsshape.parse(html, url=URL)
    for section in article.sections:
        assert block_texts(section.blocks) == section.paragraphs
    assert Article.from_dict(json.loads(article.to_json())) == article
    assert attrs.evolve(article) == article


def test_a_figure_after_a_heading_opens_its_section() -> None:
    page = (
        f"<html><body><article><h1>Bridge reopens after a year</h1><p>{P1}</p><p>{P2}</p>"
        f'<h2>What comes next</h2><figure><img src="/media/plan.jpg" alt="The plan"></figure><p>{P3}</p>'
        "</article></body></html>"
    )
    article = newsshape.parse(page, url=URL)
    first, second = article.sections
    assert not any(isinstance(b, Figure) for b in first.blocks)
    assert second.heading == "What comes next"
    assert second.blocks == (Figure(Image("https://news.example.com/media/plan.jpg", "The plan")), Paragraph(P3))


def test_a_figure_outside_the_story_is_not_placed() -> None:
    page = (
        f"<html><body><article><h1>Bridge reopens after a year</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
        '<aside class="sidebar"><figure><img src="/media/ad.jpg" alt="Ad"></figure></aside></body></html>'
    )
    article = newsshape.parse(page, url=URL)
    assert all(isinstance(b, Paragraph) for s in article.sections for b in s.blocks)
