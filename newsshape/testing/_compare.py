"""Comparing an article with the expected one: :class:`Difference` lists
and their text for people."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from newsshape.model import Article


@attrs.frozen
class Difference:
    """One place where the extracted article differs from the expected one."""

    path: str
    """Where: a field name, with indices and sub-fields
    (``sections[1].paragraphs[0]``)."""

    kind: Literal["changed", "missing", "unexpected"]
    """``changed``: both have a value and they differ; ``missing``: the
    expected value is not in the output; ``unexpected``: the output has a
    value the expectation has not."""

    expected: Any = None
    """The expected value (JSON form)."""

    actual: Any = None
    """The extracted value (JSON form)."""


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _walk(path: str, expected: Any, actual: Any, out: list[Difference]) -> None:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key, value in expected.items():
            sub = f"{path}.{key}" if path else str(key)
            if key not in actual:
                out.append(Difference(sub, "missing", value, None))
            else:
                _walk(sub, value, actual[key], out)
        return
    if isinstance(expected, list) and isinstance(actual, list):
        matcher = difflib.SequenceMatcher(None, [_key(v) for v in expected], [_key(v) for v in actual], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    _walk(f"{path}[{j1 + k}]", expected[i1 + k], actual[j1 + k], out)
                continue
            out.extend(Difference(f"{path}[{i1 + k}]", "missing", expected[i1 + k], None) for k in range(i2 - i1))
            out.extend(Difference(f"{path}[{j1 + k}]", "unexpected", None, actual[j1 + k]) for k in range(j2 - j1))
        return
    if expected != actual:
        out.append(Difference(path, "changed", expected, actual))


def _as_json(value: Article | dict[str, Any]) -> dict[str, Any]:
    data = value.to_dict() if isinstance(value, Article) else value
    # Tuples and datetimes become what a JSON file holds.
    result: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    return result


def compare(expected: Article | dict[str, Any], actual: Article | dict[str, Any]) -> list[Difference]:
    """The differences between an expected article and an extracted one, in
    field order. Either side may be an :class:`~newsshape.Article` or its
    JSON form; only the keys of ``expected`` are compared (at every level),
    and lists are aligned, so one paragraph too many is reported once
    rather than as a shift of all that follow."""
    out: list[Difference] = []
    _walk("", _as_json(expected), _as_json(actual), out)
    return out


def _show(value: Any, width: int = 200) -> str:
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _excerpts(expected: str, actual: str, width: int = 100) -> tuple[str, str]:
    # Long strings: show both around the first character that differs.
    start = 0
    for start, (a, b) in enumerate(zip(expected, actual, strict=False)):  # noqa: B007
        if a != b:
            break
    else:
        start = min(len(expected), len(actual))
    lo = max(0, start - width // 3)

    def cut(s: str) -> str:
        piece = s[lo : lo + width]
        return ("…" if lo else "") + repr(piece) + ("…" if lo + width < len(s) else "")

    return cut(expected), cut(actual)


def format_differences(differences: Iterable[Difference], name: str | None = None) -> str:
    """The differences as text for people: one entry per difference, the
    path on its own line, the expected and extracted values under it."""
    diffs = list(differences)
    lines: list[str] = []
    if name is not None:
        count = len(diffs)
        lines.append(f"{name}: {count} difference{'s' if count != 1 else ''}" if count else f"{name}: as expected")
    indent = "  " if name is not None else ""
    for d in diffs:
        if d.kind == "changed":
            lines.append(f"{indent}{d.path}")
            if isinstance(d.expected, str) and isinstance(d.actual, str) and max(len(d.expected), len(d.actual)) > 200:
                exp, got = _excerpts(d.expected, d.actual)
            else:
                exp, got = _show(d.expected), _show(d.actual)
            lines.append(f"{indent}  expected: {exp}")
            lines.append(f"{indent}  got:      {got}")
        elif d.kind == "missing":
            lines.append(f"{indent}{d.path}: missing")
            lines.append(f"{indent}  expected: {_show(d.expected)}")
        else:
            lines.append(f"{indent}{d.path}: unexpected")
            lines.append(f"{indent}  got:      {_show(d.actual)}")
    return "\n".join(lines)


class ExtractionMismatch(AssertionError):
    """Raised by :func:`assert_case` and :func:`assert_extracts` when the
    article differs from the expectation; its message is the readable diff."""

    def __init__(self, differences: list[Difference], name: str | None = None) -> None:
        self.differences = differences
        """The :class:`Difference` list."""
        super().__init__(format_differences(differences, name))
