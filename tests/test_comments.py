"""Readers' comments: their own field (``Article.comments``), never in the body nor in the boilerplate.

Hand-made pages, one for each markup convention the comments pass reads, and text dumps printed the way
WordPress and most blogs print comments.
"""

from __future__ import annotations

from datetime import date, datetime

import newsshape
from newsshape import Article, Comment

STORY = (
    "<article><h1>Bridge reopens</h1><p class='byline'>By Ana Ruiz</p><div class='entry-content'>"
    "<p>The old bridge over the river opened again on Monday after a year of repairs, the council said.</p>"
    "<p>Cars and bicycles crossed it from seven in the morning, and the mayor walked across at noon.</p>"
    "</div></article>"
)
BODY = (
    "The old bridge over the river opened again on Monday after a year of repairs, the council said.",
    "Cars and bicycles crossed it from seven in the morning, and the mayor walked across at noon.",
)


def _page(comments: str) -> str:
    return f"<html><head><title>Bridge reopens</title></head><body>{STORY}{comments}</body></html>"


def _wordpress_comment(n: int, name: str, when: str, text: str, children: str = "") -> str:
    return (
        f'<li id="comment-{n}" class="comment even depth-1"><article id="div-comment-{n}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b> '
        f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{n}">'
        f"<time>{when}</time></a></div></footer>"
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>{children}</li>'
    )


WORDPRESS = _page(
    '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Bridge reopens”</h2>'
    '<ol class="comment-list">'
    + _wordpress_comment(
        12,
        "Jane Doe",
        "March 5, 2024 at 9:12 pm",
        "Finally! I have waited a whole year to cycle to work again.",
        '<ol class="children">'
        + _wordpress_comment(13, "Bob", "March 6, 2024 at 8:00 am", "Me too, it was a long detour.")
        + "</ol>",
    )
    + '</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>'
)


def test_wordpress_comments_are_their_own_field() -> None:
    article = newsshape.parse(WORDPRESS)
    assert article.paragraphs == BODY
    assert article.comments == (
        Comment(
            "Jane Doe", datetime(2024, 3, 5, 21, 12), "Finally! I have waited a whole year to cycle to work again."
        ),
        Comment("Bob", datetime(2024, 3, 6, 8, 0), "Me too, it was a long detour."),
    )
    # neither body nor furniture: the comments' lines are not in the boilerplate, their buttons are
    assert not any("Jane" in t or "detour" in t or "2024" in t for t in article.boilerplate)
    assert "Reply" in article.boilerplate
    assert article.authors == ("Ana Ruiz",)


def test_comments_round_trip_through_json() -> None:
    article = newsshape.parse(WORDPRESS)
    data = article.to_dict()
    assert data["comments"][0] == {
        "author": "Jane Doe",
        "published": "2024-03-05T21:12:00",
        "text": "Finally! I have waited a whole year to cycle to work again.",
    }
    assert Article.from_dict(data) == article


def test_microdata_comments() -> None:
    items = "".join(
        f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f'<div itemprop="author">Reader {n}</div><div class="date">{n} May 2023</div>'
        f'<div itemprop="text"><p>Comment number {n} says the bridge was worth the wait.</p></div></div>'
        for n in (1, 2)
    )
    article = newsshape.parse(_page(f"<section>{items}</section>"))
    assert article.paragraphs == BODY
    assert article.comments == (
        Comment("Reader 1", date(2023, 5, 1), "Comment number 1 says the bridge was worth the wait."),
        Comment("Reader 2", date(2023, 5, 2), "Comment number 2 says the bridge was worth the wait."),
    )


def test_list_items_of_a_comment_section() -> None:
    """A section named as the comments (``#comments``) whose list items carry no names."""
    items = "".join(
        f"<li><p><b>Reader {n}</b></p><p>I crossed it on Monday and the view from the middle is great, {n}.</p></li>"
        for n in (1, 2, 3)
    )
    article = newsshape.parse(_page(f'<div id="comments"><ol>{items}</ol></div>'))
    assert article.paragraphs == BODY
    assert [c.text for c in article.comments] == [
        f"Reader {n}\n\nI crossed it on Monday and the view from the middle is great, {n}." for n in (1, 2, 3)
    ]


def test_disqus_comments() -> None:
    posts = "".join(
        f'<li class="post"><div class="dsq-comment"><div class="post-byline"><span class="author">user{n}</span></div>'
        f'<div class="post-message"><p>Great news for the whole town, number {n}.</p></div></div></li>'
        for n in (1, 2)
    )
    article = newsshape.parse(_page(f'<div id="disqus_thread"><ul class="post-list">{posts}</ul></div>'))
    assert article.paragraphs == BODY
    assert [(c.author, c.text) for c in article.comments] == [
        ("user1", "Great news for the whole town, number 1."),
        ("user2", "Great news for the whole town, number 2."),
    ]


def test_discourse_topic_keeps_its_first_post() -> None:
    """Discourse's crawler view: the first post is the topic itself, the others are replies."""
    post = (
        '<div id="post_{n}" class="topic-body crawler-post"><div class="crawler-post-meta">'
        '<span class="creator"><span>{who}</span></span></div><div class="post"><p>{text}</p></div></div>'
    )
    first = post.format(
        n=1, who="ana", text="The bridge reopens on Monday after a year of repairs, and the council will hold a party."
    )
    replies = "".join(post.format(n=n, who=f"user{n}", text=f"Reply {n}: see you at the party then.") for n in (2, 3))
    head = "<html><head><title>Bridge reopens - Forum</title></head>"
    html = f"{head}<body><h1>Bridge reopens</h1>{first}{replies}</body></html>"
    article = newsshape.parse(html)
    assert article.paragraphs == (
        "The bridge reopens on Monday after a year of repairs, and the council will hold a party.",
    )
    assert [(c.author, c.text) for c in article.comments] == [
        ("user2", "Reply 2: see you at the party then."),
        ("user3", "Reply 3: see you at the party then."),
    ]


def test_one_box_named_comment_is_not_a_comment_section() -> None:
    """A lone element named "comment" outside any comment section (an editor's comment box) is left alone."""
    html = _page('<div class="comment"><p>Editor: the works were paid for by the region.</p></div>')
    assert newsshape.parse(html).comments == ()


def test_page_without_comments() -> None:
    article = newsshape.parse(_page(""))
    assert article.paragraphs == BODY
    assert article.comments == ()


def test_short_story_above_hundreds_of_comments_keeps_its_story() -> None:
    """Slashdot: a story of two sentences above 300 comments; the story is the body, every comment a record."""
    story = "<p>The new kernel ships with a faster scheduler, its maintainers said on the mailing list today.</p>"
    comments = "".join(
        f'<li id="tree_{i}" class="comment"><div class="commentTop"><h4><a href="#">Re: scheduler</a></h4>'
        f'<span class="by">by <a href="#">user{i}</a> (123{i})</span>'
        f'<span class="otherdetails"> on Friday September 14, 2012 @10:{i % 60:02d}AM</span></div>'
        f'<div class="commentBody"><div id="comment_body_{i}">Comment {i} has a lot to say about schedulers, '
        "latency, fairness and the rest of it.</div></div></li>"
        for i in range(300)
    )
    html = (
        "<html><head><title>New kernel ships - Slashdot</title></head><body><div id='firehose'><article>"
        f"<h2 class='story'><a href='#'>New kernel ships</a></h2><div class='body'>{story}</div></article></div>"
        f"<ul id='commentlisting' class='d2'>{comments}</ul></body></html>"
    )
    article = newsshape.parse(html)
    assert article.paragraphs == (
        "The new kernel ships with a faster scheduler, its maintainers said on the mailing list today.",
    )
    assert len(article.comments) == 300
    first = article.comments[0]
    assert (first.author, first.published) == ("user0", datetime(2012, 9, 14, 10, 0))
    assert first.text.endswith("Comment 0 has a lot to say about schedulers, latency, fairness and the rest of it.")
    assert article.published is None  # the comments' dates are not the story's


DUMP = """Bridge reopens | The Courier
Home News Sport
Bridge reopens
The old bridge over the river opened again on Monday after a year of repairs, the council said on Tuesday.
Cars and bicycles crossed it from seven in the morning, and the mayor walked across at noon with the engineers.
The works cost four million euros, a million less than planned, and took a month less than the contract allowed.
12 thoughts on "Bridge reopens"
Jane Doe says:
March 5, 2024 at 9:12 pm
Finally! I have waited a whole year to cycle again.
Reply
Bob Smith says:
March 6, 2024 at 8:00 am
Me too, it was a long detour through the industrial estate.
Reply
Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_dump_comments_after_the_story() -> None:
    article = newsshape.parse(DUMP)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("The old bridge")
    assert article.comments == (
        Comment("Jane Doe", datetime(2024, 3, 5, 21, 12), "Finally! I have waited a whole year to cycle again."),
        Comment("Bob Smith", datetime(2024, 3, 6, 8, 0), "Me too, it was a long detour through the industrial estate."),
    )
    assert article.published is None  # a comment's date is not the story's
    assert "Reply" in article.boilerplate


def test_dump_name_and_date_on_one_line() -> None:
    """Headers of a name and a time stamp on one line make a thread from three of them (a news page's byline
    and update lines take that shape too, once or twice)."""
    third = "Ana Ruiz March 7, 2024 at 10:30 am\nThe cycle lane on the east side is still closed, though.\nReply\n"
    dump = (
        DUMP.replace("Jane Doe says:\nMarch 5, 2024 at 9:12 pm", "Jane Doe March 5, 2024 at 9:12 pm")
        .replace("Bob Smith says:\nMarch 6, 2024 at 8:00 am", "Bob Smith March 6, 2024 at 8:00 am")
        .replace("Leave a Reply\n", third + "Leave a Reply\n")
    )
    article = newsshape.parse(dump)
    assert [(c.author, c.published) for c in article.comments] == [
        ("Jane Doe", datetime(2024, 3, 5, 21, 12)),
        ("Bob Smith", datetime(2024, 3, 6, 8, 0)),
        ("Ana Ruiz", datetime(2024, 3, 7, 10, 30)),
    ]
    assert len(article.paragraphs) == 3


def test_a_byline_and_an_update_line_are_no_thread() -> None:
    """An agency's byline with its time stamp and a "First Published" line around a news story are not two
    comments: the story stays the body."""
    story = DUMP.split("12 thoughts")[0].split("\n", 3)[3]
    dump = (
        "Bridge reopens | The Courier\nBridge reopens\n"
        + "A short introduction to the story, printed above the byline of the agency.\n" * 4
        + "Associated Press November 19, 2019 at 9:02 am\n"
        + story
        + "First Published November 19, 2019 at 8:38 am\nRelated Tags:\nBridges\n"
    )
    article = newsshape.parse(dump)
    assert article.comments == ()
    assert any(p.startswith("The old bridge") for p in article.paragraphs)


def test_a_quoted_says_line_in_a_story_is_no_comment() -> None:
    """One "says:" line in a dump is not a comment section (two headers at least, after the story)."""
    dump = DUMP.split("12 thoughts")[0] + "The mayor says:\nWe are proud of this bridge and of its builders.\n"
    article = newsshape.parse(dump)
    assert article.comments == ()
