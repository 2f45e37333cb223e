"""Reading dates, for extractors with a date in a place the generic rules do
not look (see :doc:`tutorial`): a date string as a ``date`` or ``datetime``
(:func:`parse_date`), and dates written in running text (:func:`find_dates`,
:func:`first_date`), in the many languages and notations
:func:`newsshape.parse` reads.

>>> from newsshape.dates import find_dates, first_date, parse_date
>>> parse_date("2021-03-08T11:15:28Z")
datetime.datetime(2021, 3, 8, 11, 15, 28, tzinfo=datetime.timezone.utc)
>>> parse_date("3. März 2021")
datetime.date(2021, 3, 3)
>>> first_date("Posted on March 3rd, 2021 by Jane Doe")
datetime.date(2021, 3, 3)

An extractor's :meth:`~newsshape.Extractor.published` may return the date
string itself: it is read with :func:`parse_date`.
"""

from __future__ import annotations

from datetime import date, datetime

from newsshape.fields import _dates
from newsshape.text import _datetext

__all__ = ["find_dates", "first_date", "parse_date"]


def parse_date(value: str, lang: str | None = None) -> date | datetime | None:
    """Read a date string: ISO 8601 (a ``date`` for a day alone, else a
    ``datetime``, its UTC offset kept and never converted), digits alone
    (``20210308``, a compact timestamp, a Unix time in seconds or
    milliseconds, read as UTC), or a date written with numbers or a month
    name (a ``date``; see :func:`find_dates`). ``lang``, the page's language
    tag, helps read a month name in a language the built-in table lacks.
    ``None`` when no plausible date can be read (before 1990, in the
    future, or no date at all).

    >>> parse_date("2019-06-17T18:28:00+0200")
    datetime.datetime(2019, 6, 17, 18, 28, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
    >>> parse_date("16 OCT 19"), parse_date("3 days ago")
    (datetime.date(2019, 10, 16), None)
    """
    return _dates.parse_date(value, lang)


def find_dates(
    text: str, *, month_first: bool = False, lang: str | None = None, limit: int = 8, short_years: bool = False
) -> list[tuple[int, date]]:
    """The dates written in ``text`` (its first 2,000 characters), as
    ``(offset, date)`` pairs in text order, at most ``limit``.

    ``month_first`` reads an ambiguous slashed date ``01/02/2021`` as
    January 2 (US usage; a dotted date is always day first). ``lang``, the
    page's language tag, picks the reading of month names that differ
    between languages (Croatian and Polish "listopad") and of year-first
    dates (Hungarian "2019. március 8."). ``short_years`` also reads a
    two-digit year after a month name ("16 OCT 19"): right for a field that
    holds a date alone, too loose for running text. Years, version numbers,
    impossible days and dates in the future are no dates.

    >>> find_dates("Published 3 March 2021, updated 2021-03-05")
    [(10, datetime.date(2021, 3, 3)), (32, datetime.date(2021, 3, 5))]
    >>> find_dates("02/10/2020", month_first=True), find_dates("Version 2.1.3")
    ([(0, datetime.date(2020, 2, 10))], [])
    """
    return _datetext.find_dates(text, month_first=month_first, lang=lang, limit=limit, short_years=short_years)


def first_date(
    text: str, *, month_first: bool = False, lang: str | None = None, short_years: bool = False
) -> date | None:
    """The first date written in ``text`` (see :func:`find_dates`), or
    ``None``.

    >>> first_date("jeudi 27 juin 2019"), first_date("© 2021 Example Media")
    (datetime.date(2019, 6, 27), None)
    """
    return _datetext.first_date(text, month_first=month_first, lang=lang, short_years=short_years)
