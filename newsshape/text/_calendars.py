"""Dates of other scripts and calendars: digits of other scripts read as
ASCII digits (:func:`ascii_digits`), and Solar Hijri dates, the calendar of
Iran and Afghanistan (``۲۹ مرداد ۱۴۰۰``, ``1400/05/29``), converted to the
Gregorian calendar (:func:`solar_hijri_dates`).

The Solar Hijri calendar starts its year at the March equinox: months 1-6
have 31 days, 7-11 have 30 and the twelfth 29, or 30 in a leap year. In
the years of the web it follows the 33-year cycle, leap years being those
whose ``(25 * year + 11) % 33`` is below 8 (the tests check the conversion
against known New Year's days and leap days from 1359 to 1404, 1980 to
2025). Only years 1370-1499 (1991-2121) are read as Solar Hijri years.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["ascii_digits", "solar_hijri_dates", "solar_hijri_to_gregorian"]

#: Digits of other scripts as ASCII digits: Arabic-Indic (٠-٩), Persian (۰-۹) and full-width (０-９, Chinese and
#: Japanese text). One character for one, so offsets in the text stay the same.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3
)  # fmt: skip
#: Any digit :data:`_DIGITS` translates: most texts have none and are left as they are.
_OTHER_DIGIT = re.compile("[٠-٩۰-۹０-９]")


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic, Persian and full-width digits written as
    ASCII digits (the same length: offsets stay valid)."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_DIGITS)


#: The first year of the span where the 33-year cycle is exact, and 1 Farvardin of it (the anchor of the count).
_FIRST_YEAR = 1210
_FIRST_NOWRUZ = date(1831, 3, 21)
#: The last year of that span.
_LAST_YEAR = 1634


def _leap(year: int) -> bool:
    return (25 * year + 11) % 33 < 8


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (``1400, 5, 29`` gives
    2021-08-20); ``None`` for an impossible date or a year outside the span
    the module documentation gives."""
    if not (_FIRST_YEAR <= year <= _LAST_YEAR and 1 <= month <= 12 and day >= 1):
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _leap(year) else 29
    if day > length:
        return None
    days = sum(366 if _leap(y) else 365 for y in range(_FIRST_YEAR, year))
    days += (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return _FIRST_NOWRUZ + timedelta(days=days + day - 1)


#: Solar Hijri month names in Persian (and their Dari names in Afghanistan), in order.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "فروردین حمل",
            "اردیبهشت ثور",
            "خرداد جوزا",
            "تیر سرطان",
            "مرداد امرداد اسد",
            "شهریور سنبله",
            "مهر میزان",
            "آبان عقرب",
            "آذر قوس",
            "دی جدی",
            "بهمن دلو",
            "اسفند حوت",
        ),
        1,
    )
    for name in names.split()
}
#: A Solar Hijri year of this era (1370-1499: 1991-2121), as a page writes it after the text's digits are ASCII.
_YEAR = r"(?P<year>1[34]\d\d)"
#: "۲۹ مرداد ۱۴۰۰" (day, month name, year), the way Persian pages print a date.
_NAMED = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s{{0,2}}(?P<month>[^\W\d_]{{2,10}})\s{{0,2}}(?:ماه\s)?{_YEAR}(?!\d)")
#: "1400/05/29", "1400-5-29" (year first, a Solar Hijri year).
_NUMERIC = re.compile(rf"(?<![\d/.-]){_YEAR}([/.-])(?P<month>\d{{1,2}})\2(?P<day>\d{{1,2}})(?!\d)")


def solar_hijri_dates(text: str) -> list[tuple[int, date]]:
    """Solar Hijri dates in ``text`` (its digits ASCII already: see
    :func:`ascii_digits`), as ``(offset, Gregorian date)`` pairs: a month's
    name between a day and a year, or a year of this era written first with
    slashes, dots or hyphens."""
    out: list[tuple[int, date]] = []
    for m in _NAMED.finditer(text):
        month = _MONTHS.get(m["month"])
        found = solar_hijri_to_gregorian(int(m["year"]), month, int(m["day"])) if month else None
        if found is not None:
            out.append((m.start(), found))
    for m in _NUMERIC.finditer(text):
        found = solar_hijri_to_gregorian(int(m["year"]), int(m["month"]), int(m["day"]))
        if found is not None:
            out.append((m.start(), found))
    return out
