"""A test kit for extractor authors: saved pages, expected JSON, readable
diffs.

A *case* is a saved page (``story.html``, ``story.txt``, optionally
gzipped) next to the article you expect from it, as JSON
(``story.expected.json``, the shape of :meth:`~newsshape.Article.to_dict`).
Only the keys present in the expected JSON are checked, so a case can pin
down just the fields an extractor is about; its ``url``, when present, is
passed to :func:`newsshape.parse` as the page's address.

Write the expected JSON for a new page with :func:`write_expected` (or
``newsshape expect PAGE``), read it through, correct what is wrong, and
from then on check the page with :func:`assert_case`, the pytest plugin or
``newsshape check``.

>>> from newsshape.testing import compare, format_differences
>>> expected = {"title": "Ferry returns", "authors": ["Ana Ruiz"]}
>>> actual = {"title": "Ferry returns!", "authors": ["Ana Ruiz", "Staff"], "site": "Ledger"}
>>> print(format_differences(compare(expected, actual)))
title
  expected: 'Ferry returns'
  got:      'Ferry returns!'
authors[1]: unexpected
  got:      'Staff'

The pytest plugin (installed with newsshape) turns every case under the
folders named by the ``newsshape_cases`` ini option (or
``--newsshape-cases DIR``) into a test item; without them it collects
nothing. It also shows a field-by-field diff when an ``assert`` compares
two articles.
"""

from __future__ import annotations

import difflib
import gzip
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import attrs

from newsshape._pipeline import parse
from newsshape.extractors.base import Extractor
from newsshape.model import Article

__all__ = [
    "EXPECTED_SUFFIX",
    "Case",
    "Difference",
    "ExtractionMismatch",
    "assert_case",
    "assert_extracts",
    "check_case",
    "compare",
    "expected_path",
    "find_cases",
    "format_differences",
    "write_expected",
]

#: The ending that marks expected-output files.
EXPECTED_SUFFIX = ".expected.json"

_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")


@attrs.frozen
class Case:
    """A saved page and the file holding what is expected from it."""

    page: Path
    """The saved page."""

    expected: Path
    """Its expected JSON."""

    @property
    def name(self) -> str:
        """The page's file name, used as the test's id."""
        return self.page.name

    def load_expected(self) -> dict[str, Any]:
        """The expected JSON, parsed."""
        data = json.loads(self.expected.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{self.expected}: expected a JSON object")
        return data

    def read_page(self) -> bytes:
        """The page's bytes (decompressed when gzipped)."""
        return _read(self.page)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def expected_path(page: str | os.PathLike[str]) -> Path:
    """Where the expected JSON of ``page`` lives: ``story.html`` (or
    ``story.html.gz``) gives ``story.expected.json`` beside it."""
    path = Path(page)
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return path.with_name(stem + EXPECTED_SUFFIX)


def _case_for(expected: Path) -> Case:
    stem = expected.name[: -len(EXPECTED_SUFFIX)]
    for suffix in _PAGE_SUFFIXES:
        for name in (stem + suffix, stem + suffix + ".gz"):
            page = expected.with_name(name)
            if page.is_file():
                return Case(page, expected)
    raise FileNotFoundError(f"{expected}: no saved page {stem}.html or {stem}.txt (optionally .gz) beside it")


def find_cases(*paths: str | os.PathLike[str]) -> list[Case]:
    """The cases in ``paths``: folders are searched recursively for
    ``*.expected.json`` files, which may also be named directly, as may the
    saved pages. Sorted by path.

    :raises FileNotFoundError: if an expected file has no page beside it, or
        a page no expected file.
    """
    cases: list[Case] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            cases.extend(_case_for(p) for p in sorted(path.rglob("*" + EXPECTED_SUFFIX)))
        elif path.name.endswith(EXPECTED_SUFFIX):
            cases.append(_case_for(path))
        else:
            expected = expected_path(path)
            if not expected.is_file():
                raise FileNotFoundError(f"{path}: no {expected.name} beside it (write one with `newsshape expect`)")
            cases.append(Case(path, expected))
    return cases


# -- comparing ------------------------------------------------------------------


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


_NOTHING = object()


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


# -- checking ---------------------------------------------------------------------


def _extract(page: bytes | str, url: str | None, extractor: str | Extractor | None) -> Article:
    return parse(page, url=url, extractor=extractor)


def check_case(case: Case, *, extractor: str | Extractor | None = None) -> list[Difference]:
    """Parse the case's page (with its expected ``url``, and ``extractor``
    if given, else the one chosen for the page) and compare."""
    expected = case.load_expected()
    article = _extract(case.read_page(), expected.get("url"), extractor)
    return compare(expected, article)


def assert_case(case: Case, *, extractor: str | Extractor | None = None) -> None:
    """Like :func:`check_case`, raising :class:`ExtractionMismatch` on any
    difference."""
    differences = check_case(case, extractor=extractor)
    if differences:
        raise ExtractionMismatch(differences, case.name)


def assert_extracts(
    page: bytes | str,
    expected: Article | dict[str, Any],
    *,
    url: str | None = None,
    extractor: str | Extractor | None = None,
) -> Article:
    """Parse ``page`` and check the article against ``expected`` (only the
    fields it has); return the article.

    :raises ExtractionMismatch: listing every difference.
    """
    article = _extract(page, url, extractor)
    differences = compare(expected, article)
    if differences:
        raise ExtractionMismatch(differences)
    return article


def write_expected(
    page: str | os.PathLike[str],
    *,
    url: str | None = None,
    extractor: str | Extractor | None = None,
    overwrite: bool = False,
) -> Path:
    """Parse a saved page and write what comes out as its expected JSON
    (see :func:`expected_path`), for its author to review and correct.

    :raises FileExistsError: if the file exists and ``overwrite`` is false.
    """
    path = Path(page)
    target = expected_path(path)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists (overwrite it with --force)")
    article = _extract(_read(path), url, extractor)
    target.write_text(article.to_json(indent=2) + "\n", encoding="utf-8")
    return target
