"""The Lakeside Ledger extractor, checked on saved pages with the test kit."""

from pathlib import Path

import pytest

import newsshape
from newsshape.testing import Case, assert_case, find_cases

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize("case", find_cases(PAGES), ids=lambda case: case.name)
def test_saved_page(case: Case) -> None:
    assert_case(case)


def test_claims_pages_by_their_template_without_a_url() -> None:
    html = (PAGES / "night-ferry.html").read_bytes()
    assert newsshape.parse(html).extractor == "lakeside_ledger"


def test_leaves_other_pages_to_other_extractors() -> None:
    page = "A headline\n\nA first paragraph that is long enough to be the body of a story."
    assert newsshape.parse(page).extractor != "lakeside_ledger"
