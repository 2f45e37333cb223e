"""Which extractors exist, and which one takes a page.

Built-in extractors register themselves on import; third-party ones are
found through the ``newsshape.extractors`` entry-point group. Names are
unique: :func:`register` refuses a second class under a taken name
(:class:`ExtractorNameClash`) unless told to replace it, and a plug-in whose
name is taken is not loaded, with a warning in the ``newsshape`` logger. Both happen
when ``newsshape`` is imported (:func:`load`), so no call to
:func:`newsshape.parse` pays for imports or plug-in discovery: the first page
costs what every other page costs.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import TypeVar

from newsshape.document._types import Document
from newsshape.extractors.base import Extractor

__all__ = ["ExtractorNameClash", "UnknownExtractorError", "available_extractors", "choose", "get", "register"]

_log = logging.getLogger("newsshape")
_REGISTRY: dict[str, Extractor] = {}
_entry_points_loaded = False

#: Entry-point group that third-party packages use to ship extractors.
ENTRY_POINT_GROUP = "newsshape.extractors"

E = TypeVar("E", bound=type[Extractor])


class UnknownExtractorError(LookupError):
    """Raised when ``parse(..., extractor=name)`` names no registered
    extractor. :attr:`available` lists the names that exist."""

    def __init__(self, name: str, available: list[str]) -> None:
        self.name = name
        """The name that was asked for."""
        self.available = available
        """The registered extractor names."""
        super().__init__(f"no extractor named {name!r}; available: {', '.join(available)}")


class ExtractorNameClash(ValueError):
    """Raised by :func:`register` when another extractor class is
    registered under the same name already."""


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def register(cls: E, *, replace: bool = False) -> E:
    """Class decorator: register an :class:`~newsshape.Extractor` subclass
    under its :attr:`~newsshape.Extractor.name` and return the class
    unchanged. Registering the same class again (or a class of the same
    module and name, as a reloaded module defines) replaces it.

    :raises ExtractorNameClash: when another class has the name already,
        unless ``replace`` is true (then it replaces that one).
    """
    if not (isinstance(cls, type) and issubclass(cls, Extractor)):
        raise TypeError("register() takes a subclass of newsshape.Extractor")
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    known = _REGISTRY.get(cls.name)
    if known is not None and not replace and _qualname(type(known)) != _qualname(cls):
        raise ExtractorNameClash(
            f"an extractor named {cls.name!r} is registered already ({_qualname(type(known))}); "
            f"give {_qualname(cls)} another name, or register it with replace=True"
        )
    _REGISTRY[cls.name] = cls()
    return cls


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception:  # a broken plug-in must not break parsing
            _log.warning("could not load newsshape extractor %r", ep.name, exc_info=True)
            continue
        if isinstance(obj, type) and issubclass(obj, Extractor) and obj.name:
            known = _REGISTRY.get(obj.name)
            if known is None:
                _REGISTRY[obj.name] = obj()
            elif type(known) is not obj:
                # the first one registered keeps the name: a plug-in never replaces a built-in unasked
                _log.warning(
                    "newsshape extractor %s (entry point %r) is not loaded: the name %r is taken by %s",
                    _qualname(obj), ep.name, obj.name, _qualname(type(known)),
                )  # fmt: skip
        else:
            _log.warning("entry point %r is not an Extractor subclass with a name", ep.name)


_builtins_loaded = False


def _builtins() -> None:
    """Register the built-in extractors (once). They are registered here,
    not by decorators in their own modules, so that no extractor module
    imports the registry and the package has no import cycle."""
    global _builtins_loaded
    if _builtins_loaded:
        return
    _builtins_loaded = True
    from newsshape.extractors.generic import GenericExtractor
    from newsshape.extractors.midtown import MidtownTimesExtractor
    from newsshape.extractors.t4k3 import T4K3Extractor

    for cls in (GenericExtractor, MidtownTimesExtractor, T4K3Extractor):
        register(cls)


def load() -> None:
    """Register the built-in extractors and those installed through entry
    points (once; later calls do nothing). ``newsshape`` calls it on import."""
    _builtins()
    _load_entry_points()


def available_extractors() -> list[str]:
    """Names of all registered extractors, sorted, ``generic`` included."""
    _builtins()
    _load_entry_points()
    return sorted(_REGISTRY)


def get(name: str) -> Extractor:
    """The registered extractor called ``name``.

    :raises UnknownExtractorError: if there is none.
    """
    _builtins()
    _load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownExtractorError(name, sorted(_REGISTRY)) from None


def head_is_enough(chosen: Extractor | None = None) -> bool:
    """Whether the head's metadata is all that finding a page's body reads
    (see :attr:`~newsshape.Extractor.needs_metadata`): ``chosen``'s answer
    when an extractor is given, else every registered one's (any of them
    may be asked to claim the page)."""
    if chosen is not None:
        return _head_only(chosen)
    _builtins()
    _load_entry_points()
    return all(_head_only(extractor) for extractor in _REGISTRY.values())


def _head_only(extractor: Extractor) -> bool:
    # an extractor that overrides extract() may build the body from any field
    return extractor.needs_metadata == "head" and not extractor._extract_overridden()


def choose(doc: Document) -> Extractor:
    """The extractor that claims ``doc`` most confidently; ``generic`` when
    none claims it with a confidence of at least 0.5."""
    _builtins()
    _load_entry_points()
    best, best_score = _REGISTRY["generic"], 0.5
    for name in sorted(_REGISTRY):
        extractor = _REGISTRY[name]
        if name == "generic":
            continue
        try:
            score = extractor.claim(doc)
        except Exception:
            _log.warning("extractor %r failed to claim a page", name, exc_info=True)
            continue
        if score > best_score:
            best, best_score = extractor, score
    return best
