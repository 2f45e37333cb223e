"""The authors: byline blocks, else the names the page's metadata and
markup give, rid of the publication (:mod:`newsshape.fields._site`: kept
only as the last resort when the page credits it), its desks and, beside
people, of organisations."""

from __future__ import annotations

import html
import re
from typing import Any, NamedTuple

from newsshape.document import Block, Page
from newsshape.fields._site import ARTICLES, evidence, jsonld, squash, without_article
from newsshape.text._names import (
    AGENCIES,
    DESK_WORDS,
    clean_authors,
    is_byline_label,
    is_desk,
    is_handle,
    looks_like_name,
    opens_byline,
)
from newsshape.text._namewords import ORG_WORDS

#: ``<meta>`` names of the authors, most specific first.
_AUTHOR_META = (
    "author",
    "article:author",
    "og:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "shareaholic:article_author_name",
    "byl",
    "citation_author",
    "twitter:creator",
)
#: A company's legal form: a name holding one is a company's ("Example Ltd").
_COMPANY = re.compile(r"\b(?:GmbH|Inc|Ltd|LLC|PLC|S\.A|Sp\. z o\.o|S\.r\.l|AG|KG|B\.V)\b")
#: Words of an organisation's name hardly ever part of a person's name.
_STRONG_ORG_WORDS = ORG_WORDS - {"post", "today", "hora", "report", "review", "insider", "world", "kitchens", "blog"}


#: Where the authors are read, most trusted first: visible byline blocks
#: (the layout's ``byline`` role: never furniture, related boxes or
#: comments), JSON-LD (``author``, ``creator``), ``<meta>`` tags
#: (:data:`_AUTHOR_META`), author markup (microdata, RDFa, ``rel=author``,
#: hAtom/hCard, ``<address>``, byline classes, outside furniture: see
#: :mod:`newsshape.document._meta`), then a by-line near the title that
#: layout gave another role.
SOURCES = ("byline", "jsonld", "meta", "markup", "nearby")
#: Sources of markup values, where a blog's handle ("gizzmo") is its author's
#: name: visible text keeps only names that read as names.
_MARKUP_SOURCES = frozenset(("jsonld", "meta", "markup"))

# Thresholds, set by hand on trafilatura-eval's author labels.

#: Letters the site's name must spell inside a longer name to be cut from it ("Adam Aaronson PhillyVoice").
_RUN_LETTERS = 4
#: Words of a name that may be a person's and a blog's at once ("Pamela Anderson"), at least and at most.
_PERSON_WORDS = (2, 3)
#: Characters of a one-word name that are initials, not a name ("EC").
_INITIALS = 2
#: Blocks around the title or the body's start searched for a by-line layout missed: above ...
_NEARBY_ABOVE = 3
#: ... and below (exclusive).
_NEARBY_BELOW = 7
#: Blocks after the body's last searched for a by-line signing the story off ("Von Cosima Künzel", "Autor:" and
#: a name in the next block): tuned on trafilatura-eval's dev author labels, checked on validation (+1 page).
_SIGNOFF_BELOW = 3
#: Words the block after a byline's label alone may have to be read as the names it labels ("Autor:" | "Jane Doe"),
#: not a headline after a "Text" button.
_LABELLED_WORDS = 6
#: Words a by-line found that way may have at most.
_BYLINE_WORDS = 14
#: Author elements of the markup read at most: more are a list of other stories' authors.
_MARKUP_AUTHORS = 4

#: The address of an author's page, the archive of their stories (WordPress's ``/author/jane-doe/``, its translations
#: and plurals): a link to one near the title names an author.
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|autor|autoren|auteur|autore|autori|autores)/([^/?#]+)/?(?:[?#]|$)", re.I)
#: Markup inside a JSON-LD string.
_TAG = re.compile(r"<[^<>]*>")


def _text(value: str) -> str:
    """A JSON-LD string as text: entities decoded, markup dropped."""
    if "&" in value:
        value = html.unescape(value)
    if "<" in value:
        value = _TAG.sub(" ", value)
    return value


def _jsonld_names(item: dict[str, Any]) -> list[str]:
    """The names a JSON-LD ``Person`` or ``Organization`` gives: ``name`` (a
    string, a list, a language-tagged ``{"@value": ...}``), else
    ``givenName`` and ``familyName`` joined."""
    name = item.get("name")
    values = name if isinstance(name, list) else [name]
    out = []
    for value in values:
        if isinstance(value, dict):
            value = value.get("@value")
        if isinstance(value, str) and value.strip():
            out.append(_text(value))
    if not out:
        parts = [item.get(k) for k in ("givenName", "additionalName", "familyName")]
        joined = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        if joined:
            out.append(joined)
    return out


def _jsonld_authors(page: Page) -> tuple[list[str], set[str]]:
    """Author names from JSON-LD (references to a ``Person`` elsewhere in the
    graph followed, whether written as ``{"@id": ...}`` or as a bare
    string), and those the JSON-LD types as an organisation."""
    objects = page.doc.meta.jsonld
    named = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and _jsonld_names(o)}
    out: list[str] = []
    orgs: set[str] = set()
    for author in jsonld(page, "author") + jsonld(page, "creator"):
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, str) and item in named:
                item = named[item]
            if isinstance(item, dict):
                if not _jsonld_names(item) and isinstance(item.get("@id"), str):
                    item = named.get(item["@id"], item)
                names = _jsonld_names(item)
                out += names
                kind = item.get("@type")
                kinds = [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else [kind]
                if kinds and all(isinstance(k, str) and k.casefold() != "person" for k in kinds):
                    orgs.update(n.casefold() for n in names)
            elif isinstance(item, str):
                out.append(_text(item))
    return out, orgs


class _Publisher(NamedTuple):
    """The names a publication goes by, squashed (see :func:`squash`)."""

    names: frozenset[str]
    """Squashed names of the site and of its publisher."""

    hosts: frozenset[str]
    """The squashed name of the host, alone and with its suffix ("rt",
    "vegolosiit")."""


def _publisher(page: Page) -> _Publisher:
    host, candidates, _ = evidence(page)
    names: set[str] = set()
    for name in candidates:
        names.update((squash(name), squash(without_article(name))))
    primary = squash(host.name)
    names.discard("")
    return _Publisher(frozenset(names), frozenset((primary, primary + host.tld)) if primary else frozenset())


def _publisher_run(words: list[str], keys: frozenset[str]) -> tuple[int, int] | None:
    """Where in a name's ``words`` one of ``keys`` is spelled: the first run
    of words that spells one (a run inside a longer name spells at least
    four letters)."""
    squashed = [squash(w) for w in words]
    for start in range(len(words)):
        key = ""
        for end in range(start, len(words)):
            key += squashed[end]
            whole = start == 0 and end == len(words) - 1
            if key in keys and (whole or len(key) >= _RUN_LETTERS):
                return start, end + 1
    return None


def _looks_personal(name: str) -> bool:
    """Two or three capitalised words, no article, no word of an
    organisation's name: "Pamela Anderson" may be a blog's name and its
    author's."""
    words = name.split()
    return (
        _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1]
        and words[0].casefold() not in ARTICLES
        and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not any(w.casefold() in ORG_WORDS for w in words)
    )


def _not_alone(name: str) -> bool:
    """Whether a one-word name names nobody: an acronym that is no agency's
    ("NDR", "EC"), initials, a word of an organisation's name ("Verein")."""
    folded = name.casefold()
    if folded in AGENCIES:
        return False
    return name.isupper() or len(name) <= _INITIALS or folded in ORG_WORDS or folded in DESK_WORDS


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
        if found and rest and squash(head) in publisher.names | publisher.hosts:
            # not a slogan: "L-MAG – Das Magazin für Lesben" is the site's name
            return raw if any(w.casefold() in ORG_WORDS for w in rest.split()) else rest
    return raw


class _Credits(NamedTuple):
    """The names one source gives, sorted."""

    people: list[str]
    """The people it names."""

    others: list[str]
    """The organisations it names when it names no person (a wire, a desk)."""

    publication: list[str]
    """The publication itself, when the source names it as the author."""


def _people(names: tuple[str, ...], publisher: _Publisher, orgs: set[str]) -> _Credits:
    """``names`` without the publication (set apart: a last resort, see
    :func:`authors`) or a company, the site's name cut off where a byline
    glued it to a person's ("Elliot Brownstein Florida Today", "Adam Aaronson
    PhillyVoice Staff"), and without organisations when people are named
    beside them (an agency, a desk, an affiliation split off a name)."""
    out: list[str] = []
    publication: list[str] = []
    keys = publisher.names | publisher.hosts
    for name in names:
        if (squash(name) in keys or squash(without_article(name)) in keys) and not _looks_personal(name):
            publication.append(name)
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
    return _Credits(people, [], publication) if people else _Credits([], out, publication)


def _credited(publication: list[str], raw: list[str], source: str) -> list[str]:
    """The publication credited as the author by one source's ``raw``
    values: a social account's handle (``twitter:creator`` "@example") is
    the site's account, no credit."""
    if source != "meta":
        return publication
    handles = {squash(r) for r in raw if r.lstrip().startswith("@")}
    return [n for n in publication if squash(n) not in handles]


def _labelled(block: Block) -> bool:
    """Whether a block after a byline's label alone may hold the names it
    labels: a few words, one link at most (a toolbar's links after a "Text"
    button are no names)."""
    return block.words <= _LABELLED_WORDS and len(block.links) <= 1


def _author_links(block: Block) -> list[str]:
    """The names of the links to author pages in a short block near the
    title (WordPress's ``/author/jane-doe/`` and its translations): a name
    set apart from any "By", linked to the archive of its stories."""
    if block.words > _BYLINE_WORDS:
        return []
    out = []
    for text, href in block.links:
        found = _AUTHOR_PAGE.search(href)
        if found and looks_like_name(text) and _spells(found.group(1), text):
            out.append(text)
    return out[:_MARKUP_AUTHORS]


def _spells(slug: str, name: str) -> bool:
    """Whether an author page's ``slug`` spells a word of ``name`` (the
    address is made from the author's name: "jane-doe", "janedoe"), not a
    link's label ("More Posts")."""
    key = squash(slug)
    return any(len(w) >= _RUN_LETTERS and w in key for w in map(squash, name.split()))


def _nearby_byline(page: Page) -> list[str]:
    """A by-line among the few blocks around the title or the start of the
    body, whatever role layout gave it ("Von Tomas Spahn" set apart as
    furniture, "Par Kab Niang Le 17/02/2020"), else among the few right after
    the body's end (a story signed off: "Von Cosima Künzel"); a label set
    apart from the name in a block of its own ("Von:", then "Götz Warnke")
    is read with the next block (both on HTML pages: validated there)."""
    body = page.indices("body")
    spans = [(a - _NEARBY_ABOVE, a + _NEARBY_BELOW) for a in page.indices("title")[:1] + body[:1]]
    html = page.doc.kind == "html"  # a text dump's last lines are as often a comment's
    heads = len(spans)  # the spans around the title and the body's start, where a linked name is read
    if body and html:  # a by-line signing the story off
        spans.append((body[-1] + 1, body[-1] + 1 + _SIGNOFF_BELOW))
    blocks = page.blocks
    seen: set[int] = set()
    linked: list[str] = []
    for span, (low, high) in enumerate(spans):
        for i in range(max(0, low), min(len(blocks), high)):
            if i not in seen and page.roles[i] != "title":
                seen.add(i)
                text = blocks[i].text
                if html and i + 1 < len(blocks) and is_byline_label(text) and _labelled(blocks[i + 1]):
                    text = f"{text} {blocks[i + 1].text}"  # "Von:" | "Götz Warnke"
                if len(text.split()) <= _BYLINE_WORDS and opens_byline(text):
                    return [text]
                if not linked and blocks[i].links and span < heads:
                    linked = _author_links(blocks[i])
    return linked


def _sections(page: Page) -> frozenset[str]:
    """The story's section names (``article:section``, JSON-LD
    ``articleSection``), case-folded: a section's name ("Mac") printed in
    an author's place is no name."""
    values: list[Any] = list(page.doc.meta.tags.get("article:section", ()))
    for value in jsonld(page, "articleSection"):
        values += value if isinstance(value, list) else [value]
    return frozenset(v.strip().casefold() for v in values if isinstance(v, str) and v.strip())


def _raw(page: Page, source: str, jsonld_names: list[str]) -> list[str]:
    """The raw author values of one source (see :data:`SOURCES`)."""
    meta = page.doc.meta
    if source == "byline":
        return page.texts("byline")
    if source == "jsonld":
        return jsonld_names
    if source == "meta":
        return [v for k in _AUTHOR_META for v in meta.tags.get(k, ())]
    if source == "markup":
        return meta.authors[:_MARKUP_AUTHORS]
    return _nearby_byline(page)


def _needs_spelling(name: str) -> bool:
    """Whether a source may spell ``name`` better: written in capitals alone
    ("JANE DOE") or as a handle ("gabor_munier")."""
    return name.isupper() or (is_handle(name) and not looks_like_name(name))


def _best_spelling(names: list[str], pool: list[str]) -> list[str]:
    """``names`` with each one that :func:`_needs_spelling` replaced by its
    spelling in ``pool`` (the other sources' names) when one spells the
    same letters as a name ("Jane Doe" for "JANE DOE", "Gàbor Muniér" for
    "gabor_munier"): the best source for the case."""
    spelled = {squash(n): n for n in reversed(pool) if not _needs_spelling(n)}
    return [spelled.get(squash(n), n) if _needs_spelling(n) else n for n in names]


def authors(page: Page) -> list[str]:
    """The story's authors, from the sources of :data:`SOURCES` in their
    order of trust: the first that names people wins (an organisation named
    by a more trusted source, such as a JSON-LD ``Organization``, never
    beats a person named by a later one). Names are cleaned
    (:mod:`newsshape.text._names`; a blog's handle is kept from markup,
    never from visible text), rid of the publication, of a section's name
    and, beside people, of organisations, and written in the case of the
    best source. When no person is named, the organisations the first
    source names (a wire, a desk), else a newsroom named by desk words alone
    ("Redaktion"), else the publication itself as the first source that
    credits it with the story names it (a JSON-LD ``Organization`` author,
    an ``author`` meta tag, a byline: what the page declares, never the
    site's name alone)."""
    publisher = _publisher(page)
    jsonld_names, orgs = _jsonld_authors(page)
    sections = _sections(page)
    raws: list[tuple[str, list[str]]] = []
    organisations: list[str] = []
    handles: list[str] = []
    credited: list[str] = []
    for source in SOURCES:
        raw = _raw(page, source, jsonld_names)
        raws.append((source, raw))
        if not raw:
            continue
        names = clean_authors((_unprefixed(r, publisher) for r in raw), handles=source in _MARKUP_SOURCES)
        if sections:
            names = tuple(n for n in names if n.casefold() not in sections)
        people, others, publication = _people(names, publisher, orgs)
        if publication and not credited:
            credited = _credited(publication, raw, source)
        if people and all(_needs_spelling(n) and not n.isupper() for n in people):
            people = _best_spelling(people, list(clean_authors(r for _, values in raws for r in values)))
            if all(_needs_spelling(n) for n in people):
                handles = handles or people  # a later source may give the name itself
                continue
        if people:
            if any(_needs_spelling(n) for n in people):
                rest = [r for name, values in raws if name != source for r in values]
                rest += [r for name in SOURCES[len(raws) :] for r in _raw(page, name, jsonld_names)]
                people = _best_spelling(people, list(clean_authors(rest)))
            return people
        organisations = organisations or others
    if handles or organisations:
        return handles or organisations
    for _, raw in raws:  # a newsroom alone
        desks = [n for n in clean_authors(raw, desks=True) if is_desk(n)]
        if desks:
            return desks
    return credited[:1]
