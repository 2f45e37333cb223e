"""The featured image publishing systems set outside any ``<figure>``
(WordPress, tagDiv's Newspaper theme, Drupal) is the lead image when the
page declares none; hand-written markup of each convention."""

from __future__ import annotations

import pytest

import newsshape
from newsshape import Image

URL = "https://news.example.com/2024/05/river/"
TEXT = (
    "<p>The river rose by two metres overnight and the town closed the lower bridge to traffic until later.</p>"
    "<p>Residents along the bank were told to move cars and to keep sandbags ready for the weekend, officials said.</p>"
)
OG = '<meta property="og:image" content="https://cdn.example.com/declared.jpg">'

WORDPRESS = (
    '<article class="post-12 post type-post hentry"><header class="entry-header"><h1 class="entry-title">The river'
    ' rises</h1></header><div class="post-thumbnail"><img width="1200" height="675"'
    ' src="/wp-content/uploads/2024/05/river-1200x675.jpg" class="attachment-post-thumbnail size-post-thumbnail'
    ' wp-post-image" alt="The river at dawn" decoding="async"></div>'
    f'<div class="entry-content">{TEXT}</div></article>'
)
TAGDIV = (
    '<div class="td-post-header"><h1 class="entry-title">The river rises</h1></div>'
    '<div class="td-post-featured-image"><a href="/wp-content/uploads/2024/05/river.jpg" class="td-modal-image">'
    '<img class="entry-thumb" src="/wp-content/uploads/2024/05/river-696x392.jpg" width="696" height="392" alt=""'
    ' title="river"></a></div>'
    f'<div class="td-post-content tagdiv-type">{TEXT}</div>'
)
TAGDIV_CLOUD = (
    '<div class="td-main-content-wrap td-container-wrap">'
    '<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">The river rises</h1></div>'
    '<div class="td_block_wrap tdb_single_featured_image tdi_49"><div class="tdb-block-inner td-fix-index">'
    '<img class="entry-thumb" src="/wp-content/uploads/2024/05/river-696x392.jpg" alt="" width="696" height="392">'
    f'</div></div><div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner">{TEXT}</div></div></div>'
)
DRUPAL = (
    '<article class="node node--type-article node--view-mode-full"><h1>The river rises</h1>'
    '<div class="field field--name-field-image field--type-image field--label-hidden field__item">'
    '<img src="/sites/default/files/2024-05/river.jpg" width="800" height="450" alt="The river" loading="lazy">'
    f'</div><div class="field field--name-body field--type-text-with-summary">{TEXT}</div></article>'
)
DRUPAL7 = (
    '<div class="node node-article"><h1>The river rises</h1>'
    '<div class="field field-name-field-image field-type-image"><div class="field-items"><div class="field-item even">'
    '<img src="/sites/default/files/river.jpg" width="800" height="450" alt="The river"></div></div></div>'
    f'<div class="field field-name-body">{TEXT}</div></div>'
)


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>The river rises</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (WORDPRESS, Image("https://news.example.com/wp-content/uploads/2024/05/river-1200x675.jpg",
                          "The river at dawn", width=1200, height=675)),
        (TAGDIV, Image("https://news.example.com/wp-content/uploads/2024/05/river-696x392.jpg", width=696, height=392)),
        (TAGDIV_CLOUD, Image("https://news.example.com/wp-content/uploads/2024/05/river-696x392.jpg",
                             width=696, height=392)),
        (DRUPAL, Image("https://news.example.com/sites/default/files/2024-05/river.jpg", "The river", width=800,
                       height=450)),
        (DRUPAL7, Image("https://news.example.com/sites/default/files/river.jpg", "The river", width=800, height=450)),
    ],
    ids=["wordpress", "tagdiv", "tagdiv-cloud", "drupal", "drupal7"],
)  # fmt: skip
def test_featured_image_is_the_lead_image(body: str, expected: Image) -> None:
    article = newsshape.parse(page(body), url=URL)
    assert article.image == expected
    assert article.images == ()  # the lead image, not a figure of the story
    assert newsshape.parse(page(body, OG), url=URL).image == Image("https://cdn.example.com/declared.jpg")


def test_teasers_sidebars_logos_and_pixels_are_never_the_featured_image() -> None:
    teasers = (
        # tagDiv's teasers use entry-thumb too, with no featured box around it
        '<div class="td-module-thumb"><a href="/other/"><img class="entry-thumb" src="/up/other-218x150.jpg"></a></div>'
        # WordPress's post thumbnail in a sidebar widget and in a related box
        '<aside class="widget widget_recent_entries"><img class="attachment-thumbnail wp-post-image"'
        ' src="/up/recent-150x150.jpg"></aside>'
        '<div class="related-posts"><img class="attachment-medium wp-post-image" src="/up/related-300x200.jpg"></div>'
    )
    assert newsshape.parse(page(teasers + f"<article><h1>The river rises</h1>{TEXT}</article>"), url=URL).image is None
    for picture in (
        '<img class="attachment-post-thumbnail wp-post-image" src="/up/site-logo.png">',
        '<img class="attachment-post-thumbnail wp-post-image" src="/up/river.jpg" width="1" height="1">',
    ):
        story = (
            f'<article class="post"><div class="post-thumbnail">{picture}</div><h1>The river rises</h1>{TEXT}</article>'
        )
        assert newsshape.parse(page(story), url=URL).image is None


def test_a_row_of_teasers_named_alike_is_no_featured_image() -> None:
    # a slider of other stories above the story, each picture its own story's post thumbnail
    slides = "".join(
        f'<div class="slide"><a href="/s{i}/"><img class="attachment-thumb wp-post-image" src="/up/s{i}.jpg"'
        ' width="155" height="117"></a></div>'
        for i in range(4)
    )
    html = page(f'<div class="content"><div class="slider">{slides}</div><h1>The river rises</h1>{TEXT}</div>')
    assert newsshape.parse(html, url=URL).image is None


def test_a_featured_picture_in_a_figure_keeps_its_caption() -> None:
    story = (
        '<article class="post"><h1>The river rises</h1><figure class="post-thumbnail">'
        '<img class="attachment-large wp-post-image" src="/up/river.jpg" width="1020" height="680">'
        f"<figcaption>The river at dawn</figcaption></figure>{TEXT}</article>"
    )
    image = newsshape.parse(page(story), url=URL).image
    assert image is not None and image.caption == "The river at dawn"
