"""Pass 1 of the generic layout: page furniture recognisable on its own.

The marker lists are data: whole lines (compared by :func:`line_key`:
case-insensitive, whitespace collapsed, trailing colons and stops ignored),
line prefixes, and the shape of a few well-known widgets (WordPress comment
forms, Jetpack share and "Related" blocks).
"""

from __future__ import annotations

import re

from newsshape.document import Page
from newsshape.layout._explain import step
from newsshape.text._datetext import DATE_ALONE


def line_key(text: str) -> str:
    """The form in which lines are compared with markers: case folded,
    trailing ``:``, ``.``, ``!`` and spaces removed (so "Share post:"
    matches "share post"). Block texts are already whitespace-collapsed."""
    return text.casefold().rstrip(" :.!")


# fmt: off
#: Whole lines that are page furniture in any template.
LINES = frozenset(
    line_key(s)
    for s in (
        # comment forms (WordPress core, tagDiv "Newspaper", most themes)
        "Leave a comment", "Leave a Reply", "Leave a Reply Cancel reply", "Cancel reply", "Post Comment",
        "Submit Comment", "Comment", "Comment *", "Name", "Name *", "Email", "Email *", "Website", "Website URL",
        "Δ", "Please enter your comment!", "Please enter your name here",
        "You have entered an incorrect email address!", "Please enter your email address here",
        "Your email address will not be published. Required fields are marked *",
        "Your email address will not be published.", "Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        # share and like bars (Jetpack, tagDiv, generic)
        "Share post", "Share this", "Share", "Share on", "Like this", "Like", "Like Loading...", "Loading...",
        "Tweet", "Print", "Facebook", "X", "Twitter", "LinkedIn", "WhatsApp", "Telegram", "Reddit", "Pinterest",
        "Copy link", "Enjoyed this? Let your friends know!",
        # navigation and widgets
        "Subscribe", "Popular", "Related", "Scroll to Top", "Back to top", "Skip to content", "Menu", "Search",
        "Post navigation", "Previous Post", "Next Post", "Previous article", "Next article",
        "spot_img", "spot_imgspot_img",
        # advertising labels, in the languages of the pages (a whole line: "Anzeige", never a sentence)
        "Advertisement", "- Advertisement -", "Advert", "Sponsored", "Anzeige", "Werbung", "Publicité", "Publicidad",
        "Publicidade", "Pubblicità", "Reklama", "Advertentie", "Annons", "Reklame",
        "Advertisement - Continue Reading Below", "Story continues below advertisement",
        "Article continues below advertisement", "Continua depois da publicidade",
        "This slideshow requires JavaScript",
    )
)

#: Line prefixes that are furniture ("Negative: none" is a rating widget).
PREFIXES = tuple(
    s.casefold()
    for s in (
        "Negative:", "Positive:", "Filed under", "Categories:", "Category:", "Tags:", "Tagged", "Posted in",
        "Share on ", "Click to share", "Click to email", "Click to print", "Copyright ©", "© ",
        "Proudly powered by", "View all posts by", "Like this:", "Email a link to a friend",
    )
)
# fmt: on


#: The context line under a Jetpack related post ('In "Politics"', 'Similar post').
JETPACK_CONTEXT = re.compile(r'^(?:(?:In|With)\s+["“][^"”]{1,80}["”]|Similar post)$')
#: The same context line printed at the end of the post's headline, as flatteners that join an element's inline
#: parts print it ('Title January 14, 2024 In "Bread"'): a space, then the context to the end of the line.
JETPACK_CONTEXT_END = re.compile(r'\s(?:In|With)\s+["“][^"”]{1,80}["”]$')


_LONGEST = max(len(s) for s in LINES) + 4
#: Longest line a furniture prefix (:data:`PREFIXES`) marks: a longer one
#: opening "Tags:" or "© " is text. Chosen with the lists, on the
#: development sets' pages.
PREFIXED_CHARS = 120
#: Longest line under a Jetpack "Related" label, in words: a longer one is
#: no post's headline and ends the box.
JETPACK_WORDS = 25


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture wherever it stands."""
    if len(text) < PREFIXED_CHARS:
        key = text.casefold()
        return key.rstrip(" :.!") in LINES or key.startswith(PREFIXES)
    return len(text) <= _LONGEST and text.casefold().rstrip(" :.!") in LINES


@step("furniture.jetpack_related")
def _mark_jetpack_related(page: Page, label: int) -> None:
    """Jetpack's "Related" block prints each post as a headline, optionally
    its date, and a context line ('In "Politics"'). When such context or
    date lines follow the label, take the headlines as related links and
    the rest as furniture; otherwise leave the box to the boxes pass."""
    blocks, roles = page.blocks, page.roles
    end = label + 1
    meta = 0
    while end < len(blocks) and roles[end] == "unknown" and blocks[end].words <= JETPACK_WORDS:
        text = blocks[end].text
        if is_furniture(text):
            break
        meta += bool(JETPACK_CONTEXT.match(text) or DATE_ALONE.match(text))
        end += 1
    if not meta:
        return
    roles[label] = "label"
    for j in range(label + 1, end):
        text = blocks[j].text
        roles[j] = "boilerplate" if JETPACK_CONTEXT.match(text) or DATE_ALONE.match(text) else "related"


#: How long a "turn JavaScript on" notice can be.
_NOTICE_CHARS = 300


def _script_notice(page: Page, i: int) -> bool:
    """Whether block ``i`` is a page's notice for browsers without scripts
    ("Please enable JavaScript to ..."): a short line naming JavaScript
    (the word is the same in every language) inside ``<noscript>``. The
    rest of a ``<noscript>`` (a whole article, on some blogs) is content."""
    block = page.blocks[i]
    text = block.text
    if len(text) > _NOTICE_CHARS or block.element < 0 or "cript" not in text:  # ("cript": a cheap first test)
        return False
    if "javascript" not in text.casefold():
        return False
    elements = page.doc.elements
    e = block.element
    while e >= 0:
        if elements[e].tag == "noscript":
            return True
        e = elements[e].parent
    return False


@step("furniture")
def mark(page: Page) -> None:
    """Mark furniture lines as ``boilerplate``, and a Jetpack related block
    as a label with its links."""
    roles = page.roles
    for i, block in enumerate(page.blocks):
        if roles[i] != "unknown":
            continue
        if is_furniture(block.text):
            roles[i] = "boilerplate"
            if line_key(block.text) == "related":
                _mark_jetpack_related(page, i)
        elif _script_notice(page, i):
            roles[i] = "boilerplate"
