"""The public API is pinned: names, signatures, Article's fields and types,
the extractor class API and the JSON schema of ``Article.to_dict()`` must
match the snapshot in ``tests/api_surface.json``.

A change to the public API must be deliberate: update the snapshot with

    python tests/test_api_surface.py

(or ``NEWSSHAPE_UPDATE_API_SURFACE=1 pytest tests/test_api_surface.py``) and say what
changed in CHANGELOG.md; see the "API stability" page of the documentation.
"""

from __future__ import annotations
import __future__

import difflib
import importlib
import inspect
import json
import os
import sys
import types
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

SNAPSHOT = Path(__file__).with_name("api_surface.json")

#: The public modules: their ``__all__`` (or, without one, their public
#: names) is the public API, with the ``newsshape`` command.
PUBLIC_MODULES = (
    "newsshape",
    "newsshape.model",
    "newsshape.document",
    "newsshape.dates",
    "newsshape.names",
    "newsshape.quotes",
    "newsshape.extractors",
    "newsshape.batch",
    "newsshape.testing",
    "newsshape.cli",
)

MISMATCH = """\
The public API of newsshape changed (diff of tests/api_surface.json, - pinned, + now):

{diff}

A change to the public API must be deliberate. If this one is:
  1. update the snapshot: python tests/test_api_surface.py
  2. list the change in CHANGELOG.md (a removed or renamed name keeps working
     with a DeprecationWarning for one minor release: newsshape._deprecated);
  see docs/stability.rst. Otherwise, undo the change."""


def _annotation(tp: Any) -> str:
    if isinstance(tp, str):
        return tp
    return inspect.formatannotation(tp)


def _signature(obj: Any) -> str | None:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None


def _public_names(module: types.ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    return sorted(
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, (types.ModuleType, __future__._Feature))  # type: ignore[attr-defined]
    )


def _class(cls: type) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": "class", "signature": _signature(cls)}
    bases = [b.__name__ for b in cls.__bases__ if b is not object]
    if bases:
        entry["bases"] = bases
    if attrs.has(cls):
        entry["fields"] = {f.name: _annotation(f.type) for f in attrs.fields(cls) if not f.name.startswith("_")}
    members: dict[str, str] = {}
    for name, value in vars(cls).items():
        if name.startswith("_") or (attrs.has(cls) and name in entry["fields"]):
            continue
        if isinstance(value, property):
            members[name] = "property"
        elif isinstance(value, (classmethod, staticmethod)):
            members[name] = f"{type(value).__name__}{_signature(value.__func__)}"
        elif inspect.isfunction(value):
            members[name] = f"method{_signature(value)}"
    hints = inspect.get_annotations(cls)
    for name, hint in hints.items():
        if not name.startswith("_") and not (attrs.has(cls) and name in entry["fields"]):
            members[name] = f"attribute: {_annotation(hint)}"
    if members:
        entry["members"] = dict(sorted(members.items()))
    return entry


def _describe(value: Any) -> dict[str, Any]:
    if inspect.isclass(value):
        return _class(value)
    if callable(value) and not isinstance(value, typing._GenericAlias) and _signature(value) is not None:  # type: ignore[attr-defined]
        return {"kind": "function", "signature": _signature(value)}
    if isinstance(value, (str, int, float, tuple, frozenset)):
        return {"kind": "constant", "value": repr(value)}
    return {"kind": "type alias", "value": repr(value)}


#: The schemas of the records met so far, by class name: a record inside itself (a sublist in a list
#: item) is a ``{"$ref": name}`` to its schema here.
_DEFS: dict[str, Any] = {}
_OPEN: list[str] = []
_REFS: set[str] = set()


def _json_type(tp: Any) -> Any:
    """The JSON schema of a value of type ``tp`` in ``to_dict()``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is typing.Literal:
        return {"type": "string", "enum": list(args)}
    if attrs.has(tp) and tp.__name__ in _OPEN:
        _REFS.add(tp.__name__)
        return {"$ref": tp.__name__}
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        options = [_json_type(a) for a in args]
        return {"anyOf": options}
    if typing.get_origin(tp) is tuple:
        return {"type": "array", "items": _json_type(args[0])}
    if attrs.has(tp):
        fields = attrs.fields(attrs.resolve_types(tp))
        _OPEN.append(tp.__name__)
        try:
            schema = {
                "type": "object",
                "properties": {f.name: _json_type(f.type) for f in fields},
                "required": [f.name for f in fields],
            }
        finally:
            _OPEN.pop()
        _DEFS[tp.__name__] = schema
        return schema
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    if tp is date:
        return {"type": "string", "format": "date"}
    return {"type": simple[tp]}


def surface() -> dict[str, Any]:
    """The public API as JSON: what the snapshot pins."""
    import newsshape

    modules: dict[str, Any] = {}
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        modules[name] = {
            "__all__": getattr(module, "__all__", None),
            "names": {n: _describe(getattr(module, n)) for n in _public_names(module)},
        }
    schema = _json_type(newsshape.Article)
    return {
        "modules": modules,
        "Article.fields": {f.name: _annotation(f.type) for f in attrs.fields(newsshape.Article)},
        "Extractor": _class(newsshape.Extractor),
        "Article.to_dict schema": schema,
        "Article.to_dict $defs": {name: _DEFS[name] for name in sorted(_REFS)},
    }


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def write_snapshot() -> None:
    """Write the current surface to the snapshot file."""
    SNAPSHOT.write_text(_dumps(surface()), encoding="utf-8")


def test_public_api_is_as_pinned() -> None:
    if os.environ.get("NEWSSHAPE_UPDATE_API_SURFACE"):
        write_snapshot()
    now = _dumps(surface())
    pinned = SNAPSHOT.read_text(encoding="utf-8")
    if now != pinned:
        diff = "\n".join(difflib.unified_diff(pinned.splitlines(), now.splitlines(), "pinned", "now", lineterm="", n=2))
        pytest.fail(MISMATCH.format(diff=diff), pytrace=False)


def _conforms(value: Any, schema: dict[str, Any]) -> bool:
    if "$ref" in schema:
        return _conforms(value, _DEFS[schema["$ref"]])
    if "enum" in schema:
        return value in schema["enum"]
    if "anyOf" in schema:
        return any(_conforms(value, s) for s in schema["anyOf"])
    kind = schema["type"]
    if kind == "object":
        return (
            isinstance(value, dict)
            and list(value) == list(schema["properties"])
            and all(_conforms(value[k], s) for k, s in schema["properties"].items())
        )
    if kind == "array":
        return isinstance(value, list) and all(_conforms(v, schema["items"]) for v in value)
    if schema.get("format") == "date-time":
        return isinstance(value, str) and datetime.fromisoformat(value) is not None
    types_ = {"string": str, "integer": int, "number": float, "boolean": bool, "null": type(None)}
    return isinstance(value, types_[kind]) and not (kind == "integer" and isinstance(value, bool))


def _every_block() -> Any:
    """A section holding a block of every type (a list with a sublist)."""
    from newsshape import model

    inner = model.ListBlock((model.ListItem("b"),), ordered=True)
    blocks = (
        model.Paragraph("p"),
        model.ListBlock((model.ListItem("a", inner),)),
        model.BlockQuote(("q",)),
        model.Table((("h1", "h2"), ("c1", "c2")), "cap", header=True),
        model.Figure(model.Image("https://t4k3.news/b.jpg", "alt"), ("caption",)),
        model.Code("x = 1"),
        model.Embed("https://www.youtube.com/embed/x", "youtube", "video"),
    )
    return model.Section("All", model.block_texts(blocks), blocks)


def test_to_dict_follows_the_pinned_schema() -> None:
    """The schema is what to_dict() gives, on an article with every field."""
    import newsshape

    page = (Path(__file__).parent / "seeds" / "000_151487abdd59daaa.txt").read_text(encoding="utf-8")
    article = newsshape.parse(page, url="https://t4k3.news/a-story")
    full = attrs.evolve(
        article,
        published=datetime(2025, 8, 21, 9, 30),
        modified=datetime(2025, 8, 21, 10, 0),
        published_raw="2025-08-21T09:30",
        modified_raw="2025-08-21T10:00",
        authors=("Ana Ruiz",),
        dateline="LONDON",
        language="en",
        quotes=(newsshape.Quote("We will wait and see", "Ana Ruiz", "said", 0, 1, 10, 30),),
        image=newsshape.Image("https://t4k3.news/a.jpg", "A bridge", "The bridge", "Photo: Ana Ruiz", 800, 600),
        images=(newsshape.Image("https://t4k3.news/a.jpg"),),
        tags=("Transport",),
        categories=("Local",),
        kind_evidence=("og:type article",),
        is_accessible_for_free=True,
        comments=(newsshape.Comment("Jo Park", datetime(2025, 8, 21, 11, 0), "Good news."),),
        sections=(*article.sections, _every_block()),
    )
    pinned = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    schema = pinned["Article.to_dict schema"]
    _DEFS.update(pinned["Article.to_dict $defs"])
    data = json.loads(json.dumps(full.to_dict()))
    assert all(data[k] not in (None, []) for k in data), "the sample article should fill every field"
    assert _conforms(data, schema)
    assert _conforms(json.loads(json.dumps(newsshape.Article().to_dict())), schema)


def test_a_moved_name_keeps_working_with_a_warning() -> None:
    # private on purpose: the helper serves the package's own modules when a public name moves (docs/stability.rst)
    from newsshape._deprecated import moved_names  # private: the package's own deprecation helper

    getattr_ = moved_names("newsshape.old", {"Page": "newsshape.document.Page"}, since="0.2")
    with pytest.warns(DeprecationWarning, match=r"newsshape\.old\.Page .* import newsshape\.document\.Page"):
        page = getattr_("Page")
    from newsshape.document import Page

    assert page is Page
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        getattr_("Nothing")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    write_snapshot()
    print(f"wrote {SNAPSHOT}: now list the change in CHANGELOG.md")
