"""Boxes set apart from the body: pull-quotes, highlights, summaries, related
links, in HTML and in text dumps. Expected values are written by hand."""

from __future__ import annotations

import newsshape

BODY = (
    "<p>The city council voted on Tuesday to close the main library branch, citing a budget shortfall "
    "that has grown for three years in a row.</p>"
    "<p>Residents packed the meeting, and many said the branch was the only quiet place in the neighbourhood "
    "where children could study after school.</p>"
    "<p>The mayor said the decision was painful, but that the city had run out of other options this year.</p>"
)


def html(inner: str) -> str:
    head = "<html><head><title>Library to close</title></head>"
    return f"{head}<body><article><h1>Library to close</h1>{inner}</article></body></html>"


def test_wordpress_pullquote_becomes_a_takeaway_with_its_cite() -> None:
    page = html(
        BODY + '<figure class="wp-block-pullquote"><blockquote><p>“The only quiet place in the neighbourhood”</p>'
        "<cite>A resident at the meeting</cite></blockquote></figure>"
        + "<p>The branch will close at the end of March, and its books will move to the east branch.</p>"
    )
    article = newsshape.parse(page)
    assert [(t.text, t.attribution) for t in article.takeaways] == [
        ("The only quiet place in the neighbourhood", "A resident at the meeting")
    ]
    assert "The only quiet place in the neighbourhood" not in [p.strip("“”") for p in article.paragraphs]
    assert "A resident at the meeting" not in article.text


def test_blockquote_repeating_the_body_is_a_takeaway() -> None:
    page = html(
        BODY + "<blockquote><p>the only quiet place in the neighbourhood where children could study</p></blockquote>"
        "<p>The branch will close at the end of March, and its books will move to the east branch.</p>"
    )
    article = newsshape.parse(page)
    assert [t.text for t in article.takeaways] == [
        "the only quiet place in the neighbourhood where children could study"
    ]


def test_blockquote_of_quoted_material_stays_in_the_body() -> None:
    statement = (
        "We regret that the library must close, and we will keep looking for a way to reopen it "
        "as soon as the budget allows."
    )
    page = html(BODY + f"<p>In a statement, the council wrote:</p><blockquote><p>{statement}</p></blockquote>")
    article = newsshape.parse(page)
    assert statement in article.paragraphs
    assert article.takeaways == ()


def test_key_takeaways_box_in_html() -> None:
    page = html(
        '<div class="key-takeaways"><h2>Key takeaways</h2><ul><li>The main branch closes in March.</li>'
        "<li>Books move to the east branch.</li></ul></div>" + BODY
    )
    article = newsshape.parse(page)
    assert article.highlights == ("The main branch closes in March.", "Books move to the east branch.")
    assert "Books move to the east branch." not in article.paragraphs


def test_highlight_labels_in_html_without_classes() -> None:
    for label in ("Highlights", "What to know", "At a glance", "TL;DR", "Key points", "In brief"):
        page = html(f"<div><h3>{label}</h3><ul><li>First point</li><li>Second point</li></ul></div>" + BODY)
        assert newsshape.parse(page).highlights == ("First point", "Second point"), label


def test_standfirst_becomes_the_summary() -> None:
    page = html('<p class="standfirst">The main branch will close in March after a vote.</p>' + BODY)
    article = newsshape.parse(page)
    assert article.summary == "The main branch will close in March after a vote."
    assert article.summary not in article.paragraphs


def test_related_list_in_html() -> None:
    page = html(
        BODY + '<div class="related-posts"><h3>Related</h3><ul><li><a href="https://example.com/a">Council '
        'passes the budget</a></li><li><a href="https://example.com/b">East branch to extend its hours</a>'
        "</li></ul></div>"
    )
    article = newsshape.parse(page)
    assert [(r.title, r.url) for r in article.related] == [
        ("Council passes the budget", "https://example.com/a"),
        ("East branch to extend its hours", "https://example.com/b"),
    ]
    assert "Council passes the budget" not in article.text


def test_summary_section_in_html() -> None:
    page = html(BODY + "<h2>Summary</h2><p>The library closes in March; its books go to the east branch.</p>")
    article = newsshape.parse(page)
    assert article.summary == "The library closes in March; its books go to the east branch."
    assert article.summary not in article.paragraphs


TEXT_BODY = (
    "The city council voted on Tuesday to close the main library branch, citing a budget shortfall "
    "that has grown for three years in a row.\n"
    "Residents packed the meeting, and many said the branch was the only quiet place in the neighbourhood "
    "where children could study after school.\n"
)


def test_highlights_box_in_a_text_dump() -> None:
    page = "Library to close\n" + TEXT_BODY + "Key takeaways\n- The branch closes in March.\n- Books move east.\n"
    article = newsshape.parse(page)
    assert article.highlights == ("The branch closes in March.", "Books move east.")
    assert "Books move east." not in article.paragraphs


def test_related_and_read_more_lists_in_a_text_dump() -> None:
    for label in ("Related", "More like this", "Read more"):
        page = (
            "Library to close\n" + TEXT_BODY + f"{label}\nCouncil passes the budget\nEast branch to extend its hours\n"
        )
        article = newsshape.parse(page)
        assert [r.title for r in article.related] == ["Council passes the budget", "East branch to extend its hours"], (
            label
        )
        assert "Council passes the budget" not in article.text


def test_summary_section_in_a_text_dump() -> None:
    page = "Library to close\n" + TEXT_BODY + "Summary\n- The library closes in March after a council vote.\n"
    article = newsshape.parse(page)
    assert article.summary == "The library closes in March after a council vote."
