"""The layout's debug switch: a page made with ``explain=True`` says which
pass and step gave each block its role; off, it records nothing."""

from __future__ import annotations

import pytest
from test_content import FOOTER, NAV, P1, P2, P3, page

import newsshape
from newsshape.document import Page, to_document
from newsshape.document._page import explaining
from newsshape.extractors.generic import GenericExtractor
from newsshape.extractors.registry import choose
from newsshape.layout import _boxes, _content, _furniture, _head
from newsshape.layout._explain import STEPS, Reason, explain, explain_layout

HTML = page(
    f"""<header>{NAV}</header>
    <main><article>
      <h1>Council votes to rebuild harbour bridge</h1>
      <p>By Jane Doe</p>
      <p>{P1}</p><p>{P2}</p>
      <div class="highlights"><p>Highlights</p><ul><li>A bridge for trams</li><li>Two summers of work</li></ul></div>
      <p>{P3}</p>
      <p>Share this</p>
    </article></main>
    {FOOTER}"""
)

DUMP = f"Council votes to rebuild harbour bridge\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\nLeave a Reply\n"


def _layout(source: str, **kwargs: bool) -> Page:
    p = Page(to_document(source), **kwargs)
    for mark in (_furniture.mark, _boxes.mark, _content.mark, _head.mark):
        mark(p)
    return p


def _by_text(records: list[Reason]) -> dict[str, tuple[str, str]]:
    return {r.text: (r.role, r.reason) for r in records}


def test_off_by_default_records_nothing() -> None:
    p = _layout(HTML)
    assert p.explain is False
    assert p.reasons is None
    with pytest.raises(ValueError, match="explain=True"):
        explain(p)


def test_roles_are_the_same_with_the_switch_on() -> None:
    for source in (HTML, DUMP):
        assert _layout(source, explain=True).roles == _layout(source).roles


def test_html_each_block_names_the_pass_and_step() -> None:
    records = explain(_layout(HTML, explain=True))
    assert [r.role for r in records] == _layout(HTML).roles
    got = _by_text(records)
    assert got["Home"] == ("boilerplate", "content.rest")  # the menu: left without a role by the content pass
    assert got[P1] == ("body", "content.assign")
    assert got[P3] == ("body", "content.assign")
    assert got["Council votes to rebuild harbour bridge"] == ("title", "head.html")
    assert got["By Jane Doe"] == ("byline", "head.body_start")
    assert got["Highlights"] == ("label", "boxes.labels")
    assert got["A bridge for trams"] == ("highlight", "boxes.labels")
    assert got["Share this"] == ("boilerplate", "furniture")
    # every recorded reason is a known step, and says what it decides
    for r in records:
        assert r.reason in STEPS, r
        assert r.why, r


def test_text_dump_names_the_dump_step() -> None:
    got = _by_text(explain(_layout(DUMP, explain=True)))
    assert got[P1] == ("body", "content.dump")
    assert got["Council votes to rebuild harbour bridge"] == ("title", "head.text")
    assert got["By Jane Doe"][0] == "byline"
    assert got["Leave a Reply"] == ("boilerplate", "furniture")


def test_explain_layout_runs_any_extractors_layout() -> None:
    """``explaining()`` turns the switch on for pages an extractor makes
    itself; roles its own code sets are named as ``unrecorded``."""

    def own_layout(doc: newsshape.document.Document) -> Page:
        p = GenericExtractor().layout(doc)
        p.roles[0] = "site"  # set outside any recorded step
        return p

    doc = to_document(HTML)
    records = explain_layout(own_layout, doc, unrecorded="mine")
    assert records[0] == Reason("site", "mine", "Home")
    assert _by_text(records)[P1] == ("body", "content.assign")
    # the switch holds only inside the block
    with explaining():
        assert Page(doc).reasons is not None
    assert Page(doc).reasons is None


def test_explain_the_picked_extractor() -> None:
    """How the top layer explains a page: pick its extractor and explain its
    layout."""
    doc = to_document(HTML)
    extractor = choose(doc)
    records = explain_layout(extractor.layout, doc, unrecorded=extractor.name)
    assert len(records) == len(doc.blocks)
    assert _by_text(records)[P2] == ("body", "content.assign")
