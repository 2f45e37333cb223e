"""Page metadata as a careful reader sees it: who wrote the story (people,
not the publisher, its desks or a handle), the site's name (the one its URL
spells, not a section's or a company's), the title without the site's name
or a kicker, and a summary that is not boilerplate.

Every page here is written by hand; the expectations are reasoned, not
recorded."""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsshape
from newsshape.fields import _normalize  # only for test_every_article_field_is_declared_once: see there
from newsshape.model import Article, Link, Note, Quote, Section, Takeaway
from newsshape.names import clean_authors, looks_like_name

PARAGRAPH = "The council met on Tuesday and agreed on the new budget for the town after a long debate."
BODY = "".join(f"<p>{PARAGRAPH} Point {i}.</p>" for i in range(5))


def page(head: str = "", body: str = "<h1>Council agrees on the budget for next year</h1>") -> str:
    return f'<html lang="en"><head>{head}</head><body><article>{body}{BODY}</article></body></html>'


def jsonld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def meta(name: str, content: str) -> str:
    attribute = "property" if name.startswith("og:") else "name"
    return f'<meta {attribute}="{name}" content="{content}">'


def parse(html: str, url: str | None = "https://www.example-news.com/2024/05/budget") -> newsshape.Article:
    return newsshape.parse(html, url=url)


# -- authors: the publisher is its own author only when the page says so, and no person is named ---------------


def test_publisher_declared_as_author_is_kept_when_no_person_is_named() -> None:
    head = meta("og:site_name", "Example News") + jsonld(
        author={"@type": "Organization", "name": "Example News"}, publisher={"name": "Example News"}
    )
    assert parse(page(head)).authors == ("Example News",)


def test_author_spelling_the_host() -> None:
    # "Vegolosi.it", "Automobilwoche": a web address is no credit; the site's name given as its author is one
    assert parse(page(meta("author", "Example-News.com"))).authors == ()
    assert parse(page(meta("author", "ExampleNews"))).authors == ("ExampleNews",)


def test_personal_site_named_after_its_author_keeps_the_author() -> None:
    head = meta("og:site_name", "Pamela Anderson") + jsonld(author="Pamela Anderson")
    assert parse(page(head), "https://www.pamelaandersonfoundation.org/news/1").authors == ("Pamela Anderson",)


def test_organisations_beside_people_are_dropped() -> None:
    body = (
        '<h1>Council agrees on the budget</h1><p class="byline">By LISA MASCARO and ERIC TUCKER, Associated Press</p>'
    )
    assert parse(page("", body)).authors == ("LISA MASCARO", "ERIC TUCKER")
    body = '<h1>Council agrees on the budget</h1><p class="byline">By Sandee LaMotte, CNN</p>'
    assert parse(page("", body)).authors == ("Sandee LaMotte",)
    head = jsonld(author=[{"@type": "Person", "name": "Eric Song"}, {"@type": "Person", "name": "Example Staff"}])
    assert parse(page(head), "https://www.example.com/a").authors == ("Eric Song",)


def test_agency_or_desk_alone_stays() -> None:
    assert parse(page(jsonld(author={"name": "Associated Press"}))).authors == ("Associated Press",)
    assert parse(page(jsonld(author={"name": "Riverside Editorial Staff"}))).authors == ("Riverside Editorial Staff",)


@pytest.mark.parametrize("value", ["Staff", "Staff Reports", "Redaktion", "No Author", "Unknown", "Editorial"])
def test_placeholders_and_bare_desks_name_nobody(value: str) -> None:
    assert not looks_like_name(value)


def test_site_name_glued_to_a_name_is_cut() -> None:
    # the publisher's name (not og:site_name, which is a handle here) follows the name
    head = meta("og:site_name", "floridatoday") + jsonld(publisher={"@type": "Organization", "name": "Florida Today"})
    body = '<h1>Council agrees on the budget</h1><p class="byline">By Elliot Brownstein Florida Today</p>'
    assert parse(page(head, body), "https://eu.floridatoday.com/story/1").authors == ("Elliot Brownstein",)
    head = meta("og:site_name", "PhillyVoice")
    body = '<h1>Council agrees on the budget</h1><p class="byline">Adam Aaronson PhillyVoice Staff</p>'
    assert parse(page(head, body), "https://www.phillyvoice.com/a/").authors == ("Adam Aaronson",)


def test_a_surname_spelling_the_host_is_no_site_name() -> None:
    head = meta("og:site_name", "Daniel Lemire's blog") + meta("author", "Daniel Lemire")
    assert parse(page(head), "https://lemire.me/blog/2019/08/02/json/").authors == ("Daniel Lemire",)


def test_site_name_opening_a_meta_author_is_dropped() -> None:
    head = meta("og:site_name", "unocero") + meta("author", "unocero - Alberto Ávila")
    assert parse(page(head), "https://www.unocero.com/a/").authors == ("Alberto Ávila",)


@pytest.mark.parametrize(
    "value",
    ["CWoodJournalist", "KB_Redaktion", "finanztreff.de", "Verifizierte/r Tierfreund/in", "Copyright Example Ltd"],
)
def test_handles_addresses_and_notices_are_no_names(value: str) -> None:
    assert clean_authors([value]) == ()


def test_acronym_or_company_alone_is_no_author() -> None:
    assert parse(page(meta("author", "CDU - Fraktion Erfurt"))).authors == ()
    assert parse(page(meta("author", "Olympia-Verlag GmbH"))).authors == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AuthorAndreas Kalt", "Andreas Kalt"),
        ("Recueilli par Patrick ANGEVIN.", "Patrick ANGEVIN"),
        ("Autor/in: Korinna Hennig", "Korinna Hennig"),
        ("Alejandro Villamor Last Updated: November 8, 2023", "Alejandro Villamor"),
        ("Perry Bacon Jr.", "Perry Bacon Jr."),
        ("Nicolas Gutierrez C.", "Nicolas Gutierrez C."),
        ("By Wikimedia Foundation•15 January 2020", "Wikimedia Foundation"),
        ("Von Moritz Bachmann publiziert am 25. September 2018", "Moritz Bachmann"),
        ("FIFPlay", None),
    ],
)
def test_name_part_of_a_byline(raw: str, expected: str | None) -> None:
    assert clean_authors([raw]) == ((expected,) if expected else ())


def test_jsonld_author_entities_and_markup_are_decoded() -> None:
    head = jsonld(author={"@type": "Person", "name": "Lindsey O&#039;Donnell"})
    assert parse(page(head)).authors == ("Lindsey O'Donnell",)
    head = jsonld(author={"@type": "Person", "name": ['<a href="/x">Mateusz Gniazdowski</a>', "<b>Anna Nowak</b>"]})
    assert parse(page(head)).authors == ("Mateusz Gniazdowski", "Anna Nowak")


def test_jsonld_author_reference_is_followed() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "author": {"@id": "https://example.com/#/person/1"}},
            {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Chokri Gharbi"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert parse(page(head)).authors == ("Chokri Gharbi",)


def test_byline_near_the_title_whatever_its_role() -> None:
    body = "<h1>Council agrees on the budget for next year</h1><div class='meta'>Von Tomas Spahn</div>"
    assert parse(page("", body)).authors == ("Tomas Spahn",)
    # "Por ..." opening a sentence is no by-line
    body = "<h1>Council agrees on the budget for next year</h1><p>Por lo mismo, the council agreed.</p>"
    assert parse(page("", body)).authors == ()


# -- site --------------------------------------------------------------------------


def test_site_name_that_spells_the_host_beats_a_section() -> None:
    head = meta("og:site_name", "U.S.") + "<title>Oil drifts lower as stocks near highs - Reuters</title>"
    assert parse(page(head), "https://www.reuters.com/article/x").site == "Reuters"


def test_site_name_written_as_a_name_beats_an_address_or_handle() -> None:
    head = meta("og:site_name", "livescience.com") + jsonld(publisher={"name": "Live Science"})
    assert parse(page(head), "https://www.livescience.com/x.html").site == "Live Science"
    head = meta("og:site_name", "detroitnews") + jsonld(publisher={"name": "The Detroit News"})
    assert parse(page(head), "https://www.detroitnews.com/story/x").site == "The Detroit News"


def test_site_name_from_the_title() -> None:
    head = "<title>Council agrees on the budget - The New York Times</title>"
    assert parse(page(head), "https://www.nytimes.com/2024/05/budget.html").site == "The New York Times"
    head = "<title>Perfekte Schnitte an der Kreissäge // HolzWerken</title>"
    assert parse(page(head), "https://www.holzwerken.net/blog/x").site == "HolzWerken"
    head = "<title>Das Potenzial von grünem Wasserstoff | Ørsted</title>"
    assert parse(page(head), "https://orsted.de/x").site == "Ørsted"


def test_site_name_parts() -> None:
    head = meta("og:site_name", "☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse")
    assert parse(page(head), "https://journalistenwatch.com/x/").site == "Journalistenwatch e.V."
    head = meta("og:site_name", "Herz und Blut - Interior | Design | Travel Blog")
    assert parse(page(head), "https://www.herzundblut.com/x").site == "Herz und Blut"


def test_site_name_order_kept_when_none_spells_the_host() -> None:
    head = meta("og:site_name", "Bundesamt für Sicherheit in der Informationstechnik") + meta(
        "application-name", "BSIWEB"
    )
    site = parse(page(head), "https://www.bsi.bund.de/DE/x.html").site
    assert site == "Bundesamt für Sicherheit in der Informationstechnik"


# -- title ---------------------------------------------------------------------------


def test_quotation_h1_yields_to_titles_that_agree() -> None:
    head = (
        meta("og:title", "The early reviews of the streaming platform are not great")
        + "<title>The early reviews of the streaming platform are not great - Digg</title>"
    )
    body = "<h1>'Why Don't You Go Fight For The Reindeer?'</h1>"
    title = "The early reviews of the streaming platform are not great"
    assert parse(page(head, body), "https://digg.com/2019/streaming-platform-reviews").title == title
    # stale metadata: the URL spells the h1
    url = "https://digg.com/2019/why-dont-you-go-fight-for-the-reindeer"
    assert parse(page(head, body), url).title == "'Why Don't You Go Fight For The Reindeer?'"


def test_kicker_glued_before_the_title_is_dropped() -> None:
    head = meta("og:title", "Why collaborative thinking beats individual smarts")
    body = "<h1><span>Open Progress</span>Why collaborative thinking beats individual smarts</h1>"
    assert parse(page(head, body)).title == "Why collaborative thinking beats individual smarts"


def test_site_part_glued_after_the_h1_is_dropped_but_not_a_subtitle() -> None:
    head = meta("og:title", "Was wir über uns nicht hören wollen")
    body = "<h1>Was wir über uns nicht hören wollen | FASSETTE.NET</h1>"
    assert parse(page(head, body)).title == "Was wir über uns nicht hören wollen"
    head = meta("og:title", "Vanlife in Schweden")
    body = "<h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1>"
    assert parse(page(head, body)).title == "Vanlife in Schweden - Skandinavien im Wohnmobil"


def test_h1_naming_the_site_yields_to_the_title() -> None:
    head = "<title>Historischer Markt › Historische Wehranlage in Horka e.V</title>"
    body = "<h1>Historische Wehranlage in Horka e.V</h1>"
    article = parse(page(head, body), "http://www.wehranlage-horka.de/veranstaltung/887/")
    assert article.title == "Historischer Markt"
    assert article.site == "Historische Wehranlage in Horka e.V"


def test_slogan_headline_yields_to_agreeing_titles() -> None:
    head = (
        jsonld(headline="Welcome to Example 247. Independent journalism, every day of the week")
        + jsonld(headline="Council agrees on the budget for next year")
        + meta("og:title", "Council agrees on the budget for next year")
    )
    body = "<h1>Brasília</h1>"
    assert parse(page(head, body)).title == "Council agrees on the budget for next year"


def test_short_h1_opening_the_declared_title_stays() -> None:
    head = "<title>Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop in Kiel</title>"
    assert parse(page(head, "<h1>Ben Wilson Surf</h1>"), "http://www.pointofsail-kiel.de/a.html").title == (
        "Ben Wilson Surf"
    )


@pytest.mark.parametrize(
    ("raw", "url", "expected"),
    [
        (
            "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin",
            "https://www.petri-heil.ch/x",
            "Bielersee-Winterhechte",
        ),
        (
            "Un braconnier interpellé et condamné ! ‹ Wara Conservation Project",
            None,
            "Un braconnier interpellé et condamné !",
        ),
        (
            "Der Hafen verzeichnet einen Rekord - Eurailpress",
            "https://www.eurailpress.de/x",
            "Der Hafen verzeichnet einen Rekord",
        ),
        (
            "CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht",
            "http://www.cdu-fraktion-erfurt.de/x",
            "Entwicklung der Waldorfschule ermöglicht",
        ),
        (
            "The GNU General Public License v3.0 - GNU Project - Free Software Foundation",
            "https://www.gnu.org/licenses/gpl-3.0.html",
            "The GNU General Public License v3.0",
        ),
    ],
)
def test_site_parts_of_titles(raw: str, url: str | None, expected: str) -> None:
    # the <title> is the title of a page without a headline, less the parts that name the site
    assert parse(page(f"<title>{html.escape(raw)}</title>", body=""), url).title == expected


# -- summary --------------------------------------------------------------------------


def test_description_repeating_the_title_or_site_is_no_summary() -> None:
    head = meta("og:title", "Boys state swim results") + meta("description", "Boys state swim results")
    assert parse(page(head, "<h1>Boys state swim results</h1>")).summary is None
    head = meta("og:site_name", "au Webポータル|最新のニュースをお届け！") + meta("description", "au Webポータル")
    assert parse(page(head)).summary is None


def test_byline_opening_the_description_is_dropped() -> None:
    head = meta("description", "Von Gregory Lipinski Herr Vilanek, in Deutschland nutzen viele Haushalte DVB-T.")
    body = "<h1>Council agrees on the budget for next year</h1><p class='byline'>Von Gregory Lipinski</p>"
    assert parse(page(head, body)).summary == "Herr Vilanek, in Deutschland nutzen viele Haushalte DVB-T."
    head = meta("description", "Staff Reports Police arrested six people on Monday.")
    assert parse(page(head)).summary == "Police arrested six people on Monday."


class _Returns(newsshape.Extractor):
    """An extractor whose title and boilerplate are the raw values it is given."""

    def __init__(self, title: str | None = None, boilerplate: list[str | None] | None = None) -> None:
        self.given = title, boilerplate or []

    def title(self, page: newsshape.Page) -> str | None:
        return self.given[0]

    def boilerplate(self, page: newsshape.Page) -> list[str]:
        return self.given[1]  # type: ignore[return-value]  (None among them: dropped)


@given(st.lists(st.one_of(st.none(), st.text(alphabet=" a\tb\u00a0\u200b\u00ad.\n", max_size=8)), max_size=6))
def test_texts_fast_path_equals_cleaning_each(values: list[str | None]) -> None:
    """A list of texts an extractor returns (one test of the whole run when
    it is clean already) gives what cleaning each value as a text field does."""
    one = [newsshape.parse("A page", extractor=_Returns(title=v)).title for v in values]
    expected = tuple(t for t in one if t)
    assert newsshape.parse("A page", extractor=_Returns(boilerplate=values)).boilerplate == expected
    assert newsshape.parse("A page", extractor=_Returns(boilerplate=list(expected))).boilerplate == expected


def test_every_article_field_is_declared_once() -> None:
    """Each field of ``Article`` names its processor and its JSON reader;
    ``build_article`` takes one keyword per field, and only those.

    White-box on purpose: the field registry is the package's internal
    contract between the model and the field processors; no public call
    reaches ``build_article`` with an unknown keyword."""
    names = [f.name for f in attrs.fields(Article)]
    for field in attrs.fields(Article):
        assert field.metadata["clean"] in _normalize.PROCESSORS, field.name
        assert callable(field.metadata["load"]), field.name
    assert _normalize.build_article(**{name: None for name in ("url", "title")}) == Article()
    with pytest.raises(TypeError, match="headline"):
        _normalize.build_article(headline="x")
    raw = {name: getattr(Article(), name) for name in names}
    assert _normalize.build_article(**raw) == Article()


def test_from_dict_reads_every_field_back() -> None:
    article = Article(
        url="https://example.com/a",
        authors=("Jane Doe",),
        published=datetime(2021, 3, 8, 11, 15, tzinfo=timezone.utc),
        sections=(Section("Head", ("One.", "Two.")),),
        quotes=(Quote("Hi", "Jane Doe", "said", 0, 0, 1, 3),),
        takeaways=(Takeaway("T", "A"),),
        highlights=("H",),
        notes=(Note(None, "N"),),
        related=(Link("R", None, "S"),),
        boilerplate=("Menu",),
        extractor="",
    )
    data = article.to_dict()
    assert data["published"] == "2021-03-08T11:15:00+00:00"
    assert Article.from_dict(data) == article
    assert Article.from_dict(json.loads(article.to_json())) == article
    assert Article.from_dict({"title": "T", "unknown": 1, "authors": None}) == Article(title="T")
