"""Old import paths that keep working for a while (see the deprecation
policy in the documentation's "API stability" page).

A module whose public name moved gives itself a module ``__getattr__``
made here; importing the name from the old place still works and warns::

    # in newsshape/extractors/base.py
    from newsshape._deprecated import moved_names

    __getattr__ = moved_names(__name__, {"Page": "newsshape.document.Page"}, since="0.2")

This module imports nothing of newsshape, so any layer may use it.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping


def moved_names(module: str, moved: Mapping[str, str], *, since: str) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``module`` serving the names in ``moved``
    (old name -> new dotted path) with a :class:`DeprecationWarning` that
    names the new path; any other name is an :class:`AttributeError`."""
    table = dict(moved)

    def __getattr__(name: str) -> object:
        target = table.get(name)
        if target is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        where, _, attr = target.rpartition(".")
        warnings.warn(
            f"{module}.{name} is deprecated since newsshape {since} and will be removed in the next minor "
            f"release: import {target} instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(where), attr)

    return __getattr__
