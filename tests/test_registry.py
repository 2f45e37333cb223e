"""The extractor registry: built-ins, run-time registration, plug-ins found
through entry points, and that all of it is settled when ``newsshape`` is
imported (the first parse pays for nothing the others don't)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import newsshape
from newsshape import Document, Extractor, Page, register
from newsshape.extractors import registry


def _run(code: str, path: Path | None = None) -> str:
    """Run ``code`` in a fresh interpreter (with ``path`` first on its
    import path) and return what it printed."""
    prefix = f"import sys; sys.path.insert(0, {str(path)!r})\n" if path else ""
    done = subprocess.run(
        [sys.executable, "-c", prefix + textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_import_registers_everything_and_the_first_parse_imports_nothing() -> None:
    out = _run(
        """
        import sys
        import newsshape
        from newsshape.extractors import registry
        print(sorted(registry._REGISTRY))
        before = {m for m in sys.modules if m.startswith("newsshape")}
        newsshape.parse("<html><body><h1>Title</h1><p>A first paragraph, long enough.</p></body></html>")
        newsshape.parse("Title\\n\\nA first paragraph of a text dump, long enough to read.")
        print(sorted({m for m in sys.modules if m.startswith("newsshape")} - before))
        """
    )
    names, imported = out.splitlines()
    assert names == "['generic', 'midtown_times', 't4k3']"
    assert imported == "[]"


@pytest.fixture
def ledger() -> Iterator[type[Extractor]]:
    """A site extractor registered for the test, removed after it."""

    class LedgerExtractor(Extractor):
        name = "ledger_test"
        url_patterns = (r"^https://ledger\.example/",)

        def layout(self, doc: Document) -> Page:
            page = Page(doc)
            page.set(0, 1, "title")
            page.set(1, len(doc.blocks), "body")
            return page

    register(LedgerExtractor)
    yield LedgerExtractor
    del registry._REGISTRY["ledger_test"]


PAGE = "Ledger headline\n\nThe first paragraph of the story, as the ledger prints it."


def test_registered_extractor_is_chosen_by_its_claim(ledger: type[Extractor]) -> None:
    assert "ledger_test" in newsshape.available_extractors()
    article = newsshape.parse(PAGE, url="https://ledger.example/story")
    assert article.extractor == "ledger_test"
    assert article.title == "Ledger headline"
    assert newsshape.parse(PAGE, url="https://elsewhere.example/story").extractor == "generic"
    assert newsshape.parse(PAGE, extractor="ledger_test").extractor == "ledger_test"


def test_clean_uses_the_extractor_parse_uses(ledger: type[Extractor]) -> None:
    url = "https://ledger.example/story"
    assert newsshape.clean(PAGE, url=url) == "The first paragraph of the story, as the ledger prints it."
    assert newsshape.clean(PAGE, extractor="ledger_test") == newsshape.parse(PAGE, extractor="ledger_test").text
    with pytest.raises(newsshape.UnknownExtractorError):
        newsshape.clean(PAGE, extractor="no_such_site")


def test_an_extractor_that_overrides_extract_gets_it_run_for_the_body() -> None:
    class Shouting(Extractor):
        name = "shouting_test"

        def layout(self, doc: Document) -> Page:
            page = Page(doc)
            page.set(0, len(doc.blocks), "body")
            return page

        def extract(self, doc: Document) -> newsshape.Article:
            article = super().extract(doc)
            return attrs.evolve(article, sections=tuple(attrs.evolve(s, heading="LOUD") for s in article.sections))

    shouting = Shouting()
    Shouting.needs_metadata = "head"  # its layout reads none, but its extract() may read any of it
    assert registry.head_is_enough(shouting) is False
    assert shouting.extract_body(newsshape.Document("text", ())) == ()
    assert newsshape.clean(PAGE, extractor=shouting) == newsshape.parse(PAGE, extractor=shouting).text
    assert newsshape.clean(PAGE, extractor=shouting).startswith("LOUD\n\nLedger headline")


def test_what_metadata_extractors_read_is_declared_not_inherited(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsshape.extractors.generic import GenericExtractor

    class Subclass(GenericExtractor):
        name = "subclass_test"

    assert {registry.get(name).needs_metadata for name in ("generic", "t4k3", "midtown_times")} == {"head"}
    assert Subclass.needs_metadata == "all"  # its layout may read more than the generic one's
    assert Extractor.needs_metadata == "all"
    builtins = {name: registry.get(name) for name in ("generic", "t4k3", "midtown_times")}
    monkeypatch.setattr(registry, "_REGISTRY", builtins)  # whatever plug-ins this machine has
    assert registry.head_is_enough() is True
    assert registry.head_is_enough(Subclass()) is False


JSONLD_PAGE = """<html><head><title>Ledger headline</title>
<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "The Ledger"}}</script>
</head><body><h1>Ledger headline</h1>
<p>The first paragraph of the story, as the ledger prints it, long enough.</p>
<p>A line the ledger's own extractor knows to be its sign-off.</p></body></html>"""


def test_clean_reads_all_metadata_when_an_extractor_needs_it() -> None:
    """An extractor that claims pages by their JSON-LD (and says so, by not
    declaring ``needs_metadata = "head"``) is chosen by clean() as by parse()."""

    class JsonLedger(Extractor):
        name = "json_ledger_test"

        def claim(self, doc: Document) -> float:
            return 0.9 if any(o.get("publisher", {}).get("name") == "The Ledger" for o in doc.meta.jsonld) else 0.0

        def layout(self, doc: Document) -> Page:
            page = Page(doc)
            page.set(0, 1, "title")
            page.set(1, 2, "body")
            return page

    register(JsonLedger)
    try:
        assert registry.head_is_enough() is False
        assert newsshape.parse(JSONLD_PAGE).extractor == "json_ledger_test"
        assert newsshape.clean(JSONLD_PAGE) == newsshape.parse(JSONLD_PAGE).text
        assert newsshape.clean(JSONLD_PAGE) == "The first paragraph of the story, as the ledger prints it, long enough."
    finally:
        del registry._REGISTRY["json_ledger_test"]
    assert "sign-off" in newsshape.clean(JSONLD_PAGE)  # the generic extractor keeps the whole story


def test_unknown_extractor_names_the_available_ones() -> None:
    with pytest.raises(newsshape.UnknownExtractorError) as caught:
        newsshape.parse(PAGE, extractor="no_such_site")
    assert caught.value.name == "no_such_site"
    assert caught.value.available == newsshape.available_extractors()


def test_register_refuses_what_is_not_a_named_extractor() -> None:
    with pytest.raises(TypeError):
        register(object)  # type: ignore[type-var]

    class Nameless(Extractor):
        pass

    with pytest.raises(ValueError, match="no name"):
        register(Nameless)


def _plugin(tmp_path: Path, body: str) -> Path:
    """An installed-looking distribution in ``tmp_path`` whose entry point
    in the ``newsshape.extractors`` group is ``harbour_plugin:HarbourExtractor``."""
    (tmp_path / "harbour_plugin.py").write_text(textwrap.dedent(body))
    info = tmp_path / "harbour_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: harbour-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newsshape.extractors]\nharbour = harbour_plugin:HarbourExtractor\n")
    return tmp_path


def test_entry_point_plugins_are_found_on_import(tmp_path: Path) -> None:
    path = _plugin(
        tmp_path,
        """
        from newsshape import Extractor

        class HarbourExtractor(Extractor):
            name = "harbour"
            url_patterns = (r"^https://harbour\\.example/",)
        """,
    )
    out = _run(
        """
        import newsshape
        from newsshape.extractors import registry
        print("harbour" in registry._REGISTRY)
        print(newsshape.parse("Headline\\n\\nA paragraph.", url="https://harbour.example/a").extractor)
        """,
        path,
    )
    assert out.splitlines() == ["True", "harbour"]


def test_a_broken_plugin_does_not_break_newsshape(tmp_path: Path) -> None:
    path = _plugin(tmp_path, "raise RuntimeError('broken plug-in')\n")
    out = _run(
        """
        import newsshape
        print(newsshape.available_extractors())
        """,
        path,
    )
    assert out == "['generic', 'midtown_times', 't4k3']"


def test_a_name_clash_is_refused_not_dropped() -> None:
    class Impostor(Extractor):
        name = "t4k3"

    with pytest.raises(registry.ExtractorNameClash, match="'t4k3' is registered already"):
        register(Impostor)
    assert type(registry.get("t4k3")).__name__ == "T4K3Extractor"
    register(type(registry.get("t4k3")))  # the same class again: replaced quietly


def test_register_replaces_on_request(ledger: type[Extractor]) -> None:
    class Ledger2(Extractor):
        name = "ledger_test"

    register(Ledger2, replace=True)
    assert isinstance(registry.get("ledger_test"), Ledger2)


def test_a_plugin_whose_name_is_taken_is_not_loaded_with_a_warning(tmp_path: Path) -> None:
    path = _plugin(
        tmp_path,
        """
        from newsshape import Extractor

        class HarbourExtractor(Extractor):
            name = "t4k3"
        """,
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(path)!r})\nimport newsshape\n"
         "from newsshape.extractors import registry\nprint(type(registry.get('t4k3')).__name__)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "T4K3Extractor"
    assert "harbour_plugin.HarbourExtractor (entry point 'harbour') is not loaded: the name 't4k3' is taken" in (
        done.stderr
    )
