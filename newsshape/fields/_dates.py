"""Reading dates: a date string as a ``date`` or a ``datetime``
(:func:`parse_date`), the date in a URL's path (:func:`url_date`), and the
other reading of a slashed date (:func:`other_reading`). Finding a page's
dates is :mod:`newsshape.fields._published` and
:mod:`newsshape.fields._declared`.

A value is a :class:`~datetime.date` when the source gives the day only and
a :class:`~datetime.datetime` when it gives a time (aware when it gives a UTC
offset; never converted): :data:`When`. :func:`day` is the day of either.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import NamedTuple

from newsshape.text._datetext import MIN_YEAR, first_date, latest_date

__all__ = ["Dated", "When", "day", "other_reading", "parse_date", "url_date"]

#: A date as precise as its source: the day only, or a timestamp.
When = date | datetime


class Dated(NamedTuple):
    """A date found on a page and the string it was read from."""

    value: When
    """The date (see :data:`When`)."""

    raw: str
    """The attribute value, ``<meta>`` content, line of text or address it
    was read from."""


def day(value: When) -> date:
    """The day of ``value``, a ``date`` or a ``datetime`` (as the page gives
    it: no time-zone conversion)."""
    return value.date() if isinstance(value, datetime) else value


#: The longest string read as a date: a longer one is a text that may mention a date, not a date field.
_LONGEST_DATE = 200
#: Characters of a URL's path searched for its date: dates come early in a path, long query-like paths are cut.
_URL_PATH_CHARS = 300
#: A full date in a URL's path with separators: "/2021/03/08/" or "2021-3-8"; in "/2023/10/3-questions/" the 3
#: starts the slug.
_URL_YMD_SEP = re.compile(
    r"/((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)(?!(?<=/\d)-|(?<=/\d\d)-\D)"
)
#: A full date in a URL written as eight digits: "/20210308".
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
#: A full date in a URL written day first: "/08-03-2021/", "/08032021.".
_URL_DMY = re.compile(r"/(0[1-9]|[12]\d|3[01])[._-]?(0[1-9]|1[0-2])[._-]?((?:19|20)\d\d)(?=[/_.-]|$)")
#: A year and a month alone in a URL: "/2021/03/", "/2021-03/" (a page filed in a month's folder).
_URL_YM = re.compile(r"/((?:19|20)\d\d)(?:/(0?[1-9]|1[0-2])|[_-](0[1-9]|1[0-2]))(?=/)")


#: Length of an ISO 8601 day alone, "2021-03-08" (a ``date``, not midnight) ...
_ISO_DAY = 10
#: ... and of its basic form, "20210308".
_BASIC_DAY = 8
#: Digits of a compact timestamp, year first: "20210820030646" (seconds), "202108200306" (minutes).
_COMPACT = {14: "%Y%m%d%H%M%S", 12: "%Y%m%d%H%M"}
#: Digits of a Unix time: seconds (10) or milliseconds (13) since 1970, UTC.
_UNIX_SECONDS, _UNIX_MILLISECONDS = 10, 13


def _plausible(found: When) -> When | None:
    return found if found.year >= MIN_YEAR and day(found) <= latest_date() else None


def _numeric(value: str) -> When | None:
    """A date written as digits alone: ``20210308`` (a day), a compact
    timestamp (``20210820030646``, naive: it gives no offset) or a Unix time
    of 10 or 13 digits (an instant, so in UTC)."""
    pattern = _COMPACT.get(len(value))
    try:
        if len(value) == _BASIC_DAY:
            return _plausible(datetime.strptime(value, "%Y%m%d").date())
        if pattern is not None:
            return _plausible(datetime.strptime(value, pattern))
        if len(value) in (_UNIX_SECONDS, _UNIX_MILLISECONDS):
            seconds = int(value) / (1000 if len(value) == _UNIX_MILLISECONDS else 1)
            return _plausible(datetime.fromtimestamp(seconds, timezone.utc))
    except (ValueError, OverflowError, OSError):
        return None
    return None


@lru_cache(maxsize=4096)
def parse_date(value: str, lang: str | None = None) -> When | None:
    """Parse a date string: ISO 8601 (a ``date`` for a day alone, else a
    ``datetime`` with its offset kept), digits alone (:func:`_numeric`), or a
    numeric or written date (:func:`~newsshape.text._datetext.find_dates`, a
    ``date``; dateparser is asked only about a month name the table lacks on
    a page in a language ``lang`` the table does not cover). Returns
    ``None`` when no plausible date can be read."""
    value = value.strip()
    if not value or len(value) > _LONGEST_DATE:
        return None
    if value.isdigit() and value.isascii():
        return _numeric(value)
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        found: When = date.fromisoformat(iso) if len(iso) == _ISO_DAY else datetime.fromisoformat(iso)
    except ValueError:
        pass
    else:
        return _plausible(found)
    return first_date(value, lang=lang, short_years=True)


def url_date(url: str | None) -> tuple[date | None, tuple[int, int] | None]:
    """The full date in a URL path (``/2021/03/08/``, ``/20210308``), and the
    year and month when only those are there (``/2021/03/``)."""
    if not url:
        return None, None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    path = path.split("#", 1)[0][:_URL_PATH_CHARS]
    for pattern in (_URL_YMD_SEP, _URL_YMD):
        m = pattern.search(path)
        if m:
            try:
                found = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                continue
            if found.year >= MIN_YEAR and found <= latest_date():
                return found, None
    m = _URL_DMY.search(path)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None
        except ValueError:
            pass
    m = _URL_YM.search(path)
    if m:
        return None, (int(m.group(1)), int(m.group(2) or m.group(3)))
    return None, None


#: A slashed date at the start of a declared date string, which may be read day first or month first ("11/01/2023").
_SLASHED = re.compile(r"\s*(\d\d?)/(\d\d?)/((?:19|20)\d\d)(?!\d)")


def other_reading(found: When, value: str) -> date | None:
    """``found`` with day and month the other way round, when ``value``, the
    string it was read from, is a slashed date that can be read both ways
    (``11/01/2023``)."""
    m = _SLASHED.match(value)
    if m is None or m.group(1) == m.group(2) or int(m.group(1)) > 12 or int(m.group(2)) > 12:
        return None
    return date(found.year, found.day, found.month)
