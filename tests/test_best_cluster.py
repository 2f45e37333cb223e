"""A page whose story sits in boxes named as furniture never gives an empty
body: the best prose cluster is kept and the rest is boilerplate
(:func:`newsshape.layout._body.keep_best`). Hand-written pages."""

from __future__ import annotations

import newsshape

STORY = (
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted "
    "for more than ten years, and set aside money for the work in next year's budget.",
    "Engineers said the new bridge would carry trams as well as cars, and that the work, which will close "
    "the crossing for two summers, should be finished before the end of the decade.",
)
ABOUT = (
    "I am the writer of this blog, which I started many years ago, when I was still living in the city, "
    "and which has, since then, grown into a place where readers, friends and neighbours meet.",
    "I write about the harbour, the council, the markets, the schools and the trams, and I have, over the "
    "years, written more than three thousand posts, some of them long, some of them short.",
    "Before that, I worked as a teacher, a sailor, a cook and a clerk, in several towns along the coast, and "
    "I still travel, when I can, to see the places where I lived, worked and learned.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
PERKS = (
    "Every story on the site",
    "The morning newsletter",
    "The weekend edition",
    "Puzzles and games",
    "The archive since 1950",
    "No advertising",
    "Events for readers",
    "Cancel at any time",
)
TITLE = "Council votes to rebuild harbour bridge"


def blogger_page(story_box: str) -> str:
    """A blog template that names every box a widget: the post in one, a
    link list and the author's profile (more prose than the post, far from
    the title) in others; the archive's short lines are in a box named
    otherwise."""
    links = "".join(f"<li><a href='/blog/{i}'>Another blog number {i}</a></li>" for i in range(12))
    about = "".join(f"<p>{p}</p>" for p in ABOUT)
    story = "".join(f"<p>{p}</p>" for p in STORY)
    archive = "".join(f"<p>{month} {year} ({n})</p>" for year in (2011, 2012) for n, month in enumerate(MONTHS, 20))
    return f"""<html><head><title>{TITLE}</title></head><body>
    <div class="content"><div class="columns-inner">
      <div class="main-inner"><div class="{story_box}">
        <h2 class="date-header">Thursday, August 9, 2012</h2>
        <div class="post hentry"><h3 class="post-title">{TITLE}</h3>
          <div class="post-body entry-content">{story}</div>
          <div class="post-footer">Posted by Anna Berg at 8:18 AM</div>
        </div>
        <div class="comments"><h4>No comments:</h4><p>Post a Comment</p></div>
      </div></div>
      <div class="sidebar-inner">
        <div class="widget linklist"><h2>Blog roll</h2><ul>{links}</ul></div>
        <div class="widget profile"><h2>About me</h2><dl><dd class="profile-textblock">{about}</dd></dl></div>
        <div class="archive"><h2>Blog archive</h2>{archive}</div>
      </div>
    </div></div></body></html>"""


def test_story_in_a_box_named_widget_is_kept() -> None:
    article = newsshape.parse(blogger_page("widget blog"))
    assert [p for s in article.sections for p in s.paragraphs] == list(STORY)
    assert not any(p in article.boilerplate for p in STORY)
    assert all(p in article.boilerplate for p in ABOUT)  # the rest is reported as boilerplate


def test_story_box_named_non_paywall_is_kept() -> None:
    # "paywall" names furniture, and the free part of a story is named after it;
    # beside it, the sign-up box (named as furniture too) has as much prose, and a list of its perks
    offer = "".join(f"<p>{p}</p>" for p in ABOUT[:2])
    perks = "".join(f"<li>{perk}</li>" for perk in PERKS)
    html = f"""<html><head><title>{TITLE}</title></head><body><main class="main">
      <h1>{TITLE}</h1><section class="row non-paywall"><div class="article-text">
        <p>{STORY[0]}</p><p>{STORY[1]}</p></div></section>
      <div class="register-form"><div class="register-text">{offer}</div></div>
      <ul class="perks">{perks}</ul></main></body></html>"""
    assert newsshape.parse(html).text.split("\n\n") == list(STORY)


def test_comments_are_no_fallback() -> None:
    # a page of comments without a story: their prose stays out of the body
    comments = "".join(
        f"<li class='comment'><p class='comment-author'>Reader {i}</p><div class='comment-body'><p>{p}</p></div></li>"
        for i, p in enumerate(STORY + ABOUT)
    )
    html = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><ol class='comment-list'>{comments}</ol>"
    article = newsshape.parse(html)
    assert not any(p in article.text for p in STORY + ABOUT)
