"""The headline.

Where it is read, in order of trust:

1. the title block the layout found: the ``h1`` nearest above the body that
   is not the site's name (a logo, a link to the home page) nor in a
   sidebar (:func:`newsshape.layout._head.names_site`), or a post's ``h2``
   under a blog's name;
2. the titles the page declares, in this order: JSON-LD ``headline``;
   microdata ``itemprop="headline"`` (a ``<meta>`` or the element);
   ``og:title`` (else ``twitter:title``); Dublin Core ``dc.title`` /
   ``dcterms.title``; ``<title>``; JSON-LD ``name`` of the story's node
   (``Article``, ``NewsArticle``, ``BlogPosting``, ... never of the
   ``WebSite``, the ``Organization`` or the ``WebPage``; last: it is often a
   name given for the site's own use). A declaration that is only the site's
   name is left out (unless all are). Each loses the site's name
   glued to it with a separator (``|``, ``-``, ``–``, ``—``, ``»``, ``::``,
   ``·``, ...: :data:`~newsshape.fields._site.TITLE_SEPARATORS`), known
   from the site's evidence (:func:`~newsshape.fields._site.evidence`) or
   from an ``h1`` that names the site, and a bare domain
   ("example.com") is never a title.

The title block wins, unless it is the site's name or a logo, only adds a
kicker, a subtitle or a " | Site" part to a declared title, or shares no
word with declared titles that agree with each other (a quotation set as
``h1``); then the declared title another declaration agrees with, else the
first, is the headline.
"""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsshape.document import Page
from newsshape.fields._site import TITLE_SEPARATORS, evidence, jsonld, split_site, squash, story_node
from newsshape.layout._head import names_site
from newsshape.text._lines import clean_line

# Thresholds, set by hand on trafilatura-eval's title labels.

#: Words a title block may have and still be a logo, a section's name or a kicker rather than the headline.
_LOGO_WORDS = 4
#: Letters a word needs to count as a content word (shared by a title block and a declared title, or a URL's slug).
_CONTENT_LETTERS = 4
#: Share of the shorter title's words two declared titles must have in common to agree with each other.
_AGREE = 0.5
#: Words a declared title needs to be trimmed to, or an ``h1`` to open a declared title.
_TITLE_MIN_WORDS = 3
#: Words of a name after a separator ("| FASSETTE.NET") that a title block adds to a declared title.
_NAME_WORDS = 3
#: How many times longer than a short title block all declared titles must be for the block to be a logo.
_LOGO_RATIO = 2.5
#: Words an agreed declared title needs to beat a title block sharing no word with it (a quotation as ``h1``).
_AGREED_MIN_WORDS = 4


#: Separators of a breadcrumb trail ("Blog » Post"), which opens with the site's name.
_CRUMB_SEPARATORS = (" » ", " › ", " > ", " :: ")
#: Roles of blocks that are never the story's microdata headline (teasers, related boxes).
_NOT_STORY = frozenset(["boilerplate", "related", "related_snippet"])
#: A bare domain ("example.com", "www.example.co.uk"): never a headline.
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?", re.I)


#: Class words of the parts of an ``h1`` that are not its headline: a kicker above it (a Dachzeile, an overline,
#: a supertitle, an eyebrow: news templates' names for it), a subtitle after it, screen-reader-only separators
#: between them. Tuned on trafilatura-eval's dev title labels, which hold the headline part alone.
_H1_ASIDE = re.compile(
    r"kicker|dachzeile|spitzmarke|overline|supertitle|super-title|topline|roofline|eyebrow|pretitle|pre-title|"
    r"subtitle|sub-title|subheading|sub-heading|subline|unterzeile|visually-hidden|sr-only|screen-reader",
    re.I,
)
#: An ``h1``'s markup that may hold such parts (a class naming one, or ``<small>``, HTML's element for a side
#: comment, the subtitle of Bootstrap's headings): only those headings are parsed again.
_H1_ASIDE_MARKUP = re.compile(rf"class=[\"']?[^\"'>]*(?:{_H1_ASIDE.pattern})|<small\b", re.I)
#: Characters of an ``h1``'s markup read at most: the longer ones are no headline with a kicker.
_H1_MARKUP_CHARS = 4000
#: Where an ``h1`` opens in the markup: found by the regular expression engine, about twice as fast as
#: ``str.find`` on the wide strings most pages decode to (any character beyond Latin-1).
_H1_OPEN = re.compile("<h1")
#: The title block's last words, the longest of which tells its ``h1`` in the markup, ...
_NEEDLE_WORDS = 3
#: ... which needs this many characters at least (a shorter one is in any heading).
_NEEDLE_CHARS = 4


#: Separators and spaces left at the ends of an ``h1``'s headline part when its kicker or subtitle is cut ("... :").
_PART_EDGES = " :|-–—·•/»"


def _is_aside(node: LexborNode) -> bool:
    return node.tag == "small" or _H1_ASIDE.search(node.attributes.get("class") or "") is not None


def _headline_text(node: LexborNode) -> str:
    """The text of an ``h1`` without its kicker and subtitle parts (the
    outermost ones: an inner one goes with its parent), white space
    collapsed."""
    asides = [p for p in node.css("*") if _is_aside(p)]
    ids = {p.mem_id for p in asides}
    for part in asides:
        parent = part.parent
        while parent is not None and parent.mem_id != node.mem_id and parent.mem_id not in ids:
            parent = parent.parent
        if parent is not None and parent.mem_id == node.mem_id:
            part.decompose()
    return " ".join(node.text().split()).strip(_PART_EDGES)


def _title_h1(raw: str, text: str) -> str | None:
    """The markup of the first ``h1`` that holds the longest of the last
    words of ``text`` (a title block's): the title block's own. The page's
    markup is read up to it, not further."""
    needle = max((w.strip(_PART_EDGES + ".,;!?\"'()“”„«»") for w in text.split()[-_NEEDLE_WORDS:]), key=len, default="")
    if len(needle) < _NEEDLE_CHARS or any(c in needle for c in "&<>\"'"):
        return None
    opening = _H1_OPEN.search(raw)
    while opening is not None:
        start = opening.start()
        end = raw.find("</h1>", start, start + _H1_MARKUP_CHARS)
        if end >= 0 and needle in raw[start:end]:
            return raw[start : end + 5]
        opening = _H1_OPEN.search(raw, start + 3)
    return None


def _headline_part(page: Page, found: str) -> str:
    """The title block without the kicker or subtitle its ``h1`` sets apart
    in its markup ("<span class=kicker>Klimaschutz</span> Bohren, bis es
    heiß wird"): the headline itself. The ``h1`` is parsed again (a few
    hundred characters) only when its markup names such a part
    (:data:`_H1_ASIDE_MARKUP`)."""
    index = page.indices("title")
    block = page.blocks[index[0]] if index else None
    if block is None or block.kind != "heading" or block.level != 1 or page.doc.kind != "html":
        return found
    markup = _title_h1(page.doc.raw, found)
    if markup is None or _H1_ASIDE_MARKUP.search(markup) is None:
        return found
    node = LexborHTMLParser(markup).css_first("h1")
    key = squash(found)
    if node is None or squash(node.text(separator=" ")) != key:
        return found
    rest = _headline_text(node)
    return rest if rest and squash(rest) != key else found


def _names_site(page: Page) -> bool:
    """Whether the title block is the site's name (a logo, a link home)."""
    index = page.indices("title")
    return bool(index) and page.doc.kind == "html" and names_site(page, index[0])


def _is_site_name(found: str, raw: list[str], names: set[str]) -> bool:
    """Whether ``found`` (a title block that stands where a site's name
    does) is known as the site's name: one of ``names``, or a part of a
    declared title set apart by a separator where titles put the site's
    name: last ("Post : Blog"), or first before a breadcrumb's mark ("Blog »
    Post"); the first part before another separator is the story's."""
    key = squash(found)
    if key in names:
        return True
    for r in raw:
        for sep in (*TITLE_SEPARATORS, " : "):
            parts = [squash(p) for p in r.split(sep)] if sep in r else []
            if len(parts) > 1 and (parts[-1] == key or (parts[0] == key and sep in _CRUMB_SEPARATORS)):
                return True
    return False


def _unextended(best: str, declared: list[str]) -> str:
    """Of two declared titles, one the other with a section's name set
    apart by a separator ("Press Announcements - FDA approves ...", "FDA
    approves ..."), the shorter: the story's own."""
    for d in declared:
        if d != best and len(d.split()) >= _TITLE_MIN_WORDS and d in best:
            rest = best.replace(d, "", 1).strip()
            if any(rest.startswith(sep.strip()) or rest.endswith(sep.strip()) for sep in TITLE_SEPARATORS):
                return d
    return best


def _overlap(a: str, b: str) -> float:
    wa, wb = set(squash(w) for w in a.split()), set(squash(w) for w in b.split())
    wa.discard("")
    wb.discard("")
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _content_words(text: str) -> set[str]:
    return {w for w in (squash(x) for x in text.split()) if len(w) >= _CONTENT_LETTERS}


def _shares_words(found: str, declared: list[str]) -> bool:
    """Whether ``found`` has a content word in common with a declared title."""
    return any(_content_words(found) & _content_words(d) for d in declared)


def _confirmed(declared: list[str]) -> str | None:
    """The first declared title another declaration agrees with (a JSON-LD
    ``headline`` can be the site's slogan while ``og:title`` and ``<title>``
    agree on the story's)."""
    for i, d in enumerate(declared):
        if any(j != i and _overlap(d, other) >= _AGREE for j, other in enumerate(declared)):
            return d
    return None


def _trimmed(found: str, declared: list[str]) -> str | None:
    """A declared title (as declared, not cut by a guess) that ``found``
    merely extends: a kicker glued before it ("Open Progress Why ...") or a
    " | Site" part after it."""
    for d in declared:
        if len(d.split()) < _TITLE_MIN_WORDS or found == d:
            continue
        if found.endswith(d) and 0 < len(found[: -len(d)].split()) <= _LOGO_WORDS:
            return d
        rest = found[len(d) :] if found.startswith(d) else ""
        sep = next((sep for sep in TITLE_SEPARATORS if rest.startswith(sep)), "")
        # a name after the separator ("| FASSETTE.NET"), not a subtitle ("- Skandinavien im Wohnmobil")
        if (
            sep
            and 0 < len(rest[len(sep) :].split()) <= _NAME_WORDS
            and all(not w[:1].islower() for w in rest[len(sep) :].split())
        ):
            return d
    return None


def _h1_head(page: Page, raw: list[str]) -> str | None:
    """An ``h1`` that opens a declared title before a separator: the title
    without a site part too long to be recognised as one."""
    for block in page.blocks:
        if block.kind == "heading" and block.level == 1 and len(block.text.split()) >= _TITLE_MIN_WORDS:
            for r in raw:
                rest = r[len(block.text) :] if r.startswith(block.text) else ""
                if any(rest.startswith(sep) for sep in TITLE_SEPARATORS):
                    return block.text
    return None


def _microdata_headline(page: Page) -> str | None:
    """The first heading marked ``itemprop="headline"`` (or of class
    ``headline``, which microdata pages give it too) outside the furniture
    and not a teaser's (a link to another page)."""
    for i, block in enumerate(page.blocks):
        if (
            block.kind == "heading"
            and block.element >= 0
            and "headline" in page.doc.elements[block.element].hint.split()
            and page.roles[i] not in _NOT_STORY
            and not (block.links and block.links[0][0] == block.text)
        ):
            # the page's markup last: a search of the whole page costs more than the blocks' walk
            return block.text if 'itemprop="headline"' in page.doc.raw else None
    return None


def _declared(page: Page) -> list[tuple[str, bool]]:
    """The titles the page declares, in order of trust (see the module's
    documentation), as declared (site's name not removed), bare domains
    left out; each with whether it is one of the titles pages write for
    people (``og:title``, ``twitter:title``, ``<title>``), which may end in a
    section's or a brand's name, rather than the story's markup's."""
    meta = page.doc.meta
    raw: list[tuple[str, bool]] = [(h, False) for h in jsonld(page, "headline") if isinstance(h, str) and h.strip()]
    raw += [(v, False) for v in (meta.first("headline"), _microdata_headline(page)) if v]
    raw += [(v, True) for v in (meta.first("og:title", "twitter:title"),) if v]
    raw += [(v, False) for v in (meta.first("dc.title", "dcterms.title"),) if v]
    if meta.title:
        raw.append((meta.title, True))
    raw += [(o["name"], False) for o in meta.jsonld if isinstance(o.get("name"), str) and story_node(o)]
    out: list[tuple[str, bool]] = []
    for r, shown in raw:
        r = clean_line(html.unescape(r)) if "&" in r else clean_line(r)
        if r and _DOMAIN.fullmatch(r) is None:
            out.append((r, shown))
    return out


def title(page: Page) -> str | None:
    """The headline: a title block, else the declared title (JSON-LD
    ``headline`` or ``name``, microdata, og:title, Dublin Core, ``<title>``:
    the one another declaration agrees with) without the site's name. A
    title block yields to the declared title when it is the site's name or a
    logo, when it only adds a kicker, a subtitle or a " | Site" part to it,
    or when it shares no word with titles that agree with each other (a
    quotation set as ``h1``)."""
    meta = page.doc.meta
    host, candidates, site_name = evidence(page)
    names = {squash(c) for c in candidates} | {squash(v) for v in meta.tags.get("og:site_name", ())}
    declarations = _declared(page)
    # a declared "title" that is the site's name (a microdata headline of the site's logo), unless all are
    if any(squash(r) not in names for r, _ in declarations):
        declarations = [(r, shown) for r, shown in declarations if squash(r) not in names]
    raw = [r for r, _ in declarations]
    url = page.doc.url or meta.canonical
    found = page.first("title")
    if found:
        found = _headline_part(page, found)
    named_site = found if found and _names_site(page) and _is_site_name(found, raw, names) else None
    others = (named_site,) if named_site else ()
    split = [split_site(r, site_name, host, others, tails=shown) for r, shown in declarations]
    declared = [t for t, _ in split if t]
    site_keys = {squash(p) for _, parts in split for p in parts}
    if site_name:
        site_keys.add(squash(site_name))
    if found and not named_site and site_name:
        cut, named = split_site(found, site_name, host, tails=False)
        if (
            named
            and len(cut.split()) >= _TITLE_MIN_WORDS
            and found.startswith(cut)
            and squash(named[0]) == squash(site_name)
        ):
            found = cut  # the site's name in the h1 too ("Story | Site")
    if not found:
        return (_h1_head(page, raw) if declared else None) or _confirmed(declared) or next(iter(declared), None)
    if not declared:
        return found
    agreed = _confirmed(declared)
    trimmed = _trimmed(found, [r for r, (t, _) in zip(raw, split, strict=True) if r == t])
    if trimmed:
        return trimmed
    best = _unextended(agreed or declared[0], declared)
    if named_site:
        return best
    if squash(found) in site_keys:
        return best
    if len(found.split()) <= _LOGO_WORDS:
        # a logo, a section or a kicker: no declared title is about as short
        if not any(_overlap(found, d) > 0 for d in declared):
            return best
        # inside much longer declared titles, not opening one: a logo or a kicker
        opens = any(d.casefold().startswith(found.casefold()) for d in raw + declared)
        return best if not opens and all(len(d) >= _LOGO_RATIO * len(found) for d in declared) else found
    if agreed and len(agreed.split()) >= _AGREED_MIN_WORDS and not _shares_words(found, declared):
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
    return {w for w in re.split(r"[^a-z0-9]+", path.lower()) if len(w) >= _CONTENT_LETTERS}
