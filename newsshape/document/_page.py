"""The working state of one extraction: a :class:`Page` is a document with a
role for each block (:data:`Role`), which the layout stage decides and the
field stage reads."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Literal

import attrs

from newsshape.document._types import Block, Document

__all__ = ["Page", "Role"]

_TEXT = attrgetter("text")

#: What a block is for, once the layout stage has decided.
Role = Literal[
    "unknown",  # not decided yet
    "body",  # a body paragraph or list item
    "heading",  # a section heading inside the body
    "site",  # the publication's name printed on the page
    "title",  # the headline
    "subtitle",  # the deck under the headline
    "summary",  # a summary or teaser set apart from the body
    "byline",  # author line
    "date",  # date line
    "highlight",  # item of a highlights box
    "takeaway",  # pull-quote / key takeaway text
    "attribution",  # attribution line of the takeaway before it
    "note_title",  # heading of an editorial note
    "note",  # text of an editorial note
    "related",  # headline of a related story
    "related_snippet",  # teaser under a related headline
    "label",  # a box label ("Highlights", "Related News"): furniture
    "boilerplate",  # any other page furniture
]


@attrs.define
class Page:
    """The working state of one extraction: the document, and the role the
    layout stage gave each of its blocks."""

    doc: Document
    """The normalised document."""

    roles: list[Role] = attrs.field()
    """One role per block of :attr:`doc`."""

    @roles.default
    def _unknown(self) -> list[Role]:
        return ["unknown"] * len(self.doc.blocks)

    evidence: dict[str, object] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    """What the field stage works out once per page and several fields read
    (the names the publication goes by), by the name of what holds it."""

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The document's blocks."""
        return self.doc.blocks

    def indices(self, *roles: Role) -> list[int]:
        """Indices of the blocks having any of ``roles``, in page order."""
        if len(roles) == 1:  # the common case: list.index scans in C
            role, index = roles[0], self.roles.index
            found: list[int] = []
            i = -1
            try:
                while True:
                    i = index(role, i + 1)
                    found.append(i)
            except ValueError:
                return found
        # several roles: the test of each block's role in C too
        wanted = frozenset(roles)
        return list(compress(range(len(self.roles)), map(wanted.__contains__, self.roles)))

    def texts(self, *roles: Role) -> list[str]:
        """Texts of the blocks having any of ``roles``, in page order."""
        return list(map(_TEXT, map(self.doc.blocks.__getitem__, self.indices(*roles))))

    def first(self, role: Role) -> str | None:
        """Text of the first block with ``role``, or ``None``."""
        try:
            return self.doc.blocks[self.roles.index(role)].text
        except ValueError:
            return None

    def set(self, start: int, stop: int, role: Role, *, only_unknown: bool = True) -> None:
        """Give ``role`` to blocks ``start`` to ``stop - 1`` (by default only
        to those with no role yet)."""
        for i in range(max(0, start), min(stop, len(self.roles))):
            if not only_unknown or self.roles[i] == "unknown":
                self.roles[i] = role
