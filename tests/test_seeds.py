"""The five seed pages parse to their hand-written expectations, field by
field, through the project's own test kit (:mod:`newsshape.testing`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsshape
from newsshape.testing import Case, check_case, find_handwritten_cases, format_differences, read_page

SEEDS = Path(__file__).parent / "seeds"
CASES = find_handwritten_cases(SEEDS)


def _differences(case: Case, *, quotes: bool) -> str:
    # Quotes are asserted on their own, so a quote finder regression does not hide a field's.
    found = [d for d in check_case(case) if d.path.startswith("quotes") == quotes]
    return format_differences(found, case.name) if found else ""


def test_all_seeds_present() -> None:
    assert len(CASES) == 5


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_seed_fields(case: Case) -> None:
    assert _differences(case, quotes=False) == ""


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_seed_quotes(case: Case) -> None:
    assert _differences(case, quotes=True) == ""


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_seed_round_trip(case: Case) -> None:
    article = newsshape.parse(read_page(case.page))
    assert newsshape.Article.from_dict(json.loads(article.to_json())) == article


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_seed_clean_is_the_text_of_parse(case: Case) -> None:
    text = newsshape.clean(read_page(case.page))
    assert text == newsshape.parse(read_page(case.page)).text
    assert case.load_expected()["sections"][0]["paragraphs"][0][:40] in text


def test_removed_blocks_are_reported_in_page_order() -> None:
    article = newsshape.parse(read_page(SEEDS / "003_30f34ed25f2553cc.txt"))
    assert article.boilerplate == (
        "Date:",
        "MT Editorial Staff",
        "MT Editorial Staff",
        "The Midtown Times delivers precise, timely, and engaging stories from the heart of New York City.",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
        "Share post:",
        "Subscribe",
        "spot_imgspot_img",
        "Popular",
        "More like this",
    )


def test_t4k3_repeated_title_and_labels_are_boilerplate() -> None:
    article = newsshape.parse(read_page(SEEDS / "000_151487abdd59daaa.txt"))
    assert article.boilerplate == (
        "T4K3.news",
        "Putin signals possible peace talks after Alaska meeting",
        "Key Takeaways",
        "Highlights",
        "Enjoyed this? Let your friends know!",
        "Related News",
    )
