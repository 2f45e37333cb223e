"""Dates from each standard markup, in hand-made pages: the order of trust,
day-only values, offsets and raw strings, update dates, compact and Unix
times, dates in other scripts and calendars, and the page's language."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import newsshape
from newsshape import Article, Extractor
from newsshape.dates import first_date, parse_date
from newsshape.text._calendars import solar_hijri_to_gregorian  # years before any page's date: see below

BODY = "<p>" + " ".join(["The council met on Tuesday and agreed on the new budget for the town."] * 4) + "</p>"
PLUS2 = timezone(timedelta(hours=2))


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body><h1>Budget agreed</h1>{body}{BODY}</body></html>'


# -- every standard source of the publication date ---------------------------------


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-04T08:00:00+02:00"}'
        "</script>",
        '<meta property="article:published_time" content="2021-05-04T08:00:00+02:00">',
        '<meta property="og:published_time" content="2021-05-04T08:00:00+02:00">',
        '<meta itemprop="datePublished" content="2021-05-04T08:00:00+02:00">',
        '<meta name="dcterms.created" content="2021-05-04T08:00:00+02:00">',
        '<meta name="DC.date" content="2021-05-04T08:00:00+02:00">',
        '<meta name="parsely-pub-date" content="2021-05-04T08:00:00+02:00">',
        '<meta name="sailthru.date" content="2021-05-04T08:00:00+02:00">',
    ],
)
def test_declared_publication_date(head: str) -> None:
    article = newsshape.parse(page(head))
    assert article.published == datetime(2021, 5, 4, 8, 0, tzinfo=PLUS2)
    assert article.published_raw == "2021-05-04T08:00:00+02:00"


@pytest.mark.parametrize(
    "body",
    [
        '<time itemprop="datePublished" datetime="2021-05-04T08:00:00+02:00">4 May</time>',
        '<span itemprop="datePublished" content="2021-05-04T08:00:00+02:00">4 May</span>',
        '<div class="byline"><time datetime="2021-05-04T08:00:00+02:00">4 May</time></div>',
    ],
)
def test_microdata_and_time_elements(body: str) -> None:
    assert newsshape.parse(page("", body)).published == datetime(2021, 5, 4, 8, 0, tzinfo=PLUS2)


def test_metadata_beats_a_visible_date_of_another_later_day() -> None:
    head = '<meta property="article:published_time" content="2021-05-04T08:00:00+02:00">'
    article = newsshape.parse(page(head, "<p>10 May 2021</p>"))
    assert article.published == datetime(2021, 5, 4, 8, 0, tzinfo=PLUS2)


def test_metadata_beats_the_url_date() -> None:
    head = '<meta property="article:published_time" content="2021-05-04T08:00:00+02:00">'
    article = newsshape.parse(page(head), url="https://example.com/2021/05/01/budget")
    assert article.published == datetime(2021, 5, 4, 8, 0, tzinfo=PLUS2)


def test_url_date_is_a_fallback_with_the_time_of_a_mark() -> None:
    body = '<time class="entry-date" datetime="2021-05-04T08:00:00+02:00"></time>'
    article = newsshape.parse(page("", body), url="https://example.com/2021/05/04/budget")
    assert article.published == datetime(2021, 5, 4, 8, 0, tzinfo=PLUS2)
    assert newsshape.parse(page(), url="https://example.com/2021/05/04/budget").published == date(2021, 5, 4)


def test_utc_timestamp_and_the_local_day_printed_under_the_headline() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T03:28:35Z">'
    article = newsshape.parse(page(head, "<p>Published Nov. 8, 2023, 10:28 p.m. ET</p>"))
    assert article.published == date(2023, 11, 8)
    assert article.published_raw == "Published Nov. 8, 2023, 10:28 p.m. ET"


def test_copyright_comment_and_related_dates_are_never_the_date() -> None:
    related = "".join(
        f'<li><a href="/s{i}">Story {i}</a> <time datetime="2020-0{i}-01">x</time></li>' for i in (1, 2, 3)
    )
    rest = (
        f'<aside class="related"><ul>{related}</ul></aside>'
        '<div class="comment"><span class="comment-date">9 May 2021</span></div><footer>© 2021 Example</footer>'
    )
    assert newsshape.parse(page("", rest)).published is None


# -- values ------------------------------------------------------------------------


def test_day_only_is_a_date_and_a_timestamp_a_datetime() -> None:
    day = newsshape.parse(page('<meta property="article:published_time" content="2021-05-04">')).published
    assert day == date(2021, 5, 4) and not isinstance(day, datetime)
    naive = newsshape.parse(page('<meta property="article:published_time" content="2021-05-04T08:00:00">'))
    assert naive.published == datetime(2021, 5, 4, 8, 0) and naive.published.tzinfo is None  # type: ignore[union-attr]


def test_round_trip_keeps_day_only_offsets_and_raw_strings() -> None:
    head = (
        '<meta property="article:published_time" content="2021-05-04">'
        '<meta property="article:modified_time" content="2021-05-06T09:30:00-05:00">'
    )
    article = newsshape.parse(page(head))
    data = article.to_dict()
    assert data["published"] == "2021-05-04" and data["published_raw"] == "2021-05-04"
    assert data["modified"] == "2021-05-06T09:30:00-05:00"
    assert Article.from_dict(data) == article
    assert type(Article.from_dict(data).published) is date


class _GivenDates(Extractor):
    """An extractor that returns the dates it is given, as a site extractor's quirk would."""

    def __init__(self, published: str | None, published_raw: str | None) -> None:
        self.given = published, published_raw

    def published(self, page: object) -> str | None:  # type: ignore[override]
        return self.given[0]

    def published_raw(self, page: object) -> str | None:  # type: ignore[override]
        return self.given[1]


def test_a_date_given_as_a_string_is_its_own_raw_string() -> None:
    article = newsshape.parse(page(), extractor=_GivenDates("3. März 2021", "ignored"))
    assert article.published == date(2021, 3, 3)
    assert article.published_raw == "3. März 2021"
    assert newsshape.parse(page(), extractor=_GivenDates(None, "orphan")).published_raw is None


# -- update dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        '<meta name="lastmodified" content="2021-05-06T09:30:00+02:00">',
        '<meta http-equiv="last-modified" content="2021-05-06T09:30:00+02:00">',
        '<meta property="article:modified_time" content="2021-05-06T09:30:00+02:00">',
        '<meta name="dcterms.modified" content="2021-05-06T09:30:00+02:00">',
        '<time itemprop="dateModified" datetime="2021-05-06T09:30:00+02:00">6 May</time>',
    ],
)
def test_declared_update(markup: str) -> None:
    article = newsshape.parse(page(markup))
    assert article.modified == datetime(2021, 5, 6, 9, 30, tzinfo=PLUS2)
    assert article.modified_raw == "2021-05-06T09:30:00+02:00"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Last updated 6 May 2021", "en"),
        ("Updated: 6 May 2021", "en"),
        ("Aktualisiert am 6. Mai 2021", "de"),
        ("Mis à jour le 6 mai 2021", "fr"),
        ("Actualizado el 6 de mayo de 2021", "es"),
        ("Atualizado em 6 de maio de 2021", "pt"),
        ("Aggiornato il 6 maggio 2021", "it"),
        ("Bijgewerkt op 6 mei 2021", "nl"),
        ("Zaktualizowano 6 maja 2021", "pl"),
        ("Обновлено 6 мая 2021", "ru"),
        ("آخر تحديث 6 مايو 2021", "ar"),
        ("更新时间：2021年5月6日", "zh"),
    ],
)
def test_update_lines_in_many_languages(line: str, lang: str) -> None:
    body = f"<p>Published 4 May 2021</p><p>{line}</p>"
    article = newsshape.parse(page("", body, lang=lang))
    assert article.modified == date(2021, 5, 6)
    assert article.published == date(2021, 5, 4)
    assert article.modified_raw == line


# -- formats ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20210820030646", datetime(2021, 8, 20, 3, 6, 46)),
        ("20210820", date(2021, 8, 20)),
        ("1629428806", datetime(2021, 8, 20, 3, 6, 46, tzinfo=timezone.utc)),
        ("1629428806000", datetime(2021, 8, 20, 3, 6, 46, tzinfo=timezone.utc)),
        ("123456", None),
        ("9999999999", None),  # a Unix time in the future
    ],
)
def test_compact_and_unix_times(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "body",
    [
        '<time datetime="1629428806">20 August</time>',
        '<span class="post-date" data-timestamp="1629428806">20 August</span>',
        '<abbr class="timestamp" title="Friday, 20 August" data-utime="1629428806">Friday</abbr>',
    ],
)
def test_unix_time_in_date_attributes(body: str) -> None:
    assert newsshape.parse(page("", body)).published == datetime(2021, 8, 20, 3, 6, 46, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("٢٠ أغسطس ٢٠٢١", "ar", date(2021, 8, 20)),
        ("نشر في ٢٠ أغسطس، ٢٠٢١", "ar", date(2021, 8, 20)),
        ("١٥ مارس ٢٠٢٢", "ar", date(2022, 3, 15)),
        ("۲۰ اوت ۲۰۲۱", "fa", date(2021, 8, 20)),
        ("۲۹ مرداد ۱۴۰۰", None, date(2021, 8, 20)),
        ("۱۴۰۰/۰۵/۲۹", None, date(2021, 8, 20)),
        ("1400/05/29", "fa", date(2021, 8, 20)),
        ("２０２１年３月８日", None, date(2021, 3, 8)),
        ("2021年03月08日 10:30", "zh", date(2021, 3, 8)),
        ("発行日：2021年3月8日", "ja", date(2021, 3, 8)),
    ],
)
def test_dates_in_other_scripts_and_calendars(text: str, lang: str | None, expected: date) -> None:
    assert first_date(text, lang=lang) == expected


def test_a_solar_hijri_year_only_on_persian_text() -> None:
    assert first_date("1400/05/29") is None  # no Persian letter, digit or language


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1359, 1, 1), date(1980, 3, 21)),
        ((1372, 1, 1), date(1993, 3, 21)),
        ((1399, 12, 30), date(2021, 3, 20)),  # a leap day
        ((1400, 1, 1), date(2021, 3, 21)),
        ((1402, 10, 11), date(2024, 1, 1)),
        ((1403, 12, 30), date(2025, 3, 20)),
        ((1404, 1, 1), date(2025, 3, 21)),
    ],
)
def test_solar_hijri_conversion(solar: tuple[int, int, int], gregorian: date) -> None:
    # the calendar arithmetic itself: first_date takes no date before 1993 (the web's start), so the
    # private conversion is the only way to check years before it; the later ones go through first_date too
    assert solar_hijri_to_gregorian(*solar) == gregorian
    if gregorian.year >= 1993:
        assert first_date("{}/{:02d}/{:02d}".format(*solar), lang="fa") == gregorian


def test_impossible_solar_hijri_dates() -> None:
    assert first_date("۱۴۰۰/۱۲/۳۰", lang="fa") is None  # 1400 is no leap year
    assert first_date("۱۴۰۰/۰۷/۳۱", lang="fa") is None
    assert first_date("۱۴۰۰/۱۳/۰۱", lang="fa") is None
    assert first_date("۱۳۹۹/۱۲/۳۰", lang="fa") == date(2021, 3, 20)  # a leap day: the shape is read


def test_arabic_page_with_a_date_line() -> None:
    html = (
        '<html lang="ar"><body><h1>الميزانية</h1><p>نشر في ٢٠ أغسطس ٢٠٢١</p>'
        + "<p>" + "اجتمع المجلس يوم الثلاثاء ووافق على الميزانية الجديدة للمدينة. " * 5 + "</p></body></html>"
    )  # fmt: skip
    assert newsshape.parse(html).published == date(2021, 8, 20)


# -- language -----------------------------------------------------------------------


def test_declared_language_is_taken_as_it_is() -> None:
    assert newsshape.parse(page(lang="de-AT")).language == "de-AT"


def test_language_detected_when_none_is_declared() -> None:
    german = "<p>" + "Der Gemeinderat hat am Dienstag den neuen Haushalt der Stadt beschlossen. " * 4 + "</p>"
    html = f"<html><body><h1>Haushalt</h1>{german}</body></html>"
    assert newsshape.parse(html).language == "de"


def test_no_language_from_too_little_text() -> None:
    assert newsshape.parse("<html><body><h1>Budget</h1><p>Hello</p></body></html>").language is None


def test_language_detected_in_text_with_a_lone_surrogate() -> None:
    """Text decoded from broken bytes may hold a lone surrogate: the language
    is still read (the model reads UTF-8), and parse() does not raise."""
    dump = "Budget approved\n\n" + "The council approved the new budget for the harbour bridge \ud800 this year. " * 3
    assert newsshape.parse(dump).language == "en"
