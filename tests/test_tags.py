"""Tags and categories (``Article.tags``, ``Article.categories``)."""

from __future__ import annotations

import newsshape

STORY = (
    "<h1>Council votes on water</h1>"
    "<p>The council voted on Tuesday to raise the price of water for farms by a tenth from next spring onwards.</p>"
    "<p>Farmers said the change would hurt small holdings most, while the mayor called it overdue and fair.</p>"
)


def parse(head: str = "", body: str = STORY, tail: str = "") -> newsshape.Article:
    html = f"<html><head>{head}</head><body><article>{body}{tail}</article></body></html>"
    return newsshape.parse(html, url="https://example.com/news/water")


def test_open_graph_tags_and_section() -> None:
    head = (
        '<meta property="article:tag" content="Water"><meta property="article:tag" content="Farming">'
        '<meta property="article:tag" content="water"><meta property="article:section" content="Local">'
    )
    article = parse(head)
    assert article.tags == ("Water", "Farming")  # de-duplicated, case ignored, first spelling kept
    assert article.categories == ("Local",)


def test_jsonld_keywords_as_string_or_list_and_article_section() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "keywords": "Water, Farming, #Council",'
        ' "articleSection": ["Local", "Politics"]}</script>'
    )
    article = parse(head)
    assert article.tags == ("Water", "Farming", "Council")
    assert article.categories == ("Local", "Politics")
    listed = '<script type="application/ld+json">{"@type": "Article", "keywords": ["Water", "Prices"]}</script>'
    assert parse(listed).tags == ("Water", "Prices")


def test_meta_keywords_and_news_keywords() -> None:
    assert parse('<meta name="news_keywords" content="water; farms">').tags == ("water", "farms")
    assert parse('<meta name="keywords" content="water,prices , council">').tags == ("water", "prices", "council")


def test_rel_tag_links_tell_tags_from_categories() -> None:
    tail = (
        '<p class="meta">Posted in <a rel="category tag" href="/category/local/">Local</a></p>'
        '<p class="tags"><a rel="tag" href="/tag/water/">Water</a> <a rel="tag" href="/tag/farms/">Farms</a></p>'
    )
    article = parse("", STORY, tail)
    assert article.tags == ("Water", "Farms")
    assert article.categories == ("Local",)
    assert "Water" not in article.text.split()


def test_visible_tag_and_category_lines() -> None:
    tail = (
        '<div class="post-tags">Tags: <a href="/t/water">Water</a>, <a href="/t/farming">Farming</a>,'
        ' <a href="/t/council">Council</a></div>'
        '<div class="post-cats">Filed under: <a href="/c/local">Local</a> | <a href="#c">3 Comments</a></div>'
    )
    article = parse("", STORY, tail)
    assert article.tags == ("Water", "Farming", "Council")
    assert article.categories == ("Local",)
    assert not any(p.startswith("Tags:") for p in article.paragraphs)


def test_visible_lines_win_over_declared_keywords() -> None:
    tail = '<div class="post-tags">Tags: <a href="/t/water">Water</a></div>'
    assert parse('<meta name="keywords" content="news, water, farms, council">', STORY, tail).tags == ("Water",)


def test_body_text_and_far_sidebars_give_no_labels() -> None:
    body = STORY + "<p>Categories: the council lists three, and tags: none of them apply to farms at all.</p>"
    sidebar = "<ul>" + "".join(f'<li><a href="/p/{i}">Popular story {i}</a></li>' for i in range(20)) + "</ul>"
    sidebar += '<h3>Categories</h3><ul><li><a href="/c/a">Sports</a></li><li><a href="/c/b">Weather</a></li></ul>'
    html = f"<html><body><article>{body}</article><aside>{sidebar}</aside></body></html>"
    article = newsshape.parse(html)
    assert article.tags == () and article.categories == ()


def test_related_lists_stay_related() -> None:
    tail = (
        "<h2>More like this</h2>"
        '<ul><li><a href="/n/1">Dam repairs start</a></li><li><a href="/n/2">Rain record broken</a></li></ul>'
    )
    article = parse("", STORY, tail)
    assert article.tags == ()


def _wordpress(footer: str) -> str:
    """A WordPress post whose footer stands below a share bar, a like box and
    a related box of many lines (more than the window below the body), then
    a sidebar with the site's category list."""
    related = "".join(f'<p><a href="/r/{i}">Another story number {i}</a> in "Local"</p>' for i in range(16))
    sidebar = (
        '<aside class="widget-area"><section class="widget widget_categories"><h2 class="widget-title">Categories'
        '</h2><ul><li><a href="/c/sport">Sport</a></li><li><a href="/c/weather">Weather</a></li></ul></section>'
        "</aside>"
    )
    return (
        '<html><head><title>Council votes on water</title></head><body><main class="site-main">'
        '<article class="post-7 post type-post status-publish hentry">'
        f'<div class="entry-content">{STORY}</div>'
        '<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#t">Twitter</a></li>'
        '<li><a href="#f">Facebook</a></li></ul></div><div class="jp-relatedposts">'
        f"<h3>Related</h3>{related}</div>"
        f'<footer class="entry-footer">{footer}</footer></article></main>{sidebar}</body></html>'
    )


def test_wordpress_footer_far_below_the_body_in_the_posts_box() -> None:
    footer = (
        '<span class="cat-links">Posted in: <a href="/c/local" rel="category tag">Local</a></span> '
        '<span class="tags-links">Tagged: <a href="/t/water" rel="tag">Water</a>, '
        '<a href="/t/farming" rel="tag">Farming</a></span>'
    )
    article = newsshape.parse(_wordpress(footer), url="https://example.com/news/water")
    assert article.tags == ("Water", "Farming")
    assert article.categories == ("Local",)


def test_a_sidebars_category_list_is_not_the_posts() -> None:
    # the post's footer has no labels: the sidebar's "Categories" stands outside the post's box
    article = newsshape.parse(_wordpress('<span class="posted-on">March 1, 2024</span>'))
    assert article.tags == () and article.categories == ()
