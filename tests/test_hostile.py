"""Hostile inputs parse quickly: time grows linearly with the page, never
with the square of it, deep nesting does not hit the recursion limit, and
memory stays bounded; binary input is refused as quickly."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest

import newsshape

LIMIT = 2.0  # seconds on an idle machine; the cases below take a fraction of it


def _slowdown() -> float:
    """How much slower this machine runs now than an idle reference one
    (a fixed pure-Python workload that takes about 0.1 s there), at least 1
    and at most 4: the bound stays meaningful on a busy CI runner."""
    start = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i & 7
    return min(4.0, max(1.0, (time.perf_counter() - start) / 0.1))


def _big_html() -> str:
    paragraph = "<p>" + "Word, " * 150 + "end.</p>\n"
    links = "<ul>" + "".join(f"<li><a href='/s/{i}'>Story {i}</a></li>" for i in range(50)) + "</ul>\n"
    body = (paragraph * 8 + links) * 600
    page = f"<html><head><title>Big</title></head><body><article><h1>Big page</h1>{body}</article></body></html>"
    assert len(page) > 5_000_000
    return page


CASES: dict[str, Callable[[], str | bytes]] = {
    "5 MB of HTML": _big_html,
    "100k nested divs": lambda: (
        "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>"
    ),
    "100k nested mixed elements": lambda: "<body>" + "<p><span><blockquote><li><a href='x'>" * 20_000 + "x",
    "100k lines of text": lambda: "\n".join(f"Line {i} of a long dump, with some words." for i in range(100_000)),
    "100k short lines": lambda: "\n".join(("Related News", "- item", "“", "Date:", "Key Takeaways") * 20_000),
    "100k lines cut inside one paragraph": lambda: "\n".join([" and the council voted again"] * 100_000),
    "quote marks in text": lambda: "Title\n\n" + '"' * 200_000 + "\n" + "“ ”" * 100_000 + "\n" + "said " * 50_000,
    "unclosed quotes in a paragraph": lambda: "Title\n\n" + ("“He said it, " * 40_000) + "she said.",
    "quote marks in HTML": lambda: "<html><body><p>" + "“" * 300_000 + "</p><p>" + "'\"" * 200_000 + "</p>",
    "one 3 MB line": lambda: "word " * 600_000,
    "one 5 MB line of HTML": lambda: "<html><body><p>" + "word " * 1_000_000 + "</p></body></html>",
    "200k quote marks": lambda: "Title\n\n" + "“" * 200_000,
    "100k unclosed elements": lambda: "<html><body>" + "<div><b>" * 50_000 + "text",
    "an unclosed title before 1 MB of markup": lambda: (
        "<html><head><title>T" + "<p>Paragraph of text with words in it.</p>" * 25_000
    ),
}
#: Memory a hostile input may take while it is parsed, as a multiple of its
#: size (the parser's tree and the blocks hold a few copies of the text).
MEMORY_FACTOR = 40


@pytest.mark.parametrize("make", CASES.values(), ids=list(CASES))
def test_hostile_input_is_fast(make: Callable[[], str | bytes]) -> None:
    source = make()
    before = _slowdown()
    start = time.perf_counter()
    article = newsshape.parse(source)
    elapsed = time.perf_counter() - start
    limit = LIMIT * max(before, _slowdown())
    assert isinstance(article, newsshape.Article)
    assert elapsed < limit, f"{elapsed:.2f} s (limit {limit:.2f} s)"


@pytest.mark.parametrize("make", [CASES["5 MB of HTML"], CASES["100k nested divs"]], ids=["5 MB", "100k nested"])
def test_hostile_input_takes_bounded_memory(make: Callable[[], str | bytes]) -> None:
    source = make()
    tracemalloc.start()
    try:
        newsshape.parse(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_FACTOR * len(source) + 50_000_000, f"{peak / 1e6:.0f} MB"


BINARY: dict[str, Callable[[], bytes]] = {
    "5 MB of bytes": lambda: bytes(range(256)) * 20_000,
    "50 MB of binary": lambda: b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 200_000,
    "50 MB of random-looking bytes": lambda: bytes((i * 7919) % 251 for i in range(65_536)) * 800,
}


@pytest.mark.parametrize("make", BINARY.values(), ids=list(BINARY))
def test_binary_input_is_refused_quickly(make: Callable[[], bytes]) -> None:
    data = make()
    start = time.perf_counter()
    with pytest.raises(newsshape.NotAPageError):
        newsshape.parse(data)
    assert time.perf_counter() - start < LIMIT
