"""Pass 4 of the generic layout: the lines above the body.

In a text dump, short lines before the first body paragraph are the title
and the deck; a short line right under the title that does not end a
sentence is a deck even when the content pass took it for body text. Byline
and date lines ("By Jane Doe", "Posted on August 12, 2025 by Jane Doe",
"Published August 12, 2025") around the title are recognised by their
wording. In HTML the title is the ``h1`` nearest above the body.
"""

from __future__ import annotations

import re

from newsshape.document import Page
from newsshape.layout._explain import step
from newsshape.text._datetext import SHORT_DATE, SHORT_DATE_IN
from newsshape.text._lines import AFTER_STOP, FULL_STOPS, is_code
from newsshape.text._names import _BY as _BY_WORD
from newsshape.text._names import AGENCIES, clean_authors, is_byline
from newsshape.text._namewords import PARTICLES as _PARTICLES

#: "Posted on <date> by <name>" and its variants; group ``date`` and ``name``.
_POSTED = re.compile(
    r"^(?:posted|published|written|updated|last updated)(?:\s+on)?\s+(?P<date>[^\n]{4,60}?)"
    r"(?:\s+(?:by|·|\|)\s+(?P<name>[^\n]{2,80}))?$",
    re.I,
)
_BY = re.compile(r"^by\s+\S", re.I)
#: "<date> by <name>" (GeneratePress, Astra) and "By <name> on <date>" / "By <name> | <date>".
_DATE_BY = re.compile(rf"^(?P<date>{SHORT_DATE})\s+(?:by|·|\||—|-)\s+(?:by\s+)?(?P<name>[^\n]{{2,80}})$", re.I)
_BY_DATE = re.compile(rf"^by\s+(?P<name>[^\n]{{2,80}}?)\s+(?:on|·|\||—|-)\s+(?P<date>{SHORT_DATE})$", re.I)
#: How a sentence ends: a full stop, then closing marks (a deck ends no sentence).
_SENTENCE_END = re.compile(f"[{re.escape(FULL_STOPS)}][{re.escape(AFTER_STOP)}]*$")
#: Byline words :func:`~newsshape.text._names.is_byline` leaves out ("di Mario
#: Rossi", "Texto: Ana Gómez"), then a capital.
_MORE_BY = re.compile(r"^(?i:di|textos?|autore|autrice|auteurs?|reportage)\s*:?\s+(?=[A-ZÀ-ÖØ-Þ])")
#: Where the names of a byline end: a date, a bar, a bullet, a parenthesis,
#: a slash or a separating dash.
_NAMES_END = re.compile(r"\d|[|·•(/]|\s[-–—]\s")
#: Words that join names in a byline ("und", "et", "y").
_JOINERS = frozenset(["and", "und", "et", "y", "e", "en", "og", "och", "i", "&", "u."])
#: Capitalised words that open a date, not a name ("Von Jule Radeck Vom 3.
#: Februar", "von Sonia Mevißen Erstellt am 01.01.23").
_DATE_WORDS = frozenset(["vom", "am", "stand", "erstellt", "datum", "fecha", "publié", "publicado", "pubblicato"])
_BYLINE_WORDS = 14  # longest byline, in words, checked for names
_BYLINE_NAMES = 8  # most name words in one

_LOOKAROUND = 4  # lines around the title searched for byline and date lines
_HEAD_LINES = 60  # lines above the body searched for the title

# The sizes of head lines in a text dump, tuned on text dumps of the
# development sets' pages and of the templates' pages.

#: Longest line above the body that may be the title, in words.
_TOP_WORDS = 40
#: Fewest and most words of a deck under the title.
_DECK_WORDS = (3, 25)
#: Fewest and most words of a site's name above the title.
_SITE_WORDS = (2, 6)
#: How a site's name never ends: as a sentence or a clause does.
_NOT_SITE_ENDS = ".!?:;,"
#: A site's name stands among the first this many lines of a dump (under its page-title line, if any).
_SITE_LINES = 3
#: Fewest words of a title, when a run of short lines has a longer one.
_TITLE_WORDS = 3
#: Longest "Posted on <date> by <name>" line, in words.
_POSTED_WORDS = 16
#: Longest plain "By <name>" line, in words.
_BY_WORDS = 12
#: How many lines above an HTML headline are searched for a byline.
_ABOVE_TITLE = 2


def split_byline(text: str) -> tuple[str | None, str | None]:
    """Split a "Posted on <date> by <name>" line into its date text and name
    text; ``(None, None)`` when the line is not of that form. A plain "By
    <name>" line gives ``(None, <name>)``."""
    text = text.strip()
    match = _DATE_BY.match(text) or _BY_DATE.match(text)
    if match is not None:
        return match.group("date"), match.group("name").strip()
    match = _POSTED.match(text) if len(text.split()) <= _POSTED_WORDS else None
    if match is not None and SHORT_DATE_IN.search(match.group("date")) and not text.endswith("."):
        return match.group("date").strip(" ,"), (match.group("name") or "").strip() or None
    if _BY.match(text) and len(text.split()) <= _BY_WORDS:
        return None, text[3:].strip()
    return None, None


def _is_name_word(word: str) -> bool:
    """A capitalised word with no dot inside, save between initials
    ("J.R.R."): "Isabella.DiBiase" is a handle."""
    return word[0].isupper() and ("." not in word or all(len(p) <= 1 for p in word.split(".")))


def names_byline(text: str) -> bool:
    """Whether ``text`` is a byline in any language: a byline word ("By",
    "Von", "Par", "Por", "Di", "Door", "Autor:", ...) then only names, up
    to an agency, a date or a separator ("Von David Hutzler, dpa", "Par Kab
    Niang Le 17/02/2020"). Sentences that open with such a word ("Von der
    Leyen sagte ...", "Par ailleurs, ...") fail: every word of the name part
    must be capitalised, save particles and joiners."""
    text = text.strip()
    if len(text.split()) > _BYLINE_WORDS:
        return False
    more = _MORE_BY.match(text)
    if more is None and not is_byline(text):
        return False
    rest = text[more.end() :] if more is not None else _BY_WORD.sub("", text, count=1)
    end = _NAMES_END.search(rest)
    head = rest[: end.start()] if end else rest
    if any(c in head.rstrip(" :") for c in ":@"):
        return False  # a label or an address glued to the name: cleaning would keep part of it
    words = [w for w in (w.strip(",;.") for w in head.split()) if w]
    if end is not None and end.group(0).isdigit() and words and words[-1].islower():
        words.pop()  # "am", "le", "on" opening the date
    names = [w for w in words if w.casefold() not in _JOINERS | _PARTICLES | AGENCIES]
    if not names or len(names) > _BYLINE_NAMES or not all(_is_name_word(w) for w in names):
        return False
    if any(w.casefold() in _DATE_WORDS for w in names):
        return False
    return bool(clean_authors([text]))


def _is_deck(text: str, words: int) -> bool:
    return _DECK_WORDS[0] <= words <= _DECK_WORDS[1] and _SENTENCE_END.search(text) is None


def _is_site_line(text: str, words: int) -> bool:
    """A name: two to six words (or one with a dot, "T4K3.news"), no
    sentence punctuation."""
    low, high = _SITE_WORDS
    return (low <= words <= high or (words == 1 and "." in text.strip("."))) and text[-1] not in _NOT_SITE_ENDS


@step("head.text")
def _mark_text(page: Page) -> None:
    """Text dumps: the short lines right above the body are the title (the
    line above a byline first), a deck under it and the site's name above."""
    blocks, roles = page.blocks, page.roles
    body = page.indices("body", "heading")
    first = body[0] if body else len(blocks)
    window = range(max(0, first - _HEAD_LINES), first)
    bylines = [i for i in window if _mark_byline(page, i)]
    # (a whole page's dump has its scripts and style sheets above the story)
    top = [
        i
        for i in window
        if roles[i] in ("unknown", "boilerplate") and blocks[i].words <= _TOP_WORDS and not is_code(blocks[i].text)
    ]
    if not top:
        return
    if bylines and bylines[0] - 1 in top:
        title = bylines[0] - 1  # the headline stands right above its byline
    else:
        run = [top[-1]]  # the short lines standing right above the body, bottom up
        for i in reversed(top[:-1]):
            if i + 1 == run[-1] or all(roles[k] in ("byline", "date") for k in range(i + 1, run[-1])):
                run.append(i)
            else:
                break
        named = [i for i in reversed(run) if roles[i] == "unknown"] or [run[-1]]
        title = next((i for i in named if blocks[i].words >= _TITLE_WORDS), named[0])
    roles[title] = "title"
    # a whole page's dump opens with the page's title line ("Headline – Site"): the site's name stands under it
    skip = 1 if title > 1 and blocks[title].text in blocks[0].text else 0
    site = next((i for i in top if skip <= i < min(_SITE_LINES + skip, title - 1) and roles[i] == "unknown"), None)
    if (
        site is not None
        and _is_site_line(blocks[site].text, blocks[site].words)
        and (not skip or _named_again(page, site, blocks[0].text.replace(blocks[title].text, "")))
    ):
        roles[site] = "site"  # a blog's name above its menu and the headline
    for i in top:
        if i < title and roles[i] == "unknown":
            roles[i] = "boilerplate"
    nxt = title + 1
    while nxt < len(blocks) and roles[nxt] in ("byline", "date"):
        nxt += 1
    if (nxt < first and nxt in top) or (
        nxt < len(blocks) and roles[nxt] == "body" and _is_deck(blocks[nxt].text, blocks[nxt].words)
    ):
        roles[nxt] = "subtitle"
    for i in range(nxt + 1, min(len(blocks), nxt + _LOOKAROUND)):
        if roles[i] in ("unknown", "boilerplate"):
            _mark_byline(page, i)


def _named_again(page: Page, i: int, title_rest: str) -> bool:
    """Whether line ``i`` of a whole page's dump, under its page-title line,
    is the site's name as the page prints it elsewhere: in what the title
    line adds to the headline ("– The Patient Baker"), or again under the
    story (a footer's "© 2025 Trail Notes"); a menu's first entry or a
    "Skip to main content" link is printed once."""
    name = page.blocks[i].text
    if name in title_rest:
        return True
    body = page.indices("body")
    return bool(body) and any(name in b.text for b in page.blocks[body[-1] + 1 :])


def _mark_byline(page: Page, i: int, *, names_only: bool = False) -> bool:
    """Give a byline or date line its role; say whether it was one. With
    ``names_only``, only a byline word followed by names counts."""
    role = page.roles[i]
    if role not in ("unknown", "boilerplate", "body"):
        return False
    text = page.blocks[i].text
    if names_byline(text):
        page.roles[i] = "byline"
        return True
    if names_only:
        return False
    date, name = split_byline(text)
    if name and (date or role != "body"):  # in the body, "By the time ..." is a sentence
        page.roles[i] = "byline"
        return True
    if date or SHORT_DATE_IN.fullmatch(text.removesuffix(".")) is not None:  # or a date alone: "October 12, 2017"
        page.roles[i] = "date"  # the story's date line, not a paragraph of it
        return True
    return False


@step("head.body_start")
def _mark_body_start(page: Page) -> None:
    """A byline the content pass took for the first body paragraphs ("Von
    David Hutzler, dpa") or set apart just above them."""
    body = page.indices("body", "heading")
    if not body:
        return
    first = body[0]
    for i in range(max(0, first - _LOOKAROUND + 1), min(len(page.blocks), first + _LOOKAROUND - 1)):
        _mark_byline(page, i, names_only=True)


#: Names (whole class or id words) of the boxes beside a story (a sidebar's "Information and Resources" ``h1``):
#: WordPress's widget areas and widgets, not page builders' "elementor-widget" nor a body's "has-sidebar".
_RAIL = frozenset(["sidebar", "side-bar", "widget", "widget-area", "widgets", "sidebar-1", "sidebar-2"])
#: Names of the element holding a site's name or logo (on the heading or its parent): one of these as a class or
#: id word, or after one word and a hyphen or underscore ("header-logo", "site_title"; not a post's
#: "category-branding"), not inside a word.
_LOGO = re.compile(
    r"(?:^|\s)(?!category|tag)(?:[a-z]+[-_])?"
    r"(?:logo|site[-_]?title|site[-_]?name|blog[-_]?title|blog[-_]?name|brand(?:ing)?)(?:$|\s|[-_])"
)
#: Elements around a heading searched for a rail's name or an ``aside`` tag.
_RAIL_DEPTH = 8
#: Paths of a site's home page: a heading that is a link there is the site's name or logo.
_HOME_PATHS = frozenset(["", "/", "#", "./", "/index.html", "/index.php", "/index.htm"])
#: Marks that open a link to the previous or next post ("« Older post").
_NAV_MARKS = "«‹←<»›→>"
#: Blocks above the body's first searched for the post's ``h2`` under a blog's name (over its date and byline).
_POST_TITLE_REACH = 3


def _home_and_path(url: str) -> tuple[str, str]:
    """The host and path of an absolute ``url`` (of an archived copy, of the
    archived page)."""
    rest = url.split("://", 1)[1]
    inner = rest.find("http", 1)
    if inner > 0 and "://" in rest[inner:]:
        rest = rest[inner:].split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host.lower().removeprefix("www."), "/" + path


def _links_home(page: Page, i: int) -> bool:
    """Whether block ``i`` is one link to the site's home page."""
    block = page.blocks[i]
    if len(block.links) != 1 or block.links[0][0] != block.text:
        return False
    href = block.links[0][1].strip()
    if "://" in href:
        url = page.doc.url or ""
        if "://" not in url:
            return False
        host, href = _home_and_path(href)
        if host != _home_and_path(url)[0]:
            return False
    return "?" not in href and href in _HOME_PATHS


def names_site(page: Page, i: int) -> bool:
    """Whether heading ``i`` is the site's name rather than a story's
    headline: one link to the home page, set in a logo's or a site title's
    box (as blog themes set the blog's name in an ``h1``), or standing in a
    sidebar."""
    if _links_home(page, i):
        return True
    block = page.blocks[i]
    if block.element < 0:
        return False
    doc = page.doc
    chain = doc.ancestors(block.element, _RAIL_DEPTH)
    if any(_LOGO.search(doc.elements[e].hint) is not None for e in chain[:2]):
        return True
    return any(doc.elements[e].tag == "aside" or not _RAIL.isdisjoint(doc.elements[e].hint.split()) for e in chain)


def _post_title(page: Page, i: int) -> bool:
    """Whether heading ``i`` may be a post's title: not the site's name, not
    a date heading (Blogger's ``date-header``, "17.7.11"), not a link to the
    previous or next post ("« Older post")."""
    text = page.blocks[i].text
    if (
        text[:1] in _NAV_MARKS
        or SHORT_DATE_IN.fullmatch(text) is not None
        or "date" in page.doc.hints(page.blocks[i], 2)
    ):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters > sum(c.isdigit() for c in text) and not names_site(page, i)


def _headline(page: Page, first: int) -> int | None:
    """The headline's block: the ``h1`` nearest above the body (block
    ``first``), else the first ``h1``. An ``h1`` that names the site or
    stands in a sidebar counts only when no other ``h1`` is left, and not
    even then when the first links home and an ``h2`` opens the body or
    stands right above it (a blog's name as ``h1``, its posts' titles as
    ``h2``)."""
    blocks = page.blocks
    h1 = [i for i in range(len(blocks)) if blocks[i].kind == "heading" and blocks[i].level == 1]
    story = [i for i in h1 if not names_site(page, i)]
    if h1 and not story and h1[0] < first and _links_home(page, h1[0]):
        for i in range(min(first, len(blocks) - 1), max(h1[-1], first - _POST_TITLE_REACH - 1), -1):
            if blocks[i].kind == "heading" and blocks[i].level == 2 and _post_title(page, i):
                return i
            if page.roles[i] in ("body", "heading") and i != first:
                break
    candidates = story or h1
    above_body = [i for i in candidates if i <= first]
    return above_body[-1] if above_body else (candidates[0] if candidates else None)


@step("head.html")
def _mark_html(page: Page) -> None:
    """HTML: the ``h1`` nearest above the body is the title, with the byline
    and date lines around it (see :func:`_headline`)."""
    blocks = page.blocks
    body = page.indices("body", "heading")
    first = body[0] if body else len(blocks)
    pick = _headline(page, first)
    if pick is None:
        return
    page.roles[pick] = "title"
    for i in range(max(0, pick - _ABOVE_TITLE), pick):
        _mark_byline(page, i, names_only=True)  # a byline above the headline
    for i in range(pick + 1, min(len(blocks), pick + 1 + _LOOKAROUND)):
        _mark_byline(page, i)


@step("head")
def mark(page: Page) -> None:
    """Mark title, subtitle, byline and date lines above the first body
    block."""
    _mark_body_start(page)
    kind = page.doc.kind
    if kind == "html" or (kind == "markdown" and any(b.kind == "heading" and b.level == 1 for b in page.blocks)):
        _mark_html(page)  # Markdown with an h1 too
    else:
        _mark_text(page)
