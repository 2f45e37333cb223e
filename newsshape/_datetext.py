"""Dates written in text: "3. März 2021", "March 3rd, 2021", "27.01.2022",
"2021-03-03", "2021年3月3日".

Bounded regular expressions find the candidates; month names of the common
European languages are read from a table, and only a name the table does not
know is handed to dateparser (slow, so its answers are cached and its calls
per text are capped).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

#: Month names and abbreviations (lower case, no trailing dot) in English,
#: German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian and
#: Polish.
_MONTH_NAMES = (
    "january jan januar janv janvier enero ene gennaio genn gen janeiro januari jänner jänn "
    "января январь янв січня stycznia styczeń",
    "february feb februar fev févr février fevr fevrier febrero febbraio fevereiro februari "
    "февраля февраль фев лютого lutego luty",
    "march mar märz maerz mrz mars marzo março marco maart mrt марта март мар березня marca marzec",
    "april apr avril avr abril aprile апреля апрель апр квітня kwietnia kwiecień",
    "may mai mayo maggio mag maio mei мая май травня maja maj",
    "june jun juni juin junio giugno giu junho июня июнь июн червня czerwca czerwiec",
    "july jul juli juil juillet julio luglio lug julho июля июль июл липня lipca lipiec",
    "august aug august août aout agosto ago augustus августа август авг серпня sierpnia sierpień",
    "september sep sept septembre septiembre settembre set setembro сентября сентябрь сен вересня września wrzesień",
    "october oct oktober okt octobre octubre ottobre ott outubro out октября октябрь окт жовтня "
    "października październik",
    "november nov novembre noviembre novembro ноября ноябрь ноя листопада listopada listopad",
    "december dec dez dezember déc décembre decembre diciembre dic dicembre dezembro декабря декабрь дек "
    "грудня grudnia grudzień",
)
#: Languages whose month names the table holds: dateparser is not asked.
_TABLE_LANGUAGES = frozenset(["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl"])
MONTHS: dict[str, int] = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}

_YEAR = r"((?:19|20)\d\d)"
_WORD = r"([^\W\d_]{3,12})\.?"
_SEP = r"[\s\xa0]{1,3}"

_ISO = re.compile(rf"(?<![\d.]){_YEAR}([-/.])(\d{{1,2}})\2(\d{{1,2}})(?!\d)")
_NUMERIC = re.compile(rf"(?<![\d.:/-])(\d{{1,2}})([./-])(\d{{1,2}})\2(?:{_YEAR}|(\d\d))(?![\d])")
_CJK = re.compile(rf"{_YEAR}\s?年\s?(\d{{1,2}})\s?月\s?(\d{{1,2}})\s?日")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?,?{_SEP}(?:de{_SEP})?{_WORD},?{_SEP}(?:de{_SEP})?{_YEAR}(?!\d)"
)
_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_]){_WORD},?{_SEP}(\d{{1,2}})(?:st|nd|rd|th)?,?{_SEP}"
    rf"(?:\d\d?:\d\d(?::\d\d)?{_SEP}(?:[A-Z]{{2,5}}{_SEP})?)?{_YEAR}(?!\d)"  # ctime: "Jul 30 09:35:14 CEST 2019"
)

#: Earliest year taken for a web page's date.
MIN_YEAR = 1993


def _valid(y: int, m: int, d: int, latest: date | None = None) -> date | None:
    if y < MIN_YEAR:
        return None
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    if found > (latest or date.today() + timedelta(days=2)):
        return None
    return found


@lru_cache(maxsize=2048)
def dateparser_date(text: str, lang: str | None = None) -> date | None:
    """Ask dateparser about ``text`` in the language ``lang`` (a language
    tag; English when ``None``). Only one language is ever loaded per call:
    letting dateparser guess loads all of them, which takes seconds."""
    import dateparser

    code = (lang or "en").split("-")[0].split("_")[0].lower() or "en"
    try:
        parsed = dateparser.parse(
            text, languages=[code], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
        )
    except Exception:  # unknown language, or dateparser's assorted errors on odd input
        return None
    return parsed.date() if parsed is not None else None


def _month(word: str, budget: list[int], text: str, lang: str | None) -> int | None:
    month = MONTHS.get(word.lower())
    if month is not None:
        return month
    if budget[0] <= 0 or lang is None or lang[:2].lower() in _TABLE_LANGUAGES:
        return None
    budget[0] -= 1
    parsed = dateparser_date(text, lang)
    return parsed.month if parsed is not None else None


def find_dates(
    text: str, *, month_first: bool = False, lang: str | None = None, limit: int = 8
) -> list[tuple[int, date]]:
    """Dates written in ``text`` as ``(offset, date)`` pairs in text order (at
    most ``limit``). ``month_first`` reads ambiguous ``01/02/2021`` as
    January 2 (US usage); dots always mean day first. A month name the table
    does not know is read by dateparser in the page's language ``lang``."""
    text = text[:2000]
    found: list[tuple[int, date]] = []
    budget = [3]  # dateparser calls allowed for this text
    for m in _ISO.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            found.append((m.start(), d))
    for m in _CJK.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
        if m.group(4):
            year = int(m.group(4))
        elif sep == ".":
            year = 2000 + int(m.group(5)) if int(m.group(5)) < 70 else 1900 + int(m.group(5))
        else:
            continue
        day, month = (b, a) if month_first and sep == "/" and b <= 31 else (a, b)
        if month > 12 and day <= 12:
            day, month = month, day
        d = _valid(year, month, day)
        if d:
            found.append((m.start(), d))
    for m in _DAY_MONTH.finditer(text):
        named = _month(m.group(2), budget, m.group(0), lang)
        d = _valid(int(m.group(3)), named, int(m.group(1))) if named else None
        if d:
            found.append((m.start(), d))
    for m in _MONTH_DAY.finditer(text):
        named = _month(m.group(1), budget, m.group(0), lang)
        d = _valid(int(m.group(3)), named, int(m.group(2))) if named else None
        if d:
            found.append((m.start(), d))
    found.sort()
    # one date found by two patterns at (nearly) the same place counts once
    out: list[tuple[int, date]] = []
    for offset, d in found:
        if not out or offset > out[-1][0] + 3 or d != out[-1][1]:
            out.append((offset, d))
    return out[:limit]


def first_date(text: str, *, month_first: bool = False, lang: str | None = None) -> date | None:
    """The first date written in ``text``, or ``None``."""
    found = find_dates(text, month_first=month_first, lang=lang, limit=1)
    return found[0][1] if found else None


def as_datetime(d: date) -> datetime:
    """Midnight of ``d`` (no time zone: the page gave none)."""
    return datetime(d.year, d.month, d.day)
