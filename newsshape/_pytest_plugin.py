"""The pytest plugin of :mod:`newsshape.testing` (registered through the
``pytest11`` entry point).

It does nothing unless asked: cases are collected only under the folders
named by the ``newsshape_cases`` ini option or ``--newsshape-cases``. It
also explains a failed ``assert article == expected`` between two articles
field by field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsshape.model import Article
from newsshape.testing import EXPECTED_SUFFIX, Case, ExtractionMismatch, assert_case, compare, find_cases


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--newsshape-cases`` and the ``newsshape_cases`` ini option."""
    group = parser.getgroup("newsshape", "newsshape extractor cases")
    group.addoption(
        "--newsshape-cases",
        action="append",
        default=[],
        metavar="DIR",
        help="check the saved pages with expected JSON under DIR (may be repeated)",
    )
    parser.addini("newsshape_cases", "folders of saved pages with expected JSON to check", type="paths", default=[])


def _roots(config: pytest.Config) -> list[Path]:
    roots = [Path(p).resolve() for p in config.getoption("newsshape_cases") or ()]
    roots += [Path(p).resolve() for p in config.getini("newsshape_cases") or ()]
    return roots


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect ``*.expected.json`` files under the configured folders."""
    if not file_path.name.endswith(EXPECTED_SUFFIX):
        return None
    roots = _roots(parent.config)
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(root) for root in roots):
        return None
    file: CaseFile = CaseFile.from_parent(parent, path=file_path)
    return file


class CaseFile(pytest.File):
    """An expected-JSON file: one test item for its page."""

    def collect(self) -> Iterator[CaseItem]:
        (case,) = find_cases(self.path)
        yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseItem(pytest.Item):
    """Checks one saved page against its expected JSON."""

    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        assert_case(self.case)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ExtractionMismatch):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.case.page, 0, f"newsshape case: {self.case.name}"


def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """Explain ``article == other`` failures field by field."""
    if op != "==" or not (isinstance(left, Article) and isinstance(right, Article)):
        return None
    from newsshape.testing import format_differences

    lines = ["articles differ (right as expected, left as extracted):"]
    lines += format_differences(compare(right, left)).splitlines()
    return lines
