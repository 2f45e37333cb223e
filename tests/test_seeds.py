"""The five seed pages parse to their hand-written expectations, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _expect import cases, compare, page_source

import newsshape

SEEDS = Path(__file__).parent / "seeds"
CASES = cases(SEEDS)


def test_all_seeds_present() -> None:
    assert len(CASES) == 5


@pytest.mark.parametrize(("page", "expectation"), CASES, ids=[p.name for p, _ in CASES])
def test_seed_fields(page: Path, expectation: Path) -> None:
    article = newsshape.parse(page_source(page))
    wrong = compare(article, json.loads(expectation.read_text("utf8")))
    wrong.pop("quotes", None)  # asserted on their own below
    assert wrong == {}


@pytest.mark.parametrize(("page", "expectation"), CASES, ids=[p.name for p, _ in CASES])
def test_seed_quotes(page: Path, expectation: Path) -> None:
    article = newsshape.parse(page_source(page))
    assert compare(article, json.loads(expectation.read_text("utf8"))).get("quotes") is None


@pytest.mark.parametrize(("page", "expectation"), CASES, ids=[p.name for p, _ in CASES])
def test_seed_round_trip(page: Path, expectation: Path) -> None:
    article = newsshape.parse(page_source(page))
    assert newsshape.Article.from_dict(json.loads(article.to_json())) == article


@pytest.mark.parametrize(("page", "expectation"), CASES, ids=[p.name for p, _ in CASES])
def test_seed_clean_is_the_text_of_parse(page: Path, expectation: Path) -> None:
    text = newsshape.clean(page_source(page))
    assert text == newsshape.parse(page_source(page)).text
    assert json.loads(expectation.read_text("utf8"))["sections"][0]["paragraphs"][0][:40] in text


def test_removed_blocks_are_reported_in_page_order() -> None:
    article = newsshape.parse(page_source(SEEDS / "003_30f34ed25f2553cc.txt"))
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
    article = newsshape.parse(page_source(SEEDS / "000_151487abdd59daaa.txt"))
    assert article.boilerplate == (
        "T4K3.news",
        "Putin signals possible peace talks after Alaska meeting",
        "Key Takeaways",
        "Highlights",
        "Enjoyed this? Let your friends know!",
        "Related News",
    )
