"""Field values that combine layout roles with the page's metadata.

The site's name, the title and the authors all lean on one piece of
evidence: the names the publication goes by (``og:site_name``, the JSON-LD
publisher, the part of ``<title>`` that spells the host of the page's URL).
They let the title lose its " | Site" suffix, the site name be the one that
matches the host (not a section's or a company's), and the author list lose
the publisher, its desks and the affiliations glued to a name.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
import weakref
from datetime import datetime
from typing import Any, NamedTuple

from newsshape.document import Page
from newsshape.document._types import Document
from newsshape.fields._dates import find_modified, find_published
from newsshape.text._lines import clean_line
from newsshape.text._names import AGENCIES, DESK_WORDS, clean_authors, is_byline, is_desk

_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " ‹ ", " • ", " || ", " / ", " // ", "|")
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ", " · ", " » ", "|")
_AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "byl",
    "citation_author",
    "twitter:creator",
)
#: Articles that may open a publication's name but not its host ("The Week").
_ARTICLES = frozenset(["the", "la", "le", "el", "les", "los", "las", "il", "lo", "die", "der", "das", "de", "het"])
#: Host labels that name no site.
_GENERIC_LABELS = frozenset(
    ["www", "www2", "m", "mobile", "amp", "edition", "en", "de", "fr", "es", "it", "web", "blog"]
)
#: Second-level labels of country domains ("co.uk", "com.br").
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "gob", "gv"])
#: Hosts of many sites, each on its own sub-domain.
_HOSTING = frozenset(["wordpress", "blogspot", "tumblr", "substack", "medium", "wixsite", "over-blog", "github"])
#: Legal forms: a company's name, not the publication's.
_LEGAL = re.compile(r"\b(?:gmbh|inc|ltd|llc|plc|s\.?a\.?|sp\. z o\.o|s\.?r\.?l|ag|kg|b\.?v|oy|ab)\b\.?", re.I)
#: The same in a byline, written as companies write them ("Olympia-Verlag GmbH", "Co. KG").
_COMPANY = re.compile(r"\b(?:GmbH|Inc|Ltd|LLC|PLC|S\.A|Sp\. z o\.o|S\.r\.l|AG|KG|B\.V)\b")
#: A name written as a web address ("livescience.com").
_ADDRESS = re.compile(r"\.[a-z]{2,6}/?$", re.I)
#: Words of an organisation's name, not of a person's.
_ORG_WORDS = frozenset(
    [
        "news",
        "press",
        "media",
        "times",
        "post",
        "daily",
        "weekly",
        "journal",
        "tribune",
        "herald",
        "gazette",
        "magazine",
        "magazin",
        "radio",
        "tv",
        "network",
        "foundation",
        "institute",
        "university",
        "association",
        "group",
        "blog",
        "online",
        "zeitung",
        "diario",
        "noticias",
        "nachrichten",
        "agency",
        "today",
        "hora",
        "report",
        "review",
        "insider",
        "world",
        "kitchens",
        "verlag",
        "verband",
        "verein",
        "partei",
        "society",
        "inc",
        "ltd",
        "llc",
        "gmbh",
    ]
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})
#: Of those, the ones hardly ever part of a person's name.
_STRONG_ORG_WORDS = _ORG_WORDS - {"post", "today", "hora", "report", "review", "insider", "world", "kitchens", "blog"}


def _jsonld(page: Page, key: str) -> list[Any]:
    out = []
    for obj in page.doc.meta.jsonld:
        if key in obj:
            out.append(obj[key])
    return out


_NOT_ALNUM = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """Lower-case letters and digits only, accents folded: the spelling of a
    name that survives between a host, a logo and a title (the same few
    names are squashed many times over a page: cached)."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_FOLD)
    return _NOT_ALNUM.sub("", text)


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in _ARTICLES else name


class _Host(NamedTuple):
    """What a site's name may be spelled from in a page's URL."""

    name: str
    """The registrable label, or the sub-domain on a hosting service
    (``www.example.co.uk`` -> ``example``), hyphens kept."""

    others: tuple[str, ...]
    """Other labels worth matching (``health.detik.com`` -> ``health``)."""

    tld: str
    """The public suffix without dots (``couk``)."""


_NO_HOST = _Host("", (), "")


def _host(url: str | None) -> _Host:
    """The parts of ``url``'s host a site's name is spelled from (of an
    archived copy, the archived page's host)."""
    if not url or "://" not in url:
        return _NO_HOST
    rest = url.split("://", 1)[1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].rsplit("@", 1)[-1].lower()
    inner = rest.find("http", len(host))
    if "archive" in host and inner > 0 and "://" in rest[inner:]:
        return _host(rest[inner:])
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return _Host(labels[0], (), "") if labels else _NO_HOST
    tld, labels = labels[-1], labels[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        tld, labels = labels[-1] + tld, labels[:-1]
    name, subs = labels[-1], [label for label in labels[:-1] if label not in _GENERIC_LABELS and len(label) >= 4]
    if name in _HOSTING and subs:
        name, subs = subs[-1], [*subs[:-1], name]
    return _Host(name, tuple(subs), tld)


@functools.lru_cache(maxsize=4096)
def _host_score(part: str, host: _Host) -> int:
    """How surely ``part`` names the site at ``host``: 2 when it spells the
    host's name ("The Week" for theweek.com, "Polityka.pl"), 1 when it
    contains it, is contained in it or abbreviates it ("The New York Times"
    for nytimes.com), else 0. German umlauts match either spelling
    ("Fischerhütte" for fischerhuette.*)."""
    if not host.name or not part or len(part.split()) > 6:
        return 0
    score = _spelled(part, _squash(part), host)
    if score < 2 and not part.isascii() and any(c in "äöü" for c in part.casefold()):
        score = max(score, _spelled(part, _squash(part.casefold().translate(_UMLAUTS)), host))
    return score


def _spelled(part: str, key: str, host: _Host) -> int:
    """:func:`_host_score` for one spelling ``key`` of ``part``."""
    primary = _squash(host.name)
    if not key:
        return 0
    bare = _squash(_without_article(part))
    if primary in (key, bare) or key == primary + host.tld:
        return 2
    words = part.split()
    if len(words) <= 3 and _squash(words[0]) == primary:  # "RT International" for rt.com
        return 1
    if len(words) <= 4:
        for label in (host.name, *host.others):
            other = _squash(label)
            # "Urania Berlin" for urania.de, "Papierplanet" for derpapierplanet.de,
            # "Oberösterreichisches Volksblatt" for volksblatt.at
            placed = bare.startswith(other) or key.endswith(other)
            if len(other) >= 3 and other in key and (placed or 2 * len(other) >= len(key)):
                return 1
            if len(key) >= 4 and key in other and 2 * len(key) >= len(other):
                return 1
    # initials: "The New York Times" for nytimes, "Gewerkschaft der Polizei" for gdp
    squashed = [w for w in (_squash(w) for w in _without_article(part).split()) if w]
    if 1 < len(squashed) <= 5:
        for labels in (squashed, [_squash(w) for w in words if w[:1].isupper()]):
            for i in range(1, len(labels) + 1):
                if "".join(w[:1] for w in labels[:i]) + "".join(labels[i:]) in (primary, *map(_squash, host.others)):
                    return 1
    tokens = [t for t in host.name.split("-") if len(t) >= 3]
    return 1 if len(tokens) >= 2 and all(t in key for t in tokens) else 0


def _site_parts(value: str, host: _Host) -> list[str]:
    """The parts of an ``og:site_name`` such as "Name | slogan"."""
    value = clean_line(value)
    if not value or "://" in value:
        return []
    if value.lower().startswith("www.") and " " not in value:
        value = value[4:]
    for sep in _SITE_SEPARATORS:
        if sep in value:
            parts = [p.strip() for p in value.split(sep) if any(c.isalnum() for c in p)]
            if not parts:
                return []
            # the first part, unless another spells the host and it does not
            value = parts[0]
            if not _host_score(value, host):
                value = next((p for p in parts if _host_score(p, host)), value)
    return [value] if any(c.isalnum() for c in value) else []


def _split_site(title: str, site_name: str | None, host: _Host) -> tuple[str, list[str]]:
    """``title`` without a " | Site" suffix or "Site: " prefix, and the parts
    removed because they spell the site's name or host (with what follows:
    "Story | site.ch | slogan"). A short last part after a long title goes
    too (a section or a brand), but is not reported as the site's name."""
    title = clean_line(title)
    named: list[str] = []
    site_key = _squash(site_name) if site_name else ""
    for _ in range(3):  # "Site - Story - Section | Brand"
        for sep in _TITLE_SEPARATORS:
            if sep not in title:
                continue
            parts = [p.strip() for p in title.split(sep)]
            sites = [
                k for k, p in enumerate(parts) if p and ((site_key and _squash(p) == site_key) or _host_score(p, host))
            ]
            after = next((k for k in sites if k >= 1 and sep.join(parts[:k]).strip()), None)
            if after is not None:
                title = sep.join(parts[:after]).strip()
                named.append(parts[after])
                break
            if sites and sites[0] == 0 and sep.join(parts[1:]).strip():
                title = sep.join(parts[1:]).strip()
                named.append(parts[0])
                break
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) <= 3 and len(head.split()) >= 4 and tail.strip()[:1].isupper():
                title = head.strip()
                break
        else:
            break
    return title, named


def strip_site_suffix(title: str, site_name: str | None, url: str | None = None) -> str:
    """Remove a " | Site" or " - Site" suffix (or a "Site: " prefix) from a
    title. A part is the site's when it spells the site's name or the host of
    ``url``, or (for a suffix) when it is a short name after a long title."""
    return _split_site(title, site_name, _host(url))[0]


def _candidates(page: Page, host: _Host) -> list[str]:
    """Names the publication goes by, in order of authority: ``og:site_name``,
    the JSON-LD publisher, ``application-name``, then the parts of the
    declared titles that spell the host."""
    meta = page.doc.meta
    raw: list[str] = list(meta.tags.get("og:site_name", ()))
    named = {o["@id"]: o for o in meta.jsonld if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str)}
    for publisher in _jsonld(page, "publisher"):
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and not isinstance(item.get("name"), str):
                item = named.get(item.get("@id"), item)
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                raw.append(item["name"])
    raw += meta.tags.get("application-name", ())
    out = [p for value in raw for p in _site_parts(value, host)]
    for declared in (meta.first("og:title", "twitter:title"), meta.title):
        if declared:
            removed = _split_site(declared, None, host)[1]
            # hashtags and handles are no name ("// #Microsoft @chabermu")
            parts = [q for p in removed if "#" not in p and "@" not in p for q in _site_parts(p, host)]
            out += [p for p in parts if p not in out]
    return out


def _penalty(name: str, others: list[str]) -> int:
    """How badly ``name`` is written as the site's name: a company's legal
    name or a description, a web address, a handle ("detroitnews" beside
    "The Detroit News")."""
    penalty = 2 if _LEGAL.search(name) or len(name.split()) > 4 else 0
    if " " not in name:
        penalty += 1 if _ADDRESS.search(name) else 0
        penalty += 1 if name.islower() else 0
        key = _squash(name)
        penalty += any(" " in o and key in (_squash(o), _squash(_without_article(o))) for o in others)
    return penalty


def _ranked(candidates: list[str], host: _Host) -> str | None:
    if not candidates:
        return None
    matching = [i for i, c in enumerate(candidates) if _host_score(c, host)]
    if not matching:
        return candidates[0]
    # of those that spell the host, the best written, then the first
    return candidates[min(matching, key=lambda i: (_penalty(candidates[i], candidates), i))]


class _Evidence(NamedTuple):
    """What the page says about the publication (see :func:`_evidence`)."""

    host: _Host
    candidates: list[str]
    site: str | None


#: The evidence of the page read last, by a weak reference to its document:
#: site, title, authors and summary are asked one after the other and all
#: need it. One tuple, replaced whole, so that threads cannot mix two pages.
_LAST: tuple[weakref.ref[Document] | None, _Evidence | None] = (None, None)


def _evidence(page: Page) -> _Evidence:
    """The host of the page's URL, the names the publication goes by, and
    the one taken as the site's name; computed once per document."""
    global _LAST
    ref, evidence = _LAST
    if ref is not None and evidence is not None and ref() is page.doc:
        return evidence
    host = _host(page.doc.url or page.doc.meta.canonical)
    candidates = _candidates(page, host)
    evidence = _Evidence(host, candidates, _ranked(candidates, host))
    _LAST = (weakref.ref(page.doc), evidence)
    return evidence


def site(page: Page) -> str | None:
    """The publication's name from metadata: ``og:site_name``, the JSON-LD
    publisher, ``application-name`` or the title's " | Site" part; the one
    that spells the host of the page's URL is preferred (a section or a
    company is not the site), then one written as a name (not as an address
    or a handle). Of "Name | slogan" the name is kept."""
    return _evidence(page).site


# -- title ----------------------------------------------------------------------

_LOGO_WORDS = 4


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_squash(w) for w in a.split()), set(_squash(w) for w in b.split())
    wa.discard("")
    wb.discard("")
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _content_words(text: str) -> set[str]:
    return {w for w in (_squash(x) for x in text.split()) if len(w) >= 4}


def _confirmed(declared: list[str]) -> str | None:
    """The first declared title another declaration agrees with (a JSON-LD
    ``headline`` can be the site's slogan while ``og:title`` and ``<title>``
    agree on the story's)."""
    for i, d in enumerate(declared):
        if any(j != i and _overlap(d, other) >= 0.5 for j, other in enumerate(declared)):
            return d
    return None


def _trimmed(found: str, declared: list[str]) -> str | None:
    """A declared title (as declared, not cut by a guess) that ``found``
    merely extends: a kicker glued before it ("Open Progress Why ...") or a
    " | Site" part after it."""
    for d in declared:
        if len(d.split()) < 3 or found == d:
            continue
        if found.endswith(d) and 0 < len(found[: -len(d)].split()) <= _LOGO_WORDS:
            return d
        rest = found[len(d) :] if found.startswith(d) else ""
        sep = next((sep for sep in _TITLE_SEPARATORS if rest.startswith(sep)), "")
        # a name after the separator ("| FASSETTE.NET"), not a subtitle ("- Skandinavien im Wohnmobil")
        if (
            sep
            and 0 < len(rest[len(sep) :].split()) <= 3
            and all(not w[:1].islower() for w in rest[len(sep) :].split())
        ):
            return d
    return None


def _h1_head(page: Page, raw: list[str]) -> str | None:
    """An ``h1`` that opens a declared title before a separator: the title
    without a site part too long to be recognised as one."""
    for block in page.blocks:
        if block.kind == "heading" and block.level == 1 and len(block.text.split()) >= 3:
            for r in raw:
                rest = r[len(block.text) :] if r.startswith(block.text) else ""
                if any(rest.startswith(sep) for sep in _TITLE_SEPARATORS):
                    return block.text
    return None


def title(page: Page) -> str | None:
    """The headline: a title block, else the declared title (JSON-LD
    ``headline`` / og:title / ``<title>``, the one another declaration agrees
    with) without the site's name. A title block yields to the declared title
    when it is the site's name or a logo, when it only adds a kicker or a
    " | Site" part to it, or when it shares no word with titles that agree
    with each other (a quotation set as ``h1``)."""
    meta = page.doc.meta
    raw: list[str] = [h for h in _jsonld(page, "headline") if isinstance(h, str) and h.strip()]
    raw += [v for v in (meta.first("og:title", "twitter:title"), meta.title) if v]
    raw = [clean_line(html.unescape(r)) if "&" in r else clean_line(r) for r in raw]
    url = page.doc.url or meta.canonical
    host, _, site_name = _evidence(page)
    split = [_split_site(r, site_name, host) for r in raw]
    declared = [t for t, _ in split if t]
    site_keys = {_squash(p) for _, parts in split for p in parts}
    if site_name:
        site_keys.add(_squash(site_name))
    found = page.first("title")
    if not found:
        return (_h1_head(page, raw) if declared else None) or _confirmed(declared) or next(iter(declared), None)
    if not declared:
        return found
    trimmed = _trimmed(found, [r for r, (t, _) in zip(raw, split, strict=True) if r == t])
    if trimmed:
        return trimmed
    best = _confirmed(declared) or declared[0]
    if _squash(found) in site_keys:
        return best
    if len(found.split()) <= _LOGO_WORDS:
        # a logo, a section or a kicker: no declared title is about as short
        if not any(_overlap(found, d) > 0 for d in declared):
            return best
        # inside much longer declared titles, not opening one: a logo or a kicker
        opens = any(d.casefold().startswith(found.casefold()) for d in raw + declared)
        return best if not opens and all(len(d) >= 2.5 * len(found) for d in declared) else found
    agreed = _confirmed(declared)
    if agreed and len(agreed.split()) >= 4 and not any(_content_words(found) & _content_words(d) for d in declared):
        # unless the URL's slug spells the title block rather than the declarations (stale metadata)
        slug = _slug_words(url)
        if len(_content_words(found) & slug) <= len(_content_words(agreed) & slug):
            return agreed
    return found


def _slug_words(url: str | None) -> set[str]:
    """The words of a URL's path ("/2019/is-stadia-good-worth-it-reviews")."""
    if not url or "://" not in url:
        return set()
    path = url.split("://", 1)[1].partition("/")[2].split("?", 1)[0]
    return {w for w in re.split(r"[^a-z0-9]+", path.lower()) if len(w) >= 4}


# -- summary --------------------------------------------------------------------


def description(page: Page) -> str | None:
    """The page's description (HTML only), unless it merely repeats the
    opening of the body (an automatic excerpt, often cut with "…"), the
    title or the site's name; a byline opening it is dropped."""
    if page.doc.kind != "html":
        return None
    meta = page.doc.meta
    found = meta.first("og:description", "description", "twitter:description")
    if not found:
        return None
    found = clean_line(found)
    key = _squash(found)
    host = _evidence(page).host
    titles = [t for t in (meta.first("og:title"), meta.title) if t]
    echoes = {_squash(_split_site(t, None, host)[0]) for t in titles} | {_squash(t) for t in titles}
    echoes |= {_squash(p) for v in meta.tags.get("og:site_name", ()) for p in _site_parts(v, host)}
    if key in echoes:
        return None
    body = page.indices("body")
    if body:
        head = found.rstrip(".…[] ").strip()
        if head and page.blocks[body[0]].text.startswith(head):
            return None
    return _without_byline(found, page)


def _without_byline(text: str, page: Page) -> str:
    """``text`` without a byline that opens it ("Von Gregory Lipinski Herr
    Vilanek, ..." -> "Herr Vilanek, ...", "Staff Reports Police ...")."""
    words = text.split()
    desk = 0
    while desk < min(3, len(words)) and words[desk].casefold() in DESK_WORDS:
        desk += 1
    if desk >= 2:
        return " ".join(words[desk:]) or text
    if not is_byline(text[:120]):
        return text
    for name in authors(page):
        at = text.find(name, 0, 60)
        if at >= 0:
            return text[at + len(name) :].lstrip(" ,.:;-–—|") or text
    return text


# -- authors --------------------------------------------------------------------


_TAG = re.compile(r"<[^<>]*>")


def _text(value: str) -> str:
    """A JSON-LD string as text: entities decoded, markup dropped."""
    if "&" in value:
        value = html.unescape(value)
    if "<" in value:
        value = _TAG.sub(" ", value)
    return value


def _jsonld_authors(page: Page) -> tuple[list[str], set[str]]:
    """Author names from JSON-LD (references to a ``Person`` elsewhere in the
    graph followed), and those the JSON-LD types as an organisation."""
    objects = page.doc.meta.jsonld
    named = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    out: list[str] = []
    orgs: set[str] = set()
    for author in _jsonld(page, "author") + _jsonld(page, "creator"):
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict):
                if "name" not in item and isinstance(item.get("@id"), str):
                    item = named.get(item["@id"], item)
                name = item.get("name")
                names = [n for n in name if isinstance(n, str)] if isinstance(name, list) else [name]
                names = [_text(n) for n in names if isinstance(n, str)]
                out += names
                kind = item.get("@type")
                if isinstance(kind, str) and kind.casefold() != "person":
                    orgs.update(n.casefold() for n in names)
            elif isinstance(item, str):
                out.append(_text(item))
    return out, orgs


class _Publisher(NamedTuple):
    """The names a publication goes by, squashed (see :func:`_squash`)."""

    names: frozenset[str]
    """Squashed names of the site and of its publisher."""

    hosts: frozenset[str]
    """The squashed name of the host, alone and with its suffix ("rt",
    "vegolosiit")."""


def _publisher(page: Page) -> _Publisher:
    host, candidates, _ = _evidence(page)
    names: set[str] = set()
    for name in candidates:
        names.update((_squash(name), _squash(_without_article(name))))
    primary = _squash(host.name)
    names.discard("")
    return _Publisher(frozenset(names), frozenset((primary, primary + host.tld)) if primary else frozenset())


def _publisher_run(words: list[str], keys: frozenset[str]) -> tuple[int, int] | None:
    """Where in a name's ``words`` one of ``keys`` is spelled: the first run
    of words that spells one (a run inside a longer name spells at least
    four letters)."""
    squashed = [_squash(w) for w in words]
    for start in range(len(words)):
        key = ""
        for end in range(start, len(words)):
            key += squashed[end]
            whole = start == 0 and end == len(words) - 1
            if key in keys and (whole or len(key) >= 4):
                return start, end + 1
    return None


def _looks_personal(name: str) -> bool:
    """Two or three capitalised words, no article, no word of an
    organisation's name: "Pamela Anderson" may be a blog's name and its
    author's."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0].casefold() not in _ARTICLES
        and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not any(w.casefold() in _ORG_WORDS for w in words)
    )


def _not_alone(name: str) -> bool:
    """Whether a one-word name names nobody: an acronym that is no agency's
    ("NDR", "EC"), initials, a word of an organisation's name ("Verein")."""
    folded = name.casefold()
    if folded in AGENCIES:
        return False
    return name.isupper() or len(name) <= 2 or folded in _ORG_WORDS or folded in DESK_WORDS


def _is_org(name: str, publisher: _Publisher, orgs: set[str]) -> bool:
    """Whether ``name`` is an organisation: the publication or its desk, an
    agency, a newsroom, a name the JSON-LD types as an organisation, an
    acronym."""
    folded = name.casefold()
    words = name.split()
    return (
        folded in AGENCIES
        or folded in orgs
        or is_desk(name)
        or (len(words) == 1 and name.isupper())
        or any(w.casefold() in _STRONG_ORG_WORDS for w in words)
        or _publisher_run(words, publisher.names | publisher.hosts) is not None
    )


def _unprefixed(raw: str, publisher: _Publisher) -> str:
    """``raw`` without the site's name opening it ("unocero - Alberto Ávila")."""
    for sep in (" - ", " – ", " — ", " | ", ": "):
        head, found, rest = raw.partition(sep)
        if found and rest and _squash(head) in publisher.names | publisher.hosts:
            # not a slogan: "L-MAG – Das Magazin für Lesben" is the site's name
            return raw if any(w.casefold() in _ORG_WORDS for w in rest.split()) else rest
    return raw


def _people(names: tuple[str, ...], publisher: _Publisher, orgs: set[str]) -> list[str]:
    """``names`` without the publication (the publisher is no author) or a
    company, the site's name cut off where a byline glued it to a person's
    ("Elliot Brownstein Florida Today", "Adam Aaronson PhillyVoice Staff"),
    and without organisations when people are named beside them (an agency,
    a desk, an affiliation split off a name)."""
    out: list[str] = []
    keys = publisher.names | publisher.hosts
    for name in names:
        if (_squash(name) in keys or _squash(_without_article(name)) in keys) and not _looks_personal(name):
            continue
        # the site's name (not merely its host: lemire.me) glued after a name
        words = name.split()
        run = _publisher_run(words, publisher.names)
        if run is not None and run[0] >= 1 and all(w.casefold() in DESK_WORDS for w in words[run[1] :]):
            words = words[: run[0]]
            name = " ".join(words).rstrip(" ,-–—|")
        if name and name not in out and not (len(words) == 1 and _not_alone(name)) and not _COMPANY.search(name):
            out.append(name)
    people = [n for n in out if not _is_org(n, publisher, orgs)]
    return people or out


def _nearby_byline(page: Page) -> list[str]:
    """A by-line among the few blocks around the title or the start of the
    body, whatever role layout gave it ("Von Tomas Spahn" set apart as
    furniture, "Par Kab Niang Le 17/02/2020")."""
    anchors = page.indices("title")[:1] + page.indices("body")[:1]
    seen: set[int] = set()
    for anchor in anchors:
        for i in range(max(0, anchor - 3), min(len(page.blocks), anchor + 7)):
            if i not in seen and page.roles[i] != "title":
                seen.add(i)
                text = page.blocks[i].text
                if len(text.split()) <= 14 and is_byline(text):
                    return [text]
    return []


def authors(page: Page) -> list[str]:
    """Byline blocks, else JSON-LD, ``<meta>``, author markup and a by-line
    near the title: the first source that yields names once cleaned
    (:mod:`newsshape.text._names`) and rid of the publication and, beside
    people, of organisations."""
    meta = page.doc.meta
    publisher = _publisher(page)
    jsonld, orgs = _jsonld_authors(page)
    for source in ("byline", "jsonld", "meta", "markup", "nearby"):
        if source == "byline":
            raw = page.texts("byline")
        elif source == "jsonld":
            raw = jsonld
        elif source == "meta":
            raw = [v for k in _AUTHOR_META for v in meta.tags.get(k, ())]
        elif source == "markup":
            raw = meta.authors[:4]
        else:
            raw = _nearby_byline(page)
        names = _people(clean_authors(_unprefixed(r, publisher) for r in raw), publisher, orgs)
        if names:
            return names
    return []


def published(page: Page) -> datetime | str | None:
    """Publication date (see :mod:`newsshape.fields._dates`)."""
    return find_published(page)


def modified(page: Page) -> datetime | str | None:
    """Modification date from metadata."""
    return find_modified(page)


_DATELINE = re.compile(r"^([A-Z][^—–\n]{1,60}?)\s+([—–-])\s+\S")
#: Words in lower case inside place names ("Rio de Janeiro", "Frankfurt am
#: Main", "Stratford upon Avon").
_PLACE_PARTICLES = frozenset(("de", "del", "della", "da", "do", "dos", "das", "am", "an", "upon", "on", "la", "le",
                              "les", "di", "of", "the", "sur", "en", "im", "bei", "y", "e", "et"))  # fmt: skip
#: The wire service credited after the place: "HAYWARD, Calif. (AP)".
_WIRE = re.compile(r"\s*\([^()]{1,40}\)$")


def dateline(page: Page) -> str | None:
    """The place before the dash that opens the first body paragraph
    ("MADRID —", "WASHINGTON (Reuters) -": a hyphen only after a place in
    capitals or a credit), without the wire service's credit."""
    body = page.indices("body")
    if not body:
        return None
    match = _DATELINE.match(page.blocks[body[0]].text)
    if match is None:
        return None
    place = match.group(1).strip()
    if match.group(2) == "-" and not (place.endswith(")") or place.isupper()):
        return None  # a hyphen after other words ("Jean-Paul Sartre - ") is the sentence's own
    place = _WIRE.sub("", place)
    words = place.split()
    if not words or len(words) > 6 or any(w[:1].islower() and w not in _PLACE_PARTICLES for w in words):
        return None  # a place's words are capitalised ("Die elektronische Patientenakte (ePA) – ..." is no place)
    return place
