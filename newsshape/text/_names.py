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
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from newsshape.text._datetext import BYLINE_DATE, MONTHS
from newsshape.text._lines import clean_line
from newsshape.text._namewords import AGENCIES as AGENCIES  # re-exported: the layout and fields read them here
from newsshape.text._namewords import (
    CREDENTIALS,
    CREDIT_LABELS,
    DESK_FILLERS,
    MASTHEAD_ENDS,
    PARTICLES,
    PLACE_STARTS,
    PLACEHOLDERS,
)
from newsshape.text._namewords import DESK_WORDS as DESK_WORDS

_BY = re.compile(
    r"^(?:(?:written|posted|published|reported|text|story|words|photos?|(?:propos\s+)?recueillis?|erstellt|geschrieben|"
    r"verfasst|écrit|escrito|scritto)\s+)?"
    r"(?:by|von|par|por|di|da|door|av|af|autor(?:in|/in|\*in)?|author|text|auteur|redacción|about|sobre|über|"
    r"à propos de)\b\s*:?\s*",
    re.I,
)
#: Labels that open a byline besides the "by" words of :data:`_BY`: a label
#: with a colon ("Story: Jane Doe", "Автор: Анна Смирнова"), a reporter's
#: label in scripts without case ("记者 张三"), a "posted by" or "all posts
#: by" phrase of a blog's template ("Veröffentlicht von", "Zeige alle
#: Beiträge von"), a column's opener ("Eine Kolumne von").
_LABEL = re.compile(
    r"^(?:(?:view|see|show)\s+all\s+(?:posts|articles|stories)|(?:zeige\s+)?alle\s+(?:beiträge|artikel)|"
    r"(?:blog\s+)?beitrag|eine?\s+(?:kolumne|gastbeitrag|kommentar|analyse)|veröffentlicht|gepostet|publié|publicado|"
    r"pubblicato)\s+(?:von|vom|by|par|por|da)\b\s*:?\s*"
    r"|^(?:story|words|text|texte|texto|testo|tekst|reporting|autor(?:in|en)?|authors?|auteurs?|autore|autrice|"
    r"verfasser(?:in)?|автор|авторы|текст)\s*:\s*"
    r"|^(?:автор|记者|記者|作者|撰文|文)\s*[:：/]?\s*"
    r"|^vom\s+(?=[A-ZÀ-ÖØ-Þ])"
    r"|^post\s+author\b\s*:?\s*",  # WordPress's screen-reader label: "Post author By Jane Doe"
    re.I,
)
#: A label glued to the name by a template without a space: "AuthorAndreas
#: Kalt", "Veröffentlicht vonChris Jung".
_GLUED_LABEL = re.compile(
    r"^(?:(?i:veröffentlicht|geschrieben|erstellt|posted|written|published|publié|publicado)\s+)?"
    r"(?:Author|Autor|Auteur|Autore|By|Von|Par|Por|by|von|par|por)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
)
#: A capitalised word glued to the end of a name ("Jenny SmithJuly 3",
#: "José Miguel WilsonHace 2 horas"): cut when it is a month before a
#: number or one of :data:`_GLUED_STOPS`.
_GLUED_WORD = re.compile(r"(?<=[a-zß-öø-ÿ])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(\.?\s*\d)?")
#: Words that open what follows a name ("Hace 2 horas", "vor 3 Stunden",
#: "Updated ..."), cut when glued to it.
_GLUED_STOPS = frozenset(
    ["hace", "vor", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "publié", "publicado",
     "actualizado", "il"]
)  # fmt: skip
#: An e-mail or web address inside a byline: no part of a name.
_ADDRESS = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+")
#: Symbols around a name ("~ Jane Doe", "| Jane Doe", "» Jane Doe").
_LEAD = " |•·~*/:;,-–—>»›"
#: A blog's handle, kept from author markup only ("gizzmo", "c1ph4",
#: "ThE_PaiN"): one token of letters, digits, dots, hyphens and underscores.
_HANDLE = re.compile(r"[^\W_](?:[\w.\-]{0,28}[^\W_])?")
#: Digits ending a word ("freeman1984 · in ..."): a handle, not a date ("Muster12.03.2021").
_HANDLE_END = re.compile(r"\d+(?:\s|$|[·•|,])")
#: "Posted by", "Written by" opening a line.
_POSTED_LABEL = re.compile(r"^(?:posted|written|published|geschrieben|verfasst|erstellt)\s+(?:by|von)\s+", re.I)
#: Letters a handle has at least.
_HANDLE_LETTERS = 2
#: A line that is a by-line: a "by" word, then a capitalised word.
_BYLINE = re.compile(
    r"^(?i:by|written by|von|par|por|door|av|af|autor(?:in)?|auteur|text|recueillis? par)\s*:?\s+"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)
#: "Posted on August 12, 2025 by Jane Doe": the names follow the last "by".
_POSTED_BY = re.compile(
    r"^(?:(?:posted|published|written|updated|last updated|filed|veröffentlicht|publié)\b|"
    rf"(?={BYLINE_DATE}))"  # or a date
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
    r"\d|@|:|\s[-–—/]\s|[|•·]|\((?![A-ZÀ-ÖØ-Þ][\w.]{0,12}\)\s+[A-ZÀ-ÖØ-Þ])|\b(?:(?:last\s)?updated|published|posted|aktualisiert|veröffentlicht|publiziert|"
    rf"publié|publicado|pubblicato|actualizado|mis à jour|last modified|{_WEEKDAYS})\b",
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
#: Two glued elements: "ERIC TUCKERAssociated Press" (an upper-case name of
#: two words or more, so that "FIFPlay" stays whole).
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
#: A news agency after the name: "Tom Davies Associated Press".
_AGENCY = re.compile(r"(?<=\S)\s+(?:Associated Press|Reuters|AFP|dpa|AP|APA|Bloomberg|The Associated Press)$")
_NAME_THEN_JOB = re.compile(rf"\s+(?:{_JOB_PREFIX}\s+){{1,2}}{_JOB}s?$", re.I)
_JOB_TITLE = re.compile(rf"\b{_JOB}s?\s*$", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\s(?:and|AND|And|und|et|y|e|en|og|och|i)\s)\s*")
#: Words left dangling after a name where a date or a time was cut off ("Jane Doe on", "Unknown à" of "à 12:00").
_TRAILING = re.compile(r"(?:\s+(?:on|at|à|am|um|le|el|il|the|der|die|das|\W))+\s*$", re.I)
# Thresholds, set by hand on trafilatura-eval's author labels.

#: Words a person's name has at most; a longer run is a sentence or a list.
_MAX_WORDS = 5
#: Characters of a raw byline read: the names come first, a longer rest is text.
_RAW_CHARS = 300
#: Characters a by-line has at most ("By Jane Doe and John Roe, Staff Writers").
_BYLINE_CHARS = 120
#: Characters a name has at most.
_NAME_CHARS = 60
#: Words of a place or a publication after a byline's comma, at most ("Los Angeles Times").
_PLACE_WORDS_MAX = 4
#: A single token that is a web address ("finanztreff.de", "POLYGRAPH.info").
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
#: A single token in camel case is a handle or a brand ("CWood", "LinkNaija").
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
#: Abbreviations whose full stop belongs to the name ("Perry Bacon Jr.").
_KEEP_STOP = re.compile(r"(?:\b(?:Jr|Sr|[A-Z])\.)$")


def _strip(value: str, chars: str) -> str:
    """``value`` stripped of ``chars``, keeping the full stop of a final
    abbreviation ("Jr.", an initial)."""
    stripped = value.strip(chars)
    rest = value[len(value.rstrip(chars)) :] if value else ""
    if rest.lstrip(" ").startswith(".") and _KEEP_STOP.search(stripped + "."):
        return stripped + "."
    return stripped


def _split_glued_caps(value: str) -> str:
    """Separate "ERIC TUCKERAssociated Press" into "ERIC TUCKER, Associated
    Press" when the upper-case part before the join has two words or more."""
    out, start = [], 0
    for m in _GLUED_CAPS.finditer(value):
        before = value[start : m.start()].rsplit(",", 1)[-1].strip()
        if " " in before and before.isupper():
            out.append(value[start : m.start()] + ", ")
            start = m.start()
    return "".join(out) + value[start:] if out else value


#: Words that introduce the place an author writes from: "Jane Doe, à
#: Paris", "Jane Doe in London".
_PLACE_WORDS = frozenset(("in", "à", "aus", "en", "from", "a", "em", "z", "w"))
#: Initials that stand for a place ("D.C.", "N.Y.").
_PLACE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words)


def _place_or_paper(part: str) -> bool:
    """Whether a part of a byline after a comma is where the author writes
    from ("Berlin", "à Paris", "New York", "D.C.") or the publication
    ("The Washington Post", "Los Angeles Times"), not a second author."""
    words = part.split()
    if len(words) > 1 and words[0] in _PLACE_WORDS:
        words = words[1:]
    if not words or len(words) > _PLACE_WORDS_MAX or not _capitalised(words):
        return False
    if len(words) == 1:
        word = words[0]
        return (word.isalpha() and len(word) > 1) or _PLACE_INITIALS.fullmatch(word) is not None
    first, last = words[0].casefold(), words[-1].casefold()
    return first in PLACE_STARTS or first == "the" or last == "city" or last in MASTHEAD_ENDS


def _without_places(value: str) -> str:
    """``value`` without the parts after its last commas that name a place
    or the publication (:func:`_place_or_paper`), when every name before
    them is a full name (two words or more): "Jane Doe and John Roe,
    Washington" names two people, "Doe, Jane" is left alone."""
    if "," not in value:
        return value
    parts = [part.strip() for part in value.split(",")]
    kept = len(parts)
    while kept >= 2 and _place_or_paper(parts[kept - 1]):
        kept -= 1  # "Austin, Texas": places come last, the widest one last
    if kept == len(parts) or not all(len(name.split()) >= 2 for part in parts[:kept] for name in _SPLIT.split(part)):
        return value
    return ", ".join(parts[:kept])


def _without_place_after(name: str) -> str:
    """``name`` without a place after it: "Jane Doe in London" is Jane Doe
    (a full name, particles aside capitalised, then "in", "from", "aus",
    "à" or the like and up to three capitalised words)."""
    words = name.split()
    for i in range(2, len(words) - 1):
        if (
            words[i] in _PLACE_WORDS
            and len(words) - i <= 4
            and _capitalised([w for w in words[:i] if w not in PARTICLES] + words[i + 1 :])
        ):
            return " ".join(words[:i])
    return name


#: Words that introduce the day of a date after a name ("on Thu", "am Do.",
#: "le lun.", "el mié."), in lower case: "Marine Le Pen" ends with a name.
_ON_DAY = frozenset(("on", "am", "le", "el", "il"))


def _is_credit(value: str) -> bool:
    """Whether a raw value is a picture's credit: it opens with a credit
    label and a colon ("Foto: Anna Jay.", "(Fotos: EL HERALDO/ AFP)")."""
    label, colon, _ = value.lstrip("( ").partition(":")
    return bool(colon) and label.strip().casefold() in CREDIT_LABELS


def _without_symbols(value: str) -> str:
    """``value`` without emoji and other symbols ("Jane Doe ✍️"), save the
    copyright sign (a copyright line is no byline: see :func:`looks_like_name`)."""
    return "".join(c for c in value if c in "©®" or unicodedata.category(c) not in _SYMBOL_CATEGORIES)


#: Unicode categories of what is no part of a name: other and modifier
#: symbols (emoji, dingbats), format characters (joiners, variation selectors).
_SYMBOL_CATEGORIES = frozenset(("So", "Sk", "Cf", "Mn"))


def _without_glued_word(value: str) -> str:
    """``value`` cut before a word glued to the name's end that opens a date
    or a time ("Jenny SmithJuly 3", "WilsonHace 2 horas")."""
    for m in _GLUED_WORD.finditer(value):
        word = m.group(1).lower()
        if word in _GLUED_STOPS or (m.group(2) and word.rstrip(".") in MONTHS):
            return value[: m.start()]
    return value


def _name_part(raw: str, handles: bool = False) -> str:
    value = clean_line(raw)[:_RAW_CHARS]
    if _is_credit(value):
        return ""
    if "@" in value or "www." in value or "://" in value:
        value = _ADDRESS.sub(" ", value)
    if not value.isascii():
        value = _without_symbols(value)
    posted = _POSTED_BY.match(value)
    if posted is not None:
        value = posted.group(1)
    value = value.lstrip(_LEAD)
    value = _GLUED_LABEL.sub("", _BY.sub("", _LABEL.sub("", value, count=1)))
    value = _GLUED_JOB.split(value, maxsplit=1)[0]
    value = _without_glued_word(value)
    value = _split_glued_caps(value)
    m = _END.search(value)
    if m is not None:
        if m.group(0) == ":" and " " not in value[: m.start()].strip():
            return ""  # one word before a colon is a label ("Interview: ..."), not a name
        glued = handles and m.group(0).isdigit() and value[: m.start()][-1:].isalpha()
        digits = _HANDLE_END.match(value, m.start()) if glued else None
        if digits is not None:  # a handle ("von freeman1984 · in ..."), whole
            return value[: digits.end()].strip(" ·•|,").rsplit(None, 1)[-1]
    if m is not None:
        value = value[: m.start()]
        words = value.split()
        # "Regan December 6, 2017": the month belongs to the date
        if m.group(0).isdigit() and words and words[-1].strip(".,").lower() in MONTHS:
            words.pop()
            value = " ".join(words)
        # "Jane Doe on Thu, Nov 9", "Max Muster am Do., 9.": so does a weekday's abbreviation after "on"
        if m.group(0).isdigit() and len(words) > 2 and words[-2] in _ON_DAY and len(words[-1].strip(".,")) <= 4:
            value = " ".join(words[:-2])
    return _without_places(_strip(_TRAILING.sub("", value), " .,:;-–—|/"))


def is_byline(text: str) -> bool:
    """Whether a short line reads as a by-line: "By Jane Doe", "Von Max
    Muster", "Par Jean Dupont le 3 mai" (a "by" word, then a capital)."""
    return len(text) <= _BYLINE_CHARS and _BYLINE.match(text) is not None


def opens_byline(text: str) -> bool:
    """Whether a short line opens the way a byline does, in more ways than
    :func:`is_byline` knows: a label ("Story:", "Автор:", "记者"), "Posted
    by", "Eine Kolumne von", then a name."""
    if len(text) > _BYLINE_CHARS:
        return False
    if _BYLINE.match(text) is not None:
        return True
    label = _LABEL.match(text) or _POSTED_LABEL.match(text)
    return label is not None and label.end() < len(text) and not text[label.end()].islower()


def is_byline_label(text: str) -> bool:
    """Whether a short text is a byline's label alone, the names set in the
    next element ("Von:", "Autor", "Eine Kolumne von"): a template's label
    cell."""
    text = text.strip()
    m = _BY.match(text) or _LABEL.match(text)
    return m is not None and m.end() == len(text)


def is_desk(name: str) -> bool:
    """Whether ``name`` mentions a desk or newsroom rather than a person
    ("IGN Staff", "Redação Brasil", "Editorial")."""
    return any(w.strip(".,:").casefold() in DESK_WORDS for w in name.split())


def looks_like_name(name: str, *, desks: bool = False) -> bool:
    """Whether ``name`` can be a person's or a desk's name (not an e-mail
    address, URL, handle, job title, credential, placeholder, picture
    credit's label, copyright line or sentence). A newsroom's name made of
    desk words alone ("Redaktion", "Editorial Team") passes with ``desks``."""
    if not name or len(name) > _NAME_CHARS or any(c in name for c in "@_©/"):
        return False
    if name.lower().startswith(("www.", "copyright")):
        return False
    words = name.split()
    if len(words) > _MAX_WORDS or not any(c.isalpha() for c in name):
        return False
    folded = name.casefold()
    if folded in PLACEHOLDERS or folded in CREDIT_LABELS:
        return False
    if not desks and all(w.strip(".,:").casefold() in DESK_WORDS | DESK_FILLERS for w in words):
        return False
    if len(words) == 1 and (name.strip(".").lower() in CREDENTIALS or _DOMAIN.match(name) or _CAMEL.search(name)):
        return False
    if _JOB_TITLE.search(name) or name.lower() in MONTHS:
        return False
    if len(words) > 1 and words[-1].lower() in PARTICLES:
        return False  # a name does not end with "of" or "von": a link's label ("SHOW ALL ARTICLES OF")
    significant = [w for w in words if w.lower() not in PARTICLES]
    if not significant or significant[0][:1].islower():
        return False  # "deinen Hochzeitsbloggern" ("your wedding bloggers"): no name opens in lower case
    capitalised = sum(1 for w in significant if not w[:1].islower())  # scripts without case count
    return capitalised * 2 >= len(significant)


def is_handle(value: str) -> bool:
    """Whether ``value`` is a single token a blog may show as its author's
    name ("gizzmo", "c1ph4", "ThE_PaiN"): not a web address, a placeholder,
    a credential, a month or a desk word."""
    folded = value.casefold()
    return (
        _HANDLE.fullmatch(value) is not None
        and sum(c.isalpha() for c in value) >= _HANDLE_LETTERS
        and not _DOMAIN.match(value)
        and folded not in PLACEHOLDERS
        and folded not in CREDIT_LABELS
        and folded not in CREDENTIALS
        and folded not in MONTHS
        and folded not in DESK_WORDS
    )


def _item_names(item: str, handles: bool, desks: bool) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What :func:`clean_authors` reads in one author string, whatever the
    strings before it: the string as a blog's handle (``""`` when it is
    none), and the names it holds with their de-duplication keys. The
    functions it calls are pure: :func:`_cached_item_names` keeps the
    results for short strings (an article's author strings are cleaned once
    per source that gives them, and again when their spelling is compared)."""
    token = item.strip().lstrip(_LEAD) if handles else ""
    if not (token and is_handle(token) and not looks_like_name(token)):
        token = ""
    names: list[tuple[str, str]] = []
    parts = _SPLIT.split(_name_part(item, handles))
    for name in parts:
        name = _without_place_after(_strip(_BY.sub("", name), " .:-–—"))
        shorter = _AGENCY.sub("", _NAME_THEN_JOB.sub("", name))
        if len(shorter.split()) >= 2:  # "Jane Doe Staff Writer", not "AP Sports Writer"
            name = shorter
        handle = handles and len(parts) == 1 and is_handle(name)  # "von eseppelt · 31. Oktober"
        if looks_like_name(name, desks=desks) or handle:
            names.append((name, name.casefold()))
    return token, tuple(names)


_cached_item_names = lru_cache(maxsize=2048)(_item_names)
#: Longest author string whose names are cached (longer ones, rare, are read each time: a bound on the cache).
_CACHED_CHARS = 300


def clean_authors(raw: Iterable[str], *, handles: bool = False, desks: bool = False) -> tuple[str, ...]:
    """Clean author strings: drop a "By" prefix and whatever follows the
    names (dates, handles, job titles), split lists of names, drop what is
    not a name, de-duplicate case-insensitively, keep byline order. With
    ``handles`` (values of author markup, not visible text), a value that is
    one token a blog shows as its author's name is kept whole
    (:func:`is_handle`); with ``desks``, so is a newsroom's name made of
    desk words alone ("Redaktion")."""
    seen: set[str] = set()
    out: list[str] = []
    for item in raw:
        if len(item) <= _CACHED_CHARS:
            token, names = _cached_item_names(item, handles, desks)
        else:
            token, names = _item_names(item, handles, desks)
        if token and token.casefold() not in seen:
            seen.add(token.casefold())
            out.append(token)
            continue
        for name, key in names:
            if key not in seen:
                seen.add(key)
                out.append(name)
    return tuple(out)
