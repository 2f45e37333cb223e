"""Tags and categories: what the page says the story is about and where it
is filed.

Read from the metadata (``article:tag``, ``article:section``, JSON-LD
``keywords`` and ``articleSection``, ``<meta name="keywords">`` and
``news_keywords``), from links marked ``rel="tag"`` (WordPress marks its
category links ``rel="category tag"``) and from the visible lines the layout
left out of the body ("Tags: Water, Farming", "Filed under: Politics"). Body
text is never read: a label line in the body stays body.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from newsshape.fields._site import jsonld

if TYPE_CHECKING:
    from newsshape.document import Block, Page, Role

__all__ = ["categories", "tags"]

#: A visible line that lists tags or categories: its label, then the items
#: (or nothing, when they follow in the next block). Checked on the blocks
#: the layout kept out of the body; labels in English, German, French,
#: Spanish, Italian and Dutch.
_TAG_LABELS = (
    r"(?:tags?|tagged(?: with| as)?|keywords?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen"
    r"|étiquettes|mots[- ]cl[ée]s|etiquetas|palabras clave|parole chiave|trefwoorden)"
)
_CATEGORY_LABELS = (
    r"(?:categor(?:y|ies)|filed (?:under|in)|posted in|published in|kategorien?|rubriken?|abgelegt unter"
    r"|veröffentlicht in|catégories?|rubriques?|categorías?|categorie|categorieën)"
)
_TAG_LINE = re.compile(_TAG_LABELS + r"\s*[:：]\s*(.*)", re.I)
_CATEGORY_LINE = re.compile(_CATEGORY_LABELS + r"\s*[:：]?\s*(.*)", re.I)
#: The other list's label with its colon inside a line: themes print the category and tag lists side by side
#: ("Categories: Bread, Recipes Tags: baking", Genesis' "Filed Under: Walks Tagged With: coast path").
_NEXT_LABEL = (
    re.compile(r"\s" + _CATEGORY_LABELS + r"\s*[:：]", re.I),
    re.compile(r"\s" + _TAG_LABELS + r"\s*[:：]", re.I),
)
#: How long a label line may be (characters): longer ones are text.
_MAX_LINE = 400
#: How many blocks after a label standing alone ("Tags:") its items may fill.
_ITEMS_AFTER = 2
#: Most words of an item of a line without links: longer ones are prose.
_ITEM_WORDS = 4
#: Separators of items written out in one string (keywords, a line without links).
_SPLIT = re.compile(r"\s*[,;|·•]\s*")
#: Roles of the blocks a label line may have: never body text.
_LINE_ROLES: tuple[Role, ...] = ("boilerplate", "label", "unknown", "related_snippet")
#: How many blocks before the headline (or the first body block) and after
#: the last body block a tag line or link may stand: the story's own meta
#: lines are there, a sidebar's category list and the site's menus further
#: away. Tuned on the trafilatura-eval development pages.
_BEFORE, _AFTER = 8, 12
#: The story's own box: the nearest ``article`` element around the body's
#: end, or the element WordPress's ``post_class()`` names ``hentry`` or
#: ``type-post``. A label line in it ("Tags: ...", WordPress's
#: ``.tags-links`` and ``.cat-links`` in the ``entry-footer``) is the story's
#: however far below the body it stands (share, like and related boxes
#: between), while a sidebar's "Categories" list never stands in it. (Bare
#: ``rel="tag"`` links keep to the window: a related box in the story's box
#: lists its stories' tags.)
_BOX_TAG = "article"
_BOX_NAMES = frozenset(("hentry", "type-post"))
#: How many elements above the body's last block the box is looked for.
_BOX_DEPTH = 16
#: Link texts in tag and category lines that are no label: comment counts
#: and calls to comment.
_NOT_A_LABEL = re.compile(
    r"\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|repl(?:y|ies)|antworten|leave a)\b", re.I
)


def _strings(value: Any) -> list[str]:
    """The texts of a JSON-LD value: a string split at commas, a list's strings."""
    if isinstance(value, str):
        return _SPLIT.split(value)
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    return []


def _meta_values(page: Page, *names: str) -> list[str]:
    out: list[str] = []
    for name in names:
        for value in page.doc.meta.tags.get(name, ()):
            out.extend(_SPLIT.split(value))
    return out


def _window(page: Page) -> tuple[int, int, int]:
    """The first and last block index where the story's tag links may
    stand (see :data:`_BEFORE`), and the last where its label lines may:
    further down when the story's box (:data:`_BOX_TAG`) holds them; an
    empty range without a body. Worked out once per page (tags and
    categories ask)."""
    return page.remember("tag_window", _find_window)


def _find_window(page: Page) -> tuple[int, int, int]:
    body = page.indices("body")
    if not body:
        return 0, -1, -1
    title = page.indices("title")
    start = title[0] if title and title[0] < body[0] else body[0]
    end = body[-1] + _AFTER
    return start - _BEFORE, end, max(end, _box_end(page, body[-1]))


def _box_end(page: Page, last: int) -> int:
    """The last block of the story's box (:data:`_BOX_NAMES`) around block
    ``last``, the body's last; ``last`` when there is none."""
    doc = page.doc
    elements, blocks = doc.elements, page.blocks
    element, box = blocks[last].element, -1
    for e in doc.ancestors(element, _BOX_DEPTH) if element >= 0 else ():
        if elements[e].tag == _BOX_TAG or not _BOX_NAMES.isdisjoint(elements[e].hint.split()):
            box = e
            break
    if box < 0:
        return last
    # the box's elements come in one run after it (document order), the body's among them: after those, up to
    # the first whose parent is above the box
    end = max(box, element) + 1
    while end < len(elements) and elements[end].parent >= box:
        end += 1
    i = last
    while i + 1 < len(blocks) and box <= blocks[i + 1].element < end:
        i += 1
    return i


def _items(block: Block, start: int, end: int) -> list[str]:
    """The items a label line lists between ``start`` and ``end`` of its
    text (after its label): the texts of the links printed there, or
    without links the comma-separated names (none when they read as prose)."""
    text = block.text
    if block.links:
        out, at = [], 0
        for anchor, _href in block.links:
            where = text.find(anchor, at) if anchor else -1
            if where < 0:
                continue
            at = where + len(anchor)
            if start <= where < end and _NOT_A_LABEL.search(anchor) is None:
                out.append(anchor)
        return out
    items = _SPLIT.split(text[start:end])
    if block.ends_sentence or any(len(item.split()) > _ITEM_WORDS for item in items):
        return []
    return items


def _lines(page: Page) -> tuple[list[str], list[str]]:
    """Items of the visible tag lines and of the category lines, computed
    once per page."""
    return page.remember("label_lines", _read_lines)


def _read_lines(page: Page) -> tuple[list[str], list[str]]:
    """What :func:`_lines` returns, read from the page."""
    found: tuple[list[str], list[str]] = ([], [])
    blocks, roles = page.blocks, page.roles
    first, _, last = _window(page)
    lines = page.indices(*_LINE_ROLES) if first <= last else []
    for i in lines[bisect_left(lines, first) : bisect_right(lines, last)]:  # the window's, in page order
        block = blocks[i]
        text = block.text
        if len(text) > _MAX_LINE or not text[:1].isalpha():
            continue
        for kind, (out, pattern) in enumerate(zip(found, (_TAG_LINE, _CATEGORY_LINE), strict=True)):
            match = pattern.match(text)
            if match is None:
                continue
            start, end = match.start(1), len(text)
            other = _NEXT_LABEL[kind].search(text, start)
            if other is not None:  # the other list follows on the line: its items are its own
                second = (_CATEGORY_LINE, _TAG_LINE)[kind].match(text, other.start() + 1)
                if second is not None:
                    found[1 - kind].extend(_items(block, second.start(1), end))
                end = other.start()
            if block.links or start < end:
                out.extend(_items(block, start, end))
            else:  # the label alone: the items are the links of the next blocks
                for j in range(i + 1, min(i + 1 + _ITEMS_AFTER, len(blocks))):
                    if roles[j] in ("body", "heading") or not blocks[j].links:
                        break
                    out.extend(anchor for anchor, _href in blocks[j].links)
            break
    return found


def _links(page: Page, category: bool) -> list[str]:
    """The texts of the ``rel="tag"`` links (``category``: of those marked
    ``rel="category tag"``) that stand near the story (see :data:`_BEFORE`)."""
    marked = page.doc.meta.tag_links
    if not marked:
        return []
    first, last, _ = _window(page)
    near = {href for block in page.blocks[max(first, 0) : last + 1] for _anchor, href in block.links}
    return [text for text, href, rel in marked if ("category" in rel.split()) == category and href in near]


def tags(page: Page) -> list[str]:
    """Tags, raw (normalisation de-duplicates): ``rel="tag"`` links and
    visible "Tags:" lines, else ``article:tag``, the JSON-LD
    ``keywords``, ``news_keywords`` and ``<meta name="keywords">``."""
    visible = _links(page, False) + _lines(page)[0]
    if visible:
        return visible
    declared = _meta_values(page, "article:tag")
    for value in jsonld(page, "keywords"):
        declared.extend(_strings(value))
    return declared or _meta_values(page, "news_keywords", "keywords")


def categories(page: Page) -> list[str]:
    """Categories, raw: ``rel="category tag"`` links and visible
    "Categories:" lines, else ``article:section`` and the JSON-LD
    ``articleSection``."""
    visible = _links(page, True) + _lines(page)[1]
    if visible:
        return visible
    declared = _meta_values(page, "article:section")
    for value in jsonld(page, "articleSection"):
        declared.extend(_strings(value))
    return declared
