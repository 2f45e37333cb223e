"""Author names: strip "By", dates, handles and job titles; split lists;
de-duplicate.

A byline in markup often carries more than names: "By Jane Doe - Staff
Writer", "Umair Irfan Updated Nov 13, 2019, 10:28am EST", "Meg JamesStaff
Writer" (two elements glued together), an author's biography. Each raw string
is cut where the name part ends, split into names, and every name is checked
to look like one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsshape._datetext import MONTHS
from newsshape._text import clean_line

_BY = re.compile(
    r"^(?:(?:written|posted|published|reported|text|story|words|photos?)\s+)?"
    r"(?:by|von|par|por|di|da|door|av|af|autor(?:in)?|author|text|auteur|redacción|about|sobre|über|"
    r"à propos de)\b\s*:?\s*",
    re.I,
)
#: "Posted on August 12, 2025 by Jane Doe": the names follow the last "by".
_POSTED_BY = re.compile(
    r"^(?:(?:posted|published|written|updated|last updated|filed|veröffentlicht|publié)\b|"
    r"(?=[A-Za-z]{3,9}\.? \d{1,2},? \d{4} |\d{1,2}\.? [A-Za-z]{3,9}\.? \d{4} |\d{4}-\d\d-\d\d ))"  # or a date
    r".{0,80}\s(?:by|von|par)\s+(.+)$",
    re.I,
)
#: Where the name part of a byline ends: a digit (a date), a handle, a
#: separator dash or bar, an opening parenthesis, or a word that starts a date.
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_END = re.compile(
    r"\d|@|:|\s[-–—|•·/]\s|\s[|•·]|\(|\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|"
    rf"actualizado|mis à jour|last modified|{_WEEKDAYS})\b",
    re.I,
)
_JOB = (
    r"(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|producer|photographer|"
    r"analyst|critic|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|intern)"
)
#: A job title glued to the name without a space ("Meg JamesStaff Writer").
_JOB_PREFIX = (
    r"(?:Staff|Senior|Chief|Contributing|Deputy|Associate|Executive|Managing|Freelance|Special|Political|Business|"
    r"Sports|News|Science|Health|Tech|National|Foreign|Investigative|Travel|Food|Opinion)"
)
_GLUED_JOB = re.compile(
    rf"(?<=[a-z])(?=(?:{_JOB_PREFIX} ){{0,2}}(?i:{_JOB})\b|{_JOB_PREFIX} (?i:{_JOB})\b|(?i:{_WEEKDAYS})\b)"
)
#: Two glued elements: "ERIC TUCKERAssociated Press".
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
#: A news agency after the name: "Tom Davies Associated Press".
_AGENCY = re.compile(r"(?<=\S)\s+(?:Associated Press|Reuters|AFP|dpa|AP|APA|Bloomberg|The Associated Press)$")
_NAME_THEN_JOB = re.compile(rf"\s+(?:{_JOB_PREFIX}\s+){{1,2}}{_JOB}s?$", re.I)
_JOB_TITLE = re.compile(rf"\b{_JOB}s?\s*$", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\s(?:and|AND|And|und|et|y|e|en|og|och|i)\s)\s*")
_TRAILING = re.compile(r"(?:\s+(?:on|at|am|um|le|el|il|the|der|die|das|\W))+\s*$", re.I)
_CREDENTIALS = frozenset(
    [
        "ms",
        "md",
        "rd",
        "phd",
        "rn",
        "ma",
        "mba",
        "mph",
        "msc",
        "bsc",
        "cpt",
        "ld",
        "cde",
        "dr",
        "jr",
        "sr",
        "mfa",
        "dds",
        "facp",
        "lcsw",
        "cns",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "of",
    ]
)
_MAX_WORDS = 5


def _name_part(raw: str) -> str:
    value = clean_line(raw)[:300]
    posted = _POSTED_BY.match(value)
    if posted is not None:
        value = posted.group(1)
    value = _BY.sub("", value)
    value = _GLUED_JOB.split(value, maxsplit=1)[0]
    value = _GLUED_CAPS.sub(", ", value)
    m = _END.search(value)
    if m is not None:
        value = value[: m.start()]
        words = value.split()
        # "Regan December 6, 2017": the month belongs to the date
        if m.group(0).isdigit() and words and words[-1].strip(".,").lower() in MONTHS:
            value = " ".join(words[:-1])
    return _TRAILING.sub("", value).strip(" .,:;-–—|")


def looks_like_name(name: str) -> bool:
    """Whether ``name`` can be a person's or a desk's name (not an e-mail
    address, URL, handle, job title, credential or sentence)."""
    if not name or len(name) > 60 or "@" in name or "://" in name or name.lower().startswith("www."):
        return False
    words = name.split()
    if len(words) > _MAX_WORDS or not any(c.isalpha() for c in name):
        return False
    if len(words) == 1 and name.strip(".").lower() in _CREDENTIALS:
        return False
    if _JOB_TITLE.search(name) or name.lower() in MONTHS:
        return False
    significant = [w for w in words if w.lower() not in _PARTICLES]
    capitalised = sum(1 for w in significant if w[:1].isupper() or not w[:1].isalpha())
    return capitalised * 2 >= len(significant) and bool(significant)


def clean_authors(raw: Iterable[str]) -> tuple[str, ...]:
    """Clean author strings: drop a "By" prefix and whatever follows the
    names (dates, handles, job titles), split lists of names, drop what is
    not a name, de-duplicate case-insensitively, keep byline order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in raw:
        for name in _SPLIT.split(_name_part(item)):
            name = _BY.sub("", name).strip(" .:-–—")
            shorter = _AGENCY.sub("", _NAME_THEN_JOB.sub("", name))
            if len(shorter.split()) >= 2:  # "Jane Doe Staff Writer", not "AP Sports Writer"
                name = shorter
            key = name.casefold()
            if key not in seen and looks_like_name(name):
                seen.add(key)
                out.append(name)
    return tuple(out)
