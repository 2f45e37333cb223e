"""Authors from every standard source a page uses to name them, and the
names as people's names.

Every page here is written by hand, one per markup convention (schema.org
JSON-LD and microdata, RDFa, ``rel=author``, hAtom/hCard, byline classes,
``<address>``, ``<meta>`` tags of the big publishing systems) and per way a
byline is printed; the expectations are reasoned, not recorded."""

from __future__ import annotations

import json

import pytest

import newsshape
from newsshape.names import clean_authors

PARAGRAPH = "The council met on Tuesday and agreed on the new budget for the town after a long debate."
BODY = "".join(f"<p>{PARAGRAPH} Point {i}.</p>" for i in range(5))
URL = "https://www.example-news.com/2024/05/budget"


def page(head: str = "", byline: str = "", after: str = "") -> str:
    """A story: ``byline`` under the headline, ``after`` after the body."""
    return (
        f'<html lang="en"><head>{head}</head><body><article><h1>Council agrees on the budget for next year</h1>'
        f"{byline}{BODY}{after}</article></body></html>"
    )


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article_ld(**fields: object) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council", **fields})


def authors(html: str, url: str | None = URL) -> tuple[str, ...]:
    return newsshape.parse(html, url=url).authors


# -- JSON-LD: every shape schema.org allows ------------------------------------------


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Jane Doe", ("Jane Doe",)),  # a plain string
        ({"@type": "Person", "name": "Jane Doe"}, ("Jane Doe",)),
        ({"@type": "Person", "givenName": "Jane", "familyName": "Doe"}, ("Jane Doe",)),
        ({"@type": "Person", "name": {"@value": "Jane Doe", "@language": "en"}}, ("Jane Doe",)),
        ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}], ("Jane Doe", "John Roe")),
        (["Jane Doe", "John Roe"], ("Jane Doe", "John Roe")),
        ('By <a href="/p/jane">Jane Doe</a>, CNN', ("Jane Doe",)),  # a string holding markup
    ],
)
def test_jsonld_author_shapes(author: object, expected: tuple[str, ...]) -> None:
    assert authors(page(article_ld(author=author))) == expected


def test_jsonld_author_reference_into_the_graph() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "Council", "author": {"@id": "https://example-news.com/#/p/1"}},
            {"@type": "Person", "@id": "https://example-news.com/#/p/1", "givenName": "Jane", "familyName": "Doe"},
        ],
    }
    assert authors(page(ld(graph))) == ("Jane Doe",)
    # a reference written as a bare string
    graph["@graph"][0]["author"] = "https://example-news.com/#/p/1"  # type: ignore[index]
    assert authors(page(ld(graph))) == ("Jane Doe",)


def test_organisation_author_does_not_beat_a_visible_person_byline() -> None:
    head = article_ld(author={"@type": "Organization", "name": "Riverside Wire Service"})
    assert authors(page(head, '<p class="byline">By Jane Doe</p>')) == ("Jane Doe",)


# -- microdata, RDFa, rel=author, hAtom / hCard, classes, address ----------------------


@pytest.mark.parametrize(
    "byline",
    [
        '<span itemprop="author">Jane Doe</span>',
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<img src="/jane.jpg" alt=""><span itemprop="name">Jane Doe</span><span>Staff</span></div>',
        '<span property="author">Jane Doe</span>',  # RDFa Lite
        '<span vocab="https://schema.org/" typeof="Person" property="author">'
        '<span property="name">Jane Doe</span></span>',
        '<p>Filed <a rel="author" href="/authors/jane">Jane Doe</a></p>',
        '<p><span class="author">Jane Doe</span></p>',
        '<p><a class="author" href="/authors/jane">Jane Doe</a></p>',
        '<address class="author"><a rel="author" href="/authors/jane">Jane Doe</a></address>',
        '<p class="byline">By <span class="author vcard"><a class="url fn n" href="/a/jane">Jane Doe</a></span></p>',
        '<div class="entry-meta"><span class="vcard author"><span class="fn">Jane Doe</span></span></div>',
    ],
)
def test_author_markup_without_a_by_line(byline: str) -> None:
    assert authors(page("", byline)) == ("Jane Doe",)


@pytest.mark.parametrize(
    "tag",
    [
        '<meta name="author" content="Jane Doe">',
        '<meta property="article:author" content="Jane Doe">',
        '<meta property="og:author" content="Jane Doe">',
        '<meta name="parsely-author" content="Jane Doe">',
        '<meta name="sailthru.author" content="Jane Doe">',
        '<meta name="dc.creator" content="Jane Doe">',
        '<meta name="DC.Creator" content="Jane Doe">',
        '<meta name="dcterms.creator" content="Jane Doe">',
    ],
)
def test_author_meta_tags(tag: str) -> None:
    assert authors(page(tag)) == ("Jane Doe",)


def test_article_author_profile_address_is_no_name() -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/janedoe">'
    assert authors(page(head + '<meta name="author" content="Jane Doe">')) == ("Jane Doe",)


def test_blog_handle_in_author_markup_is_kept() -> None:
    # a blog's display name, as its author chose it, in hAtom markup
    byline = (
        '<p class="entry-meta">by <span class="author vcard">'
        '<a class="url fn n" href="/author/g1">gizzmo</a></span></p>'
    )
    assert authors(page("", byline)) == ("gizzmo",)


# -- furniture is never the source ------------------------------------------------------


def test_authors_of_comments_sidebars_and_related_stories_are_not_the_authors() -> None:
    related = (
        '<aside class="related-posts"><h3>Related</h3><ul><li><a href="/x">Other story</a>'
        ' <span class="author">Mark Twine</span></li></ul></aside>'
    )
    comments = (
        '<div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-author vcard">'
        '<cite class="fn">Karl Reader</cite></div><p>Nice piece.</p></li></ol></div>'
    )
    sidebar = (
        '<div id="sidebar" class="widget-area"><div class="widget"><a rel="author" href="/a/b">Bob Side</a></div></div>'
    )
    assert authors(page("", "", related + comments + sidebar)) == ()
    assert authors(page("", '<p class="byline">By Jane Doe</p>', related + comments + sidebar)) == ("Jane Doe",)


# -- names as people's names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Richard (R.J.) Eskow", ("Richard (R.J.) Eskow",)),
        ("Автор: Анна Смирнова", ("Анна Смирнова",)),
        ("Story: Jane Doe, Rural Affairs Reporter", ("Jane Doe",)),
        ("Words by Jane Doe", ("Jane Doe",)),
        ("Text: Jane Doe", ("Jane Doe",)),
        ("Written by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Von Max Muster und Erika Mustermann", ("Max Muster", "Erika Mustermann")),
        ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Por Ana Gómez y Luis Pérez", ("Ana Gómez", "Luis Pérez")),
        ("Di Mario Rossi", ("Mario Rossi",)),
        ("Door Jan de Vries", ("Jan de Vries",)),
        ("Av Kari Nordmann", ("Kari Nordmann",)),
        ("Jenny SmithJuly 3, 2024", ("Jenny Smith",)),
        ("Veröffentlicht vonChris Jung", ("Chris Jung",)),
        ("| Jane Doe", ("Jane Doe",)),
        ("~ Jane Doe ✍️", ("Jane Doe",)),
        ("Jane Doe (@janedoe)", ("Jane Doe",)),
        ("Jane Doe jane.doe@example.com", ("Jane Doe",)),
        ("Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
        ("记者 张三", ("张三",)),
    ],
)
def test_bylines_as_names(raw: str, expected: tuple[str, ...]) -> None:
    assert clean_authors([raw]) == expected


def test_section_name_is_no_author() -> None:
    head = '<meta property="article:section" content="Mac">'
    assert authors(page(head, '<p><span class="author">Mac</span></p>')) == ()


def test_proper_case_from_the_meta_tag() -> None:
    head = '<meta name="author" content="Jane Doe">'
    assert authors(page(head, '<p class="byline">By JANE DOE</p>')) == ("Jane Doe",)


# -- organisations: reported alone, never beside people -------------------------------


def test_wire_alone_is_reported_as_the_author() -> None:
    assert authors(page(article_ld(author={"@type": "Organization", "name": "Associated Press"}))) == (
        "Associated Press",
    )


def test_newsroom_alone_is_reported_as_the_author() -> None:
    assert authors(page("", '<p class="byline">Von Redaktion</p>')) == ("Redaktion",)


def test_wire_beside_a_person_is_dropped() -> None:
    assert authors(page("", '<p class="byline">By Jane Doe, Associated Press</p>')) == ("Jane Doe",)


# -- the publication credited as the author: only when the page declares it and names no person ---------------

SITE = '<meta property="og:site_name" content="Riverside Courier">'
SITE_URL = "https://www.riversidecourier.com/2024/05/budget"


@pytest.mark.parametrize(
    "head",
    [
        article_ld(author={"@type": "NewsMediaOrganization", "name": "Riverside Courier"}),
        article_ld(author={"@type": "Organization", "name": "Riverside Courier"}),
        '<meta name="author" content="Riverside Courier">',
        '<meta property="article:author" content="Riverside Courier">',
    ],
)
def test_publication_declared_as_the_author_is_reported(head: str) -> None:
    assert authors(page(SITE + head), SITE_URL) == ("Riverside Courier",)


def test_publication_in_the_visible_byline_is_reported() -> None:
    assert authors(page(SITE, '<p class="byline">By Riverside Courier</p>'), SITE_URL) == ("Riverside Courier",)


def test_publication_in_author_markup_is_reported() -> None:
    byline = '<p>Posted by <span class="author vcard"><span class="fn">Riverside Courier</span></span></p>'
    assert authors(page(SITE, byline), SITE_URL) == ("Riverside Courier",)


def test_a_person_beats_the_publication_declared_as_author() -> None:
    head = SITE + article_ld(author={"@type": "Organization", "name": "Riverside Courier"})
    assert authors(page(head, '<p class="byline">By Jane Doe</p>'), SITE_URL) == ("Jane Doe",)
    head = SITE + '<meta name="author" content="Riverside Courier"><meta name="parsely-author" content="Jane Doe">'
    assert authors(page(head), SITE_URL) == ("Jane Doe",)


def test_a_wire_beats_the_publication_declared_as_author() -> None:
    head = SITE + '<meta name="author" content="Riverside Courier">'
    byline = '<p class="byline">By Associated Press</p>'
    assert authors(page(head, byline), SITE_URL) == ("Associated Press",)


def test_the_site_name_alone_credits_nobody() -> None:
    head = SITE + article_ld(publisher={"@type": "Organization", "name": "Riverside Courier"})
    assert authors(page(head), SITE_URL) == ()


def test_the_site_social_account_credits_nobody() -> None:
    head = SITE + '<meta name="twitter:creator" content="@riversidecourier">'
    assert authors(page(head), SITE_URL) == ()


# -- a name linked to its author page near the title, with no "By" ------------------------------------------


@pytest.mark.parametrize(
    "href",
    [
        "https://www.example-news.com/author/jane-doe/",
        "/autor/janedoe",
        "/autoren/jane-doe/?ref=top",
        "https://www.example-news.com/auteur/jane-doe-2/#top",
    ],
)
def test_name_linked_to_its_author_page_above_the_story_is_read(href: str) -> None:
    byline = f'<div class="meta"><a href="{href}"><img src="/p.jpg" alt=""> Jane Doe</a></div>'
    assert authors(page(byline=byline)) == ("Jane Doe",)


def test_author_page_link_labelled_otherwise_names_nobody() -> None:
    # the address spells no word of the link's text: a label, not a name
    byline = '<div class="meta"><a href="/author/karl-roe/">More Posts</a></div>'
    assert authors(page(byline=byline)) == ()


def test_link_to_another_kind_of_page_names_nobody() -> None:
    byline = '<div class="meta"><a href="/topics/jane-doe/">Jane Doe</a></div>'
    assert authors(page(byline=byline)) == ()


def test_a_by_line_beats_an_author_page_link() -> None:
    byline = '<div><a href="/author/john-roe/">John Roe</a></div><p class="byline">By Jane Doe</p>'
    assert authors(page(byline=byline)) == ("Jane Doe",)


def test_labelled_byline_under_the_title_is_read() -> None:
    assert authors(page("", "<p>Story: Jane Doe, Rural Affairs Reporter</p>")) == ("Jane Doe",)
    assert authors(page("", "<p>Posted by Jane Doe</p>")) == ("Jane Doe",)


def test_post_author_label_of_wordpress_is_no_name() -> None:
    byline = '<span class="byline"><span class="screen-reader-text">Post author</span> By Jane Doe</span>'
    assert authors(page("", byline)) == ("Jane Doe",)


def test_byline_signing_the_story_off_after_the_body_is_read() -> None:
    more = "".join(f"<p>{PARAGRAPH} More {i}.</p>" for i in range(8))  # far from the headline
    assert authors(page(after=f"{more}<p>Von Cosima Künzel</p>")) == ("Cosima Künzel",)


def test_byline_label_in_a_block_of_its_own_is_read_with_the_next_block() -> None:
    more = "".join(f"<p>{PARAGRAPH} More {i}.</p>" for i in range(8))
    after = f'{more}<div class="meta"><h5>Autor:</h5><div>Peter Maahn</div></div>'
    assert authors(page(after=after)) == ("Peter Maahn",)


def test_label_alone_before_a_sentence_names_nobody() -> None:
    after = '<div class="meta"><h5>Von:</h5><p>the council, which met on Tuesday</p></div>'
    assert authors(page(after=after)) == ()


def test_time_after_a_placeholder_name_leaves_no_name() -> None:
    assert clean_authors(["Publié par Unknown à 12:00"]) == ()
    assert clean_authors(["Par Jean Dupont à 12:00"]) == ("Jean Dupont",)


def test_a_text_size_button_before_the_headline_names_nobody() -> None:
    html = (
        '<html lang="en"><body><div class="tools"><a href="#">Print</a></div><div class="tools"><a href="#">Text</a>'
        "</div><h1>Jane Doe and John Roe charged for their role in the hacking scandal</h1>"
        f"{BODY}</body></html>"
    )
    assert authors(html) == ()


def test_a_toolbar_after_a_text_button_names_nobody() -> None:
    more = "".join(f"<p>{PARAGRAPH} More {i}.</p>" for i in range(8))
    toolbar = '<div><a href="/print">Print page</a> <a href="/mail">Email page</a></div>'
    after = f'{more}<div><a href="#">Text</a></div>{toolbar}'
    assert authors(page(after=after)) == ()
