"""Properties that hold for any input: parse never raises, articles survive
a round trip through dicts and JSON, and nothing in a text dump's body is
invented."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsshape
from newsshape._text import strip_bullet

_WS = re.compile(r"\s+")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Lines that look like the templates' furniture and labels, so that the
#: generated pages reach the site extractors' code paths.
MARKERS = [
    "T4K3.news",
    "Key Takeaways",
    "Highlights",
    "Related News",
    "Enjoyed this? Let your friends know!",
    "Date:",
    "Date: August 3, 2025",
    "LEAVE A REPLY",
    "More like this",
    "spot_imgspot_img",
    "Summary",
    "Related",
    'In "News"',
    "Posted on May 1, 2024 by Ann Lee",
    "By Jane Doe",
    "Share this:",
    "Leave a Reply",
    "- an item",
    "• another item",
    "“A quoted line”",
    '"Straight quotes"',
    "",
    "  ",
    "Anchorage, Alaska — It began.",
]
_VOCABULARY = "the a said Putin “ ” \" ' — – - , . : ; ? ! news Alaska talks 2025 August By Posted on Date"
WORDS = st.sampled_from(_VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
LINE = st.one_of(st.sampled_from(MARKERS), SENTENCE, st.text(max_size=80))
PAGE = st.lists(LINE, max_size=40)
_TAG_NAMES = "p div h1 h2 h3 li ul blockquote article main time a span script style table td"
TAGS = st.sampled_from(_TAG_NAMES.split(" "))


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Tag soup: random open and close tags mixed with text and markers."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag} class='{draw(st.sampled_from(['td-post-content', 'key-takeaways', 'x']))}'>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(LINE))
    return "<html><head><meta property='og:site_name' content='T4K3.news'></head><body>" + "".join(parts)


@FAST
@given(st.text())
def test_parse_never_raises_on_text(text: str) -> None:
    assert isinstance(newsshape.parse(text), newsshape.Article)


@FAST
@given(PAGE.map("\n".join))
def test_parse_never_raises_on_template_like_text(text: str) -> None:
    assert isinstance(newsshape.parse(text), newsshape.Article)


@FAST
@given(markup())
def test_parse_never_raises_on_markup_soup(html: str) -> None:
    assert isinstance(newsshape.parse(html), newsshape.Article)


@FAST
@given(st.binary(max_size=2000))
def test_parse_never_raises_on_bytes(data: bytes) -> None:
    assert isinstance(newsshape.parse(data), newsshape.Article)


@FAST
@given(st.one_of(PAGE.map("\n".join), markup()))
def test_round_trip(source: str) -> None:
    article = newsshape.parse(source)
    assert newsshape.Article.from_dict(article.to_dict()) == article
    assert newsshape.Article.from_dict(json.loads(article.to_json())) == article


def _normalised_lines(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(strip_bullet(line)[0] for line in lines if line)


@FAST
@given(PAGE.map("\n".join))
def test_nothing_invented_in_text_dumps(text: str) -> None:
    article = newsshape.parse(text)
    source = _WS.sub(" ", text)
    lines = _normalised_lines(text)
    pieces = [*article.paragraphs, *(s.heading for s in article.sections if s.heading), *article.highlights]
    pieces += [t.text for t in article.takeaways]
    for piece in pieces:
        assert piece in source or piece in lines, piece
    for quote in article.quotes:
        # A quotation starts where its span says; one running over several
        # paragraphs holds the whole rest of its first paragraph.
        head = article.sections[quote.section].paragraphs[quote.paragraph][quote.start :]
        assert head.startswith(quote.text) or quote.text.startswith(head.rstrip()), (head, quote)
