"""Cases: saved pages beside their expected JSON, found, checked and
drafted."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any, Literal

import attrs

from newsshape._pipeline import parse
from newsshape.extractors.base import Extractor
from newsshape.model import Article
from newsshape.testing._compare import Difference, ExtractionMismatch, compare
from newsshape.testing._handwritten import compare_handwritten

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

    style: Literal["exact", "handwritten"] = "exact"
    """How the expected JSON is compared: ``"exact"`` (the shape of
    :meth:`~newsshape.Article.to_dict`, with :func:`compare`) or
    ``"handwritten"`` (with :func:`compare_handwritten`; see
    :func:`find_handwritten_cases`)."""

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


def read_page(path: str | os.PathLike[str]) -> str | bytes:
    """A saved page as :func:`newsshape.parse` should get it: a text dump
    (``.txt``, optionally gzipped) as ``str`` read as UTF-8, anything else as
    ``bytes``, decompressed when gzipped (HTML's charset is the parser's
    business)."""
    page = Path(path)
    data = _read(page)
    name = page.name.lower().removesuffix(".gz")
    return data.decode("utf-8") if name.endswith(".txt") else data


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


# The ending of hand-written expectations (documented in newsshape.testing).
HANDWRITTEN_SUFFIX = ".json"


def find_handwritten_cases(*folders: str | os.PathLike[str]) -> list[Case]:
    """The cases with hand-written expectations in ``folders`` (not searched
    recursively), sorted by path: ``story.json`` is the expectation of a
    text dump ``story.txt``, ``story.html.json`` that of ``story.html``. An
    expectation with no page beside it, and ``*.expected.json`` files, are
    left out. Their :attr:`~Case.style` is ``"handwritten"``: they are
    compared with :func:`compare_handwritten`."""
    cases: list[Case] = []
    for folder in folders:
        for expected in sorted(Path(folder).glob("*" + HANDWRITTEN_SUFFIX)):
            if expected.name.endswith(EXPECTED_SUFFIX):
                continue
            name = expected.name[: -len(HANDWRITTEN_SUFFIX)]
            page = expected.with_name(name if name.endswith(".html") else name + ".txt")
            if page.is_file():
                cases.append(Case(page, expected, "handwritten"))
    return cases


def _extract(page: bytes | str, url: str | None, extractor: str | Extractor | None) -> Article:
    return parse(page, url=url, extractor=extractor)


def check_case(case: Case, *, extractor: str | Extractor | None = None) -> list[Difference]:
    """Parse the case's page (with its expected ``url``, and ``extractor``
    if given, else the one chosen for the page) and compare, as the case's
    :attr:`~Case.style` says."""
    expected = case.load_expected()
    if case.style == "handwritten":
        return compare_handwritten(expected, _extract(read_page(case.page), expected.get("url"), extractor))
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
