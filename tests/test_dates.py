"""Publication and modification dates: string parsing, URL dates, and the
choice among the dates a page carries. Every page here is written by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import newsshape
from newsshape.dates import find_dates, first_date, parse_date

BODY = "<p>" + " ".join(["The council met on Tuesday and agreed on the new budget for the town."] * 4) + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}{BODY}</body></html>"


# -- strings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on 3. März 2021", date(2021, 3, 3)),
        ("March 3rd, 2021", date(2021, 3, 3)),
        ("Mar. 3, 2021", date(2021, 3, 3)),
        ("3 mars 2021", date(2021, 3, 3)),
        ("jeudi 27 juin 2019", date(2019, 6, 27)),
        ("3 de marzo de 2021", date(2021, 3, 3)),
        ("15 августа 2016, 13:43", date(2016, 8, 15)),
        ("27.01.2022", date(2022, 1, 27)),
        ("27.01.22", date(2022, 1, 27)),
        ("2021-03-08", date(2021, 3, 8)),
        ("2021/3/8", date(2021, 3, 8)),
        ("2021年3月8日", date(2021, 3, 8)),
        ("Tue Jul 30 09:35:14 CEST 2019", date(2019, 7, 30)),
    ],
)
def test_first_date_reads_written_dates(text: str, expected: date) -> None:
    assert first_date(text) == expected


def test_slash_dates_follow_the_page_convention() -> None:
    assert first_date("02/10/2020") == date(2020, 10, 2)  # day first by default
    assert first_date("02/10/2020", month_first=True) == date(2020, 2, 10)
    assert first_date("25/12/2020", month_first=True) == date(2020, 12, 25)  # 25 cannot be a month


@pytest.mark.parametrize(
    "text",
    ["© 2021 Example Media", "Version 2.1.3", "Call 030 1234 5678", "Page 3 of 12", "31.02.2021", "2021"],
)
def test_no_date_in_years_versions_and_impossible_days(text: str) -> None:
    assert first_date(text) is None


def test_future_and_ancient_dates_are_not_taken() -> None:
    future = date.today() + timedelta(days=30)
    assert first_date(future.isoformat()) is None
    assert first_date("4 July 1776") is None


def test_find_dates_in_order() -> None:
    found = find_dates("Published 3 March 2021, updated 2021-03-05")
    assert [d for _offset, d in found] == [date(2021, 3, 3), date(2021, 3, 5)]


def test_parse_date_keeps_time_zone() -> None:
    found = parse_date("2021-03-08T11:15:28+01:00")
    assert found == datetime(2021, 3, 8, 11, 15, 28, tzinfo=timezone(timedelta(hours=1)))
    assert parse_date("2021-03-08T11:15:28Z") == datetime(2021, 3, 8, 11, 15, 28, tzinfo=timezone.utc)
    assert parse_date("2019-06-17T18:28:00+0200") == datetime(2019, 6, 17, 18, 28, tzinfo=timezone(timedelta(hours=2)))


def test_parse_date_written_and_empty() -> None:
    assert parse_date("3. März 2021") == date(2021, 3, 3)
    assert not isinstance(parse_date("3. März 2021"), datetime)  # a day, not a midnight
    assert parse_date("") is None
    assert parse_date("no date here") is None


@pytest.mark.parametrize(
    ("url", "full", "month"),
    [
        ("https://example.com/2021/03/08/council-budget/", date(2021, 3, 8), None),
        ("https://example.com/news/2021-3-8-council.html", date(2021, 3, 8), None),
        ("https://example.com/news/20210308_council", date(2021, 3, 8), None),
        ("https://example.com/2018/06/privacy.html", None, (2018, 6)),
        ("https://example.com/2021_11_report.html", None, None),
        ("https://example.com/article/1912110123", None, None),
        ("https://web.archive.org/web/20120216182711/http://example.com/story", None, None),
        ("https://example.com/", None, None),
        (None, None, None),
    ],
)
def test_url_date(url: str | None, full: date | None, month: tuple[int, int] | None) -> None:
    # the full date in the address is the date of a page that declares none; a month's folder gives its first day
    undated = newsshape.parse(page("", "<h1>Budget</h1>"), url=url).published
    assert undated == (full or (date(*month, 1) if month else None))
    if full is not None:
        return
    # a page filed in a month's folder takes no declared date of another month, and does take one of its own;
    # an address without a month's folder takes either
    other = (2017, 3) if month != (2017, 3) else (2016, 3)
    for year, mon in [other, *([month] if month else [])]:
        head = f'<meta property="article:published_time" content="{year}-{mon:02d}-01T08:00:00+00:00">'
        published = newsshape.parse(page(head, "<h1>Budget</h1>"), url=url).published
        taken = month is None or (year, mon) == month
        assert (published is not None and (published.year, published.month) == (year, mon)) == taken, (year, mon)


# -- pages --------------------------------------------------------------------


def test_jsonld_graph_date() -> None:
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": "NewsArticle", "headline": "Budget", "datePublished": "2021-03-08T09:00:00+01:00",
         "dateModified": "2021-03-09T10:00:00+01:00"}]}</script>"""
    article = newsshape.parse(page(head, "<h1>Budget agreed</h1>"))
    assert article.published == datetime(2021, 3, 8, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert article.modified == datetime(2021, 3, 9, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def test_jsonld_list_and_dates_of_other_objects() -> None:
    head = """<script type="application/ld+json">[
        {"@type": "VideoObject", "uploadDate": "2020-01-01", "datePublished": "2020-01-01"},
        {"@type": "BlogPosting", "datePublished": "2021-04-02"}]</script>"""
    assert newsshape.parse(page(head, "<h1>Budget agreed</h1>")).published == date(2021, 4, 2)


def test_meta_tags() -> None:
    head = """<meta property="article:modified_time" content="2021-05-06T08:00:00Z">
    <meta property="article:published_time" content="2021-05-04T08:00:00Z">"""
    article = newsshape.parse(page(head, "<h1>Budget agreed</h1>"))
    assert article.published == datetime(2021, 5, 4, 8, 0, tzinfo=timezone.utc)
    assert article.modified == datetime(2021, 5, 6, 8, 0, tzinfo=timezone.utc)


def test_time_element_published_before_updated() -> None:
    body = """<h1>Budget agreed</h1>
    <div class="meta"><time class="updated" datetime="2021-06-09">June 9</time>
    <time class="entry-date published" datetime="2021-06-07T10:00:00">June 7</time></div>"""
    article = newsshape.parse(page("", body))
    assert article.published == datetime(2021, 6, 7, 10, 0)


def test_abbr_title_date() -> None:
    body = '<h1>Budget agreed</h1><abbr class="published" title="2019-06-27T10:21:40Z">jeudi 27 juin 2019</abbr>'
    assert newsshape.parse(page("", body)).published == datetime(2019, 6, 27, 10, 21, 40, tzinfo=timezone.utc)


def test_metadata_beats_a_url_date() -> None:
    head = '<meta property="article:published_time" content="2019-06-17T18:28:00+02:00">'
    article = newsshape.parse(page(head, "<h1>Budget</h1>"), url="https://example.com/home/2017/7/12/budget")
    assert article.published == datetime(2019, 6, 17, 18, 28, tzinfo=timezone(timedelta(hours=2)))
    assert article.published_raw == "2019-06-17T18:28:00+02:00"


def test_url_date_when_nothing_is_declared() -> None:
    article = newsshape.parse(page("", "<h1>Budget</h1>"), url="https://example.com/home/2017/7/12/budget")
    assert article.published == date(2017, 7, 12)


def test_url_date_agreeing_with_metadata_keeps_time() -> None:
    head = '<meta property="article:published_time" content="2017-07-12T18:28:00+02:00">'
    article = newsshape.parse(page(head, "<h1>Budget</h1>"), url="https://example.com/2017/07/12/budget")
    assert article.published == datetime(2017, 7, 12, 18, 28, tzinfo=timezone(timedelta(hours=2)))


def test_visible_date_in_german_under_the_title() -> None:
    body = "<h1>Haushalt beschlossen</h1><p>Veröffentlicht am 3. März 2021</p>"
    assert newsshape.parse(page("", body)).published == date(2021, 3, 3)


def test_utc_metadata_on_the_next_day_gives_the_local_day_printed() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">'
    body = "<h1>Budget agreed</h1><p>November 8, 2023 / 10:35 PM PST</p>"
    assert newsshape.parse(page(head, body)).published == date(2023, 11, 8)


def test_swapped_day_and_month_do_not_beat_metadata() -> None:
    head = '<meta property="article:published_time" content="2023-11-08T20:26:28+00:00">'
    body = '<html lang="en-US"><h1>Budget agreed</h1><p>08/11/2023 | 20:26 PM</p>'
    published = newsshape.parse(page(head, body)).published
    assert published is not None
    assert str(published)[:10] == "2023-11-08"


def test_updated_line_is_not_the_publication_date() -> None:
    body = "<h1>Budget agreed</h1><p>Updated: 9 June 2021</p><p>Published: 7 June 2021</p>"
    article = newsshape.parse(page("", body))
    assert article.published == date(2021, 6, 7)


def test_copyright_year_is_not_a_date() -> None:
    body = "<h1>Budget agreed</h1>"
    html = page("", body).replace("</body>", "<footer>© 2021 Example Media. All rights reserved.</footer></body>")
    assert newsshape.parse(html).published is None


def test_comment_dates_are_ignored() -> None:
    body = """<h1>Budget agreed</h1><p class="byline">By Jane Doe, 4 May 2021</p>"""
    comments = '<div class="comment"><span class="comment-date">9 May 2021</span><p>Nice.</p></div>'
    html = page("", body).replace("</body>", comments + "</body>")
    assert newsshape.parse(html).published == date(2021, 5, 4)


def test_list_of_other_stories_dates_is_ignored() -> None:
    sidebar = "".join(
        f'<li><a href="/s{i}">Story {i}</a> <span class="post-date">0{i}/05/2019</span></li>' for i in range(1, 5)
    )
    html = page('<meta name="x" content="y">', "<h1>Budget agreed</h1>").replace(
        "</body>", f"<ul>{sidebar}</ul></body>"
    )
    html = html.replace(BODY, BODY + "<p>Filed 2 April 2019</p>")
    assert newsshape.parse(html).published == date(2019, 4, 2)


def test_date_in_script_json_as_last_resort() -> None:
    html = page('<script>window.__DATA__ = {"createdAt":"2022-01-31T15:58:43+01:00"};</script>', "<h1>Budget</h1>")
    assert newsshape.parse(html).published == datetime(2022, 1, 31, 15, 58, 43, tzinfo=timezone(timedelta(hours=1)))


def test_text_dump_without_date_has_none() -> None:
    text = "Example News\nBudget agreed\nDate:\n" + "The council met on Tuesday and agreed on the budget.\n" * 3
    assert newsshape.parse(text).published is None


def test_text_dump_date_line() -> None:
    text = "Budget agreed\nPublished 3 March 2021\n" + "The council met on Tuesday and agreed on the budget.\n" * 3
    assert newsshape.parse(text).published == date(2021, 3, 3)


def test_published_label_after_updated_label() -> None:
    body = "<h1>Budget agreed</h1><p>Updated 9 June 2021 | Published 7 June 2021</p>"
    assert newsshape.parse(page("", body)).published == date(2021, 6, 7)


def test_published_label_beats_an_earlier_unlabelled_date() -> None:
    # no headline, and no date near the top: the first date in the text is an event
    lines = "".join(f"<p>Menu entry number {i}</p>" for i in range(20))
    body = lines + "<p>Next meeting: 2 February 2022</p>" + lines + "<p>Erstellt am: 30.01.2022 18:36</p>"
    assert newsshape.parse(page("", body)).published == date(2022, 1, 30)


def test_last_change_label_is_an_update() -> None:
    body = "<h1>Budget agreed</h1>" + BODY + "<p>Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023</p>"
    assert newsshape.parse(page("", body)).published == date(2023, 11, 1)


def test_slashed_metadata_date_read_the_way_the_page_shows_it() -> None:
    head = '<meta name="date" content="11/01/2023 12:43:42">'
    body = "<h1>Budget agreed</h1>" + BODY + "<p>Erstellt am: 01.11.2023</p>"
    html = f'<html lang="de"><head>{head}</head><body>{body}</body></html>'
    published = newsshape.parse(html).published
    assert published is not None
    assert str(published)[:10] == "2023-11-01"


def test_microdata_published_beats_a_bare_date_meta() -> None:
    head = '<meta name="date" content="2022-01-21T15:38:44+01:00">'
    body = '<h1>Budget agreed</h1><time itemprop="datePublished" datetime="2022-01-27"></time>'
    published = newsshape.parse(page(head, body)).published
    assert published is not None
    assert str(published)[:10] == "2022-01-27"


def test_date_line_below_standfirst_and_picture_credit() -> None:
    head = '<meta name="x" content="y">'
    body = (
        "<h1>Lockdown to be extended</h1><p>Four more weeks?</p><p>Leaders plan an extension</p>"
        "<p>The chancellor meets the state premiers on Friday.</p><p>© Example Photo Agency</p>"
        "<p>20. März 2021 - 15:00 Uhr</p>"
    )
    assert newsshape.parse(page(head, body)).published == date(2021, 3, 20)


def test_labelled_event_date_below_the_headline_is_not_the_date_line() -> None:
    head = '<meta property="article:published_time" content="2019-11-27T15:21:21+01:00">'
    body = (
        "<h1>Whisky tasting</h1><p>Spring dates</p><p>Book now</p><p>Tickets at the door</p>"
        "<p>© Example Photo Agency</p><p>Termin: 21.02.2020, 19 Uhr</p>"
    )
    published = newsshape.parse(page(head, body)).published
    assert published is not None
    assert str(published)[:10] == "2019-11-27"


def test_date_at_the_end_of_a_long_page() -> None:
    links = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(450))
    body = f"<h1>Welcome</h1><ul>{links}</ul>" + "<p>06.10.2017 11:15</p>"
    assert newsshape.parse(page("", body)).published == date(2017, 10, 6)


def test_date_in_the_sharing_picture_address_as_last_resort() -> None:
    head = '<meta property="og:image" content="https://example.com/files/2016/05/04/cover.png">'
    assert newsshape.parse(page(head, "<h1>Annual report</h1>")).published == date(2016, 5, 4)
