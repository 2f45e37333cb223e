"""A reader's comment dates the comment, never the story: date markup in
comments is read through its ancestors (WordPress puts a comment's
``<time>`` in a link inside ``div.comment-metadata``). Hand-written pages."""

from __future__ import annotations

import pytest

import newsshape

STORY = (
    "<p>The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted "
    "for more than ten years.</p><p>Engineers said the new bridge would carry trams as well as cars, and "
    "should be finished before the end of the decade.</p>"
)


def page(
    story_date: str = "", comment_time: str = '<time datetime="2021-03-04T10:15:00+00:00">', around: str = ""
) -> str:
    """A WordPress post (dated by ``story_date`` markup, or not at all) and
    one comment whose date is ``comment_time``, the story in ``around``."""
    open_, close = (f'<div class="{around}">', "</div>") if around else ("", "")
    return f"""<html><head><title>Harbour bridge to be rebuilt</title></head><body>{open_}
    <article class="post type-post hentry"><header class="entry-header">
      <h1 class="entry-title">Harbour bridge to be rebuilt</h1>{story_date}</header>
      <div class="entry-content">{STORY}</div></article>
    <div id="comments" class="comments-area"><ol class="comment-list">
      <li id="comment-5" class="comment even thread-even depth-1"><article id="div-comment-5" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anna</b> says:</div>
        <div class="comment-metadata"><a href="https://example.org/bridge/#comment-5">{comment_time}
          March 4, 2021 at 10:15 am</time></a></div></footer>
        <div class="comment-content"><p>About time too: it has been falling apart for years.</p></div>
      </article></li></ol></div>{close}</body></html>"""


@pytest.mark.parametrize(
    "comment_time",
    [
        '<time datetime="2021-03-04T10:15:00+00:00">',
        '<time class="published" datetime="2021-03-04T10:15:00+00:00">',  # a theme that names it so
        '<time itemprop="datePublished" datetime="2021-03-04T10:15:00+00:00">',  # schema.org Comment markup
    ],
)
def test_a_dateless_story_takes_no_date_from_a_comment(comment_time: str) -> None:
    article = newsshape.parse(page(comment_time=comment_time))
    assert article.published is None
    assert "About time too" not in article.text


def test_the_story_keeps_its_own_date_beside_a_comment() -> None:
    posted = (
        '<span class="posted-on"><a href="/"><time class="entry-date published" '
        'datetime="2021-03-01T08:00:00+00:00">March 1, 2021</time></a></span>'
    )
    assert str(newsshape.parse(page(story_date=posted)).published)[:10] == "2021-03-01"


def test_a_commentary_section_is_no_comment() -> None:
    # "commentary" and a section named after opinion ("content--comment") hold stories, not comments
    posted = '<p class="meta"><time datetime="2021-03-01T08:00:00+00:00">March 1, 2021</time></p>'
    for around in ("commentary-section", "content--comment"):
        html = page(story_date=posted, around=around).replace('id="comments" class="comments-area"', 'class="x"')
        html = html.replace('class="comment-list"', 'class="x"').replace(
            '<div class="comment-metadata">', '<div class="x">'
        )
        html = html.replace('class="comment even thread-even depth-1"', 'class="x"').replace(
            'class="comment-body"', 'class="x"'
        )
        assert str(newsshape.parse(html).published)[:10] == "2021-03-01", around
