"""The head pass: bylines in other languages around the headline and at the
start of the body. Every page here is written by hand; expectations are
reasoned, not recorded."""

from __future__ import annotations

import pytest

import newsshape
from newsshape.document import to_document
from newsshape.extractors.registry import get


@pytest.mark.parametrize(
    "line",
    [
        "Von Tomas Spahn",
        "von Andreas Kürten",
        "Von David Hutzler, dpa",
        "Von Roland Brockmann und Sebastian Drescher",
        "Par Kab Niang Le 17/02/2020",
        "Par Nicolas Gutierrez C. le 14.09.2020 à 11h46",
        "Por Gloria Ruiz Kuilan",
        "Por Adriano Fernandes | 03/05/2022 20:36",
        "di Mario Rossi",
        "Door Jan de Vries",
        "Av Ola Nordmann",
        "Autor: Maria Muster",
        "Texto: Ana Gómez",
        "By Jane Doe",
    ],
)
def test_names_byline(line: str) -> None:
    """A byline word then only names, opening the body under the headline:
    the head pass takes it for the byline (names only: no date alone)."""
    html = _page("de", "<h1>Stadtrat beschließt den Haushalt</h1>", line)
    assert [(r.role, r.reason) for r in newsshape.explain(html) if r.text == line] == [("byline", "head.body_start")]
    article = newsshape.parse(html)
    assert article.authors
    assert article.text.startswith(SENTENCES["de"][0])


@pytest.mark.parametrize(
    "line",
    [
        "Von der Leyen sagte am Dienstag, die Kommission werde handeln.",
        "Von Atemschutzmaske über Exit-Strategie bis Zoonose",
        "Par ailleurs, le conseil a voté le budget.",
        "Di fronte a tutto questo, il sindaco tace.",
        "Di Maio ha detto che il governo resta.",
        "Por Dios, qué calor hace hoy en Madrid",
        "By the time we realised what was happening, it was too late.",
        "Di, 10:19 Uhr",
        "Autor Catch more fish",
        "Von Jule Radeck Vom 3. Februar 2022",  # the name would keep "Vom"
        "Von Katharina Schmidt Kategorien: Mode",
        "Von Isabella.DiBiase am Samstag",
        "Von " + " ".join(["Max Muster und"] * 6) + " Erika",  # far too long for a byline
    ],
)
def test_not_names_byline(line: str) -> None:
    """A sentence (or a label, a date) opening with a byline word, where the
    body starts, stays a paragraph of the body."""
    html = _page("de", "<h1>Stadtrat beschließt den Haushalt</h1>", line)
    assert [r.role for r in newsshape.explain(html) if r.text == line] == ["body"]
    assert newsshape.parse(html).text.startswith(line)


SENTENCES = {
    "de": [
        "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.",
        "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau und die Schulen.",
        "Der Bürgermeister verteidigte den Plan und sprach von einer notwendigen Investition.",
    ],
    "fr": [
        "Le conseil municipal a adopté mardi le nouveau budget pour l'année prochaine.",
        "L'opposition a critiqué les dépenses élevées consacrées aux routes et aux écoles.",
        "Le maire a défendu le projet en parlant d'un investissement nécessaire pour la ville.",
    ],
    "en": [
        "The city council passed the new budget for the coming year on Tuesday evening.",
        "The opposition criticised the high spending on roads and on the schools of the city.",
        "The mayor defended the plan and spoke of an investment the city could not put off.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes el nuevo presupuesto para el año que viene.",
        "La oposición criticó el elevado gasto destinado a las carreteras y a las escuelas.",
        "El alcalde defendió el plan y habló de una inversión necesaria para la ciudad.",
    ],
}


def _page(lang: str, head: str, first: str) -> str:
    paragraphs = "".join(f"<p>{s} {s}</p>" for s in SENTENCES[lang])
    return (
        f'<html lang="{lang}"><head><title>Haushalt</title></head><body><nav><a href="/">Start</a></nav>'
        f"<article>{head}<p>{first}</p>{paragraphs}</article></body></html>"
    )


def test_german_byline_opening_the_body() -> None:
    html = _page("de", "<h1>Stadtrat beschließt den Haushalt</h1>", "Von David Hutzler, dpa")
    article = newsshape.parse(html)
    assert article.authors == ("David Hutzler",)
    assert article.text.startswith("Der Stadtrat hat am Dienstag")
    assert "Hutzler" not in article.text


def test_german_byline_under_the_headline() -> None:
    head = '<h1>Stadtrat beschließt den Haushalt</h1><div class="meta"><span>Von Tomas Spahn</span></div>'
    html = _page("de", head, SENTENCES["de"][0])
    page = get("generic").layout(to_document(html))
    assert page.texts("byline") == ["Von Tomas Spahn"]  # not page furniture
    article = newsshape.parse(html)
    assert article.authors == ("Tomas Spahn",)
    assert "Spahn" not in article.text


def test_french_byline_with_date() -> None:
    head = "<h1>Le conseil adopte le budget</h1><div>Par Kab Niang Le 17/02/2020</div>"
    article = newsshape.parse(_page("fr", head, SENTENCES["fr"][0]))
    assert article.authors == ("Kab Niang",)
    assert article.text.startswith("Le conseil municipal a adopté mardi")


def test_spanish_byline_opening_the_body() -> None:
    html = _page("es", "<h1>El ayuntamiento aprueba el presupuesto</h1>", "Por Gloria Ruiz Kuilan")
    article = newsshape.parse(html)
    assert article.authors == ("Gloria Ruiz Kuilan",)
    assert article.text.startswith("El ayuntamiento aprobó el martes")


def test_sentence_opening_with_a_byline_word_stays_in_the_body() -> None:
    first = "Von der Leyen sagte am Dienstag, die Kommission werde den Städten helfen."
    article = newsshape.parse(_page("de", "<h1>Stadtrat beschließt den Haushalt</h1>", first))
    assert article.authors == ()
    assert article.text.startswith(first)


def test_a_date_alone_under_the_headline_is_the_date_not_the_body() -> None:
    html = _page("en", "<h1>Council passes the budget</h1>", "October 12, 2017")
    page = get("generic").layout(to_document(html))
    assert page.texts("date") == ["October 12, 2017"]
    article = newsshape.parse(html)
    assert article.text.startswith("The city council passed the new budget")
    assert str(article.published)[:10] == "2017-10-12"


def test_a_date_alone_further_down_stays_in_the_body() -> None:
    """Only a date line at the head of the story is its date: one among the
    paragraphs (a chronology) is text."""
    middle = "".join(f"<p>{s}</p>" for s in SENTENCES["en"][:2]) + "<p>May 2, 1998</p>"
    middle += "".join(f"<p>{s}</p>" for s in SENTENCES["en"][1:])
    head = "<h1>Council passes the budget</h1>"
    html = _page("en", head, SENTENCES["en"][0]).replace("</article>", middle + "</article>")
    assert "May 2, 1998" in newsshape.parse(html).text.split("\n\n")
