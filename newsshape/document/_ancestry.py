"""What the elements around a node say of it, read while
:mod:`newsshape.document._meta` collects the page's metadata: whether a date
element stands in a reader's comment (its date is the comment's, never the
story's).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

__all__ = ["in_comment"]

#: Names of a comment or a list of them around a date, whole (WordPress's ``li.comment``, ``comment-metadata``,
#: ``commentlist``, ``#comments``; Disqus's ``disqus_thread``): "comments_datetime" may hold the story's date.
_COMMENT_NAME = re.compile(
    r"(?:^|\s)(?:comments?|comment-(?:body|meta|metadata|list|content|author|date|time|item|entry|thread)|"
    r"commentmetadata|commentlist|comments-(?:area|list)|disqus_thread)(?:$|\s)"
)
#: Ancestors read for them, at most (WordPress: ``time`` in ``a`` in ``div.comment-metadata``; the comment
#: dates of the development pages stand 3 levels below a comment name at most).
_COMMENT_DEPTH = 5


def in_comment(node: LexborNode) -> bool:
    """Whether a date element stands in a reader's comment (its date is the
    comment's), up to the story's own ``article`` or ``main``."""
    current: LexborNode | None = node
    for _ in range(_COMMENT_DEPTH):
        if current is None:
            return False
        a = current.attributes
        words = f"{a.get('class') or ''} {a.get('id') or ''}"
        # (the pattern only where it can match: a date's ancestors are read on every page)
        if ("omment" in words or "OMMENT" in words or "isqus" in words) and _COMMENT_NAME.search(words.lower()):
            return True
        if current.tag in ("article", "main", "body"):
            return False  # (a comment's own "article" is named as one)
        current = current.parent
    return False
