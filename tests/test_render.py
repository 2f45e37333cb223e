"""Articles for reading: ``Article.to_markdown()``, ``to_html()`` and
``to_text()`` (the command line's ``--format markdown|html|text``), and the
batch outputs' schema.

The expected renderings are written by hand from the articles below; the
properties check, for any article, that Markdown reads back as the text it
was given and that the HTML is safe to embed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsshape
from newsshape import Article, Link, Note, Quote, Section, Takeaway
from newsshape.model import BlockQuote, Code, Embed, Figure, Image, ListBlock, ListItem, Paragraph, Table, block_texts
from newsshape.output import escape_markdown, safe_url

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DOCS = Path(__file__).resolve().parent.parent / "docs"

ARTICLE = Article(
    url="https://c.example/bridge",
    site="The Courier",
    title="Bridge reopens",
    subtitle="Repairs took a year",
    summary="The bridge is open again.",
    authors=("Ana Ruiz", "Tom Lee"),
    published=datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc),
    language="en",
    sections=(Section(None, ("First paragraph.", "# not a heading")), Section("Traffic", ("Cars return.",))),
    quotes=(Quote("We are proud", "Jo Park", "said"), Quote("It was long")),
    takeaways=(Takeaway("Open on time", "Mayor's office"),),
    highlights=("Open from today",),
    notes=(Note("Correction", "An earlier version gave the wrong date."),),
    related=(Link("Bridge closes", "https://c.example/closes", "A year ago"), Link("Ferry timetable")),
)


def test_markdown() -> None:
    assert ARTICLE.to_markdown() == (
        "# Bridge reopens\n\n"
        "*Repairs took a year*\n\n"
        "By Ana Ruiz, Tom Lee · 2024-05-01T08:00:00+00:00 · The Courier\n\n"
        "> The bridge is open again.\n\n"
        "## Highlights\n\n- Open from today\n\n"
        "First paragraph.\n\n"
        "\\# not a heading\n\n"
        "## Traffic\n\n"
        "Cars return.\n\n"
        "## Takeaways\n\n> Open on time\n>\n> — Mayor's office\n\n"
        "## Correction\n\nAn earlier version gave the wrong date.\n\n"
        "## Quotes\n\n- “We are proud” — Jo Park\n- “It was long”\n\n"
        "## Related\n\n- [Bridge closes](https://c.example/closes) — A year ago\n- Ferry timetable\n"
    )


def test_compact_markdown_has_no_blank_line_after_headings() -> None:
    compact = ARTICLE.to_markdown(compact=True)
    assert "## Traffic\nCars return.\n\n" in compact
    assert "## Quotes\n- “We are proud” — Jo Park\n- “It was long”\n\n" in compact
    assert "First paragraph.\n\n\\# not a heading" in compact  # paragraphs stay apart
    assert compact.replace("\n", "") == ARTICLE.to_markdown().replace("\n", "")


def test_html() -> None:
    assert ARTICLE.to_html() == (
        '<article lang="en">\n<header>\n<h1>Bridge reopens</h1>\n<p class="subtitle">Repairs took a year</p>\n'
        '<p class="byline">By <span class="author">Ana Ruiz</span>, <span class="author">Tom Lee</span> · '
        '<time datetime="2024-05-01T08:00:00+00:00">2024-05-01T08:00:00+00:00</time> · '
        '<span class="site">The Courier</span></p>\n<p class="summary">The bridge is open again.</p>\n</header>\n'
        "<section>\n<p>First paragraph.</p>\n<p># not a heading</p>\n</section>\n"
        "<section>\n<h2>Traffic</h2>\n<p>Cars return.</p>\n</section>\n"
        '<aside class="highlights">\n<h2>Highlights</h2>\n<ul><li>Open from today</li></ul>\n</aside>\n'
        '<aside class="takeaways">\n<h2>Takeaways</h2>\n'
        "<figure><blockquote><p>Open on time</p></blockquote><figcaption>— Mayor's office</figcaption></figure>\n"
        "</aside>\n"
        '<aside class="note">\n<h2>Correction</h2>\n<p>An earlier version gave the wrong date.</p>\n</aside>\n'
        '<section class="quotes">\n<h2>Quotes</h2>\n'
        '<ul><li><q>We are proud</q> — <span class="speaker">Jo Park</span></li><li><q>It was long</q></li></ul>\n'
        "</section>\n"
        '<nav class="related">\n<h2>Related</h2>\n'
        '<ul><li><a href="https://c.example/closes">Bridge closes</a> — A year ago</li><li>Ferry timetable</li></ul>\n'
        "</nav>\n</article>\n"
    )
    compact = ARTICLE.to_html(compact=True)
    assert compact.count("\n") == 1 and compact.replace("\n", "") == ARTICLE.to_html().replace("\n", "")


def test_standalone_html_is_a_document() -> None:
    page = ARTICLE.to_html(standalone=True)
    assert page.startswith(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Bridge reopens</title>\n'
        '<link rel="canonical" href="https://c.example/bridge">\n</head>\n<body>\n<article>\n<header>\n'
    )
    assert page.endswith("</article>\n</body>\n</html>\n")


def test_text() -> None:
    assert ARTICLE.to_text() == (
        "Bridge reopens\n\nRepairs took a year\n\nBy Ana Ruiz, Tom Lee · 2024-05-01T08:00:00+00:00 · The Courier\n\n"
        "The bridge is open again.\n\nHighlights\n\n- Open from today\n\n"
        "First paragraph.\n\n# not a heading\n\nTraffic\n\nCars return.\n\n"
        "Takeaways\n\n- Open on time — Mayor's office\n\n"
        "Correction\n\nAn earlier version gave the wrong date.\n\n"
        "Quotes\n\n- “We are proud” — Jo Park\n- “It was long”\n\n"
        "Related\n\n- Bridge closes <https://c.example/closes> — A year ago\n- Ferry timetable\n"
    )
    assert ARTICLE.to_text(compact=True) == ARTICLE.to_text().replace("\n\n", "\n")


def test_an_empty_article_renders_as_nothing() -> None:
    assert Article().to_markdown() == Article().to_text() == ""
    assert Article().to_html() == "<article>\n</article>\n"


def test_modified_date_is_shown_when_it_differs() -> None:
    published = datetime(2024, 5, 1, tzinfo=timezone.utc)
    later = datetime(2024, 5, 2, tzinfo=timezone.utc)
    assert "updated 2024-05-02" in Article(published=published, modified=later).to_markdown()
    assert "updated" not in Article(published=published, modified=published).to_text()
    day = Article(published=date(2024, 5, 1))  # a day-only date
    assert day.to_markdown() == "2024-05-01\n"
    assert '<time datetime="2024-05-01">2024-05-01</time>' in day.to_html()
    assert (
        '· updated <time datetime="2024-05-02T00:00:00+00:00">'
        in Article(published=published, modified=later).to_html()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. March was cold.", "12\\. March was cold."),
        ("3) items", "3\\) items"),
        ("2024 was", "2024 was"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("> not a quote", "\\> not a quote"),
        ("=== not a rule", "\\=== not a rule"),
        ("a *b* _c_ `d` [e](f) <g> ~~h~~ \\", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\~\\~h\\~\\~ \\\\"),
        ("AT&amp;T and &#38; but & alone", "AT\\&amp;T and \\&#38; but & alone"),
        ("  two\nlines  ", "two lines"),
    ],
)
def test_markdown_escapes_what_would_read_as_markup(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def test_markdown_headings_keep_closing_hashes() -> None:
    assert Article(sections=(Section("Why C#", ("x",)), Section("Number #", ()))).to_markdown() == (
        "## Why C#\n\nx\n\n## Number \\#\n"
    )


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "java\x00script:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:image/png;base64,xx",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "\u00a0javascript:alert(1)",
        "",
    ],
)
def test_unsafe_addresses_are_not_linked(url: str) -> None:
    assert safe_url(url) is None
    article = Article(related=(Link("Story", url),))
    assert "href" not in article.to_html() and "<li>Story</li>" in article.to_html()
    assert "- Story\n" in article.to_markdown()


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://a.example/x?y=1&z=2", "https://a.example/x?y=1&z=2"),
        ("HTTP://A.example/", "HTTP://A.example/"),
        ("/news/x", "/news/x"),
        ("//cdn.example/x", "//cdn.example/x"),
        ("x.html#a:b", "x.html#a:b"),
        (" https://a.example/\n", "https://a.example/"),
    ],
)
def test_safe_addresses_are_linked(url: str, kept: str) -> None:
    assert safe_url(url) == kept


def test_markdown_link_targets_hold_no_markup() -> None:
    article = Article(related=(Link("A [b]", "https://a.example/x (1)<y>"),))
    assert article.to_markdown() == "## Related\n\n- [A \\[b\\]](https://a.example/x%20%281%29%3Cy%3E)\n"


# -- fields the model gains later: shown as soon as they exist ---------------------


@attrs.frozen
class Record:
    url: str
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@attrs.frozen
class LaterArticle(Article):
    """An article with the fields issue 17 adds (lead image, tags, categories)."""

    image: Any = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


def test_lead_image_tags_and_categories_when_the_model_has_them() -> None:
    article = LaterArticle(
        title="T",
        image=Record("https://i.example/a.jpg", "A bridge", "The bridge at dawn", "Photo: Kim"),
        tags=("Water", "Farming"),
        categories=("Local",),
    )
    assert article.to_markdown() == (
        "# T\n\n![A bridge](https://i.example/a.jpg)\n\n*The bridge at dawn Photo: Kim*\n\n"
        "Categories: Local\n\nTags: Water, Farming\n"
    )
    assert article.to_html(compact=True) == (
        '<article><header><h1>T</h1><figure><img src="https://i.example/a.jpg" alt="A bridge">'
        "<figcaption>The bridge at dawn Photo: Kim</figcaption></figure>"
        '<p class="categories">Categories: <span>Local</span></p>'
        '<p class="tags">Tags: <span>Water</span>, <span>Farming</span></p></header></article>\n'
    )
    assert article.to_text() == "T\n\nThe bridge at dawn Photo: Kim\n\nCategories: Local\n\nTags: Water, Farming\n"
    plain = LaterArticle(image="https://i.example/b.png")
    assert '<img src="https://i.example/b.png" alt="">' in plain.to_html()
    assert "<img" not in LaterArticle(image="javascript:alert(1)").to_html()


#: What each field of Article is in the renderings. A new field fails this
#: test until it is decided here (and in newsshape.output) how it shows.
RENDERED = {
    "site": "byline",
    "title": "headline",
    "subtitle": "deck",
    "summary": "summary",
    "authors": "byline",
    "published": "byline",
    "modified": "byline, when it differs from published",
    "sections": "body",
    "quotes": "Quotes list",
    "takeaways": "Takeaways",
    "highlights": "Highlights",
    "notes": "a section per note",
    "related": "Related list",
    "language": "HTML lang attribute",
    "url": "standalone HTML's canonical link",
    "image": "the lead image, under the headline",
    "tags": "Tags line",
    "categories": "Categories line",
}
LEFT_OUT = {
    "dateline": "printed at the start of the first paragraph already",
    "boilerplate": "page furniture, not the article",
    "extractor": "how the article was made, not what it says",
    "published_raw": "the string the date was read from: the date itself is shown",
    "modified_raw": "the string the date was read from: the date itself is shown",
    "images": "the story's figures: shown in place, as the body's Figure blocks",
    "kind": "what the page is (article, listing, ...), not what it says",
    "kind_evidence": "how the kind was decided, not what the page says",
    "is_accessible_for_free": "an access flag for the reader's tools, not text to read",
    "comments": "readers' comments, not the article: JSON, Parquet and Article.comments carry them",
}


def test_every_field_is_rendered_or_left_out_on_purpose() -> None:
    fields = {f.name for f in attrs.fields(Article)}
    assert fields == set(RENDERED) | set(LEFT_OUT), "decide how a new Article field shows in newsshape.output"


# -- properties -----------------------------------------------------------------------

#: Characters Markdown reads as markup, weighted up so that examples hit them.
MARKUP = "#>-+*_`[]()!<>&;:\\~|=.1 \n\taé\u00a0"
texts = st.one_of(st.text(max_size=30), st.text(alphabet=MARKUP, max_size=30))
PREFIXES = [
    "javascript:",
    "JaVaScRiPt:",
    " java\tscript:",
    "java\nscript:",
    "\x00javascript:",
    "data:text/html,",
    "vbscript:",
    "&#106;avascript:",
    "https://a.example/",
    "/",
    "//",
    "http:",
    "",
]
urls = st.one_of(st.none(), st.builds(str.__add__, st.sampled_from(PREFIXES), st.text(max_size=12)))
maybe = st.none() | texts
# CommonMark reads NUL as U+FFFD whatever the escaping (no Article text holds one).
md_texts = texts.map(lambda t: t.replace("\x00", ""))
md_maybe = st.none() | md_texts
dates = st.none() | st.dates() | st.datetimes(timezones=st.just(timezone.utc))
plain_sections = st.builds(Section, maybe, st.lists(texts, max_size=3).map(tuple))
items = st.lists(st.builds(ListItem, texts), min_size=1, max_size=3).map(tuple)
pictures = st.builds(
    Image, st.builds(str.__add__, st.sampled_from(PREFIXES), st.text(max_size=12)), maybe, maybe, maybe
)
blocks = st.one_of(
    st.builds(Paragraph, texts),
    st.builds(
        ListBlock,
        st.lists(st.builds(ListItem, texts, st.none() | st.builds(ListBlock, items)), min_size=1, max_size=3).map(
            tuple
        ),
        st.booleans(),
    ),
    st.builds(BlockQuote, st.lists(texts, min_size=1, max_size=2).map(tuple)),
    st.builds(
        Table, st.lists(st.lists(texts, min_size=1, max_size=3).map(tuple), max_size=3).map(tuple), maybe, st.booleans()
    ),
    st.builds(Figure, pictures, st.lists(texts, max_size=2).map(tuple)),
    st.builds(Code, texts),
    st.builds(
        Embed,
        st.builds(str.__add__, st.sampled_from(PREFIXES), st.text(max_size=12)),
        maybe,
        st.sampled_from(["video", "social"]),
        st.lists(texts, max_size=2).map(tuple),
    ),
)
shaped_sections = (
    st.lists(blocks, max_size=4)
    .map(tuple)
    .flatmap(lambda found: st.builds(Section, maybe, st.just(block_texts(found)), st.just(found)))
)
articles = st.builds(
    LaterArticle,
    url=urls,
    site=maybe,
    title=maybe,
    subtitle=maybe,
    summary=maybe,
    authors=st.lists(texts, max_size=3).map(tuple),
    published=dates,
    modified=dates,
    language=maybe,
    sections=st.lists(st.one_of(plain_sections, shaped_sections), max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, texts, maybe), max_size=2).map(tuple),
    takeaways=st.lists(st.builds(Takeaway, texts, maybe), max_size=2).map(tuple),
    highlights=st.lists(texts, max_size=2).map(tuple),
    notes=st.lists(st.builds(Note, maybe, texts), max_size=2).map(tuple),
    related=st.lists(st.builds(Link, texts, urls, maybe), max_size=3).map(tuple),
    image=st.none() | urls | st.builds(Record, st.sampled_from(PREFIXES), maybe, maybe, maybe),
    tags=st.lists(texts, max_size=2).map(tuple),
)

#: The elements and attributes the HTML renderer may write.
TAGS = {"html", "head", "meta", "title", "link", "body", "article", "header", "h1", "h2", "p", "span", "time",
        "section", "aside", "nav", "figure", "figcaption", "blockquote", "ul", "li", "q", "a", "img",
        "ol", "table", "caption", "thead", "tbody", "tr", "th", "td", "pre", "code"}  # fmt: skip
ATTRIBUTES = {"lang", "charset", "rel", "href", "class", "datetime", "src", "alt"}


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.data: list[str] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def handle_comment(self, data: str) -> None:
        self.other.append(data)

    def handle_pi(self, data: str) -> None:
        self.other.append(data)

    def unknown_decl(self, data: str) -> None:
        self.other.append(data)


def _scheme(url: str) -> str | None:
    # As a browser reads it: white space and control characters dropped, case ignored.
    squeezed = re.sub(r"[\x00-\x20\x7f-\x9f\u00a0]", "", url).lower()
    found = re.match(r"([a-z][a-z0-9+.\-]*):", squeezed)
    return found.group(1) if found else None


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


@FAST
@given(articles, st.booleans())
def test_html_is_safe_to_embed_whatever_the_article_holds(article: LaterArticle, standalone: bool) -> None:
    page = Collect()
    page.feed(article.to_html(standalone=standalone))
    page.close()
    assert not page.other
    for tag, attributes in page.tags:
        assert tag in TAGS
        for name, value in attributes:
            assert name in ATTRIBUTES and not name.startswith("on")
            if name in ("href", "src"):
                assert value is not None and _scheme(value) in (None, "http", "https")
    text = "".join(page.data)
    flat = _one_line(text)  # code keeps its line breaks (Code.source); its paragraph is the collapsed text
    for value in (article.title, article.subtitle, article.summary, *article.highlights):
        assert _one_line(value) in text
    for value in article.paragraphs:
        assert _one_line(value) in flat
    for link in article.related:
        assert _one_line(link.title) in text


def _inline_text(token: Any) -> str:
    return "".join(child.content for child in token.children if child.type in ("text", "text_special"))


@FAST
@given(st.lists(md_texts, min_size=1, max_size=3), md_maybe)
def test_markdown_reads_back_as_the_text_it_was_given(paragraphs: list[str], heading: str | None) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    article = Article(sections=(Section(heading, tuple(paragraphs)),), highlights=tuple(paragraphs))
    parser = markdown_it.MarkdownIt("commonmark").enable(["strikethrough", "table"])
    for compact in (False, True):
        tokens = parser.parse(article.to_markdown(compact=compact))
        kinds = {t.type for t in tokens}
        assert kinds <= {"heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline"} | {
            "bullet_list_open", "bullet_list_close", "list_item_open", "list_item_close"}  # fmt: skip
        for token in tokens:
            if token.type == "inline":
                assert {c.type for c in token.children} <= {"text", "text_special"}
        read = [_inline_text(t) for t in tokens if t.type == "inline"]
        expected = [_one_line(p) for p in paragraphs if _one_line(p)]
        body = ([_one_line(heading)] if _one_line(heading) else []) + expected
        assert read == (["Highlights", *expected] if expected else []) + body


@FAST
@given(md_texts, md_texts, urls)
def test_markdown_links_and_emphasis_keep_their_text(title: str, subtitle: str, url: str | None) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    article = Article(subtitle=subtitle, related=(Link(title, url),))
    tokens = markdown_it.MarkdownIt("commonmark").parse(article.to_markdown())
    inline = [t for t in tokens if t.type == "inline"]
    if _one_line(subtitle):
        children = inline[0].children
        assert children[0].type == "em_open" and children[-1].type == "em_close"
        assert "".join(c.content for c in children[1:-1]) == _one_line(subtitle)
    if _one_line(title):
        links = [c for c in inline[-1].children if c.type == "link_open"]
        assert "".join(c.content for c in inline[-1].children if c.type.startswith("text")) == _one_line(title)
        assert len(links) == (1 if safe_url(url) else 0)
        for link in links:
            assert _scheme(str(link.attrs["href"])) in (None, "http", "https")


# -- batch outputs carry every field ----------------------------------------------


def test_batch_records_and_parquet_schema_carry_every_field() -> None:
    from newsshape.batch import arrow_schema, parse_page

    fields = [f.name for f in attrs.fields(Article)]
    record = parse_page(("page", b"Site\nA headline\n\nA first paragraph of the story, long enough to be body."))
    assert list(record) == ["source", *fields]
    pytest.importorskip("pyarrow")
    assert arrow_schema().names == ["source", "error", *fields]


def _arrow(tp: Any) -> str:
    import pyarrow as pa

    if pa.types.is_list(tp):
        return f"list<{_arrow(tp.value_type)}>"
    if pa.types.is_struct(tp):
        return "struct<" + ", ".join(f"{f.name}: {_arrow(f.type)}" for f in tp) + ">"
    return str(tp)


def test_the_documented_schema_is_the_schema() -> None:
    """docs/guide/output.rst has a table of the columns and their Arrow types."""
    pytest.importorskip("pyarrow")
    from newsshape.batch import arrow_schema

    text = (DOCS / "guide" / "output.rst").read_text(encoding="utf-8")
    rows = re.findall(r"^   \* - ``(\w+)``\n     - ``([^`]+)``", text, flags=re.MULTILINE)
    assert rows == [(f.name, _arrow(f.type)) for f in arrow_schema()]


def test_newsshape_imports_the_renderers() -> None:
    assert newsshape.output.to_markdown(ARTICLE) == ARTICLE.to_markdown()
