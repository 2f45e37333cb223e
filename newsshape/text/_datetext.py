"""Dates written in text: "3. März 2021", "March 3rd, 2021", "27.01.2022",
"2021-03-03", "2021. március 3.", "2021年3月3日", "2021년 3월 3일".

Bounded regular expressions find the candidates, and month names are read
from a table of the languages most often met on the web. Only a word in a
month's place (between a day and a year) that the table does not know, on a
page in a language the table does not cover, is handed to dateparser: it is
slow to load (most of a second) and slow to ask, so its answers are cached and
its calls per text are capped.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsshape.text._calendars import ascii_digits, solar_hijri_dates

#: Month names and abbreviations (lower case, no trailing dot), one string
#: per month: English, German, French, Spanish, Catalan, Italian, Portuguese,
#: Dutch, Swedish, Danish, Norwegian, Finnish, Estonian, Polish, Czech,
#: Slovak, Slovenian, Serbian (Latin), Hungarian, Romanian, Turkish,
#: Indonesian, Malay, Russian, Ukrainian, Bulgarian, Serbian (Cyrillic),
#: Greek, Hebrew, Arabic (Egyptian, Maghreb and Levant names) and Persian
#: (the Gregorian months; Solar Hijri ones are :mod:`newsshape.text._calendars`'s); Croatian
#: has a table of its own (:data:`_CROATIAN`).
#: Abbreviations that are everyday words elsewhere ("tem", "pro", "led",
#: "noi", "mac") are left out.
_MONTH_NAMES = (
    "january jan januar janv janvier enero ene gener gennaio genn gen janeiro januari jänner jänn tammikuu "
    "tammikuuta tammik jaanuar stycznia styczeń leden ledna január januára ianuarie ian ocak oca "
    "января январь янв січня януари јануар ιανουάριος ιανουαρίου ιαν ינואר בינואר "
    "يناير جانفي كانون الثاني ژانویه",
    "february feb februar fev févr février fevr fevrier febrero febrer febbraio fevereiro februari febr "
    "helmikuu helmikuuta helmik veebruar lutego luty únor února február februára februarie şubat "
    "pebruari февраля февраль фев лютого февруари фебруар φεβρουάριος φεβρουαρίου φεβ פברואר בפברואר "
    "فبراير فيفري شباط فوریه",
    "march mar märz maerz mrz mars marzo març março marco maart mrt marts maaliskuu maaliskuuta maalisk "
    "märts marca marzec březen března marec március márc martie mart maret "
    "марта март мар березня μάρτιος μαρτίου μάρτ μαρ מרץ במרץ מרס במרס مارس آذار",
    "april apr avril avr abril aprile aprill huhtikuu huhtikuuta huhtik kwietnia kwiecień duben dubna "
    "apríl apríla április ápr aprilie nisan nis آوریل "
    "апреля апрель апр квітня април απρίλιος απριλίου απρ אפריל באפריל أبريل ابريل إبريل أفريل افريل نيسان",
    "may mai mayo maig maggio mag maio mei maj toukokuu toukokuuta toukok maja květen května máj mája "
    "május mayıs мая май травня мај μάιος μαΐου μαίου μαΐ מאי במאי مايو ماي أيار",
    "june jun juni juin junio juny giugno giu junho kesäkuu kesäkuuta kesäk juuni czerwca czerwiec "
    "červen června jún júna junij június iunie iun haziran haz "
    "июня июнь июн червня юни јун ιούνιος ιουνίου ιουν יוני ביוני يونيو يونيه جوان حزيران ژوئن",
    "july jul juli juil juillet julio juliol luglio lug julho heinäkuu heinäkuuta heinäk juuli lipca "
    "lipiec červenec července júl júla julij július iulie iul temmuz julai "
    "июля июль июл липня юли јул ιούλιος ιουλίου ιουλ יולי ביולי يوليو يوليه جويلية يوليوز تموز ژوئیه",
    "august aug august août aout agosto agost augustus augusti elokuu elokuuta elok sierpnia sierpień "
    "srpen srpna augusta avgust augusztus ağustos ağu agustus agu agt ogos "
    "августа август авг серпня αύγουστος αυγούστου αυγ אוגוסט באוגוסט أغسطس اغسطس أوت اوت غشت آب",
    "september sep sept septembre septiembre setembre settembre set setembro syyskuu syyskuuta "
    "syysk września wrzesień září septembra septembar szeptember szept septembrie eylül eyl "
    "сентября сентябрь сен вересня септември септембар σεπτέμβριος σεπτεμβρίου σεπ ספטמבר בספטמבר "
    "سبتمبر شتنبر أيلول سپتامبر",
    "october oct oktober okt octobre octubre ottobre ott outubro out lokakuu lokakuuta lokak oktoober "
    "października październik říjen října október októbra oktobar octombrie ekim eki "
    "октября октябрь окт жовтня октомври октобар οκτώβριος οκτωβρίου οκτ אוקטובר באוקטובר "
    "أكتوبر اكتوبر تشرين الأول اکتبر",
    "november nov novembre noviembre novembro marraskuu marraskuuta marrask listopada listopad "
    "listopadu novembra novembar noiembrie kasım kas nopember "
    "ноября ноябрь ноя листопада ноември новембар νοέμβριος νοεμβρίου νοέ νοε נובמבר בנובמבר "
    "نوفمبر نونبر تشرين الثاني نوامبر",
    "december dec dez dezember déc décembre decembre diciembre dic dicembre desembre dezembro desember des "
    "joulukuu joulukuuta jouluk detsember grudnia grudzień prosinec prosince decembra decembar "
    "decembrie aralık disember "
    "декабря декабрь дек грудня декември децембар δεκέμβριος δεκεμβρίου δεκ דצמבר בדצמבר "
    "ديسمبر دجنبر كانون الأول دسامبر",
)
#: Levant month names of two words ("تشرين الأول"): the table keys them whole.
_TWO_WORD_NAMES = ("كانون الثاني", "تشرين الأول", "تشرين الثاني", "كانون الأول")
#: Languages whose month names the table holds: dateparser is never asked.
_TABLE_LANGUAGES = frozenset(
    {"en", "de", "fr", "es", "ca", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "et", "pl", "cs"}
    | {"sk", "sl", "sr", "hr", "bs", "hu", "ro", "tr", "id", "ms", "ru", "uk", "bg", "el", "he", "iw", "ar"}
)
#: Month names (and their common abbreviations) to month numbers.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(_MONTH_NAMES, 1):
    _rest = _names
    for _two in _TWO_WORD_NAMES:
        if _two in _rest:
            MONTHS[_two] = _number
            _rest = _rest.replace(_two, " ")
    for _name in _rest.split():
        MONTHS.setdefault(_name, _number)


def _bare(word: str) -> str:
    """``word`` without accents ("février" -> "fevrier", "ΜΑΪΟΥ" -> "μαιου")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


#: Full names (five letters or more) without accents, for text that drops
#: them ("FEVRIER", "Μαιου"); abbreviations are left out, where an accent
#: tells words apart.
_BARE_MONTHS = {_bare(name): number for name, number in MONTHS.items() if len(name) >= 5}
#: Croatian, whose "listopad" is October (November in Czech and Polish).
_CROATIAN = {
    name: i + 1
    for i, names in enumerate(
        (
            "siječanj siječnja",
            "veljača veljače",
            "ožujak ožujka",
            "travanj travnja",
            "svibanj svibnja",
            "lipanj lipnja",
            "srpanj srpnja",
            "kolovoz kolovoza",
            "rujan rujna",
            "listopad listopada",
            "studeni studenoga studenog",
            "prosinac prosinca",
        )
    )
    for name in names.split()
}

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>\d{1,2})"
#: A month-shaped word; Levant names come as two words ("تشرين الأول"). The
#: lookahead takes the whole run of letters at once and the backreference
#: consumes it, so the engine never retries shorter runs: an atomic group in
#: a form Python 3.10 reads. Without it, every word of a text is tried at
#: each of its lengths.
_WORD = r"(?P<month>(?=(?P<run>[^\W\d_]{2,12}))(?P=run)(?: ال[^\W\d_]{2,6})?)\.?"
_SEP = r"(?:[\s\xa0]{1,3}|-)"

_ISO = re.compile(r"(?<![\d.])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
# "27.01.2022", "4. 2. 2022" (a space after a dot), "27.01.22", "01/27/2022"
_NUMERIC = re.compile(
    r"(?<![\d.:/-])(\d{1,2})([./-])(?:(?<=\.) )?(\d{1,2})\2(?:(?:(?<=\.) )?((?:19|20)\d\d)|(\d\d))(?![\d])"
)
_CJK = re.compile(r"((?:19|20)\d\d)\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]")
# "3 March 2021", "3. März 2021", "3 de marzo de 2021", "3rd of March, 2021", "16-Oct-2019"
_DAY_MONTH = re.compile(
    rf"(?<!\d){_DAY}(?:\.|st|nd|rd|th|er|º)?[,،]?{_SEP}(?:(?:de|of){_SEP}|d['’])?{_WORD}[,،]?{_SEP}"
    rf"(?:de{_SEP})?{_YEAR}(?!\d)"
)
# "16 OCT 19", "16-Oct-19": only in a field that holds a date
_DAY_MONTH_YY = re.compile(rf"(?<!\d){_DAY}\.?{_SEP}{_WORD}{_SEP}(?P<yy>\d\d)(?![\d:])")
_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_]){_WORD},?{_SEP}{_DAY}(?:st|nd|rd|th)?,?{_SEP}"
    rf"(?:\d\d?:\d\d(?::\d\d)?{_SEP}(?:[A-Z]{{2,5}}{_SEP})?)?{_YEAR}(?!\d)"  # ctime: "Jul 30 09:35:14 CEST 2019"
)
# "2021. március 3." (Hungarian, where the year comes first)
_YEAR_MONTH = re.compile(rf"(?<![\d.]){_YEAR}\.?{_SEP}{_WORD}{_SEP}{_DAY}(?![\d:])")
#: Languages that write the year first: "2021. március 3.".
_YEAR_FIRST = frozenset(["hu"])
# Every pattern but the two-digit-year ones needs a year of four digits.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d|\d\. ?\d\d?\.\d\d")

#: Letters of the Persian alphabet that Arabic lacks (ی, پ, چ, ژ, گ) and Persian digits: a text with one may
#: carry Solar Hijri dates.
_SOLAR_HIJRI = re.compile("[یپچژگ۰-۹]")
#: Languages whose pages date by the Solar Hijri calendar: Persian and Pashto.
_SOLAR_HIJRI_LANGUAGES = frozenset(("fa", "ps"))

#: Earliest year taken for a web page's date.
MIN_YEAR = 1993

# -- date shapes that other modules look for, named once ---------------------
# The table-driven patterns above read dates in any language; these match the
# few English and ISO shapes that page templates print, and only decide
# whether a line holds (or is) a date. Each is used as it stands: their small
# differences (single spaces or any, slashed dates or not) are what the lines
# they were tuned on need.

#: A date as WordPress themes print it under a headline, single-spaced: "March 3, 2021", "3 March 2021",
#: "2021-03-03", "3/3/21". Decides which head lines are date lines ("<date> by <name>", "By <name> on <date>",
#: "Posted on <date>", a date alone) in :mod:`newsshape.layout._head`; tuned on GeneratePress and Astra pages.
SHORT_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
#: :data:`SHORT_DATE` compiled, to search a line for one.
SHORT_DATE_IN = re.compile(SHORT_DATE)
#: A line that is a date and nothing else, any white space between its parts ("August 12, 2025", "12 Aug 2025",
#: "2025-08-12", "8/12/25"). Decides that a line in a related-posts list is its date, not a headline; tuned on
#: Jetpack related posts.
DATE_ALONE = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
    r"|(?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}/\d{1,2}/\d{2,4}))$"
)
#: A written or ISO date as whole words of a line, no slashed form ("12 March 2024", "March 12, 2024",
#: "2024-03-12"). Decides which lines under a headline are story metadata in the T4K3 template (with its reading
#: time); tuned on T4K3 pages.
WORDED_DATE = r"\b\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b|\b\d{4}-\d\d-\d\d\b"
#: A date followed by a space, as it opens a byline ("August 12, 2025 by Jane Doe", "12. Aug 2025 von ...",
#: "2025-08-12 par ..."); letters of any case. Decides that a line opening with a date may name its authors
#: after "by" (:mod:`newsshape.text._names`); tuned on blog bylines.
BYLINE_DATE = r"[A-Za-z]{3,9}\.? \d{1,2},? \d{4} |\d{1,2}\.? [A-Za-z]{3,9}\.? \d{4} |\d{4}-\d\d-\d\d "


_latest: list[tuple[float, date]] = [(float("-inf"), date.min)]


def latest_date() -> date:
    """The latest date a page can carry: two days from now (time zones, and
    pages dated ahead). Worked out once a minute, not for every date read."""
    now = time.monotonic()
    checked, latest = _latest[0]
    if now - checked > 60:
        latest = date.today() + timedelta(days=2)
        _latest[0] = (now, latest)
    return latest


def _valid(y: int, m: int, d: int) -> date | None:
    if y < MIN_YEAR:
        return None
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return None if found > latest_date() else found


def _full_year(yy: str) -> int:
    """The year a two-digit year stands for: this century unless that is
    still to come."""
    year = 2000 + int(yy)
    return year if year <= date.today().year else year - 100


def _base_language(lang: str | None) -> str | None:
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None


@lru_cache(maxsize=2048)
def dateparser_date(text: str, lang: str | None = None) -> date | None:
    """Ask dateparser about ``text`` in the language ``lang`` (a language
    tag; English when ``None``). Only one language is ever loaded per call:
    letting dateparser guess loads all of them, which takes seconds."""
    import dateparser

    code = _base_language(lang) or "en"
    try:
        parsed = dateparser.parse(
            text, languages=[code], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
        )
    except Exception:  # unknown language, or dateparser's assorted errors on odd input
        return None
    return parsed.date() if parsed is not None else None


def month_number(word: str, lang: str | None = None) -> int | None:
    """The month a name or abbreviation stands for ("März", "Sept", "فيفري"),
    from the table; ``None`` when the table does not know it."""
    key = word.lower().rstrip(".")
    if lang is not None and _base_language(lang) in ("hr", "bs"):
        month = _CROATIAN.get(key)
        if month is not None:
            return month
    month = MONTHS.get(key)
    if month is None and " " in key:  # "مارس الماضي": a name and a word after it
        month = MONTHS.get(key.split(" ", 1)[0])
    if month is None and len(key) >= 5:
        month = _BARE_MONTHS.get(key if key.isascii() else _bare(key))
    return month


def _month(word: str, budget: list[int], text: str, lang: str | None) -> int | None:
    """The month of ``word``: from the table, else (a page in a language the
    table lacks, within the ``budget`` of calls) from dateparser reading the
    whole candidate ``text``."""
    month = month_number(word, lang)
    if month is not None:
        return month
    base = _base_language(lang)
    if budget[0] <= 0 or base is None or base in _TABLE_LANGUAGES:
        return None
    budget[0] -= 1
    parsed = dateparser_date(text, lang)
    return parsed.month if parsed is not None else None


#: Texts longer than this are read only around their years: every pattern
#: but the two-digit-year ones holds a year, at most this far from its ends.
_WHOLE_TEXT = 160
_BEFORE_YEAR = 64  # "Tue Jul 30 09:35:14 CEST 2019": the longest way back to a year
_AFTER_YEAR = 48  # "2021. szeptember 30.", with room for the lookaheads


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that can hold a date: all of a short text,
    else the neighbourhood of each year (merged where they overlap)."""
    if len(text) <= _WHOLE_TEXT:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    for m in _ANY_YEAR.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE_YEAR), min(len(text), m.start() + _AFTER_YEAR)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_dates(
    text: str, *, month_first: bool = False, lang: str | None = None, limit: int = 8, short_years: bool = False
) -> list[tuple[int, date]]:
    """Dates written in ``text`` as ``(offset, date)`` pairs in text order (at
    most ``limit``). ``month_first`` reads ambiguous ``01/02/2021`` as
    January 2 (US usage); dots always mean day first. A month name the table
    does not know is read by dateparser when the page's language ``lang`` is
    one the table lacks. ``short_years`` also reads a two-digit year after a
    month name (``16 OCT 19``): right in a field that holds a date and
    nothing else, too loose for running text. Two-digit years after dots are
    always read (``27.01.22``), after slashes never (``10/11/19`` could be
    read three ways)."""
    text = text[:2000]
    persian = (lang is not None and lang[:2].lower() in _SOLAR_HIJRI_LANGUAGES) or (
        not text.isascii() and _SOLAR_HIJRI.search(text) is not None
    )
    text = ascii_digits(text)  # "٢٠ أغسطس ٢٠٢١", "２０２１年３月８日"
    found: list[tuple[int, date]] = []
    if persian:
        found.extend((offset, d) for offset, d in solar_hijri_dates(text) if _valid(d.year, d.month, d.day))
    if short_years:
        windows = [(0, len(text))]
    elif not _ANY_YEAR.search(text):
        return found
    else:
        windows = _windows(text)
    budget = [3]  # dateparser calls allowed for this text
    cjk = "年" in text or "년" in text
    year_first = lang is not None and lang[:2].lower() in _YEAR_FIRST
    for lo, hi in windows:
        _scan(text, lo, hi, found, month_first, lang, budget, short_years, cjk, year_first)
    found.sort()
    # one date found by two patterns at (nearly) the same place counts once
    out: list[tuple[int, date]] = []
    for offset, d in found:
        if not out or offset > out[-1][0] + 3 or d != out[-1][1]:
            out.append((offset, d))
    return out[:limit]


def _scan(
    text: str,
    lo: int,
    hi: int,
    found: list[tuple[int, date]],
    month_first: bool,
    lang: str | None,
    budget: list[int],
    short_years: bool,
    cjk: bool,
    year_first: bool,
) -> None:
    """Append to ``found`` the dates every pattern reads in ``text[lo:hi]``."""
    for m in _ISO.finditer(text, lo, hi):
        d = _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            found.append((m.start(), d))
    if cjk:
        for m in _CJK.finditer(text, lo, hi):
            d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                found.append((m.start(), d))
    for m in _NUMERIC.finditer(text, lo, hi):
        a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
        if m.group(4):
            year = int(m.group(4))
        elif sep == ".":
            year = _full_year(m.group(5))
        else:
            continue
        day, month = (b, a) if month_first and sep == "/" and b <= 31 else (a, b)
        if month > 12 and day <= 12:
            day, month = month, day
        d = _valid(year, month, day)
        if d:
            found.append((m.start(), d))

    def any_month(m: re.Match[str]) -> int | None:  # the table, then dateparser within the budget
        return _month(m["month"], budget, m.group(0), lang)

    def table_month(m: re.Match[str]) -> int | None:
        return month_number(m["month"], lang)

    _named(_DAY_MONTH.finditer(text, lo, hi), any_month, found)
    if short_years:
        _named(_DAY_MONTH_YY.finditer(text, lo, hi), table_month, found, short_year=True)
    _named(_MONTH_DAY.finditer(text, lo, hi), any_month, found)
    if year_first:
        _named(_YEAR_MONTH.finditer(text, lo, hi), table_month, found)


def _named(
    matches: Iterator[re.Match[str]],
    month_of: Callable[[re.Match[str]], int | None],
    found: list[tuple[int, date]],
    short_year: bool = False,
) -> None:
    """Append to ``found`` the dates of ``matches`` of a pattern with a
    month name, a day and a year (``yy`` for two digits, else ``year``)."""
    for m in matches:
        month = month_of(m)
        d = _valid(_full_year(m["yy"]) if short_year else int(m["year"]), month, int(m["day"])) if month else None
        if d:
            found.append((m.start(), d))


def first_date(
    text: str, *, month_first: bool = False, lang: str | None = None, short_years: bool = False
) -> date | None:
    """The first date written in ``text``, or ``None`` (see :func:`find_dates`)."""
    found = find_dates(text, month_first=month_first, lang=lang, limit=1, short_years=short_years)
    return found[0][1] if found else None


def as_datetime(d: date) -> datetime:
    """Midnight of ``d`` (no time zone: the page gave none)."""
    return datetime(d.year, d.month, d.day)
