"""Dates written in text: the month table's languages, the shapes read
without dateparser, and when dateparser is (and is not) asked."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import newsshape.text._datetext as datetext  # only for test_named_date_shapes: see there
from newsshape.dates import find_dates, first_date, parse_date

TESTS = Path(__file__).parent


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("8 Şubat 2019", "tr", date(2019, 2, 8)),
        ("8. března 2019", "cs", date(2019, 3, 8)),
        ("8. mája 2019", "sk", date(2019, 5, 8)),
        ("8 augusti 2019", "sv", date(2019, 8, 8)),
        ("8. marts 2019", "da", date(2019, 3, 8)),
        ("8. desember 2019", "nb", date(2019, 12, 8)),
        ("8. maaliskuuta 2019", "fi", date(2019, 3, 8)),
        ("2019. március 8.", "hu", date(2019, 3, 8)),
        ("8 Μαΐου 2019", "el", date(2019, 5, 8)),
        ("8 ΜΑΪΟΥ 2019", "el", date(2019, 5, 8)),  # capitals drop the accent
        ("8 octombrie 2019", "ro", date(2019, 10, 8)),
        ("8 Agustus 2019", "id", date(2019, 8, 8)),
        ("8 септември 2019", "bg", date(2019, 9, 8)),
        ("8 فيفري 2019", "ar", date(2019, 2, 8)),  # Maghreb
        ("8 أغسطس 2019", "ar", date(2019, 8, 8)),  # Egypt
        ("8 تشرين الأول 2019", "ar", date(2019, 10, 8)),  # Levant, a name of two words
        ("8 במרץ 2019", "he", date(2019, 3, 8)),
        ("3 d’abril de 2021", "ca", date(2021, 4, 3)),
        ("8 listopada 2019", "pl", date(2019, 11, 8)),
        ("8 listopada 2019", "hr", date(2019, 10, 8)),  # Croatian listopad is October
        ("8 FEVRIER 2019", "fr", date(2019, 2, 8)),
        ("3rd of March, 2021", "en", date(2021, 3, 3)),
        ("16-Oct-2019", "en", date(2019, 10, 16)),
        ("4. 2. 2022", "de", date(2022, 2, 4)),  # a space after each dot
        ("2019년 3월 8일", "ko", date(2019, 3, 8)),
    ],
)
def test_month_table_languages(text: str, lang: str, expected: date) -> None:
    assert first_date(text, lang=lang) == expected


def test_month_number() -> None:
    """A month's name or abbreviation read from the table, by the page's language where languages differ."""
    assert first_date("8 Sept. 2019") == date(2019, 9, 8)
    assert first_date("8 März 2019") == date(2019, 3, 8)
    assert first_date("8 listopad 2019", lang="hr-HR") == date(2019, 10, 8)
    assert first_date("8 listopad 2019", lang="pl") == date(2019, 11, 8)
    assert first_date("8 Tuesday 2019") is None


def test_two_digit_year_only_in_a_date_field() -> None:
    assert first_date("16 OCT 19", short_years=True) == date(2019, 10, 16)
    assert first_date("16 OCT 19") is None  # running text: "16 Oct 19 people ..."
    assert first_date("16 Oct 19:30", short_years=True) is None  # a time, not a year
    assert parse_date("16 OCT 19") == date(2019, 10, 16)


def test_a_false_start_does_not_hide_the_date() -> None:
    assert first_date("Nr. 29 vom 29. Oktober 2021") == date(2021, 10, 29)


def test_year_first_written_dates_only_where_the_language_writes_them() -> None:
    assert first_date("2019. március 8.", lang="hu") == date(2019, 3, 8)
    assert first_date("In 2019 May 3 people") is None


def test_invalid_strings_are_not_dates() -> None:
    assert parse_date("0000-01-01T14:00:00+00:53") is None
    assert parse_date("1 digg citylab.com Technology") is None
    assert parse_date("3 days ago") is None


def test_dateparser_asked_only_for_a_language_the_table_lacks() -> None:
    # dateparser is imported on its first question: a fresh interpreter shows whether it was asked
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from newsshape.dates import find_dates, first_date\n"
        "assert find_dates('8 Blumen 2019', lang='de') == []  # German months are all in the table\n"
        "assert find_dates('8 Blumen 2019') == []  # no language: English\n"
        "assert 'dateparser' not in sys.modules, 'dateparser was asked'\n"
        "assert first_date('8 kovo 2019', lang='lt') == date(2019, 3, 8)\n"
        "assert 'dateparser' in sys.modules, 'dateparser was not asked'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_parsing_the_test_pages_never_imports_dateparser() -> None:
    pages = sorted(
        str(p) for p in [*TESTS.glob("fixtures/*/*.html"), *TESTS.glob("fixtures/*/*.txt"), *TESTS.glob("seeds/*.txt")]
    )
    assert pages
    script = (
        "import sys, newsshape\n"
        "for path in sys.argv[1:]:\n"
        "    newsshape.parse(open(path, 'rb').read())\n"
        "assert 'dateparser' not in sys.modules, 'dateparser was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *pages], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_long_texts_are_read_around_their_years() -> None:
    filler = "The council met and agreed on the budget for the town. " * 4
    text = (
        filler
        + "Tue Jul 30 09:35:14 CEST 2019 "
        + filler
        + "on 3. März 2021, "
        + filler
        + "2021. március 8. "
        + "and 27.01.22"
    )
    assert len(text) > 700
    found = [d for _offset, d in find_dates(text, lang="hu")]
    assert found == [date(2019, 7, 30), date(2021, 3, 3), date(2021, 3, 8), date(2022, 1, 27)]


def test_named_date_shapes() -> None:
    """The English and ISO date shapes other modules import from one place.

    White-box on purpose (the one private import of this file): these are named rules that layout and template
    code share, and no single public behaviour isolates each of them."""
    assert datetext.SHORT_DATE_IN.search("Posted on March 3, 2021 by Jane")
    assert datetext.DATE_ALONE.match("12  Aug 2025") and not datetext.DATE_ALONE.match("12 Aug 2025 news")
    assert re.search(datetext.WORDED_DATE, "12 March 2024 · 4 min read")
    assert not re.search(datetext.WORDED_DATE, "3/12/2024")
    assert re.match(datetext.BYLINE_DATE, "August 12, 2025 by Jane Doe")
