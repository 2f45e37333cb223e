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

The project's own seeds and template variants use *hand-written
expectations* instead, which say what a reader sees and compare looser
(whitespace, bullets, quotation marks, a quotation's speaker by surname):
see :func:`find_handwritten_cases` and :func:`compare_handwritten`.

The pytest plugin (installed with newsshape) turns every case under the
folders named by the ``newsshape_cases`` ini option (or
``--newsshape-cases DIR``) into a test item; without them it collects
nothing. It also shows a field-by-field diff when an ``assert`` compares
two articles.
"""

from __future__ import annotations

from newsshape.testing import _cases, _handwritten
from newsshape.testing._cases import (
    Case,
    assert_case,
    assert_extracts,
    check_case,
    expected_path,
    find_cases,
    find_handwritten_cases,
    read_page,
    write_expected,
)
from newsshape.testing._compare import Difference, ExtractionMismatch, compare, format_differences
from newsshape.testing._handwritten import compare_handwritten, field_problems, normalize_space

# Public classes show (in tracebacks, reprs and pickles) where they are imported from.
for _cls in (Case, Difference, ExtractionMismatch):
    _cls.__module__ = __name__

#: The ending that marks expected-output files.
EXPECTED_SUFFIX: str = _cases.EXPECTED_SUFFIX

#: The ending of hand-written expectations: ``story.json`` beside
#: ``story.txt``, ``story.html.json`` beside ``story.html``.
HANDWRITTEN_SUFFIX: str = _cases.HANDWRITTEN_SUFFIX

#: The keys of a hand-written expectation, in the order
#: :func:`compare_handwritten` reports them.
HANDWRITTEN_FIELDS: tuple[str, ...] = _handwritten.HANDWRITTEN_FIELDS

__all__ = [
    "EXPECTED_SUFFIX",
    "HANDWRITTEN_FIELDS",
    "HANDWRITTEN_SUFFIX",
    "Case",
    "Difference",
    "ExtractionMismatch",
    "assert_case",
    "assert_extracts",
    "check_case",
    "compare",
    "compare_handwritten",
    "expected_path",
    "field_problems",
    "find_cases",
    "find_handwritten_cases",
    "format_differences",
    "normalize_space",
    "read_page",
    "write_expected",
]
