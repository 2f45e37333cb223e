"""The ``newsshape`` command line: output, exit codes, messages."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsshape
from newsshape import Article
from newsshape.cli import main

PAGE = "Example Site\nA headline here\n\nA first paragraph of the story, long enough to read as body text.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_parse_prints_the_article_as_json(capsys: pytest.CaptureFixture[str], page: Path) -> None:
    code, out, err = run(capsys, "parse", str(page))
    assert code == 0 and err == ""
    assert Article.from_dict(json.loads(out)) == newsshape.parse(PAGE)
    assert out.startswith("{\n  ")  # indented for people; --compact for one line


def test_parse_compact_json_is_one_line(capsys: pytest.CaptureFixture[str], page: Path) -> None:
    code, out, _ = run(capsys, "parse", str(page), "--compact", "--url", "https://example.com/a")
    assert code == 0
    assert out.count("\n") == 1
    assert json.loads(out)["url"] == "https://example.com/a"


def test_parse_reads_gzip_and_standard_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gz = tmp_path / "story.txt.gz"
    gz.write_bytes(gzip.compress(PAGE.encode()))
    code, from_gz, _ = run(capsys, "parse", str(gz), "--format", "text")
    assert code == 0

    class Stdin:
        buffer = __import__("io").BytesIO(PAGE.encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, from_stdin, _ = run(capsys, "parse", "-", "--format", "text")
    assert code == 0
    assert from_gz == from_stdin == newsshape.parse(PAGE).to_text()


def test_parse_with_a_named_extractor(capsys: pytest.CaptureFixture[str], page: Path) -> None:
    code, out, _ = run(capsys, "parse", str(page), "--extractor", "generic", "--compact")
    assert code == 0 and json.loads(out)["extractor"] == "generic"


def test_unknown_extractor_is_a_usage_error(capsys: pytest.CaptureFixture[str], page: Path) -> None:
    code, out, err = run(capsys, "parse", str(page), "--extractor", "nope")
    assert (code, out) == (2, "")
    assert err.startswith("newsshape: error: no extractor named 'nope'; available: ")
    assert "generic" in err


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "parse", str(tmp_path / "absent.html"))
    assert (code, out) == (2, "")
    assert err == f"newsshape: error: cannot read {tmp_path / 'absent.html'}: No such file or directory\n"


def test_bad_option_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "x.html", "--format", "pdf"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: newsshape parse" in err and "invalid choice: 'pdf'" in err


def test_no_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert "usage: newsshape" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["parse"], ["batch"], ["extractors"], ["expect"], ["check"]])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newsshape" + "".join(" " + c for c in command))


def test_extractors_lists_the_registered_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extractors", "--names-only")
    assert code == 0
    assert out.splitlines() == newsshape.available_extractors()
    code, out, _ = run(capsys, "extractors")
    generic = next(line for line in out.splitlines() if line.startswith("generic "))
    assert generic.split(None, 1)[1] == "Extracts any page; the fallback when no site extractor claims it."


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"newsshape {newsshape.__version__}\n"


def test_python_dash_m_and_broken_pipe(page: Path) -> None:
    # `python -m newsshape` is the same command; a closed pipe is not an error message.
    done = subprocess.run(
        [sys.executable, "-m", "newsshape", "parse", str(page), "--format", "text"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == newsshape.parse(PAGE).to_text()
    with subprocess.Popen(
        [sys.executable, "-m", "newsshape", "extractors"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
    assert b"Traceback" not in err


def test_batch_command_writes_jsonl(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "b.html.gz").write_bytes(b"\x1f\x8b broken")
    out_file = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "batch", str(tmp_path / "in"), "--output", str(out_file), "--progress")
    assert (code, out) == (0, "")
    assert "2 pages" in err and "pages/s" in err and "1 errors" in err
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in lines] == [str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "b.html.gz")]
    assert lines[0]["title"] == newsshape.parse(PAGE).title
    assert set(lines[1]) == {"source", "error"}


def test_batch_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "batch", str(tmp_path / "nothing-*.html"), "-o", str(tmp_path / "o.jsonl"))
    assert code == 2 and "no such file, folder or matching path" in err
    code, _, err = run(capsys, "batch", str(tmp_path), "-o", str(tmp_path / "o.csv"))
    assert code == 2 and "name it .jsonl, .json or .parquet" in err
    code, _, err = run(capsys, "batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--workers", "0")
    assert code == 2 and "--workers must be at least 1" in err


# -- formats (the renderings themselves are tested in test_render.py) ----------------


@pytest.mark.parametrize(
    ("argv", "method"),
    [
        (["--format", "markdown"], lambda a: a.to_markdown()),
        (["-f", "markdown", "--compact"], lambda a: a.to_markdown(compact=True)),
        (["--format", "text"], lambda a: a.to_text()),
        (["--format", "text", "--compact"], lambda a: a.to_text(compact=True)),
        (["--format", "html"], lambda a: a.to_html(standalone=True)),
        (["--format", "html", "--compact"], lambda a: a.to_html(compact=True, standalone=True)),
    ],
)
def test_parse_formats_are_the_article_methods(
    capsys: pytest.CaptureFixture[str], page: Path, argv: list[str], method: Any
) -> None:
    code, out, err = run(capsys, "parse", str(page), *argv)
    assert (code, err) == (0, "")
    assert out == method(newsshape.parse(PAGE))


def test_compact_changes_every_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = tmp_path / "story.html"
    story.write_text(
        "<html><body><h1>Bridge reopens</h1><p>The old bridge over the river opened again on Monday after a year "
        "of repairs.</p><h2>Traffic</h2><p>Cars, bicycles and buses can use it from today, the council said.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    for fmt in ("json", "markdown", "html", "text"):
        _, loose, _ = run(capsys, "parse", str(story), "--format", fmt)
        _, compact, _ = run(capsys, "parse", str(story), "--format", fmt, "--compact")
        assert len(compact) < len(loose), fmt


def test_batch_command_reads_warc_globs_into_parquet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from newsshape.batch import iter_pages, parse_page, read_records

    data = Path(__file__).resolve().parent.parent / "examples" / "data"
    pattern = str(data / "*.warc.gz")
    out_file = tmp_path / "out.parquet"
    code, out, err = run(capsys, "batch", pattern, "-o", str(out_file), "-w", "2", "--no-progress")
    assert (code, out, err) == (0, "", "")
    records = read_records(out_file)
    assert [r["source"].rsplit("#", 1)[0] for r in records] == [str(data / "pages.warc.gz")] * 3
    assert records == [json.loads(json.dumps(parse_page(p))) for p in iter_pages([pattern])]


# -- issue 16: input that is no page, empty pages, exit codes, complete outputs ----------


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"https://example.com/story\n", "URL"),
    ],
)
def test_input_that_is_no_page_exits_2_naming_what_it_looks_like(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, looks_like: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    code, out, err = run(capsys, "parse", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"newsshape: error: {path}: not a page (it looks like: {looks_like})")
    assert err.count("\n") == 1
    if looks_like == "URL":
        assert "newsshape parse URL" in err


def test_an_empty_page_is_an_empty_article_with_a_note(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"  \n")
    code, out, err = run(capsys, "parse", str(path), "--compact")
    assert code == 0
    assert Article.from_dict(json.loads(out)) == newsshape.parse(b"")
    assert err == f"newsshape: note: {path} is an empty page: the article is empty\n"
    code, out, err = run(capsys, "parse", str(path), "-f", "markdown")
    assert code == 0 and out == newsshape.parse(b"").to_markdown() and "empty page" in err


def test_an_unexpected_failure_exits_1(
    capsys: pytest.CaptureFixture[str], page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Article:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("newsshape.cli.parse", broken)
    code, out, err = run(capsys, "parse", str(page))
    assert (code, out) == (1, "")
    assert (
        err
        == f"newsshape: error: {page}: parsing failed: ZeroDivisionError: division by zero (a bug: please report it)\n"
    )


def test_a_missing_optional_dependency_exits_2_naming_the_extra(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, out, err = run(capsys, "batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.parquet"))
    assert (code, out) == (2, "")
    assert "pip install 'newsshape[batch]'" in err and err.count("\n") == 1
    monkeypatch.setitem(sys.modules, "warcio", None)
    data = Path(__file__).resolve().parent.parent / "examples" / "data"
    code, out, err = run(capsys, "batch", str(data), "-o", str(tmp_path / "o.jsonl"))
    assert (code, out) == (2, "")
    assert err.startswith("newsshape: error: warcio is needed") and "pip install 'newsshape[batch]'" in err
    assert list(tmp_path.iterdir()) == [tmp_path / "a.txt"]  # nothing written


def test_batch_records_input_that_is_no_page_and_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_bytes(b"%PDF-1.7\n1 0 obj")
    (tmp_path / "in" / "b.txt").write_text(PAGE, encoding="utf-8")
    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, "batch", str(tmp_path / "in"), "-o", str(out_file), "--no-progress")
    assert (code, out, err) == (0, "", "")
    records = json.loads(out_file.read_text(encoding="utf-8"))  # -o x.json is a JSON array
    assert records[0]["error"].startswith("not a page (it looks like: PDF document)")
    assert records[1]["title"] == newsshape.parse(PAGE).title


def test_an_interrupted_batch_says_how_far_it_got(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsshape.batch import _output  # private: the test injects a fault (or a shorter interval) inside a run

    def two_then_interrupt(pages: Any, extractor: Any) -> Any:
        for _, page in zip(range(2), pages, strict=False):
            yield {"source": page.source, "error": "x"}
        raise KeyboardInterrupt

    monkeypatch.setattr(_output, "parse_partition", two_then_interrupt)
    (tmp_path / "in").mkdir()
    for name in "abc":
        (tmp_path / "in" / f"{name}.txt").write_text(PAGE, encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "batch", str(tmp_path / "in"), "-o", str(out_file), "--no-progress")
    assert (code, out) == (130, "")
    assert err == f"newsshape: interrupted after 2 pages; their records are in {out_file}.partial\n"
    assert not out_file.exists()
    assert len((tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").splitlines()) == 2


def test_batch_output_folder_must_exist(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "batch", str(tmp_path), "-o", str(tmp_path / "no" / "o.jsonl"))
    assert code == 2 and f"no such folder {tmp_path / 'no'}" in err


def test_progress_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsshape", "batch", str(tmp_path / "a.txt"), "-o", "-", "--progress"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["source"] == str(tmp_path / "a.txt")
    assert done.stderr.startswith("1 pages, ") and "\r" not in done.stderr
