"""Title, site, summary and URL from the standard markups a page declares
them with (issue 13). Every page here is written by hand; expectations are
reasoned, not recorded."""

from __future__ import annotations

import json

import pytest

import newsshape

STORY = "Council agrees on the new budget after a long debate"
OPENING = "The council met on Tuesday and agreed on the new budget for the town."
BODY = "<p>" + " ".join([OPENING] * 4) + "</p><p>" + " ".join(["Members spoke for hours about roads."] * 5) + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f'<html lang="en"><head>{head}</head><body>{body}</body></html>'


def story(h1: str | None = STORY) -> str:
    """An article element: its headline (when given) and its body."""
    return f"<article>{f'<h1>{h1}</h1>' if h1 else ''}{BODY}</article>"


def ld(*objects: object) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)


def parse(html: str, url: str | None = "https://www.examplegazette.com/2024/05/budget") -> newsshape.Article:
    return newsshape.parse(html, url=url)


# -- titles: the site's name glued to the headline ----------------------------------


@pytest.mark.parametrize("sep", ["»", "|", "-", "—", "::", "·", "–"])
def test_site_name_after_a_separator_is_stripped(sep: str) -> None:
    head = f'<title>{STORY} {sep} The Gazette</title><meta property="og:site_name" content="The Gazette">'
    assert parse(page(head, story(None))).title == STORY


@pytest.mark.parametrize("sep", ["»", "|", "::", "·"])
def test_site_name_before_a_separator_is_stripped(sep: str) -> None:
    head = f'<title>The Gazette {sep} {STORY}</title><meta property="og:site_name" content="The Gazette">'
    assert parse(page(head, story(None))).title == STORY


def test_site_name_spelled_by_the_host_is_stripped_without_site_metadata() -> None:
    head = f"<title>{STORY} » Example Gazette</title>"
    assert parse(page(head, story(None))).title == STORY


def test_wordpress_blog_archive_part_is_stripped() -> None:
    # the classic WordPress theme: "Blog name » Blog Archive » Post title"
    head = f"<title>Jane's Kitchen » Blog Archive » {STORY}</title>"
    assert parse(page(head, story(None)), url="https://janeskitchen.example.org/?p=12").title == STORY


def test_site_name_in_the_h1_too_is_stripped() -> None:
    head = f'<meta property="og:site_name" content="The Gazette"><title>{STORY} | The Gazette</title>'
    assert parse(page(head, story(f"{STORY} | The Gazette"))).title == STORY


def test_a_bare_domain_title_is_no_headline() -> None:
    head = "<title>examplegazette.com</title>"
    assert parse(page(head, story(None))).title is None
    assert parse(page("<title>www.examplegazette.com</title>", story(None))).title is None


def test_a_bare_domain_title_yields_to_the_h1() -> None:
    assert parse(page("<title>examplegazette.com</title>", story())).title == STORY


# -- titles: which h1 -----------------------------------------------------------------


def test_two_h1s_the_story_wins_over_the_logo() -> None:
    head = f'<title>{STORY} | The Gazette</title><meta property="og:site_name" content="The Gazette">'
    body = '<header><h1 class="logo"><a href="/">The Gazette</a></h1></header>' + story()
    assert parse(page(head, body)).title == STORY


def test_two_h1s_the_story_wins_without_declared_titles() -> None:
    body = '<header><h1 class="site-title"><a href="/">The Gazette</a></h1></header>' + story()
    assert parse(page("", body)).title == STORY


def test_a_sidebar_h1_does_not_beat_the_headline() -> None:
    head = f"<title>{STORY} | The Gazette</title>"
    body = (
        f"<h1>{STORY}</h1>"
        '<aside class="sidebar"><h1>Information and Resources</h1><ul><li><a href="/a">Links</a></li></ul></aside>'
        + BODY
    )
    assert parse(page(head, body)).title == STORY


def test_a_sidebar_h1_does_not_beat_the_declared_headline() -> None:
    head = f'<meta property="og:title" content="{STORY}">'
    body = '<div class="sidebar"><h1>Information and Resources</h1></div>' + story(None)
    assert parse(page(head, body)).title == STORY


def test_the_blogs_name_does_not_beat_the_post_title() -> None:
    head = f"<title>{STORY} | Jane's Kitchen</title>"
    body = f'<h1 class="site-title">Jane\'s Kitchen</h1><h2 class="entry-title">{STORY}</h2>{BODY}'
    assert parse(page(head, body), url="https://janeskitchen.example.org/budget").title == STORY


def test_a_sidebar_h1_between_headline_and_body_is_skipped() -> None:
    for box in ('<aside class="related">', '<div class="widget">'):
        body = (
            f"<h1>{STORY}</h1>{box}<h1>Information and Resources</h1><p>Find help here.</p></{box[1 : box.index(' ')]}>"
        )
        assert parse(page("", body + BODY)).title == STORY


def test_a_logo_h1_after_the_headline_is_skipped() -> None:
    body = f'<h1>{STORY}</h1><div class="logo"><h1><a href="/">The Gazette</a></h1></div>{BODY}'
    assert parse(page("", body)).title == STORY


def test_a_blogs_name_linked_home_yields_to_the_posts_h2() -> None:
    home = "https://janeskitchen.example.org/"
    body = (
        f'<div id="header"><h1><a href="{home}">Jane\'s Kitchen</a></h1><p>Recipes and more</p></div>'
        f'<div class="post"><h2><a href="{home}budget">{STORY}</a></h2><p class="postmeta">May 3, 2024</p>{BODY}</div>'
    )
    article = parse(page("<title>Jane's Kitchen</title>", body), url=f"{home}budget")
    assert article.title == STORY
    assert all(section.heading != STORY for section in article.sections)


def test_a_blogs_name_in_the_title_tag_is_stripped_with_the_h1s_help() -> None:
    # no site metadata: the h1 linking home tells the blog's name
    home = "https://janeskitchen.example.org/"
    head = f"<title>{STORY} : Jane's Kitchen</title>"
    body = f'<h1><a href="{home}">Jane\'s Kitchen</a></h1>{BODY}'
    assert parse(page(head, body), url=f"{home}budget").title == STORY


def test_microdata_headline_of_a_teaser_is_no_title() -> None:
    teaser = '<h3 itemprop="headline"><a href="/other-story">Fair for jobs in energy opens</a></h3>'
    head = f"<title>{STORY} | The Gazette</title>"
    assert parse(page(head, story(None) + teaser)).title == STORY


def test_breadcrumb_parts_between_title_and_site_are_stripped() -> None:
    head = f"<title>{STORY} | iPhone | Forum | ExampleGazette.com</title>"
    assert parse(page(head, story(None))).title == STORY


# -- titles: the declared sources --------------------------------------------------------


def test_dc_title() -> None:
    head = f'<title>The Gazette</title><meta name="DC.title" content="{STORY}">'
    assert parse(page(head, story(None))).title == STORY


def test_dcterms_title() -> None:
    head = f'<meta name="dcterms.title" content="{STORY}">'
    assert parse(page(head, story(None))).title == STORY


def test_microdata_headline_element() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        f'<p class="kicker">Town hall</p><h2 itemprop="headline">{STORY}</h2>{BODY}</div>'
    )
    assert parse(page("<title>The Gazette</title>", body)).title == STORY


def test_microdata_headline_meta() -> None:
    body = f'<div itemscope itemtype="https://schema.org/Article"><meta itemprop="headline" content="{STORY}">{BODY}'
    assert parse(page("", body + "</div>")).title == STORY


def test_jsonld_headline() -> None:
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": STORY})
    assert parse(page(head, story(None))).title == STORY


def test_jsonld_name_of_the_article_not_of_the_website() -> None:
    head = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "@id": "https://www.examplegazette.com/#website", "name": "The Gazette"},
                {"@type": "Organization", "name": "Gazette Media Group"},
                {"@type": "BlogPosting", "name": STORY},
            ],
        }
    )
    assert parse(page(head, story(None))).title == STORY


def test_jsonld_name_of_a_website_alone_is_no_title() -> None:
    head = ld({"@context": "https://schema.org", "@type": "WebSite", "name": "The Gazette"})
    assert parse(page(head, story(None))).title is None


def test_og_title() -> None:
    head = f'<meta property="og:title" content="{STORY}">'
    assert parse(page(head, story(None))).title == STORY


def test_twitter_title() -> None:
    head = f'<meta name="twitter:title" content="{STORY}">'
    assert parse(page(head, story(None))).title == STORY


# -- site -----------------------------------------------------------------------------


def test_site_from_og_site_name() -> None:
    head = '<meta property="og:site_name" content="The Gazette">'
    assert parse(page(head, story())).site == "The Gazette"


def test_site_from_article_publisher_name() -> None:
    head = '<meta property="article:publisher" content="The Gazette">'
    assert parse(page(head, story())).site == "The Gazette"


def test_article_publisher_url_is_no_site_name() -> None:
    head = (
        '<meta property="article:publisher" content="https://www.facebook.com/thegazette">'
        '<meta name="application-name" content="The Gazette">'
    )
    assert parse(page(head, story())).site == "The Gazette"


def test_site_from_jsonld_publisher_through_graph_reference() -> None:
    head = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "NewsArticle", "headline": STORY, "publisher": {"@id": "https://x.example/#org"}},
                {"@type": "Organization", "@id": "https://x.example/#org", "name": "The Gazette"},
            ],
        }
    )
    assert parse(page(head, story())).site == "The Gazette"


def test_site_from_application_name() -> None:
    head = '<meta name="application-name" content="The Gazette">'
    assert parse(page(head, story())).site == "The Gazette"


def test_site_from_apple_mobile_web_app_title() -> None:
    head = '<meta name="apple-mobile-web-app-title" content="The Gazette">'
    assert parse(page(head, story())).site == "The Gazette"


def test_og_site_name_comes_first() -> None:
    head = (
        '<meta name="application-name" content="Gazette App">'
        '<meta property="og:site_name" content="The Gazette">'
        '<meta property="article:publisher" content="Gazette Media Group">'
    )
    assert parse(page(head, story()), url=None).site == "The Gazette"


# -- summary ------------------------------------------------------------------------------


def test_description_repeating_the_opening_is_returned() -> None:
    head = f'<meta name="description" content="{OPENING}">'
    assert parse(page(head, story())).summary == OPENING


def test_description_cut_from_the_opening_is_returned() -> None:
    head = f'<meta property="og:description" content="{OPENING[:40]}…">'
    assert parse(page(head, story())).summary == OPENING[:40] + "…"


@pytest.mark.parametrize("name", ['property="og:description"', 'name="description"', 'name="twitter:description"'])
def test_description_sources(name: str) -> None:
    head = f'<meta {name} content="What the council decided, and why.">'
    assert parse(page(head, story())).summary == "What the council decided, and why."


def test_description_from_jsonld() -> None:
    head = ld({"@type": "NewsArticle", "headline": STORY, "description": "What the council decided, and why."})
    assert parse(page(head, story())).summary == "What the council decided, and why."


def test_jsonld_description_of_the_website_is_no_summary() -> None:
    head = ld({"@type": "WebSite", "name": "The Gazette", "description": "News from the town, every day."})
    assert parse(page(head, story())).summary is None


# -- URL -------------------------------------------------------------------------------------


def test_given_url_comes_first() -> None:
    head = '<link rel="canonical" href="https://www.examplegazette.com/budget">'
    assert parse(page(head, story()), url="https://www.examplegazette.com/budget?ref=x").url == (
        "https://www.examplegazette.com/budget?ref=x"
    )


def test_relative_canonical_is_resolved() -> None:
    head = '<link rel="canonical" href="/2024/05/budget-agreed">'
    assert parse(page(head, story()), url=None).url is None  # nothing to resolve against
    html = page(head + '<meta property="og:url" content="https://www.examplegazette.com/x">', story())
    assert parse(html, url=None).url == "https://www.examplegazette.com/2024/05/budget-agreed"


@pytest.mark.parametrize("name", ['property="og:url"', 'name="twitter:url"'])
def test_og_and_twitter_url_are_fallbacks(name: str) -> None:
    head = f'<meta {name} content="https://www.examplegazette.com/2024/05/budget">'
    assert parse(page(head, story()), url=None).url == "https://www.examplegazette.com/2024/05/budget"


def test_canonical_beats_og_url() -> None:
    head = (
        '<meta property="og:url" content="https://www.examplegazette.com/amp/budget">'
        '<link rel="canonical" href="https://www.examplegazette.com/budget">'
    )
    assert parse(page(head, story()), url=None).url == "https://www.examplegazette.com/budget"


# -- titles: a kicker or a subtitle set apart inside the h1 ------------------------


def _h1(inner: str) -> str:
    return f"<article><h1>{inner}</h1>{BODY}</article>"


def test_a_kicker_span_in_the_h1_is_no_part_of_the_headline() -> None:
    html = page(
        '<meta property="og:title" content="Budget: Council agrees on the new budget after a long debate">',
        _h1(f'<span class="article-heading__kicker">Budget</span><span class="visually-hidden">: </span>'
            f'<span class="article-heading__title">{STORY}</span>'),
    )  # fmt: skip
    assert parse(html).title == STORY


def test_a_dachzeile_span_in_the_h1_is_no_part_of_the_headline() -> None:
    html = page("", _h1(f'<span class="dachzeile">Nach der Sitzung</span> <span class="headline">{STORY}</span>'))
    assert parse(html).title == STORY


def test_a_subtitle_in_small_inside_the_h1_is_no_part_of_the_headline() -> None:
    html = page("", _h1(f"{STORY}<br><small>Members spoke for hours about roads</small>"))
    assert parse(html).title == STORY


def test_a_subtitle_span_in_the_h1_is_no_part_of_the_headline() -> None:
    html = page("", _h1(f'<span class="entry-title-primary">{STORY}</span> <span class="entry-subtitle">Roads</span>'))
    assert parse(html).title == STORY


def test_an_h1_without_such_parts_stays_whole() -> None:
    html = page("", _h1(f'<span class="title-main">{STORY}</span> <span class="title-rest">today</span>'))
    assert parse(html).title == f"{STORY} today"


def test_a_separator_left_by_a_cut_subtitle_goes_too() -> None:
    html = page("", _h1(f'{STORY} : <span class="subline">Datum: 26.01.2022</span>'))
    assert parse(html).title == STORY
