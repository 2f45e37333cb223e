"""Readers' comments: the blocks of a comment section get the role
``comment``, so that they stay out of the body and out of the boilerplate,
and :attr:`Article.comments <newsshape.Article.comments>` can list them.

The pass runs after the furniture pass (the lines of a comment form, share
and "Like" buttons are furniture already) and before the others, so that on
a page whose short story stands above hundreds of comments (Slashdot) the
main-content pass weighs the story alone. It finds comments by structure:

- HTML (:func:`_mark_html`): the elements that hold one comment, by the
  names the common templates and services give them: WordPress
  (``li.comment``, ``.comment-body``, ``.comment-author .fn``,
  ``.comment-metadata``), ``itemprop="comment"`` (schema.org
  ``Comment``/``UserComments``), Disqus (``dsq-comment``), Discourse's
  crawler view (``crawler-post``, the first post being the story),
  Slashdot; else the list items of a section named as the comments
  (``#comments``, ``.comment-list``, ``.commentlist``, ``#disqus_thread``).
  In each comment, the author's line (``comment-author``, ``fn``, "Jane
  says:"), its date line and its text are told apart; "Reply" buttons are
  furniture.
- Text dumps (:func:`_mark_dump`): after some prose (the story), a run of
  comment headers the way WordPress and most blogs print them ("Jane Doe
  says:", "Jane Doe March 5, 2024 at 9:12 am"), each followed by an
  optional date line, the comment's text and an optional "Reply" line.

Each comment's blocks, with what each is (``author``, ``date``, ``header``:
a line holding both, ``text``), go in ``page.evidence["comments"]``, which
:mod:`newsshape.fields._comments` turns into records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from operator import attrgetter

from newsshape.document import Page
from newsshape.document._types import Document
from newsshape.layout._explain import step
from newsshape.text._datetext import DATE_ALONE

#: One comment's blocks: ``(block index, part)``, part being ``author``,
#: ``date``, ``header`` (a line with the author and the date) or ``text``.
Parts = list[tuple[int, str]]

# -- HTML ---------------------------------------------------------------------------

#: Class, id and itemprop words of an element that holds one comment: WordPress's ``li.comment`` (and its
#: ``comment-12`` id), ``itemprop="comment"``, Disqus, Discourse's crawler view, generic names. Chosen with the
#: comment templates of the development sets (dragnet-dev, cleaneval-dev: WordPress, Blogger, Slashdot, Disqus).
_ITEM = re.compile(
    r"(?:(?:user|reader|single|post|js|dsq|blog|article|entry|wpd)[-_])?comment(?:[-_](?:item|entry|\d+)|item)?"
    r"|li-comment-\d+|crawler-post|blogger-comment-from-post"
)
#: Words of an element that holds one comment on a page that names no element with :data:`_ITEM` words (a
#: comment's box, where the list item that holds it has no name).
_ITEM_BOX = re.compile(r"comment[-_]?(?:body|wrap|wrapper|container|block|box)|commentbody|comment-holder")
#: Words of the section that holds the comments: its list items are comments when nothing else is named.
_SECTION = re.compile(
    r"(?:(?:article|post|entry|blog|story|user|reader|page|js|wp-block|discourse)[-_])?"
    r"(?:comments|commentlist|commentlisting|comment-list|comments-(?:area|list|section|container|wrapper|thread))"
    r"|comment-section|comments?-thread|disqus_thread|dsq-content"
)
#: What the names of an element that may hold a comment or a comment section hold, one of them at least.
_NAMED = re.compile("omment|crawler-post|disqus|dsq")
_HINT = attrgetter("hint")
_PARENT = attrgetter("parent")
#: Words of the part of a comment that names its author.
_AUTHOR = re.compile(r"author|\bfn\b|user-?name|commenter|nickname|poster|\bvcard|\bname\b|\buser\b|creator|byline")
#: Words of the part of a comment that gives its date.
_DATE = re.compile(r"date|time|meta|posted|permalink")
#: Words of a comment's text.
_TEXT = re.compile(r"content|text|body|message|entry")
#: Words of a comment's buttons and counters (furniture).
_TOOLS = re.compile(r"reply|action|tools|vote|rating|like|flag|report|share|avatar|score")
#: Lines of a comment that are its buttons, whole ("Reply", "Log in to Reply"), case ignored.
_BUTTONS = frozenset(
    (
        "reply", "reply ↓", "↓ reply", "log in to reply", "login to reply", "report", "report comment", "flag",
        "like", "quote", "permalink", "link", "share", "edit", "delete", "reply to this comment", "reply to this",
        "parent", "share ›", "antworten", "répondre", "responder", "rispondi", "beantwoorden", "svara", "odpowiedz",
    )
)  # fmt: skip
#: "Jane Doe says:", "Jane wrote:" (the WordPress and blog header), the name at most 60 characters.
SAYS = re.compile(r"^(?P<name>\S.{0,59}?)\s+(?:says|said|wrote|writes|sagt|schreibt|dit|a écrit|dice|escribió):?$")
#: A comment's date with its time ("March 5, 2024 at 9:12 am", "5 March 2024 at 21:12", "2024-03-05 09:12",
#: "on Friday, September 14, 2012 @10:02AM"), alone on a line or after the author's name.
_STAMP = (
    r"(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r",?\s*(?:at|@|-|um|à|a las|alle)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?"
)
#: A line that is a comment's date and time alone.
STAMP_ALONE = re.compile(rf"^{_STAMP}$", re.IGNORECASE)
#: "Jane Doe March 5, 2024 at 9:12 am": a name, then the date and time.
NAME_STAMP = re.compile(rf"^(?P<name>\S.{{0,59}}?)\s+(?:says:?\s+|said\s+)?(?P<stamp>{_STAMP})$", re.IGNORECASE)
#: What a date or a time looks like in a comment's date box: a year, digits with separators, "3 days ago".
_DATE_SHAPE = re.compile(r"\b(?:19|20)\d\d\b|\d[-/.:]\d|\d\s*(?:min|hour|day|week|month|year|h\b|d\b)", re.IGNORECASE)
#: Most words of a line without a date in a comment's date box read as its author's name.
_NAME_WORDS = 4
#: Longest line read as a comment's header (author, date, button), in characters.
HEADER_CHARS = 120


def _words(hint: str, pattern: re.Pattern[str]) -> bool:
    return any(pattern.fullmatch(w) for w in hint.split())


def _part(doc: Document, element: int, item: int, text: str) -> str:
    """What a block of the comment ``item`` is: its text's shape first (a
    button, "Jane says:", a date), then the names of the elements between
    it and the item, nearest first."""
    if len(text) <= HEADER_CHARS:
        key = text.casefold().strip(" :.|·•")
        if key in _BUTTONS:
            return "tools"
        if SAYS.match(text):
            return "author"
        if STAMP_ALONE.match(text) or DATE_ALONE.match(text):
            return "date"
        if NAME_STAMP.match(text):
            return "header"
    elements = doc.elements
    e = element
    while e > item:
        hint = elements[e].hint
        if hint:
            if _TEXT.search(hint):
                return "text"
            if _AUTHOR.search(hint):
                return "author" if len(text) <= HEADER_CHARS else "text"
            if _DATE.search(hint) and len(text) <= HEADER_CHARS:
                # a line of a comment's "meta" box that holds no date is the name it is signed with
                if _DATE_SHAPE.search(text):
                    return "date"
                return "author" if len(text.split()) <= _NAME_WORDS else "text"
            if _TOOLS.search(hint) and len(text) <= HEADER_CHARS:
                return "tools"
        e = elements[e].parent
    return "text"


def _mark_html(page: Page) -> None:
    doc = page.doc
    elements = doc.elements
    # the elements whose names may be a comment's or a comment section's: one search over all the names joined,
    # each match mapped back to its element by the names' end offsets (no match spans two names: no word
    # searched for holds the separator); most pages have none, which one search of the names tells
    hints = list(map(_HINT, elements))
    names = "\n".join(hints)
    if _NAMED.search(names) is None:
        return
    raw = doc.raw  # (a page that writes none of these words names no comment, but with character references)
    if "omment" not in raw and "disqus" not in raw and "crawler-post" not in raw:
        return
    ends = list(accumulate(len(h) + 1 for h in hints))
    found = sorted({bisect_right(ends, m.start()) for m in _NAMED.finditer(names)})
    kinds: dict[int, str] = {}
    for e in found:
        hint = hints[e]
        if _words(hint, _ITEM):
            kinds[e] = "item"
        elif _words(hint, _ITEM_BOX):
            kinds[e] = "box"
        if _words(hint, _SECTION):
            kinds[e] = kinds.get(e, "") + "section"
    if not kinds:
        return
    named = any(k.startswith("item") for k in kinds.values())
    boxed = any(k.startswith("box") for k in kinds.values())
    n = len(elements)
    start = min(kinds)  # the elements before it hold no comment
    parents = list(map(_PARENT, elements))
    # holder: the nearest element holding one comment (itself included), by the names of a comment when any
    # element has them, else by the names of a comment's box, else the list items of a comment section;
    # section: the nearest comment section
    holder = [-1] * n
    section = [-1] * n
    own = "item" if named else "box"
    if named or boxed:
        for e in range(start, n):
            p = parents[e]
            if p >= start:
                holder[e], section[e] = holder[p], section[p]
            kind = kinds.get(e)
            if kind is not None:
                if kind.startswith(own):
                    holder[e] = e
                if kind.endswith("section"):
                    section[e] = e
    else:
        for e in range(start, n):
            p = parents[e]
            if p >= start:
                holder[e], section[e] = holder[p], section[p]
            kind = kinds.get(e)
            if kind is not None and kind.endswith("section"):
                section[e] = e
            if section[e] >= 0 and elements[e].tag == "li":
                holder[e] = e  # a list item of the comment section (used when nothing is named)
    blocks, roles = page.blocks, page.roles
    groups: dict[int, Parts] = {}
    for i, b in enumerate(blocks):
        e = b.element
        if e < start or roles[i] != "unknown":
            continue
        h = holder[e]
        if h < 0 or (not named and not boxed and section[e] < 0):
            continue
        groups.setdefault(h, []).append((i, _part(doc, e, h, b.text)))
    first_post = _discourse_story(doc, groups)
    comments: list[Parts] = []
    for h, parts in groups.items():
        if h == first_post or any(blocks[i].kind == "heading" and blocks[i].level == 1 for i, _ in parts):
            continue  # the story itself (Discourse's first post), or a wrapper holding the headline
        if not any(part == "text" for _, part in parts):
            continue  # no text: a counter, a button or an author's box, not a comment
        if len(groups) < 2 and section[h] < 0:
            continue  # one box named "comment" outside a comment section: not evidence enough
        for i, part in parts:
            roles[i] = "boilerplate" if part == "tools" else "comment"
        comments.append([(i, part) for i, part in parts if part != "tools"])
    if comments:
        page.evidence["comments"] = comments


def _discourse_story(doc: Document, groups: dict[int, Parts]) -> int:
    """The first ``crawler-post`` of a Discourse topic: the topic's own post,
    not a comment (-1 when there is none)."""
    for h in sorted(groups):
        return h if "crawler-post" in doc.elements[h].hint else -1
    return -1


# -- text dumps ---------------------------------------------------------------------

#: Fewest prose characters above the first comment header: the story must come first.
STORY_CHARS = 200
#: Shortest line counted as the story's prose, in characters.
PROSE_LINE = 60
#: Most lines of the last comment after its header, when no "Reply" line or furniture ends it.
LAST_LINES = 12
#: Fewest "<name> says:" headers that make a dump's comment thread (WordPress prints them only there) ...
SAYS_HEADERS = 2
#: ... and fewest "<name> <date> at <time>" headers, which a news page's byline and update lines also take
#: (an agency and its time stamp, "First Published <date>"): a thread repeats them more often. Tuned on the
#: scrapinghub-dev and dragnet-dev html-text dumps (two such lines opened news stories, three never did).
STAMP_HEADERS = 3


def _header(text: str) -> bool:
    return len(text) <= HEADER_CHARS and bool(SAYS.match(text) or NAME_STAMP.match(text))


def _mark_dump(page: Page) -> None:
    blocks, roles = page.blocks, page.roles
    heads: list[int] = []
    prose = 0
    for i, b in enumerate(blocks):
        text = b.text
        if roles[i] != "unknown":
            continue
        if len(text) <= HEADER_CHARS and (" says" in text or " wrote" in text or ":" in text) and _header(text):
            if prose >= STORY_CHARS:
                heads.append(i)
        elif not heads and len(text) >= PROSE_LINE:
            prose += len(text)
    says = sum(1 for i in heads if SAYS.match(blocks[i].text))
    if says < SAYS_HEADERS and len(heads) < STAMP_HEADERS:
        return
    comments: list[Parts] = []
    for k, head in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else min(len(blocks), head + 1 + LAST_LINES)
        parts: Parts = [(head, "author" if SAYS.match(blocks[head].text) else "header")]
        for i in range(head + 1, stop):
            if roles[i] != "unknown":
                if k + 1 == len(heads):
                    break  # furniture ends the last comment (a comment form)
                continue
            text = blocks[i].text
            key = text.casefold().strip(" :.|·•")
            if key in _BUTTONS:
                roles[i] = "boilerplate"
                if k + 1 == len(heads):
                    break
                continue
            dated = len(text) <= HEADER_CHARS and bool(STAMP_ALONE.match(text) or DATE_ALONE.match(text))
            parts.append((i, "date" if dated and len(parts) == 1 else "text"))
        if any(part == "text" for _, part in parts):
            for i, _ in parts:
                roles[i] = "comment"
            comments.append(parts)
    if comments:
        page.evidence["comments"] = comments


@step("comments")
def mark(page: Page) -> None:
    """Mark the blocks of readers' comments as ``comment`` (their buttons
    as ``boilerplate``)."""
    if page.doc.kind == "html":
        _mark_html(page)
    else:
        _mark_dump(page)
