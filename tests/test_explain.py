"""The layout's debug switch: a page made with ``explain=True`` says which
pass and step gave each block its role; off, it records nothing."""

from __future__ import annotations

from test_content import FOOTER, NAV, P1, P2, P3, page

import newsshape
from newsshape.document import Page, to_document
from newsshape.layout import STEPS, Reason, explain_layout

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


def _layout(source: str) -> Page:
    """The generic layout of ``source``, switch off."""
    return newsshape.Extractor().layout(to_document(source))


def explain(source: str) -> list[Reason]:
    """The generic layout of ``source``, explained."""
    return newsshape.explain(source, extractor="generic")


def _by_text(records: list[Reason]) -> dict[str, tuple[str, str]]:
    return {r.text: (r.role, r.reason) for r in records}


def test_off_by_default_records_nothing() -> None:
    p = _layout(HTML)
    assert p.explain is False
    assert p.reasons is None


def test_roles_are_the_same_with_the_switch_on() -> None:
    for source in (HTML, DUMP):
        assert [r.role for r in explain(source)] == _layout(source).roles


def test_html_each_block_names_the_pass_and_step() -> None:
    records = explain(HTML)
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
    got = _by_text(explain(DUMP))
    assert got[P1] == ("body", "content.dump")
    assert got["Council votes to rebuild harbour bridge"] == ("title", "head.text")
    assert got["By Jane Doe"][0] == "byline"
    assert got["Leave a Reply"] == ("boilerplate", "furniture")


def test_explain_layout_runs_any_extractors_layout() -> None:
    """The switch holds for pages an extractor makes itself; roles its own
    code sets are named as ``unrecorded``."""

    def own_layout(doc: newsshape.document.Document) -> Page:
        p = newsshape.Extractor().layout(doc)
        p.roles[0] = "site"  # set outside any recorded step
        return p

    doc = to_document(HTML)
    records = explain_layout(own_layout, doc, unrecorded="mine")
    assert records[0] == Reason("site", "mine", "Home")
    assert _by_text(records)[P1] == ("body", "content.assign")
    # the switch holds only while explaining
    assert Page(doc).reasons is None
    assert Page(doc, explain=True).reasons is not None


def test_explain_the_picked_extractor() -> None:
    """newsshape.explain() explains the layout of the extractor parse() picks:
    a template's own walk is named after it."""
    doc = to_document(HTML)
    records = newsshape.explain(HTML)
    assert len(records) == len(doc.blocks)
    assert _by_text(records)[P2] == ("body", "content.assign")
    t4k3 = "T4K3.news\n\nBus lanes approved\n\n" + P1 + "\n\nKey Takeaways\n\n“Buses first.”\n\nA councillor\n"
    assert {r.reason for r in newsshape.explain(t4k3, extractor="t4k3")} == {"t4k3"}
