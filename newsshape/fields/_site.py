"""The site's name, and the evidence several fields share: the names the
publication goes by.

Those names (``og:site_name``, the JSON-LD publisher, ``application-name``,
the part of ``<title>`` that spells the host of the page's URL) let the
title lose its " | Site" suffix, the site name be the one that matches the
host (not a section's or a company's), and the author list lose the
publisher, its desks and the affiliations glued to a name. They are worked
out once per page (:func:`evidence`) and kept on the page
(:attr:`Page.evidence <newsshape.document.Page.evidence>`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any, NamedTuple

from newsshape.document import Page
from newsshape.text._lines import clean_line

#: Separators between a story's title and the site's name in a declared title ("Story | Site").
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " ‹ ", " • ", " || ", " / ", " // ", "|")
#: Separators that also join a title's own parts ("Macron : le discours"): they set a site's name apart only when the
#: part spells the site's known name or its host.
_NAME_SEPARATORS = (" : ",)
#: Separators between a site's name and a slogan in ``og:site_name`` ("Name | slogan").
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ", " · ", " » ", "|")
#: Articles that may open a publication's name but not its host ("The Week").
ARTICLES = frozenset(["the", "la", "le", "el", "les", "los", "las", "il", "lo", "die", "der", "das", "de", "het"])
#: Host labels that name no site.
_GENERIC_LABELS = frozenset(
    ["www", "www2", "m", "mobile", "amp", "edition", "en", "de", "fr", "es", "it", "web", "blog"]
)
#: Second-level labels of country domains ("co.uk", "com.br").
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "gob", "gv"])
#: Labels content systems put between a site's name and a post's title (squashed): WordPress's classic
#: theme titles a post "Blog name » Blog Archive » Title".
_TEMPLATE_PARTS = frozenset(["blogarchive", "blogarchiv"])
#: JSON-LD types of a story's node: those ending so ("NewsArticle", "BlogPosting", "LiveBlogPosting") and these.
_STORY_TYPE_ENDS = ("Article", "Posting")
_STORY_TYPES = frozenset(["Report", "Recipe", "HowTo"])
#: Hosts of many sites, each on its own sub-domain.
_HOSTING = frozenset(["wordpress", "blogspot", "tumblr", "substack", "medium", "wixsite", "over-blog", "github"])

# Thresholds, set by hand on trafilatura-eval's pages (site names in titles, authors' publishers).

#: Words a site's name has at most: a longer part of a title is no name.
_NAME_WORDS = 6
#: Separators removed from one title at most ("Site - Story - Section | Brand").
_SPLITS = 3
#: A last part of a title of at most this many words, after a head of at least that many, is a section or a brand.
_TAIL_WORDS = 3
_HEAD_WORDS = 4
#: Words beyond which a name is a description, not the publication's name.
_DESCRIPTION_WORDS = 4
#: A name of at most this many words opening with the host's name names the site ("RT International" for rt.com).
_OPENING_WORDS = 3
#: A name of at most this many words may contain the host's name, or be contained in it, at least half of it
#: ("Urania Berlin" for urania.de) ...
_CONTAINING_WORDS = 4
#: ... a host's label (or a hyphenated host's part) of at least this many letters.
_LABEL_LETTERS = 3
#: Words of a name whose initials may spell the host ("The New York Times" for nytimes), at most.
_INITIALS_WORDS = 5
#: Letters a sub-domain needs to be matched against names ("health" of health.detik.com, not "m"), and a name
#: to be matched inside a label.
_SUB_LETTERS = 4
#: Legal forms: a company's name, not the publication's.
_LEGAL = re.compile(r"\b(?:gmbh|inc|ltd|llc|plc|s\.?a\.?|sp\. z o\.o|s\.?r\.?l|ag|kg|b\.?v|oy|ab)\b\.?", re.I)
#: A name written as a web address ("livescience.com").
_ADDRESS = re.compile(r"\.[a-z]{2,6}/?$", re.I)
#: German umlauts spelled out, as hosts write them ("fischerhuette" for "Fischerhütte").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
#: Letters Unicode does not decompose, folded to the ASCII letters hosts use.
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})


def jsonld(page: Page, key: str) -> list[Any]:
    """The values under ``key`` in the page's JSON-LD objects, in page order."""
    out = []
    for obj in page.doc.meta.jsonld:
        if key in obj:
            out.append(obj[key])
    return out


def story_node(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD node is a story (``Article``, ``NewsArticle``,
    ``BlogPosting``, ``Report``, ...), not the site, its owner or the web page."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith(_STORY_TYPE_ENDS) or k in _STORY_TYPES) for k in kinds)


_NOT_ALNUM = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)
def squash(text: str) -> str:
    """Lower-case letters and digits only, accents folded: the spelling of a
    name that survives between a host, a logo and a title (the same few
    names are squashed many times over a page: cached)."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_FOLD)
    return _NOT_ALNUM.sub("", text)


def without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in ARTICLES else name


class Host(NamedTuple):
    """What a site's name may be spelled from in a page's URL."""

    name: str
    """The registrable label, or the sub-domain on a hosting service
    (``www.example.co.uk`` -> ``example``), hyphens kept."""

    others: tuple[str, ...]
    """Other labels worth matching (``health.detik.com`` -> ``health``)."""

    tld: str
    """The public suffix without dots (``couk``)."""


_NO_HOST = Host("", (), "")


def _host(url: str | None) -> Host:
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
        return Host(labels[0], (), "") if labels else _NO_HOST
    tld, labels = labels[-1], labels[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        tld, labels = labels[-1] + tld, labels[:-1]
    subs = [label for label in labels[:-1] if label not in _GENERIC_LABELS and len(label) >= _SUB_LETTERS]
    name = labels[-1]
    if name in _HOSTING and subs:
        name, subs = subs[-1], [*subs[:-1], name]
    return Host(name, tuple(subs), tld)


@functools.lru_cache(maxsize=4096)
def _host_score(part: str, host: Host) -> int:
    """How surely ``part`` names the site at ``host``: 2 when it spells the
    host's name ("The Week" for theweek.com, "Polityka.pl"), 1 when it
    contains it, is contained in it or abbreviates it ("The New York Times"
    for nytimes.com), else 0. German umlauts match either spelling
    ("Fischerhütte" for fischerhuette.*)."""
    if not host.name or not part or len(part.split()) > _NAME_WORDS:
        return 0
    score = _spelled(part, squash(part), host)
    if score < 2 and not part.isascii() and any(c in "äöü" for c in part.casefold()):
        score = max(score, _spelled(part, squash(part.casefold().translate(_UMLAUTS)), host))
    return score


def _spelled(part: str, key: str, host: Host) -> int:
    """:func:`_host_score` for one spelling ``key`` of ``part``."""
    primary = squash(host.name)
    if not key:
        return 0
    bare = squash(without_article(part))
    if primary in (key, bare) or key == primary + host.tld:
        return 2
    words = part.split()
    if len(words) <= _OPENING_WORDS and squash(words[0]) == primary:  # "RT International" for rt.com
        return 1
    if len(words) <= _CONTAINING_WORDS:
        for label in (host.name, *host.others):
            other = squash(label)
            # "Urania Berlin" for urania.de, "Papierplanet" for derpapierplanet.de,
            # "Oberösterreichisches Volksblatt" for volksblatt.at
            placed = bare.startswith(other) or key.endswith(other)
            if len(other) >= _LABEL_LETTERS and other in key and (placed or 2 * len(other) >= len(key)):
                return 1
            if len(key) >= _SUB_LETTERS and key in other and 2 * len(key) >= len(other):
                return 1
    # initials: "The New York Times" for nytimes, "Gewerkschaft der Polizei" for gdp
    squashed = [w for w in (squash(w) for w in without_article(part).split()) if w]
    if 1 < len(squashed) <= _INITIALS_WORDS:
        for labels in (squashed, [squash(w) for w in words if w[:1].isupper()]):
            for i in range(1, len(labels) + 1):
                if "".join(w[:1] for w in labels[:i]) + "".join(labels[i:]) in (primary, *map(squash, host.others)):
                    return 1
    tokens = [t for t in host.name.split("-") if len(t) >= _LABEL_LETTERS]
    return 1 if len(tokens) >= 2 and all(t in key for t in tokens) else 0


def site_parts(value: str, host: Host) -> list[str]:
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


def split_site(
    title: str, site_name: str | None, host: Host, others: tuple[str, ...] = (), *, tails: bool = True
) -> tuple[str, list[str]]:
    """``title`` without a " | Site" suffix or "Site: " prefix, and the parts
    removed because they spell the site's name (``site_name`` or one of
    ``others``) or host (with what follows: "Story | site.ch | slogan"). A
    short last part after a long title goes too (a section or a brand; not
    with ``tails`` false), and
    so do the short parts between a long title and the site's name
    ("Story | Section | Forum | Site": a breadcrumb trail) and the labels
    templates add ("Blog Archive"), but they are not reported as the site's
    name."""
    title = clean_line(title)
    named: list[str] = []
    keys = {squash(n) for n in (site_name, *others) if n} - {""}
    for _ in range(_SPLITS):  # "Site - Story - Section | Brand"
        for sep in TITLE_SEPARATORS + _NAME_SEPARATORS:
            if sep not in title:
                continue
            parts = [p.strip() for p in title.split(sep)]
            named_only = sep in _NAME_SEPARATORS
            if not named_only and any(squash(p) in _TEMPLATE_PARTS for p in parts) and len(parts) > 1:
                title = sep.join(p for p in parts if squash(p) not in _TEMPLATE_PARTS).strip()
                break
            least = 2 if named_only else 1  # the host spelled out, not merely contained
            sites = [k for k, p in enumerate(parts) if p and (squash(p) in keys or _host_score(p, host) >= least)]
            after = next((k for k in sites if k >= 1 and sep.join(parts[:k]).strip()), None)
            if after is not None:
                named.append(parts[after])
                crumbs = parts[1:after]
                if (
                    crumbs
                    and len(parts[0].split()) >= _HEAD_WORDS
                    and all(len(p.split()) <= _TAIL_WORDS for p in crumbs)
                ):
                    after = 1  # "Story | Section | Forum | Site"
                title = sep.join(parts[:after]).strip()
                break
            if sites and sites[0] == 0 and sep.join(parts[1:]).strip():
                title = sep.join(parts[1:]).strip()
                named.append(parts[0])
                break
            if named_only or not tails:
                continue
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) <= _TAIL_WORDS and len(head.split()) >= _HEAD_WORDS and tail.strip()[:1].isupper():
                title = head.strip()
                break
        else:
            break
    return title, named


def strip_site_suffix(title: str, site_name: str | None, url: str | None = None) -> str:
    """Remove a " | Site" or " - Site" suffix (or a "Site: " prefix) from a
    title. A part is the site's when it spells the site's name or the host of
    ``url``, or (for a suffix) when it is a short name after a long title."""
    return split_site(title, site_name, _host(url))[0]


def _candidates(page: Page, host: Host) -> list[str]:
    """Names the publication goes by, in order of authority: ``og:site_name``,
    the JSON-LD publisher (its ``@id`` followed into the ``@graph``),
    ``article:publisher`` when it is a name (not a URL),
    ``application-name``, ``apple-mobile-web-app-title``, then the parts of
    the declared titles that spell the host."""
    meta = page.doc.meta
    raw: list[str] = list(meta.tags.get("og:site_name", ()))
    named = {o["@id"]: o for o in meta.jsonld if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str)}
    for publisher in jsonld(page, "publisher"):
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and not isinstance(item.get("name"), str):
                item = named.get(item.get("@id"), item)
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                raw.append(item["name"])
    # a Facebook page's address in most pages, but a name in some
    raw += [v for v in meta.tags.get("article:publisher", ()) if "/" not in v and not v.lower().startswith("www.")]
    raw += meta.tags.get("application-name", ())
    raw += meta.tags.get("apple-mobile-web-app-title", ())
    out = [p for value in raw for p in site_parts(value, host)]
    for declared in (meta.first("og:title", "twitter:title"), meta.title):
        if declared:
            removed = split_site(declared, None, host)[1]
            # hashtags and handles are no name ("// #Microsoft @chabermu")
            parts = [q for p in removed if "#" not in p and "@" not in p for q in site_parts(p, host)]
            out += [p for p in parts if p not in out]
    return out


def _penalty(name: str, others: list[str]) -> int:
    """How badly ``name`` is written as the site's name: a company's legal
    name or a description, a web address, a handle ("detroitnews" beside
    "The Detroit News")."""
    penalty = 2 if _LEGAL.search(name) or len(name.split()) > _DESCRIPTION_WORDS else 0
    if " " not in name:
        penalty += 1 if _ADDRESS.search(name) else 0
        penalty += 1 if name.islower() else 0
        key = squash(name)
        penalty += any(" " in o and key in (squash(o), squash(without_article(o))) for o in others)
    return penalty


def _ranked(candidates: list[str], host: Host) -> str | None:
    if not candidates:
        return None
    matching = [i for i, c in enumerate(candidates) if _host_score(c, host)]
    if not matching:
        return candidates[0]
    # of those that spell the host, the best written, then the first
    return candidates[min(matching, key=lambda i: (_penalty(candidates[i], candidates), i))]


class Evidence(NamedTuple):
    """What the page says about the publication (see :func:`evidence`)."""

    host: Host
    """The parts of the page's host."""

    candidates: list[str]
    """The names the publication goes by, in order of authority."""

    site: str | None
    """The one of them taken as the site's name."""


#: The key of :class:`Evidence` in :attr:`Page.evidence <newsshape.document.Page.evidence>`.
_KEY = "site"


def evidence(page: Page) -> Evidence:
    """The host of the page's URL, the names the publication goes by, and
    the one taken as the site's name: worked out once per page (site,
    title, authors and summary all ask) and kept in the page's
    :attr:`~newsshape.document.Page.evidence`."""
    return page.remember(_KEY, _evidence)


def _evidence(page: Page) -> Evidence:
    host = _host(page.doc.url or page.doc.meta.canonical)
    candidates = _candidates(page, host)
    return Evidence(host, candidates, _ranked(candidates, host))


def site(page: Page) -> str | None:
    """The publication's name from metadata: ``og:site_name``, the JSON-LD
    publisher, ``article:publisher``, ``application-name``,
    ``apple-mobile-web-app-title`` or the title's " | Site" part; the one
    that spells the host of the page's URL is preferred (a section or a
    company is not the site), then one written as a name (not as an address
    or a handle). Of "Name | slogan" the name is kept."""
    return evidence(page).site
