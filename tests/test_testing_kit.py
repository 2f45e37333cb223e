"""newsshape.testing: cases, diffs, the expect/check commands, the pytest
plugin, and the tutorial's extractor package checked with the kit."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest
import tomllib

import newsshape
from newsshape import Article, Image, Section
from newsshape.cli import main
from newsshape.testing import (
    HANDWRITTEN_FIELDS,
    Difference,
    ExtractionMismatch,
    assert_case,
    assert_extracts,
    check_case,
    compare,
    compare_handwritten,
    expected_path,
    find_cases,
    format_differences,
    write_expected,
)

REPO = Path(__file__).resolve().parent.parent
LAKESIDE = REPO / "examples" / "lakeside"
PAGE = "Example Site\nA headline here\n\nA first paragraph of the story, long enough to read as body text.\n"


def test_compare_reports_each_kind_of_difference() -> None:
    expected = {
        "title": "Ferry returns",
        "authors": ["Ana Ruiz", "Tom Okafor"],
        "sections": [{"heading": None, "paragraphs": ["One.", "Two.", "Three."]}],
    }
    actual = {
        "title": "Ferry returns",
        "authors": ["Ana Ruiz"],
        "sections": [{"heading": "Intro", "paragraphs": ["One.", "Share this", "Two.", "Three!"]}],
        "site": "not checked: not in the expectation",
    }
    assert compare(expected, actual) == [
        Difference("authors[1]", "missing", "Tom Okafor", None),
        Difference("sections[0].heading", "changed", None, "Intro"),
        Difference("sections[0].paragraphs[1]", "unexpected", None, "Share this"),
        Difference("sections[0].paragraphs[3]", "changed", "Three.", "Three!"),
    ]


def test_compare_takes_articles_and_json() -> None:
    article = Article(title="T", sections=(Section(None, ("p",)),))
    assert compare(article, article) == []
    assert compare({"title": "T", "sections": [{"heading": None, "paragraphs": ["p"]}]}, article) == []
    assert compare({"subtitle": "S"}, article) == [Difference("subtitle", "changed", "S", None)]
    assert compare({"no_such_field": 1}, article) == [Difference("no_such_field", "missing", 1, None)]


def test_handwritten_expectations_check_the_whole_article_fields() -> None:
    article = Article(
        title="T",
        image=Image("https://example.org/a.jpg", alt="A ferry", caption="The ferry  at dawn"),
        tags=("ferries", "Harbour"),
        categories=("Local",),
        kind="article",
        is_accessible_for_free=True,
    )
    expected = {
        "image": {"url": "https://example.org/a.jpg", "caption": "The ferry at dawn"},
        "tags": ["Harbour", "ferries"],
        "categories": ["Local"],
        "kind": "article",
        "is_accessible_for_free": True,
    }
    assert compare_handwritten(expected, article) == []
    assert compare_handwritten({"image": "https://example.org/a.jpg"}, article) == []
    assert [d.path for d in compare_handwritten({"image": None, "tags": ["ferries"], "kind": "listing"}, article)] == [
        "image",
        "tags[0]",
        "kind",
    ]
    assert compare_handwritten({"image": {"alt": "A boat"}}, article) == [
        Difference("image.alt", "changed", "A boat", "A ferry")
    ]
    # an expectation without the new keys (written before them) checks none of them
    assert compare_handwritten({"title": "T"}, article) == []
    assert {"image", "tags", "categories", "kind", "is_accessible_for_free"} <= set(HANDWRITTEN_FIELDS)


def test_format_differences_is_readable() -> None:
    differences = [
        Difference("title", "changed", "Ferry returns", "Ferry returns!"),
        Difference("authors[1]", "missing", "Tom Okafor"),
        Difference("related[0]", "unexpected", None, {"title": "More", "url": None, "snippet": None}),
    ]
    assert format_differences(differences, "story.html") == (
        "story.html: 3 differences\n"
        "  title\n"
        "    expected: 'Ferry returns'\n"
        "    got:      'Ferry returns!'\n"
        "  authors[1]: missing\n"
        "    expected: 'Tom Okafor'\n"
        "  related[0]: unexpected\n"
        '    got:      {"title": "More", "url": null, "snippet": null}'
    )
    assert format_differences([], "story.html") == "story.html: as expected"


def test_long_strings_are_shown_around_the_first_difference() -> None:
    before = "word " * 100
    text = format_differences([Difference("text", "changed", before + "old ending", before + "new ending")])
    lines = text.splitlines()
    assert lines[0] == "text"
    assert lines[1].startswith("  expected: …'") and "old ending'" in lines[1]
    assert lines[2].startswith("  got:      …'") and "new ending'" in lines[2]
    assert max(len(line) for line in lines) < 140


def test_expected_path() -> None:
    assert expected_path("pages/story.html") == Path("pages/story.expected.json")
    assert expected_path("pages/story.txt.gz") == Path("pages/story.expected.json")


def test_write_then_check_a_case(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text(PAGE, encoding="utf-8")
    target = write_expected(page, url="https://example.com/story")
    assert target == tmp_path / "story.expected.json"
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == json.loads(newsshape.parse(PAGE, url="https://example.com/story").to_json())
    with pytest.raises(FileExistsError):
        write_expected(page)
    (case,) = find_cases(tmp_path)
    assert (case.page, case.expected, case.name) == (page, target, "story.txt")
    assert check_case(case) == []

    # The author corrects the title: the check now shows exactly that.
    written["title"] = "The corrected headline"
    target.write_text(json.dumps(written), encoding="utf-8")
    differences = check_case(case)
    assert differences == [Difference("title", "changed", "The corrected headline", written_title(PAGE))]
    with pytest.raises(ExtractionMismatch) as failure:
        assert_case(case)
    assert str(failure.value).startswith("story.txt: 1 difference\n  title\n    expected: 'The corrected headline'")


def written_title(page: str) -> str | None:
    return newsshape.parse(page, url="https://example.com/story").title


def test_gzipped_pages_and_missing_partners(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    write_expected(tmp_path / "a.html.gz")
    assert [c.name for c in find_cases(tmp_path)] == ["a.html.gz"]
    (tmp_path / "orphan.expected.json").write_text("{}", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"no saved page orphan\.html"):
        find_cases(tmp_path)
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="newsshape expect"):
        find_cases(tmp_path / "b.txt")


def test_assert_extracts() -> None:
    article = assert_extracts(PAGE, {"extractor": "generic"})
    assert article == newsshape.parse(PAGE)
    with pytest.raises(ExtractionMismatch) as failure:
        assert_extracts(PAGE, {"extractor": "t4k3"})
    assert failure.value.differences == [Difference("extractor", "changed", "t4k3", "generic")]


def test_expect_and_check_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "story.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["expect", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"wrote {tmp_path / 'story.expected.json'}: review it")
    assert main(["expect", str(page)]) == 2
    assert "exists (overwrite it with --force)" in capsys.readouterr().err
    assert main(["check", str(tmp_path), "-v"]) == 0
    assert capsys.readouterr().out == f"{page}: as expected\n1 of 1 cases as expected\n"

    expected = json.loads((tmp_path / "story.expected.json").read_text(encoding="utf-8"))
    expected["authors"] = ["Somebody Else"]
    (tmp_path / "story.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{page}: 1 difference\n  authors[0]: missing\n    expected: 'Somebody Else'\n")
    assert out.endswith("0 of 1 cases as expected\n")
    assert main(["check", str(tmp_path / "empty-dir-that-is-not-there")]) == 2


def run_pytest(args: list[str], cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(pythonpath), env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_pytest_plugin_collects_cases_only_when_asked(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "good.txt").write_text(PAGE, encoding="utf-8")
    write_expected(cases / "good.txt")
    (cases / "bad.txt").write_text(PAGE, encoding="utf-8")
    (cases / "bad.expected.json").write_text(json.dumps({"title": "Not this one"}), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")

    quiet = run_pytest([str(cases)], tmp_path)
    assert quiet.returncode == 5, quiet.stdout  # nothing collected: the plugin stays out of the way

    done = run_pytest(["--newsshape-cases", str(cases), str(cases), "-rN"], tmp_path)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 passed" in done.stdout
    assert "bad.txt: 1 difference\n  title\n    expected: 'Not this one'\n" in done.stdout

    (tmp_path / "pytest.ini").write_text("[pytest]\nnewsshape_cases = cases\n", encoding="utf-8")
    assert "1 failed, 1 passed" in run_pytest([], tmp_path).stdout


def test_pytest_plugin_explains_article_comparisons(tmp_path: Path) -> None:
    (tmp_path / "test_articles.py").write_text(
        "from newsshape import Article\n"
        "def test_it():\n"
        "    assert Article(title='A', authors=('X',)) == Article(title='B', authors=('X',))\n",
        encoding="utf-8",
    )
    done = run_pytest([str(tmp_path)], tmp_path)
    assert done.returncode == 1
    assert "articles differ (right as expected, left as extracted):" in done.stdout
    assert "title" in done.stdout and "expected: 'B'" in done.stdout and "got:      'A'" in done.stdout


def test_the_tutorial_package_passes_its_own_tests() -> None:
    done = run_pytest(["tests"], LAKESIDE, pythonpath=LAKESIDE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_the_tutorial_package_declares_its_entry_point() -> None:
    meta = tomllib.loads((LAKESIDE / "pyproject.toml").read_text(encoding="utf-8"))
    target = meta["project"]["entry-points"]["newsshape.extractors"]["lakeside_ledger"]
    module, _, name = target.partition(":")
    sys.path.insert(0, str(LAKESIDE))
    try:
        cls = getattr(import_module(module), name)
    finally:
        sys.path.remove(str(LAKESIDE))
    assert issubclass(cls, newsshape.Extractor) and cls.name == "lakeside_ledger"
    # Checked with the kit without registering it: the case holds its expected output.
    (case,) = find_cases(LAKESIDE / "tests" / "pages")
    assert check_case(case, extractor=cls()) == []
