"""What a page is (``Article.kind``), whether it is free to read, and the
body's word count and reading time."""

from __future__ import annotations

import newsshape
from newsshape import Article, Section
from newsshape.model import WORDS_PER_MINUTE

STORY = (
    "<h1>Bridge reopens</h1><p class='byline'>By Jane Roe</p>"
    "<p>The old bridge over the river opened again on Monday after a year of repairs to its stone arches.</p>"
    "<p>“We are glad to have it back,” said Tom Poe, who runs the bakery on the far bank of the river.</p>"
)


def html(head: str = "", body: str = STORY) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def teasers(n: int) -> str:
    cards = "".join(
        f'<div class="card"><h3><a href="/news/{i}">Headline number {i} of the day</a></h3>'
        f'<p class="byline">By Writer {i}</p><p>“Short teaser {i},” said someone.</p></div>'
        for i in range(n)
    )
    return f"<h1>Latest news</h1><main>{cards}</main>"


def test_a_story_is_an_article_with_its_evidence() -> None:
    article = newsshape.parse(html('<meta property="og:type" content="article">'))
    assert article.kind == "article"
    assert article.kind_evidence == ("og:type=article",)
    assert article.authors == ("Jane Roe",) and article.quotes


def test_jsonld_types_say_listing_and_media() -> None:
    listing = '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Sport"}</script>'
    assert newsshape.parse(html(listing, teasers(3))).kind == "listing"
    video = '<meta property="og:type" content="video.other">'
    article = newsshape.parse(html(video, "<h1>Watch: the flood</h1><p>Video of the flood in the square.</p>"))
    assert article.kind == "media" and article.kind_evidence[0] == "og:type=video.other"


def test_a_front_page_of_teasers_is_a_listing_without_authors_or_quotes() -> None:
    article = newsshape.parse(html("", teasers(10)), url="https://news.example.com/")
    assert article.kind == "listing"
    assert article.kind_evidence[0].endswith("words of story")
    assert article.kind_evidence[1] == "address https://news.example.com/"
    assert article.authors == () and article.quotes == () and article.highlights == ()
    tag_page = newsshape.parse(html("", teasers(10)), url="https://news.example.com/tag/water/")
    assert tag_page.kind == "listing"


def test_teasers_at_a_story_address_stay_an_article() -> None:
    """The page's shape alone makes no listing: stories with a rail of
    linked headlines are many more."""
    article = newsshape.parse(html("", teasers(10)), url="https://news.example.com/2024/05/bridge-reopens")
    assert article.kind == "article" and article.quotes


def test_not_found_and_empty_pages_are_errors() -> None:
    gone = html("<title>Page not found | Example News</title>", "<h1>404</h1><p>Sorry, we lost that page.</p>")
    article = newsshape.parse(gone)
    assert article.kind == "error" and article.kind_evidence[0].startswith("title")
    empty = newsshape.parse(b"")
    assert empty.kind == "error" and empty.kind_evidence == ("empty page",)


def test_accessible_for_free() -> None:
    free = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": true}</script>'
    assert newsshape.parse(html(free)).is_accessible_for_free is True
    paywalled = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False",'
        ' "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paid"}}</script>'
    )
    assert newsshape.parse(html(paywalled)).is_accessible_for_free is False
    tier = '<meta property="article:content_tier" content="metered">'
    assert newsshape.parse(html(tier)).is_accessible_for_free is False
    assert newsshape.parse(html()).is_accessible_for_free is None


def test_word_count_and_reading_time() -> None:
    article = Article(sections=(Section("Two words", ("one two three",) * 2),))
    assert article.word_count == 8
    assert article.reading_time == 1
    long = Article(sections=(Section(None, ("word " * (WORDS_PER_MINUTE * 2 + 1),)),))
    assert long.reading_time == 3
    assert Article().word_count == 0 and Article().reading_time == 0
