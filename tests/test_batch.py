"""newsshape.batch: inputs, records, workers, outputs, WARC and Dask."""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsshape
from newsshape import Article
from newsshape.batch import (
    PageInput,
    arrow_schema,
    expand_inputs,
    iter_pages,
    iter_warc,
    parse_bag,
    parse_dataframe,
    parse_files,
    parse_page,
    parse_partition,
    read_bag,
    read_records,
    run,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_WARC = REPO / "examples" / "data" / "pages.warc.gz"
EXAMPLE_PAGES = REPO / "examples" / "data" / "pages"

TEXT = "Example Site\n{title}\n\nThe first paragraph of the story about {title}, long enough to be body text.\n"
HTML = (
    "<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The first paragraph of the story about {title}, long enough to be the body of it.</p>"
    "<p>A second paragraph adds more words, so that the page reads as an article.</p></article></body></html>"
)


def json_form(record: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(record))
    return result


def write_warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """A WARC with one request and one response per (uri, content type, body)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, body in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request)
            )
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of pages of every kind, one unreadable."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.html").write_text(HTML.format(title="Alpha"), encoding="utf-8")
    (root / "b.txt").write_text(TEXT.format(title="Bravo"), encoding="utf-8")
    (root / "sub" / "c.htm.gz").write_bytes(gzip.compress(HTML.format(title="Charlie").encode()))
    (root / "sub" / "d.html.gz").write_bytes(b"\x1f\x8bnot really gzip")
    (root / "notes.md").write_text("not a page", encoding="utf-8")
    (root / ".hidden" / "e.html").write_text(HTML.format(title="Echo"), encoding="utf-8")
    write_warc(
        root / "sub" / "crawl.warc.gz",
        [
            ("https://x.example/f", "text/html; charset=utf-8", HTML.format(title="Foxtrot").encode()),
            ("https://x.example/logo.png", "image/png", b"\x89PNG"),
            ("https://x.example/g", "text/plain", TEXT.format(title="Golf").encode()),
        ],
    )
    return root


def test_expand_inputs_walks_folders_in_order(tree: Path) -> None:
    assert expand_inputs([tree]) == [
        str(tree / "a.html"),
        str(tree / "b.txt"),
        str(tree / "sub" / "c.htm.gz"),
        str(tree / "sub" / "crawl.warc.gz"),
        str(tree / "sub" / "d.html.gz"),
    ]


def test_expand_inputs_globs_files_and_missing(tree: Path) -> None:
    assert expand_inputs([str(tree / "**" / "*.gz")]) == [
        str(tree / "sub" / "c.htm.gz"),
        str(tree / "sub" / "crawl.warc.gz"),
        str(tree / "sub" / "d.html.gz"),
    ]
    # A file named directly is taken whatever its name; a name matching nothing is kept.
    assert expand_inputs([tree / "notes.md", str(tree / "zz*.html")]) == [
        str(tree / "notes.md"),
        str(tree / "zz*.html"),
    ]


def test_iter_pages_reads_every_kind(tree: Path) -> None:
    pages = list(iter_pages([tree, tree / "missing.html"]))
    sources = [p.source.rsplit("#", 1)[0] for p in pages]
    assert sources == [
        str(tree / "a.html"),
        str(tree / "b.txt"),
        str(tree / "sub" / "c.htm.gz"),
        str(tree / "sub" / "crawl.warc.gz"),
        str(tree / "sub" / "crawl.warc.gz"),
        str(tree / "sub" / "d.html.gz"),
        str(tree / "missing.html"),
    ]
    assert pages[2].content == HTML.format(title="Charlie").encode()
    assert [(p.url, p.content) for p in pages[3:5]] == [
        ("https://x.example/f", HTML.format(title="Foxtrot").encode()),
        ("https://x.example/g", TEXT.format(title="Golf").encode()),
    ]
    assert pages[5].content is None and pages[5].error is not None and pages[5].error.startswith("cannot read: ")
    assert pages[6].error == "cannot read: No such file or directory"


def test_warc_sources_are_byte_offsets(tree: Path) -> None:
    archive = tree / "sub" / "crawl.warc.gz"
    for page in iter_warc(archive):
        offset = int(page.source.rsplit("#", 1)[1])
        with archive.open("rb") as stream:
            stream.seek(offset)
            member = gzip.GzipFile(fileobj=stream).read(2000)
        assert member.startswith(b"WARC/1.0\r\n")
        assert f"WARC-Target-URI: {page.url}".encode() in member


def test_the_shipped_warc_holds_the_shipped_pages() -> None:
    pages = list(iter_warc(EXAMPLE_WARC))
    assert [p.url for p in pages] == [
        "https://courier.example/news/council-budget",
        "https://courier.example/news/library-hours",
        "https://courier.example/news/river-festival",
    ]
    files = ["council-budget.html", "library-hours.html.gz", "river-festival.txt"]
    for page, name in zip(pages, files, strict=True):
        data = (EXAMPLE_PAGES / name).read_bytes()
        assert page.content == (gzip.decompress(data) if name.endswith(".gz") else data)


def test_a_damaged_archive_is_an_error_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not an archive\r\n\r\nat all")
    (record,) = parse_files([bad])
    assert record["source"] == str(bad)
    assert record["error"].startswith("cannot read archive: ArchiveLoadFailed: Unknown archive format")


def test_parse_page_records() -> None:
    article = newsshape.parse(TEXT.format(title="Bravo"))
    assert parse_page(PageInput("b.txt", TEXT.format(title="Bravo").encode())) == {
        "source": "b.txt",
        **article.to_dict(),
    }
    # Other shapes of input give the same record.
    assert parse_page(("b.txt", TEXT.format(title="Bravo").encode())) == parse_page(
        {"source": "b.txt", "content": TEXT.format(title="Bravo")}
    )
    assert parse_page(PageInput("x", None, error="cannot read: gone")) == {"source": "x", "error": "cannot read: gone"}
    assert parse_page(PageInput("x", None)) == {"source": "x", "error": "no content"}
    failed = parse_page(PageInput("x", b"page"), extractor="no-such-extractor")
    assert failed["source"] == "x"
    assert failed["error"].startswith("UnknownExtractorError: no extractor named 'no-such-extractor'; available: ")
    assert parse_page(42) == {"source": "", "error": "cannot make a page of a int"}


def test_parse_page_pickles_and_is_pure() -> None:
    page = PageInput("a.html", HTML.format(title="Alpha").encode(), "https://x.example/a")
    again = pickle.loads(pickle.dumps(parse_page))
    assert again(pickle.loads(pickle.dumps(page))) == parse_page(page) == parse_page(page)


def test_run_writes_one_record_per_page_whatever_the_workers(tree: Path, tmp_path: Path) -> None:
    serial, parallel = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = run([tree], serial, workers=1)
    second = run([tree], parallel, workers=2)
    assert (first.pages, first.errors) == (second.pages, second.errors) == (6, 1)
    assert serial.read_bytes() == parallel.read_bytes()
    records = read_records(serial)
    assert records == [json_form(parse_page(p)) for p in iter_pages([tree])]
    titles = [r.get("title") for r in records]
    assert titles[:5] == [
        newsshape.parse(HTML.format(title="Alpha")).title,
        newsshape.parse(TEXT.format(title="Bravo")).title,
        newsshape.parse(HTML.format(title="Charlie")).title,
        newsshape.parse(HTML.format(title="Foxtrot"), url="https://x.example/f").title,
        newsshape.parse(TEXT.format(title="Golf"), url="https://x.example/g").title,
    ]
    assert set(records[5]) == {"source", "error"}


def test_parquet_holds_the_same_records(tree: Path, tmp_path: Path) -> None:
    run([tree], tmp_path / "out.jsonl")
    run([tree], tmp_path / "out.parquet", workers=2)
    from_parquet = read_records(tmp_path / "out.parquet")
    assert from_parquet == read_records(tmp_path / "out.jsonl")
    for record in from_parquet[:5]:
        article = {k: v for k, v in record.items() if k != "source"}
        assert Article.from_dict(article).to_dict() == Article.from_dict(article).to_dict()


def test_arrow_schema_has_every_article_field() -> None:
    schema = arrow_schema()
    assert schema.names == ["source", "error", *(f.name for f in attrs.fields(Article))]
    assert str(schema.field("authors").type) == "list<item: string>"
    assert str(schema.field("published").type) == "struct<utc: timestamp[us, tz=UTC], iso: string>"
    assert str(schema.field("sections").type) == (
        "list<item: struct<heading: string, paragraphs: list<item: string>, blocks: list<item: large_string>>>"
    )


def test_progress_reports_pages_per_second(tree: Path, tmp_path: Path) -> None:
    stream = io.StringIO()
    seen: list[str] = []
    run([tree], tmp_path / "out.jsonl", progress=stream, on_record=lambda r: seen.append(r["source"]))
    line = stream.getvalue()
    assert line.startswith("6 pages, ") and " pages/s, 1 errors, " in line and line.endswith(" s\n")
    assert len(seen) == 6


def test_output_format_comes_from_the_name(tree: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"name it \.jsonl, \.json or \.parquet"):
        run([tree], tmp_path / "out.csv")


def test_missing_warcio_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tree: Path) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ImportError, match=r"pip install 'newsshape\[batch\]'"):
        list(iter_warc(tree / "sub" / "crawl.warc.gz"))


def test_dask_on_a_local_cluster_gives_the_serial_records(tree: Path) -> None:
    import dask.dataframe as dd
    import pandas as pd
    from dask.distributed import Client, LocalCluster

    serial = [parse_page(page) for page in iter_pages([tree])]
    pages = [attrs.asdict(p) for p in iter_pages([tree])]
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        from_bag = parse_bag(read_bag([tree], npartitions=3)).compute()
        frame = dd.from_pandas(pd.DataFrame(pages), npartitions=2)
        articles = parse_dataframe(frame).compute()
    assert from_bag == serial
    assert list(articles["source"]) == [r["source"] for r in serial]
    # Missing is None or pd.NA, as the versions of dask and pandas have it (older dask makes Arrow strings).
    assert [None if pd.isna(t) else t for t in articles["title"]] == [r.get("title") for r in serial]
    assert [not pd.isna(e) for e in articles["error"]] == ["error" in r for r in serial]
    for value, record in zip(articles["article"], serial, strict=True):
        if "error" not in record:
            assert json.loads(value) == json_form({k: v for k, v in record.items() if k != "source"})


# -- issue 16: pages that are not pages, charsets, complete outputs, typed dates ---------


def test_a_file_that_is_no_page_is_an_error_record_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "b.txt").write_text(TEXT.format(title="Bravo"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("https://x.example/story\n", encoding="utf-8")
    records = [parse_page(page) for page in iter_pages([tmp_path])]
    assert records[0] == {"source": str(tmp_path / "a.html"), "error": records[0]["error"]}
    assert records[0]["error"].startswith("not a page (it looks like: PDF document)")
    assert records[1]["title"] == newsshape.parse(TEXT.format(title="Bravo")).title
    assert records[2]["error"].startswith("not a page (it looks like: URL)")
    summary = run([tmp_path], tmp_path / "out.jsonl")
    assert (summary.pages, summary.errors) == (3, 2)


def test_the_charset_of_a_warc_records_headers_is_passed_on(tmp_path: Path) -> None:
    # Too short for detection: without the header's charset these come out as Latin-1 mojibake.
    greek = "<title>Καλή μέρα</title><p>Καλή μέρα.</p>".encode("iso-8859-7")
    russian = "<title>Привет мир</title><p>Привет мир.</p>".encode("koi8_r")
    write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://x.example/el", "text/html; charset=ISO-8859-7", greek),
            ("https://x.example/ru", 'text/html; Charset="KOI8-R"; x=y', russian),
            ("https://x.example/en", "text/html", HTML.format(title="Alpha").encode()),
        ],
    )
    pages = list(iter_warc(tmp_path / "crawl.warc.gz"))
    assert [p.encoding for p in pages] == ["iso-8859-7", "koi8-r", None]
    assert [parse_page(p).get("title") for p in pages[:2]] == ["Καλή μέρα", "Привет мир"]
    assert newsshape.parse(greek).title != "Καλή μέρα"
    assert parse_page({"source": "s", "content": russian, "encoding": "koi8-r"})["title"] == "Привет мир"


def test_json_output_is_an_array(tree: Path, tmp_path: Path) -> None:
    run([tree], tmp_path / "out.json")
    run([tree], tmp_path / "out.ndjson")
    array = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert array == read_records(tmp_path / "out.json") == read_records(tmp_path / "out.ndjson")
    assert len(array) == 6
    run([tmp_path / "nothing-here-*.html"], tmp_path / "empty.json")
    assert json.loads((tmp_path / "empty.json").read_text(encoding="utf-8")) == [
        {"source": str(tmp_path / "nothing-here-*.html"), "error": "cannot read: No such file or directory"}
    ]


@pytest.mark.parametrize("name", ["out.jsonl", "out.json", "out.parquet"])
def test_the_output_gets_its_name_only_when_complete(tree: Path, tmp_path: Path, name: str) -> None:
    final = tmp_path / name
    partial = tmp_path / (name + ".partial")
    seen: list[tuple[bool, bool]] = []
    run([tree], final, on_record=lambda r: seen.append((final.exists(), partial.exists())))
    assert seen == [(False, True)] * 6
    assert final.exists() and not partial.exists()


@pytest.mark.parametrize("name", ["out.jsonl", "out.json", "out.parquet"])
def test_an_interrupted_run_leaves_a_well_formed_partial_file(tree: Path, tmp_path: Path, name: str) -> None:
    final = tmp_path / name
    count = 0

    def stop_after_three(record: dict[str, Any]) -> None:
        nonlocal count
        count += 1
        if count == 3:
            raise KeyboardInterrupt

    with pytest.raises(
        KeyboardInterrupt, match=rf"^interrupted after 3 pages; their records are in .*{name}\.partial$"
    ):
        run([tree], final, workers=2, on_record=stop_after_three)
    assert not final.exists()
    partial = tmp_path / (name + ".partial")
    partial.rename(final)  # the records done, in the output's format
    assert read_records(final) == [json_form(parse_page(p)) for p in list(iter_pages([tree]))[:3]]


def test_a_failed_run_removes_its_partial_file(tree: Path, tmp_path: Path) -> None:
    def fail(record: dict[str, Any]) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        run([tree], tmp_path / "out.parquet", on_record=fail)
    assert [p.name for p in tmp_path.iterdir()] == ["pages"]


def test_parquet_dates_are_utc_timestamps_with_their_iso_form(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    def page(date_markup: str) -> bytes:
        return (
            "<html><head><title>Dated</title>" + date_markup + "</head><body><article><h1>Dated</h1>"
            "<p>The first paragraph of the story, long enough to be the body of it, and more words.</p>"
            "</article></body></html>"
        ).encode()

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_bytes(
        page('<meta property="article:published_time" content="2024-02-20T18:05:00+02:00">')
    )
    (tmp_path / "in" / "b.html").write_bytes(page('<meta property="article:published_time" content="2024-02-20">'))
    (tmp_path / "in" / "c.html").write_bytes(page(""))
    run([tmp_path / "in"], tmp_path / "out.parquet")
    run([tmp_path / "in"], tmp_path / "out.jsonl")
    from_json = read_records(tmp_path / "out.jsonl")
    assert [r["published"] for r in from_json] == ["2024-02-20T18:05:00+02:00", "2024-02-20", None]
    table = pq.read_table(tmp_path / "out.parquet")
    assert str(table.schema.field("published").type) == "struct<utc: timestamp[us, tz=UTC], iso: string>"
    utc = table.column("published").combine_chunks().field("utc").to_pylist()
    assert [str(v) if v else v for v in utc] == ["2024-02-20 16:05:00+00:00", "2024-02-20 00:00:00+00:00", None]
    # A day alone stays a day: its ISO form has no time.
    assert table.column("published").combine_chunks().field("iso").to_pylist() == [
        "2024-02-20T18:05:00+02:00",
        "2024-02-20",
        None,
    ]
    assert read_records(tmp_path / "out.parquet") == from_json


def test_progress_prints_lines_at_intervals_when_not_a_terminal(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsshape.batch import _output  # private: the test injects a fault (or a shorter interval) inside a run

    monkeypatch.setattr(_output, "LOG_EVERY", 0.0)
    stream = io.StringIO()
    run([tree], tmp_path / "out.jsonl", progress=stream)
    lines = stream.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == [f"{n} pages" for n in range(1, 7)] + ["6 pages"]
    assert "\r" not in stream.getvalue()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(_output, "REDRAW_EVERY", 0.0)
    live = Terminal()
    run([tree], tmp_path / "out.jsonl", progress=live)
    assert live.getvalue().count("\r") == 7 and live.getvalue().count("\n") == 1


# -- scale-out engines for real: `make test-scale` (pyspark and Java 17, a Dask cluster of processes) --------

scale = pytest.mark.skipif(not os.environ.get("NEWSSHAPE_SCALE"), reason="run by make test-scale")


def scale_inputs(tree: Path) -> list[str]:
    """The example WARC, the example folder of pages and the test tree (with its unreadable page)."""
    return expand_inputs([EXAMPLE_WARC, EXAMPLE_PAGES, tree])


@scale
def test_scale_spark_on_a_local_session_gives_the_local_records(tree: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    files = scale_inputs(tree)
    run(files, tmp_path / "local.jsonl")
    local = read_records(tmp_path / "local.jsonl")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers' Python is this one, with newsshape
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsshape-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        context = spark.sparkContext
        from_files = context.parallelize(files, numSlices=len(files)).mapPartitions(parse_files).collect()
        pages = [attrs.asdict(p) for p in iter_pages(files)]  # dicts: a page read by another job
        from_pages = context.parallelize(pages, numSlices=3).mapPartitions(parse_partition).collect()
    finally:
        spark.stop()
    assert [json_form(r) for r in from_files] == local
    assert [json_form(r) for r in from_pages] == local
    assert len(local) == 12 and sum("error" in r for r in local) == 1


@scale
def test_scale_dask_on_a_cluster_of_two_worker_processes(tree: Path, tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    files = scale_inputs(tree)
    run(files, tmp_path / "local.jsonl")
    local = read_records(tmp_path / "local.jsonl")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        records = parse_bag(read_bag(files, npartitions=4)).compute()
    assert [json_form(r) for r in records] == local
