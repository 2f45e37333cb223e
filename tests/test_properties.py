"""Properties that hold for any input: parse returns an article or raises
the documented error (never anything else), articles survive a round trip
through dicts and JSON, text declared in its encoding comes back, and
nothing in a text dump's body is invented."""

from __future__ import annotations

import json
import re
import unicodedata

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsshape
from newsshape import Block, Element
from newsshape.document import decode, to_document
from newsshape.document._types import new_block, new_element  # only for the fast constructors: see there

_WS = re.compile(r"\s+")
#: What every field drops: soft hyphens and zero-width characters.
_DROPPED = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
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
    "The cafe\u0301 “reopened” in Sa\u0303o Paulo",  # letters and combining marks: composed in the output
]
_VOCABULARY = "the a said Putin “ ” \" ' — – - , . : ; ? ! news Alaska talks 2025 August By Posted on Date"
WORDS = st.sampled_from(_VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
#: Any characters but the control characters that make binary data (see
#: the properties of bytes and text below for those).
_TEXTUAL = st.characters(exclude_characters="".join(map(chr, (*range(0, 9), *range(14, 32), 127))))
LINE = st.one_of(st.sampled_from(MARKERS), SENTENCE, st.text(_TEXTUAL, max_size=80))
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


def _article_or_documented_error(source: str | bytes) -> None:
    """``parse`` and ``clean`` give an article (and its text) or raise
    :class:`newsshape.NotAPageError`, both the same way; nothing else."""
    try:
        article = newsshape.parse(source)
    except newsshape.NotAPageError as error:
        assert isinstance(error, newsshape.NewsshapeError) and isinstance(error, ValueError)
        assert error.looks_like
        with pytest.raises(newsshape.NotAPageError):
            newsshape.clean(source)
        return
    assert isinstance(article, newsshape.Article)
    assert newsshape.clean(source) == article.text


@FAST
@given(st.text())
def test_parse_gives_an_article_or_the_documented_error_on_text(text: str) -> None:
    _article_or_documented_error(text)


@FAST
@given(PAGE.map("\n".join))
def test_parse_never_raises_on_template_like_text(text: str) -> None:
    try:
        assert isinstance(newsshape.parse(text), newsshape.Article)
    except newsshape.NotAPageError as error:
        # only the documented case of text: a lone address or path on one line
        assert error.looks_like in ("URL", "file path")
        assert "\n" not in text.strip() and " " not in text.strip()


@FAST
@given(markup())
def test_parse_never_raises_on_markup_soup(html: str) -> None:
    assert isinstance(newsshape.parse(html), newsshape.Article)


@FAST
@given(st.binary(max_size=2000))
def test_parse_gives_an_article_or_the_documented_error_on_bytes(data: bytes) -> None:
    _article_or_documented_error(data)


_ENCODING_PREFIXES = st.sampled_from([b"", b"%PDF-", b"\x1f\x8b", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>", b"MZ"])


@FAST
@given(_ENCODING_PREFIXES, st.binary(max_size=600), st.sampled_from([None, "utf-8", "latin-1", "shift_jis", "nope"]))
def test_parse_gives_an_article_or_the_documented_error_on_any_bytes_and_encoding(
    prefix: bytes, data: bytes, encoding: str | None
) -> None:
    try:
        article = newsshape.parse(prefix + data, encoding=encoding)
    except newsshape.NotAPageError:
        return
    assert isinstance(article, newsshape.Article)


#: Encodings and text they can write (a story's words in the scripts they hold).
_ENCODED_TEXT = {
    "utf-8": "Le café “rouvre” — 市議会は予算を承認した; Совет утвердил бюджет.",
    "windows-1252": "Le café rouvre ses portes après les travaux, dit-il — «enfin».",
    "iso-8859-1": "Der Stadtrat hat den Haushalt für Straßen und Schulen beschlossen.",
    "windows-1251": "Городской совет утвердил новый бюджет на следующий год.",
    "koi8-r": "Городской совет утвердил новый бюджет на следующий год.",
    "shift_jis": "市議会は来年度の新しい予算を承認した。",
    "euc-jp": "市議会は来年度の新しい予算を承認した。",
    "gb18030": "市议会批准了明年的新预算。",
    "iso-8859-7": "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό.",
}


@st.composite
def _encoded_story(draw: st.DrawFn) -> tuple[str, str]:
    """An encoding, and a story of 8 to 40 words of its language."""
    encoding = draw(st.sampled_from(sorted(_ENCODED_TEXT)))
    words = st.sampled_from(_ENCODED_TEXT[encoding].split())
    return encoding, " ".join(draw(st.lists(words, min_size=8, max_size=40)))


@FAST
@given(_encoded_story(), st.sampled_from(["meta", "http-equiv", "caller"]))
def test_text_declared_in_its_encoding_comes_back(encoded: tuple[str, str], how: str) -> None:
    encoding, story = encoded
    declaration = {
        "meta": f'<meta charset="{encoding}">',
        "http-equiv": f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
        "caller": "",
    }[how]
    page = f"<html><head>{declaration}<title>News</title></head><body><article><p>{story}</p></article></body></html>"
    data = page.encode(encoding)
    article = newsshape.parse(data, encoding=encoding if how == "caller" else None)
    assert unicodedata.normalize("NFC", story) in article.text


@FAST
@given(st.one_of(PAGE.map("\n".join), markup()))
def test_round_trip(source: str) -> None:
    try:
        article = newsshape.parse(source)
    except newsshape.NotAPageError:  # a one-line "page" that reads as a file path or an address ("/0")
        return
    assert newsshape.Article.from_dict(article.to_dict()) == article
    assert newsshape.Article.from_dict(json.loads(article.to_json())) == article


@FAST
@given(st.one_of(PAGE.map("\n".join), markup()))
def test_clean_is_the_text_of_parse(source: str) -> None:
    assert newsshape.clean(source) == newsshape.parse(source).text


#: What opens a bulleted line in a text dump (the bullet is no part of the item's text).
_BULLET = re.compile(r"^(?:[-–—•*·▪►]) (?=.)\s*")


def _normalised_lines(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(_BULLET.sub("", line, count=1) for line in lines if line)


@FAST
@given(PAGE.map("\n".join))
def test_nothing_invented_in_text_dumps(text: str) -> None:
    article = newsshape.parse(text)
    text = unicodedata.normalize("NFC", text)  # the output is composed (an accent and its letter are one)
    text = text.translate(_DROPPED)  # and has no soft hyphens nor zero-width characters
    source = _WS.sub(" ", text)
    glued = _WS.sub(" ", "".join(text.splitlines()))  # lines cut inside a paragraph are put back together
    lines = _normalised_lines(text)
    pieces = [*article.paragraphs, *(s.heading for s in article.sections if s.heading), *article.highlights]
    pieces += [t.text for t in article.takeaways]
    for piece in pieces:
        assert unicodedata.is_normalized("NFC", piece), piece
        assert piece in source or piece in lines or piece in glued, piece
    for quote in article.quotes:
        # A quotation starts where its span says; one running over several
        # paragraphs holds the whole rest of its first paragraph.
        head = article.sections[quote.section].paragraphs[quote.paragraph][quote.start :]
        assert head.startswith(quote.text) or quote.text.startswith(head.rstrip()), (head, quote)


# -- shortcuts that must change nothing ----------------------------------------


@FAST
@given(st.one_of(markup(), st.text(max_size=300).map(lambda t: f"<html><body><p>{t}</p></body></html>")))
def test_utf8_source_gives_the_same_document(html: str) -> None:
    # bytes that decode as UTF-8 go to the parser as they are, text is encoded:
    # the same document, or the same verdict that the input is no page
    assume(not any("\ud800" <= c <= "\udfff" for c in html))  # text that has a UTF-8 form

    def outcome(source: str | bytes) -> object:
        try:
            return to_document(source)
        except newsshape.NotAPageError as error:
            return ("not a page", error.looks_like)

    assert outcome(html.encode("utf-8")) == outcome(html)


@FAST
@given(st.binary(max_size=300))
def test_decoded_source_is_the_same_text(data: bytes) -> None:
    # bytes that are their text's UTF-8 go to the parser as they are: the same document as the decoded text's
    try:
        from_bytes = to_document(data)
    except newsshape.NotAPageError:
        return
    assert from_bytes == to_document(decode(data))


class _Title(newsshape.Extractor):
    """An extractor whose title is the raw value it is given."""

    def __init__(self, title: str) -> None:
        self.given = title

    def title(self, page: newsshape.Page) -> str | None:
        return self.given


@FAST
@given(st.text(alphabet=st.sampled_from(" \t\n\xa0\xad\u200b\u2003\ufeffab.é’\x1e\x0c\u0301\u0327"), max_size=40))
def test_cleaning_shortcuts(text: str) -> None:
    # the shortcuts (a text tested clean is kept, the invisible characters looked for with `in`) against
    # cleaning spelled out: invisible characters dropped, composed, white space collapsed
    expected = " ".join(unicodedata.normalize("NFC", text.translate(_DROPPED)).split()) or None
    assert newsshape.parse("A page", extractor=_Title(text)).title == expected


@FAST
@given(st.text(max_size=20), st.integers(-1, 500), st.text(max_size=20))
def test_fast_constructors_build_equal_instances(text: str, number: int, hint: str) -> None:
    # White-box on purpose: the document builders' constructors skip attrs' __init__; a document's blocks
    # compared with public constructions of their own values could not tell a slot set in the wrong place.
    links = ((text, hint),)
    assert new_block(text, "quote", 2, number, 3, links) == Block(text, "quote", 2, number, 3, links)
    assert new_block(text, "item", 0, -1, 0, (), True) == Block(text, "item", gap_before=True)
    assert new_element(hint, number, text) == Element(hint, number, text)
    block = new_block(text, "quote", 2, number, 3, links)
    assert hash(block) == hash(Block(text, "quote", 2, number, 3, links))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]


_INLINE = st.sampled_from(
    ["<b>Foo</b>", "<i>bar</i>", "<span>baz</span>", "<a href='/x'>link</a>", "<!-- c -->", "qux"]
)
_SPACE = st.sampled_from(["", " ", "\n", "\n  ", "\t", "\x0c", "\xa0"])


@FAST
@given(st.lists(st.tuples(_SPACE, _INLINE), min_size=1, max_size=8), _SPACE)
def test_white_space_between_inline_elements_is_kept(run: list[tuple[str, str]], end: str) -> None:
    # Inline text beside blocks is walked node by node, and text nodes of
    # white space alone are skipped, except where they part two words: at
    # the start, inside and at the end of an element that holds a block.
    inline = "".join(space + part for space, part in run) + end

    def words(html: str) -> str:
        node = LexborHTMLParser(f"<p>{html}</p>").css_first("p")
        return " ".join(node.text().split()) if node is not None else ""

    cases = {
        f"<div><p>Block</p>{inline}</div>": words(inline),
        f"<div>{inline}<p>Block</p></div>": words(inline),
        f"<div><span><p>Block</p>{inline}</span>{inline}</div>": words(inline + inline),
        f"<div><a href='/c'><p>Block</p>{inline}</a>{inline}</div>": words(inline + inline),
    }
    for html, expected in cases.items():
        blocks = to_document(f"<html><body>{html}</body></html>").blocks
        assert [b.text for b in blocks if b.text != "Block"] == ([expected] if expected else []), html
