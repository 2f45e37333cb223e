"""Why each block got its role: the layout's debug switch.

Every layout pass and each of its named steps is wrapped in :func:`step`.
On a page made with ``explain=True`` (``Page(doc, explain=True)``, or any
page made inside :func:`~newsshape.document._page.explaining`), the wrapper
copies the roles before the step runs and, after it, writes the step's name
into :attr:`Page.reasons <newsshape.document.Page.reasons>`, with the role it
gave, for each block whose role the step changed: the pass (``"furniture"``, ``"boxes"``,
``"content"``, ``"head"``) and, where the pass has named steps, the step
(``"content.lead"``, ``"boxes.labels"``). A nested step's name stands: the
pass around it records only the blocks its other code changed. A block whose
role is no longer the one recorded was changed outside any recorded step. On any other
page the wrapper only calls the step: no copy, no work per block.

:func:`explain` reads the result as records ``(role, reason, text)``, one per
block, and :func:`explain_layout` runs any extractor's layout with the
switch on. The names of the steps and what each decides: :data:`STEPS`.
For example, with the generic extractor's layout (the top layer wires this
up for any extractor)::

    for role, reason, text in explain_layout(GenericExtractor().layout, doc):
        print(role, reason, text[:40])      # "body content.assign A sentence ..."
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar, cast

from newsshape.document import Document, Page, Role
from newsshape.document._page import explaining

__all__ = ["STEPS", "Reason", "explain", "explain_layout", "step"]

#: A layout step: a function of the page and up to three more arguments.
_Step = TypeVar("_Step", bound=Callable[..., None])

#: The recorded steps, by name (``"pass"`` or ``"pass.step"``), each with the
#: first sentence of its docstring: what the step decides.
STEPS: dict[str, str] = {}

#: The reason given to a block whose role no recorded step set (an
#: extractor's own layout code did), unless :func:`explain` is told another.
UNRECORDED = "layout"


class Reason(NamedTuple):
    """Why one block has its role."""

    role: Role
    """The block's role."""

    reason: str
    """The step that gave it (a key of :data:`STEPS`), the ``unrecorded``
    name given to :func:`explain` when the role was set outside any
    recorded step, or ``""`` for a block still ``unknown``."""

    text: str
    """The block's text."""

    @property
    def why(self) -> str:
        """What the step decides (:data:`STEPS`), or ``""``."""
        return STEPS.get(self.reason, "")


def step(name: str) -> Callable[[_Step], _Step]:
    """Decorate a layout step (a function taking the page, then up to three
    more arguments, all positional) so that, on a page that explains itself,
    the blocks whose role it changes record ``name`` as their reason. The
    step's docstring says what it decides (:data:`STEPS`).

    On the normal path the wrapper costs one test and one call: it has the
    step's own number of arguments (no ``*args`` to pack, which would cost
    several times as much)."""

    def wrap(fn: _Step) -> _Step:
        STEPS[name] = _summary(fn.__doc__ or "")
        wrapper = _WRAPPERS[fn.__code__.co_argcount](fn, name)
        return cast(_Step, functools.update_wrapper(wrapper, fn))

    return wrap


def _run(page: Page, name: str, fn: Callable[..., None], *args: Any) -> None:
    """Run step ``fn`` on a page that explains itself, and record its name."""
    assert page.reasons is not None
    roles, reasons = list(page.roles), list(page.reasons)
    fn(page, *args)
    _note(page, name, roles, reasons)


def _wrap1(fn: Callable[..., None], name: str) -> Callable[..., None]:
    def run(page: Page) -> None:
        if page.reasons is None:  # the normal path: nothing recorded
            return fn(page)
        return _run(page, name, fn)

    return run


def _wrap2(fn: Callable[..., None], name: str) -> Callable[..., None]:
    def run(page: Page, a: Any) -> None:
        if page.reasons is None:
            return fn(page, a)
        return _run(page, name, fn, a)

    return run


def _wrap3(fn: Callable[..., None], name: str) -> Callable[..., None]:
    def run(page: Page, a: Any, b: Any) -> None:
        if page.reasons is None:
            return fn(page, a, b)
        return _run(page, name, fn, a, b)

    return run


def _wrap4(fn: Callable[..., None], name: str) -> Callable[..., None]:
    def run(page: Page, a: Any, b: Any, c: Any) -> None:
        if page.reasons is None:
            return fn(page, a, b, c)
        return _run(page, name, fn, a, b, c)

    return run


#: The wrapper for a step of each number of arguments.
_WRAPPERS = {1: _wrap1, 2: _wrap2, 3: _wrap3, 4: _wrap4}


def _note(page: Page, name: str, roles: list[Role], reasons: list[tuple[Role, str]]) -> None:
    """Record ``name`` for each block whose role differs from ``roles``
    (before the step), unless a nested step recorded the role it has now."""
    now = page.reasons
    assert now is not None
    for i, (before, after) in enumerate(zip(roles, page.roles, strict=True)):
        if before != after and (now[i] is reasons[i] or now[i][0] != after):
            now[i] = (after, name)


def _summary(doc: str) -> str:
    """The first sentence of a docstring, on one line, "Step n:" left out."""
    text = " ".join(doc.split())
    head, _, rest = text.partition(": ")
    if head.startswith("Step ") and rest:
        text = rest
    end = text.find(". ")
    text = text if end < 0 else text[: end + 1]
    return text[:1].upper() + text[1:]


def explain(page: Page, unrecorded: str = UNRECORDED) -> list[Reason]:
    """One record per block of a laid-out page made with ``explain=True``:
    its role, the step that gave it (``unrecorded`` when the role was set
    outside any recorded step, ``""`` when the block is still ``unknown``)
    and its text. Raises :class:`ValueError` for a page that recorded
    nothing (made with ``explain`` off)."""
    if page.reasons is None:
        raise ValueError("the page records no reasons: make it with Page(doc, explain=True) or inside explaining()")
    return [
        Reason(role, _reason(role, given, step, unrecorded), block.text)
        for role, (given, step), block in zip(page.roles, page.reasons, page.blocks, strict=True)
    ]


def _reason(role: Role, given: Role, step: str, unrecorded: str) -> str:
    if role == given:
        return step
    return "" if role == "unknown" else unrecorded


def explain_layout(layout: Callable[[Document], Page], doc: Document, unrecorded: str = UNRECORDED) -> list[Reason]:
    """Run ``layout`` (an extractor's :meth:`~newsshape.extractors.base.Extractor.layout`)
    on ``doc`` with the switch on, and :func:`explain` the page it returns:
    the way to explain any extractor's layout, built-in or plug-in. Name the
    extractor as ``unrecorded`` to tell its own code's roles apart."""
    with explaining():
        page = layout(doc)
    return explain(page, unrecorded)
