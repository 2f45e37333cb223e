"""Metadata a page declares about itself: ``<meta>``, JSON-LD, ``<time>``,
author markup, canonical link, language.

Read from the parsed tree before the body walk, with one CSS selection (run
in lexbor's C code) of every element that can carry any of it.
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsshape.document import _ancestry, _featured
from newsshape.document._hidden import HIDDEN_CSS, is_hidden
from newsshape.document._language import language_tag
from newsshape.document._types import Meta
from newsshape.text._lines import clean_line

_MAX_JSONLD = 200_000  # characters of one JSON-LD script we are willing to parse
#: How deep JSON-LD objects are looked for in a script's lists, and how many
#: are kept: bounds for hostile input, far beyond any page's.
_JSONLD_DEPTH = 6
_MAX_JSONLD_OBJECTS = 200


def _jsonld_objects(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > _JSONLD_DEPTH or len(out) > _MAX_JSONLD_OBJECTS:
        return
    if isinstance(data, list):
        for item in data:
            _jsonld_objects(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _jsonld_objects(graph, out, depth + 1)


#: Elements that hold a date, or whose class or id says they may.
_DATE_SELECTOR = (
    'time, abbr[title], [itemprop="datePublished"], [itemprop="dateCreated"], [itemprop="dateModified"], '
    '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], '
    '[class*="byline" i], [id*="date" i], [id*="time" i], [id*="publish" i], [class*="datum" i], [class*="fecha" i]'
)
#: Author markup: microdata and ``rel`` first, then byline classes.
_AUTHOR_SELECTOR = '[itemprop="author"], [rel="author"], [class*="author" i], [property$="author" i]'
#: Everything :func:`collect` reads, as one selector list.
_SELECTOR = f'meta, link[rel], script[type="application/ld+json" i], title, {_DATE_SELECTOR}, {_AUTHOR_SELECTOR}'
#: What :func:`collect` asks lexbor for: :data:`_SELECTOR` with a pair of
#: class substrings merged ("date" and "datum" into "dat") and the four
#: ``itemprop`` values asked for as any ``itemprop`` (a few elements a
#: page). Lexbor walks the tree once, but tests every attribute selector
#: of the list on every element: a selector fewer saves more than the few
#: more elements cost. Those change
#: nothing: the tests in :func:`collect` pass only on elements
#: :data:`_SELECTOR` selects, except for scripts, which are read whatever
#: their attributes and so have a test of their own
#: (:func:`_selected_script`). Matches come in page order, an element once
#: per selector it matches (repeats are skipped).
_LEXBOR_SELECTOR = (
    'meta, link[rel], script[type="application/ld+json" i], title, time, abbr[title], [itemprop], '
    '[class*="dat" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], '
    '[class*="byline" i], [id*="date" i], [id*="time" i], [id*="publish" i], [class*="fecha" i], '
    '[rel="author"], [class*="author" i], '
    '[property$="author" i], '  # RDFa: "author", "schema:author"
    # Also read beyond _SELECTOR: links marked as tags (rel="tag", WordPress's rel="category tag") and
    # <figure> elements, and featured pictures outside any (_featured). An element these select and _SELECTOR
    # does not fails every test of collect() but its own, so the other values stay what they were.
    f'a[rel~="tag" i], figure, {_featured.SELECTOR}'
)
#: What :func:`collect` asks lexbor for when only the head's metadata is
#: wanted (``<meta>`` tags, the title, the canonical link).
_HEAD_SELECTOR = "meta, link[rel], title"
#: The tags :data:`_HEAD_SELECTOR` selects.
_HEAD_TAGS = frozenset(("meta", "link", "title"))
#: The ``class`` substrings of :data:`_SELECTOR`, case ignored.
_CLASS_WORDS = re.compile("date|time|publish|posted|meta|byline|datum|fecha|author")
_SELECTED_ITEMPROP = frozenset(("datePublished", "dateCreated", "dateModified", "author"))
_DATE_ITEMPROP = frozenset(("datePublished", "dateCreated", "dateModified"))
#: Data attributes of a date element that may hold its machine-readable date (``data-timestamp``, ``data-time``,
#: ``data-date``, ``data-published``, ``data-utime``, ``data-epoch``): publishing systems' own names for it.
_DATA_DATE = re.compile(r"data-(?:[a-z-]*[-_])?(?:timestamp|time|date|datetime|published|publish-date|utime|epoch)$")
_MAX_DATE_NODES = 120
_MAX_DATE_TEXT = 200  # longer texts are containers, not date lines


def _hint(node: LexborNode, tag: str, a: dict[str, str | None]) -> str:
    """The class, id and itemprop words of a date-bearing element (``tag``,
    with the attributes ``a``) and of its parent, lower-cased."""
    words = [tag, a.get("class") or "", a.get("id") or "", a.get("itemprop") or ""]
    if "pubdate" in a:
        words.append("pubdate")
    parent = node.parent
    if parent is not None:
        pa = parent.attributes
        words += [pa.get("class") or "", pa.get("id") or "", pa.get("itemprop") or ""]
    return " ".join(w for w in words if w).lower()


def _selected_script(a: dict[str, str | None]) -> bool:
    """Whether :data:`_SELECTOR` selects a ``script`` element with the
    attributes ``a`` (:data:`_LEXBOR_SELECTOR` selects a few more)."""
    if (a.get("type") or "").lower() == "application/ld+json" or a.get("itemprop") in _SELECTED_ITEMPROP:
        return True
    if (a.get("rel") or "").lower() == "author":  # lexbor compares rel values case-insensitively, as HTML does
        return True
    if (a.get("property") or "").lower().endswith("author"):
        return True
    c = (a.get("class") or "").lower()
    if c and _CLASS_WORDS.search(c) is not None:
        return True
    i = (a.get("id") or "").lower()
    return bool(i) and ("date" in i or "time" in i or "publish" in i)


def _is_date(tag: str, a: dict[str, str | None], c: str) -> bool:
    """Whether an element is one that :data:`_DATE_SELECTOR` selects
    (chains of ``in``: the cheapest test); ``c`` is its class, lower-cased."""
    if tag in ("time", "abbr") or a.get("itemprop") in _DATE_ITEMPROP:
        return tag != "abbr" or "title" in a or a.get("itemprop") in _DATE_ITEMPROP
    if c and (
        "date" in c or "time" in c or "publish" in c or "posted" in c
        or "meta" in c or "byline" in c or "datum" in c or "fecha" in c
    ):  # fmt: skip
        return True
    i = (a.get("id") or "").lower()
    return bool(i) and ("date" in i or "time" in i or "publish" in i)


def _date_candidate(node: LexborNode, tag: str, a: dict[str, str | None], out: list[tuple[str, str]]) -> None:
    """A date-bearing element's values (``tag``, with the attributes ``a``):
    a machine-readable attribute (``datetime``, ``content``, an ``abbr``'s
    ``title``) when there is one, else its own short text."""
    hint = _hint(node, tag, a)
    value = a.get("datetime") or a.get("content")
    if not value:
        # a data attribute naming a date or time, holding digits: a Unix time ("1629428806"), a compact stamp
        # the value's first character before the name's pattern: the cheaper test first
        value = next((v for k, v in a.items() if v and v[:1].isdigit() and _DATA_DATE.match(k)), None)
    if not value and (tag == "abbr" or (a.get("title") or "")[:1].isdigit()):
        value = a.get("title")
    if value and value.strip():
        out.append((value.strip()[:_MAX_DATE_TEXT], hint))
    text = node.text(deep=True) or ""
    if len(text) <= _MAX_DATE_TEXT * 2:
        text = clean_line(text)
        if text and len(text) <= _MAX_DATE_TEXT and any(map(str.isdigit, text)):
            out.append((text, hint))


_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?<!(?:--|\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_MAX_AUTHOR_TEXT = 120
_MAX_AUTHORS = 20


#: Class or id words of the furniture around author markup that names the
#: authors of other things: comments, sidebars and their widgets, related,
#: recommended or popular stories, teaser cards, the site's footer (not a
#: story's own "entry-footer"): the conventions of WordPress themes, hAtom
#: and the big publishing systems.
_FURNITURE = re.compile(
    r"comment|sidebar|widget|related|recommend|popular|trending|teaser|more-stories|most-read|"
    r"(?<![\w-])(?:site-|page-|global-|main-)?footer(?![\w-])|colophon|\bsecondary\b|respond|reply"
)
#: Tags of furniture, whatever their class.
_FURNITURE_TAGS = frozenset(("aside", "nav"))
#: Ancestors of an author element checked for furniture, at most.
_FURNITURE_DEPTH = 30
#: Class words of author markup besides byline classes: hAtom's ``author``
#: (hCard's ``fn`` inside it), ``post-author``, ``entry-author`` and the like.
_AUTHOR_CLASS = re.compile(r"(?:^|\s|[-_])author(?:$|\s)")


def _in_furniture(node: LexborNode) -> bool:
    """Whether author markup stands in a comment, a sidebar, a related box
    or another piece of furniture (its own class included): it names the
    author of something else than the story."""
    current: LexborNode | None = node
    for _ in range(_FURNITURE_DEPTH):
        if current is None:
            return False
        tag = current.tag or ""
        if tag in ("body", "html", "article", "main"):
            return False
        a = current.attributes
        if tag in _FURNITURE_TAGS:
            return True
        words = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if words.strip() and _FURNITURE.search(words) is not None:
            return True
        current = current.parent
    return False


def _author_entry(node: LexborNode, a: dict[str, str | None], c: str) -> tuple[str | None, bool]:
    """The name an author element gives and whether it is marked up as the
    author (microdata, RDFa, ``rel``, hAtom) rather than by a byline class;
    ``(None, False)`` for other elements and for author markup in furniture
    (:func:`_in_furniture`)."""
    rel = (a.get("rel") or "").lower().split()
    marked = a.get("itemprop") == "author" or "author" in rel or (a.get("property") or "").lower().endswith("author")
    classed = not marked and c and (_AUTHOR_CLASS.search(c) is not None or "author" in c.split())
    if not (marked or classed or (c and ("byline" in c or "author-name" in c or "authorname" in c))):
        return None, False
    if _in_furniture(node):
        return None, False
    if marked or classed:
        return _marked_author(node, a), True
    return _byline(node, c), False


def _marked_author(node: LexborNode, a: dict[str, str | None]) -> str | None:
    """The text of ``itemprop="author"`` (its ``name`` part when it has one),
    RDFa ``property="author"``, ``rel="author"`` or hAtom ``author`` markup
    (its hCard ``fn`` when it has one); ``None`` for long texts
    (biographies)."""
    named = None
    if a.get("itemprop") == "author":
        named = node.css_first('[itemprop="name"]')
    elif a.get("property"):
        named = node.css_first('[property="name"], [property$=":name"]')
    elif "author" in (a.get("class") or ""):
        named = node.css_first(".fn, [itemprop=name]")
    source = named if named is not None else node
    text = clean_line(source.attributes.get("content") or source.text(deep=True) or "")
    return text if text and len(text) <= _MAX_AUTHOR_TEXT else None


def _byline(node: LexborNode, c: str) -> str | None:
    """The short text of an element with a byline or author-name class
    (``c``: its class, lower-cased)."""
    if not ("byline" in c or "author-name" in c or "authorname" in c):
        return None
    text = node.text(deep=True) or ""
    if len(text) > _MAX_AUTHOR_TEXT * 2:
        return None
    text = clean_line(text)
    return text if text and len(text) <= _MAX_AUTHOR_TEXT else None


def _jsonld(raw: str, out: list[dict[str, Any]]) -> None:
    if len(raw) > _MAX_JSONLD:
        return
    with contextlib.suppress(ValueError):
        if "<!" in raw or "-->" in raw or "]]>" in raw:  # the regular expression is slow on long texts
            raw = _JSON_WRAPPER.sub("", raw)
        _jsonld_objects(json.loads(raw.strip().rstrip(";"), strict=False), out)


def _jsonld_language(objects: list[dict[str, Any]]) -> str | None:
    for obj in objects:
        value = obj.get("inLanguage")
        if isinstance(value, str):
            tag = language_tag(value)
            if tag:
                return tag
    return None


def _canonical(link: str | None, meta: Meta) -> str | None:
    """The canonical link (made absolute against ``og:url`` or
    ``twitter:url`` when it is relative), else ``og:url``."""
    link = link.strip() if link else None
    declared = meta.first("og:url", "twitter:url")
    if link and "://" not in link and declared and "://" in declared:
        return urljoin(declared, link)
    return link or meta.first("og:url")


#: Bounds for hostile input, far beyond any page's: the figures and tag
#: links read, and the longest text read as a caption or a tag.
_MAX_FIGURES = 60
_MAX_TAG_LINKS = 100
_MAX_CAPTION = 1000
#: Class words of an element that holds a picture's credit inside a figure.
_CREDIT = re.compile("credit|copyright|photographer|source|byline|attribution|author", re.I)


def figure(node: LexborNode) -> dict[str, Any] | None:
    """What a ``<figure>`` says of its picture, or ``None`` when it holds
    none: ``img`` (the source, size and ``alt`` attributes of its first
    ``<img>`` outside ``<noscript>``), ``sources`` (the ``srcset`` of its
    ``<picture><source>`` elements), ``noscript`` (the attributes of an
    ``<img>`` in a ``<noscript>`` fallback), ``caption`` and ``credit``
    (texts, ``""`` when none), ``around`` (the tag, class and id words of
    the figure and the elements around it, nearest first) and ``node``."""
    img: dict[str, str | None] | None = None
    fallback: dict[str, str | None] | None = None
    sources: list[str] = []
    caption = credit = ""
    for child in node.traverse():
        tag = child.tag
        if tag == "img":
            a = child.attributes
            picked = {k: a[k] for k in _featured.IMG_ATTRIBUTES if a.get(k)}
            inside = child.parent
            while inside is not None and inside.mem_id != node.mem_id and inside.tag != "noscript":
                inside = inside.parent
            if inside is not None and inside.tag == "noscript":
                fallback = fallback or picked
            else:
                img = img or picked
        elif tag == "source":
            srcset = child.attributes.get("srcset") or child.attributes.get("data-srcset")
            if srcset:
                sources.append(srcset)
        elif tag == "figcaption" and not caption:
            caption = clean_line((child.text(deep=True) or "")[:_MAX_CAPTION])
        elif not credit and _CREDIT.search(child.attributes.get("class") or "") is not None:
            credit = clean_line((child.text(deep=True) or "")[:_MAX_CAPTION])
    if img is None and fallback is None and not sources:
        return None
    if credit and caption.endswith(credit):
        caption = caption[: -len(credit)].rstrip()
    return {
        "img": img or {}, "sources": sources, "noscript": fallback or {},
        "caption": caption, "credit": credit, "around": _featured.around(node), "node": node.mem_id,
    }  # fmt: skip


def _tag_link(node: LexborNode, a: dict[str, str | None], out: list[tuple[str, str, str]]) -> None:
    """Record a ``rel="tag"`` link: its text, address and ``rel``."""
    if len(out) < _MAX_TAG_LINKS:
        text = clean_line((node.text(deep=True) or "")[:_MAX_CAPTION])
        if text:
            out.append((text, a.get("href") or "", (a.get("rel") or "").lower()))


def collect(tree: LexborHTMLParser, head_only: bool = False, hidden: list[LexborNode] | None = None) -> Meta:
    """Collect the page's self-description from ``tree``; with
    ``head_only``, only ``<meta>`` tags, the title, the canonical link and
    the language (no JSON-LD, no date or author markup: a selection that
    costs lexbor a fraction). With ``hidden``, the elements of hidden markup
    in the whole document, in page order, are added to it (the same
    selection finds them: see :mod:`~newsshape.document._hidden`)."""
    root = tree.root  # the ``html`` element (a selection of it costs lexbor a selector parsed and matched)
    lang = language_tag(root.attributes.get("lang")) if root is not None else None
    title: str | None = None
    canonical: str | None = None
    tags: dict[str, list[str]] = {}
    jsonld: list[dict[str, Any]] = []
    times: list[tuple[str, str]] = []
    marked: list[str] = []  # itemprop="author", rel="author"
    bylines: list[str] = []  # byline and author-name classes
    tag_links: list[tuple[str, str, str]] = []  # rel="tag" links
    figures: list[dict[str, Any]] = []  # <figure> elements with a picture
    featured: list[dict[str, Any]] = []  # featured pictures outside them (_featured)
    dated = 0
    last = -1
    selector = _HEAD_SELECTOR if head_only else _LEXBOR_SELECTOR
    for node in tree.css(selector if hidden is None else f"{selector}, {HIDDEN_CSS}"):
        key = node.mem_id
        if key == last:  # the same element again, for another selector
            continue
        last = key
        tag = node.tag or ""
        a = node.attributes
        if hidden is not None:  # (an element selected as hidden markup alone fails the tests below, see
            if ("hidden" in a or "aria-hidden" in a or "style" in a) and is_hidden(a):  # _LEXBOR_SELECTOR,
                hidden.append(node)
            if head_only and tag not in _HEAD_TAGS:  # but those of the head's selection: only its tags pass)
                continue
        if tag == "meta":
            name = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
            content = a.get("content")
            if name and content is not None:
                tags.setdefault(name.strip().lower(), []).append(content)
            if not ("class" in a or "id" in a or "itemprop" in a or "rel" in a) and not (
                a.get("property") or ""
            ).lower().endswith("author"):
                continue  # (most): no date or author markup, which the tests below look for
        elif tag == "link":
            if canonical is None and "canonical" in (a.get("rel") or "").lower().split():
                canonical = a.get("href")
            continue
        elif tag == "script":
            if _selected_script(a):
                _jsonld(node.text(deep=True) or "", jsonld)
            continue
        elif tag == "title":
            if title is None:
                title = clean_line(node.text())
            continue
        if tag == "figure":
            if len(figures) < _MAX_FIGURES:
                found = figure(node)
                if found is not None:
                    figures.append(found)
        elif tag == "img" and len(featured) < _featured.MAX_FEATURED:
            _featured.add(node, a, featured)
        elif tag == "a" and "tag" in (a.get("rel") or "").lower().split():
            _tag_link(node, a, tag_links)
        c = (a.get("class") or "").lower()
        if dated < _MAX_DATE_NODES and _is_date(tag, a, c) and not _ancestry.in_comment(node):  # not a comment's
            dated += 1
            _date_candidate(node, tag, a, times)
        if len(marked) + len(bylines) <= _MAX_AUTHORS and (
            "author" in c or "byline" in c or a.get("itemprop") == "author"  # what any author markup has
            or "author" in (a.get("rel") or "").lower() or (a.get("property") or "").lower().endswith("author")
        ):  # fmt: skip
            text, is_marked = _author_entry(node, a, c)
            if text:
                (marked if is_marked else bylines).append(text)
    meta = Meta(tags=tags)
    return Meta(
        title=title,
        lang=lang
        or language_tag(meta.first("content-language"))
        or _jsonld_language(jsonld)
        or language_tag(meta.first("og:locale")),
        canonical=_canonical(canonical, meta),
        tags=tags,
        jsonld=jsonld,
        times=times,
        authors=marked + bylines,
        tag_links=tag_links,
        figures=figures + featured,
    )
