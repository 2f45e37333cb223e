"""Page metadata: title, authors, site, description, language, canonical URL.
Every page here is written by hand; expectations are reasoned, not recorded."""

from __future__ import annotations

import html as html_escape
import json

import pytest

import newsshape
from newsshape import Meta
from newsshape.document import to_document
from newsshape.names import clean_authors, looks_like_name

BODY = "<p>" + " ".join(["The council met on Tuesday and agreed on the new budget for the town."] * 4) + "</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body>{body}{BODY}</body></html>'


# -- authors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["By Jane Doe"], ("Jane Doe",)),
        (["by jane doe and John Smith"], ("John Smith",)),  # a lower-case "name" is not one
        (["By Jane Doe and John Smith"], ("Jane Doe", "John Smith")),
        (["Von Max Muster und Erika Mustermann"], ("Max Muster", "Erika Mustermann")),
        (["Par Jean Dupont et Marie Curie"], ("Jean Dupont", "Marie Curie")),
        (["Jane Doe, John Smith; Ann Lee & Bo Chen"], ("Jane Doe", "John Smith", "Ann Lee", "Bo Chen")),
        (["Sarah E. Needleman"], ("Sarah E. Needleman",)),
        (["Tess Bonn - 11/19/19 06:56 AM EST"], ("Tess Bonn",)),
        (["Umair Irfan Updated Nov 13, 2019, 10:28am EST"], ("Umair Irfan",)),
        (["Regan December 6, 2017"], ("Regan",)),
        (["By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am"], ("Jane Slaughter",)),  # the day belongs to the date
        (["Von Max Muster am Do., 9. November"], ("Max Muster",)),
        (["Par Marine Le Pen, 3 mai 2021"], ("Marine Le Pen",)),  # a particle, not "le" of a date
        # a picture's credit names no author
        (["Foto: Anna Jay.", "Fotos: EL HERALDO/ AFP", "(Foto: Captura de pantalla)"], ()),
        (["Sadhbh O'Sullivan, Foto"], ("Sadhbh O'Sullivan",)),
        (["Super User", "Webmaster"], ()),  # a content system's default accounts
        (["von deinen Hochzeitsbloggern"], ()),  # "from your wedding bloggers": no name opens in lower case
        (["erstellt von Dominique Meier"], ("Dominique Meier",)),  # "created by"
        (["Jan van der Berg"], ("Jan van der Berg",)),
        (["Chris Pokorny@DawgsByNature Nov 18, 2019"], ("Chris Pokorny",)),
        (["Meg JamesStaff Writer"], ("Meg James",)),
        (["Jane McDonald Staff Writer"], ("Jane McDonald",)),
        (["ROBERT BURNS, AP National Security Writer"], ("ROBERT BURNS",)),
        (["Rachael Link, MS, RD"], ("Rachael Link",)),
        (["Posted on August 12, 2025 by Jane Doe"], ("Jane Doe",)),
        (["Jane Doe", "JANE DOE", "By Jane Doe"], ("Jane Doe",)),
        (["jane@example.com", "https://example.com/jane", "@janedoe"], ()),
        (["MT Editorial Staff"], ("MT Editorial Staff",)),
        (["Tom Davies Associated Press"], ("Tom Davies",)),
        (["LISA MASCARO, ERIC TUCKERAssociated Press"], ("LISA MASCARO", "ERIC TUCKER", "Associated Press")),
        (["Trevor Daugherty, he has specialized in product reviews and deals"], ("Trevor Daugherty",)),
        # where the author writes from is no second author
        (["Von Markus Balser, Berlin"], ("Markus Balser",)),
        (["Par Jean Dupont, à Paris"], ("Jean Dupont",)),
        (["By Jane Doe, New York"], ("Jane Doe",)),
        (["BY JANE DOE, NEW YORK"], ("JANE DOE",)),
        (["Jane Doe and John Roe, Washington, D.C."], ("Jane Doe", "John Roe")),
        (["Jane Doe, Austin, Texas"], ("Jane Doe",)),
        (["Jane Doe, John Roe, Mexico City"], ("Jane Doe", "John Roe")),
        (["Jane Doe in London and John Roe in Hong Kong"], ("Jane Doe", "John Roe")),
        (["Jan van der Berg in Amsterdam"], ("Jan van der Berg",)),
        (["Maria in der Beek"], ("Maria in der Beek",)),  # no full name before "in"
        # nor is the publication
        (["By Jane Doe, Los Angeles Times"], ("Jane Doe",)),
        (["By Jane Doe, The Washington Post"], ("Jane Doe",)),
        (["Jane Doe, Emily Post"], ("Jane Doe", "Emily Post")),  # a surname that names papers too
        (["Doe, Jane"], ("Doe", "Jane")),  # not a full name before the comma: left as it is
        (["Jane Doe, John Roe"], ("Jane Doe", "John Roe")),
        (["Mat\xadthi\xadas Lauerer"], ("Matthias Lauerer",)),  # soft hyphens are invisible
    ],
)
def test_clean_authors(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    "value", ["Staff Writer", "PhD", "November", "", "x" * 70, "he said the budget was fine", "SHOW ALL ARTICLES OF"]
)
def test_not_names(value: str) -> None:
    assert not looks_like_name(value)


def test_authors_from_jsonld_list() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget agreed",
        "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Smith"}]}</script>"""
    assert newsshape.parse(page(head, "<h1>Budget agreed</h1>")).authors == ("Jane Doe", "John Smith")


def test_authors_from_jsonld_string_inside_graph() -> None:
    head = """<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": "By Ann Lee"}]}</script>"""
    assert newsshape.parse(page(head, "<h1>Budget agreed</h1>")).authors == ("Ann Lee",)


def test_authors_from_meta_rejects_urls() -> None:
    head = (
        '<meta property="article:author" content="https://facebook.com/janedoe"><meta name="author" content="Jane Doe">'
    )
    assert newsshape.parse(page(head, "<h1>Budget agreed</h1>")).authors == ("Jane Doe",)


def test_authors_from_itemprop_name_not_biography() -> None:
    body = """<h1>Budget agreed</h1><div itemprop="author" itemscope><span itemprop="name">Jane Doe</span>
        <p>Jane has covered the council since 2010 and writes about budgets, schools and roads.</p></div>"""
    assert newsshape.parse(page("", body)).authors == ("Jane Doe",)


def test_authors_from_rel_author() -> None:
    body = '<h1>Budget agreed</h1><p>By <a rel="author" href="/jane">Jane Doe</a></p>'
    assert newsshape.parse(page("", body)).authors == ("Jane Doe",)


def test_authors_lose_the_site_name_glued_to_them() -> None:
    head = '<meta property="og:site_name" content="Florida Today">'
    body = "<h1>Budget agreed</h1><p class='byline'>By Elliot Brownstein Florida Today</p><p>" + "Text. " * 40 + "</p>"
    assert newsshape.parse(page(head, body)).authors == ("Elliot Brownstein",)
    head += """<script type="application/ld+json">{"@type": "NewsArticle",
        "author": [{"name": "Florida Today"}, {"name": "Ann Lee"}]}</script>"""
    assert newsshape.parse(page(head, "<h1>Budget agreed</h1>")).authors == ("Ann Lee",)


# -- title and site -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "site", "url", "expected"),
    [
        ("Budget agreed after long debate | Example News", "Example News", None, "Budget agreed after long debate"),
        ("Budget agreed after long debate - Example News", None, None, "Budget agreed after long debate"),
        ("Example News: Budget agreed", None, "https://www.examplenews.com/a", "Example News: Budget agreed"),
        ("Example News | Budget agreed after long debate", "Example News", None, "Budget agreed after long debate"),
        ("Council agrees on new budget – Politics | Example", "Example", None, "Council agrees on new budget"),
        (
            "Budget agreed after debate - examplenews.com",
            None,
            "https://examplenews.com/x",
            "Budget agreed after debate",
        ),
        ("Star Wars - The Last Jedi", None, None, "Star Wars - The Last Jedi"),
    ],
)
def test_strip_site_suffix(raw: str, site: str | None, url: str | None, expected: str) -> None:
    # the <title> is the title of a page without a headline, less the site's name (og:site_name or the address's)
    head = f"<title>{html_escape.escape(raw)}</title>"
    if site:
        head += f'<meta property="og:site_name" content="{html_escape.escape(site)}">'
    assert newsshape.parse(page(head), url=url).title == expected


def test_title_from_h1() -> None:
    head = "<title>Budget agreed after long debate | Example News</title>"
    assert newsshape.parse(page(head, "<h1>Budget agreed after long debate</h1>")).title == (
        "Budget agreed after long debate"
    )


def test_title_from_og_title_without_suffix() -> None:
    head = """<meta property="og:title" content="Budget agreed after long debate - Example News">
    <meta property="og:site_name" content="Example News">"""
    assert newsshape.parse(page(head, "")).title == "Budget agreed after long debate"


def test_logo_h1_yields_to_declared_title() -> None:
    head = "<title>Budget agreed after long debate - Examplemedia</title>"
    assert newsshape.parse(page(head, "<h1>Examplemedia</h1>")).title == "Budget agreed after long debate"


def test_site_name_sources() -> None:
    og = '<meta property="og:site_name" content="Example News | Your town, every day">'
    assert newsshape.parse(page(og, "<h1>Budget agreed</h1>")).site == "Example News"
    url_only = '<meta property="og:site_name" content="https://www.example.com">'
    publisher = """<script type="application/ld+json">{"@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": "Example Daily"}}</script>"""
    assert newsshape.parse(page(url_only + publisher, "<h1>Budget agreed</h1>")).site == "Example Daily"


# -- the rest --------------------------------------------------------------------


def test_description_language_canonical() -> None:
    head = """<meta name="description" content="The council agreed on the budget.">
    <link rel="canonical" href="https://example.com/budget">"""
    article = newsshape.parse(page(head, "<h1>Budget agreed</h1>", lang="de-CH"))
    assert article.summary == "The council agreed on the budget."
    assert article.language == "de-CH"
    assert article.url == "https://example.com/budget"


def test_bad_jsonld_is_skipped() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-08",
    "author": {"name": "Jane Doe"}}</script>"""
    article = newsshape.parse(page(head, "<h1>Budget agreed</h1>"))
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.published.year == 2021


def test_language_fallbacks() -> None:
    locale = '<meta property="og:locale" content="fr_FR">'
    assert newsshape.parse(page(locale, "<h1>Budget</h1>", lang="")).language == "fr-FR"
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "it"}</script>'
    assert newsshape.parse(page(jsonld + locale, "<h1>Budget</h1>", lang="")).language == "it"
    assert newsshape.parse(page(locale, "<h1>Budget</h1>", lang="de")).language == "de"
    # what is no tag is passed over for the next source
    assert newsshape.parse(page(locale, "<h1>Budget</h1>", lang="lang=")).language == "fr-FR"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("de-de", "de-DE"),
        ("EN", "en"),
        ("De", "de"),
        ("de_CH", "de-CH"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("de-DE-formal", "de-DE-formal"),
        ("DE, AT, CH", "de"),
        (" en-us ", "en-US"),
        ("lang=", None),
        ("", None),
        ("english", None),
        ("1-23", None),
    ],
)
def test_language_tag_case_and_lists(declared: str, expected: str | None) -> None:
    html = page("", "<h1>Budget</h1>", lang=declared)
    assert to_document(html).meta.lang == expected
    assert newsshape.parse(html).language == (expected or "en")  # no tag declared: detected in the English body


# -- what the metadata pass reads ---------------------------------------------


def _meta(html: str) -> Meta:
    return to_document(html).meta


def test_scripts_read_as_json_ld() -> None:
    data = '{"@type": "NewsArticle", "inLanguage": "it"}'
    # typed JSON-LD, also wrapped in a comment; a script whose class names
    # metadata is read too (an old rule worth keeping stable)
    for script in (
        f'<script type="Application/LD+JSON">{data}</script>',
        f'<script type="application/ld+json"><!-- {data} --></script>',
        f'<script class="page-metadata">{data}</script>',
    ):
        assert _meta(page(script)).jsonld == [json.loads(data)], script
    # lexbor is asked for class substrings merged ("dat" for "date" and
    # "datum"): a script with a "data" class is still no JSON-LD
    assert _meta(page(f'<script class="data-layer">{data}</script>')).jsonld == []


def test_date_and_author_markup_by_class_and_rel() -> None:
    body = """<span class="Post-DATUM">12.03.2021</span><span class="metadata">x</span>
    <div class="data-grid">2021-05-05</div><span class="Author-Name">Jane Doe</span>
    <span class="author-bio">Writes about 3 towns</span><a rel="AUTHOR" href="/jd">John Smith</a>"""
    meta = _meta(page(body=body))
    assert [value for value, _ in meta.times] == ["12.03.2021"]
    # link types are case-insensitive in HTML: rel="AUTHOR" marks a name, and marked names come first
    assert meta.authors == ["John Smith", "Jane Doe"]


def test_hidden_markup_is_dropped() -> None:
    hidden = (
        '<p style="color: red; DISPLAY: NONE">one</p><p aria-hidden="TRUE">two</p><p hidden>three</p>'
        '<p style="Visibility:Hidden">four</p>'
    )
    shown = '<p style="display :none">five</p><p aria-hidden="false">six</p><p style="color: red">seven</p>'
    texts = [b.text for b in to_document(f"<html><body>{hidden}{shown}</body></html>").blocks]
    assert texts == ["five", "six", "seven"]


# -- dateline -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("MADRID — ", "MADRID"),
        ("HAYWARD, Calif. (AP) — ", "HAYWARD, Calif."),  # the wire's credit is no part of the place
        ("Hamburg (dpa/lno) – ", "Hamburg"),
        ("WASHINGTON (Reuters) - ", "WASHINGTON"),  # a hyphen after a place in capitals or a credit
        ("Rio de Janeiro — ", "Rio de Janeiro"),
        ("BERLIN - ", "BERLIN"),
        ("Jean-Paul Sartre - ", None),  # a hyphen after other words is the sentence's
        ("Das mobile Reisen boomt – ", None),  # words in lower case: no place
        ("Im Gespräch mit Malte Persike – ", None),
    ],
)
def test_dateline(opening: str, expected: str | None) -> None:
    story = "The council voted on Tuesday to rebuild the old harbour bridge, ending a debate that lasted ten years."
    html = page("", f"<article><h1>Budget agreed</h1><p>{opening}{story}</p><p>{story} Again.</p></article>")
    assert newsshape.parse(html).dateline == expected
