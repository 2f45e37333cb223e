"""The lead image and the story's figures (``Article.image``, ``Article.images``)."""

from __future__ import annotations

import newsshape
from newsshape import Article, Image

URL = "https://news.example.com/2024/05/river/"
STORY = (
    "<h1>The river rises</h1>"
    "<p>The river rose by two metres overnight and the town closed the lower bridge to traffic until later.</p>"
    "<p>Residents along the bank were told to move cars and to keep sandbags ready for the weekend, officials said.</p>"
)


def page(head: str = "", body: str = STORY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_jsonld_image_as_a_string_is_resolved() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "image": "/img/river.jpg"}</script>'
    assert newsshape.parse(page(head), url=URL).image == Image("https://news.example.com/img/river.jpg")


def test_jsonld_image_object_list_and_sizes() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "Organization", "logo": "/logo.png",'
        ' "image": "/brand.jpg"}, {"@type": "NewsArticle", "image": [{"@type": "ImageObject",'
        ' "contentUrl": "https://cdn.example.com/river-1200.jpg", "width": "1200", "height": 675}]}]}</script>'
    )
    image = newsshape.parse(page(head), url=URL).image
    assert image == Image("https://cdn.example.com/river-1200.jpg", width=1200, height=675)


def test_open_graph_secure_url_first_then_twitter() -> None:
    head = (
        '<meta property="og:image" content="http://example.com/a.jpg">'
        '<meta property="og:image:secure_url" content="https://example.com/a.jpg">'
        '<meta property="og:image:width" content="800"><meta property="og:image:alt" content="The bridge">'
    )
    assert newsshape.parse(page(head), url=URL).image == Image("https://example.com/a.jpg", "The bridge", width=800)
    twitter = '<meta name="twitter:image" content="//cdn.example.com/t.jpg">'
    assert newsshape.parse(page(twitter), url=URL).image == Image("https://cdn.example.com/t.jpg")


def test_logos_icons_and_pixels_are_never_the_lead_image() -> None:
    head = (
        '<meta property="og:image" content="https://example.com/static/site-logo.png">'
        '<meta name="twitter:image" content="https://example.com/pixel.gif">'
        '<meta property="og:image:width" content="1">'
    )
    body = STORY + '<figure><img src="/photos/flood.jpg" alt="Water in the square"></figure>'
    image = newsshape.parse(page(head, body), url=URL).image
    assert image is not None and image.url == "https://news.example.com/photos/flood.jpg"
    assert image.alt == "Water in the square"


def test_first_story_figure_when_nothing_is_declared() -> None:
    body = (
        STORY
        + '<figure><img src="/up/flood.jpg" width="960" height="540" alt="Flooded street">'
        + '<figcaption>The flooded main street. <span class="credit">Photo: Jane Roe</span></figcaption></figure>'
    )
    article = newsshape.parse(page("", body), url=URL)
    expected = Image("https://news.example.com/up/flood.jpg", "Flooded street", "The flooded main street.",
                     "Photo: Jane Roe", 960, 540)  # fmt: skip
    assert article.image == expected
    assert article.images == (expected,)


def test_lazy_sources_srcset_picture_and_noscript() -> None:
    body = (
        STORY
        + '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/lazy/a.jpg"></figure>'
        + '<figure><img src="/small.jpg" srcset="/b-480.jpg 480w, /b-1600.jpg 1600w, /b-960.jpg 960w"></figure>'
        + '<figure><picture><source srcset="/c.webp 1x, /c@2x.webp 2x"><img src="/placeholder.png"></picture></figure>'
        + '<figure><img class="lazy" src="/img/loading.gif"><noscript><img src="/d.jpg"></noscript></figure>'
    )
    urls = [image.url for image in newsshape.parse(page("", body), url=URL).images]
    base = "https://news.example.com"
    assert urls == [f"{base}/lazy/a.jpg", f"{base}/b-1600.jpg", f"{base}/c@2x.webp", f"{base}/d.jpg"]


def test_sidebar_and_author_figures_are_not_the_storys() -> None:
    body = (
        STORY
        + '<aside class="sidebar"><figure><img src="/promo.jpg"><figcaption>Subscribe</figcaption></figure></aside>'
        + '<div class="author-box"><figure><img src="/jane.jpg"></figure></div>'
    )
    article = newsshape.parse(page("", body), url=URL)
    assert article.images == () and article.image is None


def _lead_image(srcset: str) -> tuple[str, int | None]:
    body = f'<figure><img src="fallback.jpg" srcset="{srcset}" alt="River"></figure>' + STORY
    image = newsshape.parse(page("", body), url=URL).image
    assert image is not None
    return image.url, image.width


def test_widest_srcset_candidate() -> None:
    # the widest candidate of a srcset is the picture, resolved against the page's address; none: the src
    assert _lead_image("a.jpg 300w, b.jpg 1200w") == (URL + "b.jpg", 1200)
    assert _lead_image("https://x/w_800,h_600/c.jpg 800w, https://x/w_400,h_300/c.jpg 400w") == (
        "https://x/w_800,h_600/c.jpg",
        800,
    )
    assert _lead_image("a.jpg, b.jpg 2x") == (URL + "b.jpg", None)
    assert _lead_image("") == (URL + "fallback.jpg", None)


def test_images_round_trip_through_json() -> None:
    article = Article(image=Image("https://x/a.jpg", "A", "Cap", "Credit", 10, 20), images=(Image("https://x/b.jpg"),))
    assert Article.from_dict(article.to_dict()) == article
