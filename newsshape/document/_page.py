"""The working state of one extraction: a :class:`Page` is a document with a
role for each block (:data:`Role`), which the layout stage decides and the
field stage reads.

A page can also say why each block got its role, for debugging a layout:
made with ``explain=True`` (or inside :func:`explaining`, whoever makes it),
it has a :attr:`Page.reasons` list that the layout passes fill with the name
of the pass and step that set each role (``"content.lead"``); see
:mod:`newsshape.layout._explain`. Off (the default), nothing is recorded and
nothing is spent on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import compress
from operator import attrgetter
from typing import Literal, TypeVar, cast

import attrs

from newsshape.document._types import Block, Document

__all__ = ["Page", "Role", "explaining"]

_TEXT = attrgetter("text")
_T = TypeVar("_T")

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
    "comment",  # a reader's comment (its author, date or text): Article.comments, neither body nor furniture
    "boilerplate",  # any other page furniture
]


#: Whether pages made now record why each block got its role (see :func:`explaining`).
_EXPLAINING: ContextVar[bool] = ContextVar("newsshape_explaining", default=False)


@contextmanager
def explaining() -> Iterator[None]:
    """Within the ``with`` block, every :class:`Page` made (by any extractor's
    layout) records why each block got its role, as if made with
    ``explain=True``: the way to explain a layout one does not call oneself.
    The switch is per thread and per task (a context variable)."""
    token = _EXPLAINING.set(True)
    try:
        yield
    finally:
        _EXPLAINING.reset(token)


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
    (the names the publication goes by), by the name of what holds it (see
    :meth:`remember`)."""

    explain: bool = attrs.field(kw_only=True, factory=_EXPLAINING.get, eq=False, repr=False)
    """Whether the layout passes record why each block got its role
    (:attr:`reasons`); off unless asked for (``Page(doc, explain=True)``,
    or a page made inside :func:`explaining`)."""

    reasons: list[tuple[Role, str]] | None = attrs.field(init=False, eq=False, repr=False)
    """With :attr:`explain` on, one entry per block: the role a layout step
    gave the block and that step, as ``"pass.step"`` (``"furniture"``,
    ``"boxes.labels"``, ``"content.lead"``, ``"head.html"``); ``("unknown",
    "")`` until a recorded step gives it one. When the block's role is no
    longer the one recorded, code outside any recorded step (an extractor's
    own) changed it. ``None`` when :attr:`explain` is off.
    :func:`newsshape.layout._explain.explain` turns them into records."""

    @reasons.default
    def _no_reasons(self) -> list[tuple[Role, str]] | None:
        return [("unknown", "")] * len(self.roles) if self.explain else None

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

    def remember(self, key: str, compute: Callable[[Page], _T]) -> _T:
        """``compute(self)``, worked out on the first call for ``key`` and
        kept in :attr:`evidence` for the later ones (a value of ``None``
        included)."""
        try:
            return cast("_T", self.evidence[key])
        except KeyError:
            value = self.evidence[key] = compute(self)
            return value

    def set(self, start: int, stop: int, role: Role, *, only_unknown: bool = True) -> None:
        """Give ``role`` to blocks ``start`` to ``stop - 1`` (by default only
        to those with no role yet)."""
        for i in range(max(0, start), min(stop, len(self.roles))):
            if not only_unknown or self.roles[i] == "unknown":
                self.roles[i] = role
