"""Pass 1 of the generic layout: page furniture recognisable on its own.

The marker lists are data: whole lines (compared case-insensitively, with
trailing punctuation ignored) and line prefixes that are never article text.
"""

from __future__ import annotations

from newsshape.extractors.base import Page

#: Whole lines that are page furniture in any template.
LINES = frozenset(
    s.casefold()
    for s in (
        "Leave a comment", "Leave a Reply", "Leave a Comment", "Cancel reply", "Post Comment",
        "Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!",
        "Please enter your email address here", "Share post", "Share post:", "Share this:", "Share this", "Share",
        "Like this:", "Like this", "Like", "Tweet", "Email", "Print", "Subscribe", "Popular", "Scroll to Top",
        "Back to top", "Enjoyed this? Let your friends know!", "spot_img", "spot_imgspot_img",
        "Your email address will not be published. Required fields are marked *",
        "Your email address will not be published.", "Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
        "Loading...", "Related", "Skip to content", "Menu", "Search",
    )
)

#: Line prefixes that are furniture ("Negative: none" is a rating widget).
PREFIXES = tuple(
    s.casefold()
    for s in ("Negative:", "Positive:", "Filed under", "Categories:", "Category:", "Tags:", "Tagged",
              "Posted in", "Share on ", "Click to share", "Click to email", "Click to print",
              "Copyright ©", "© ")
)


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture wherever it stands."""
    key = text.casefold().rstrip(" :.!")
    if key in LINES or text.casefold() in LINES:
        return True
    return len(text) < 120 and text.casefold().startswith(PREFIXES)


def mark(page: Page) -> None:
    """Mark furniture lines as ``boilerplate``."""
    for i, block in enumerate(page.blocks):
        if page.roles[i] == "unknown" and is_furniture(block.text):
            page.roles[i] = "boilerplate"
