"""Parse many pages: folders, globs, ``.gz`` files and WARC archives, on one
machine or on a cluster.

Everything here is built from one pure function, :func:`parse_page`, which
turns one :class:`PageInput` into one output *record* (a ``dict``): the
article's :meth:`~newsshape.Article.to_dict` with a ``source`` key in front,
or ``{"source": ..., "error": ...}`` when the page could not be read or
parsed. A failing page never stops a run. :func:`parse_page` holds no state
between calls and pickles by reference, so the same records come out
whatever runs it, and however many workers:

* :func:`run` -- a process pool on one machine, writing JSON Lines or
  Parquet (what ``newsshape batch`` does);
* :func:`parse_bag` and :func:`parse_dataframe` -- Dask;
* :func:`parse_partition` and :func:`parse_files` -- Spark's
  ``mapPartitions`` or any other engine that hands out iterables.

>>> from newsshape.batch import PageInput, parse_page
>>> page = b"Site\\nA headline here\\n\\nA first paragraph, long enough to be body text."
>>> record = parse_page(PageInput("memo.txt", page))
>>> record["source"], record["title"]
('memo.txt', 'A headline here')
>>> parse_page(PageInput("gone.html", None, error="cannot read: no such file"))
{'source': 'gone.html', 'error': 'cannot read: no such file'}

WARC support needs the ``batch`` extra (``pip install newsshape[batch]``:
warcio and pyarrow); Dask needs the ``dask`` extra.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date, datetime
from typing import IO, Any, TypeAlias, get_args, get_origin

import attrs

from newsshape._pipeline import parse
from newsshape.model import Article

__all__ = [
    "DATAFRAME_COLUMNS",
    "PAGE_SUFFIXES",
    "BatchSummary",
    "PageInput",
    "arrow_schema",
    "expand_inputs",
    "iter_pages",
    "iter_warc",
    "parse_bag",
    "parse_dataframe",
    "parse_files",
    "parse_page",
    "parse_partition",
    "read_bag",
    "read_records",
    "run",
]

#: File name endings taken from folders (each also with ``.gz`` after it).
PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".txt")

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_GLOB_CHARS = frozenset("*?[")

Record: TypeAlias = dict[str, Any]


@attrs.frozen
class PageInput:
    """One page to parse, and where it came from."""

    source: str
    """Where the page came from: a file path, or ``path#offset`` for a WARC
    record (the byte offset of the record in the archive)."""

    content: bytes | None
    """The page's bytes (HTML or a text dump), or ``None`` when it could not
    be read."""

    url: str | None = None
    """The page's address when known (a WARC record's target URI)."""

    error: str | None = None
    """Why the page could not be read, or ``None``."""


def _missing(extra: str, package: str) -> ImportError:
    return ImportError(
        f"{package} is needed for this: install it with pip install 'newsshape[{extra}]' (or pip install {package})"
    )


# -- inputs -------------------------------------------------------------------


def _is_warc(path: str) -> bool:
    return path.lower().endswith(_WARC_SUFFIXES)


def _is_page(path: str) -> bool:
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(PAGE_SUFFIXES)


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files that ``inputs`` name, in a stable order.

    An input is a file (taken whatever its name), a folder (searched
    recursively for pages -- see :data:`PAGE_SUFFIXES` -- and WARC archives,
    hidden files left out, sorted by path) or a glob pattern (``**``
    allowed; matches sorted). An input that names nothing is kept as it is,
    so that :func:`iter_pages` reports it as an error record.
    """
    files: list[str] = []
    for item in inputs:
        path = os.fspath(item)
        if os.path.isdir(path):
            found: list[str] = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(
                    os.path.join(root, n) for n in names if not n.startswith(".") and (_is_page(n) or _is_warc(n))
                )
            files.extend(sorted(found))
        elif not os.path.exists(path) and _GLOB_CHARS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            files.extend(expand_inputs(matches) if matches else [path])
        else:
            files.append(path)
    return files


def iter_warc(path: str | os.PathLike[str]) -> Iterator[PageInput]:
    """The pages in a WARC (or ARC) archive, gzipped or not: one
    :class:`PageInput` per ``response`` (or ``resource``) record whose
    content is HTML or text, in archive order. Needs warcio (the ``batch``
    extra)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise _missing("batch", "warcio") from None
    name = os.fspath(path)
    with open(name, "rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            headers = record.http_headers if record.http_headers is not None else record.rec_headers
            ctype = (headers.get_header("Content-Type") or "").lower()
            if ctype and not any(t in ctype for t in ("html", "text/plain", "xml")):
                continue
            content: bytes | None = None
            error: str | None = None
            try:
                content = record.content_stream().read()
            except Exception as exc:  # a damaged record is one error, not the end of the run
                error = f"cannot read record: {_describe(exc)}"
            # The offset is known once the record has been read through.
            source = f"{name}#{records.get_record_offset()}"
            yield PageInput(source, content, url, error)


def _read_file(path: str) -> Iterator[PageInput]:
    if _is_warc(path):
        try:
            yield from iter_warc(path)
        except ImportError:
            raise
        except Exception as exc:  # a damaged archive is an error record
            yield PageInput(path, None, error=f"cannot read archive: {_describe(exc)}")
        return
    try:
        with open(path, "rb") as stream:
            data = stream.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
    except Exception as exc:
        yield PageInput(path, None, error=f"cannot read: {_describe(exc)}")
        return
    yield PageInput(path, data)


def iter_pages(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[PageInput]:
    """The pages of ``inputs`` (see :func:`expand_inputs`), read lazily:
    plain and gzipped files give one page each, WARC archives one page per
    HTML record. A file that cannot be read gives a :class:`PageInput` with
    an :attr:`~PageInput.error`."""
    for path in expand_inputs(inputs):
        yield from _read_file(path)


# -- parsing ------------------------------------------------------------------


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _as_page(item: Any) -> PageInput:
    if isinstance(item, PageInput):
        return item
    if isinstance(item, dict):
        return PageInput(str(item.get("source", "")), item.get("content"), item.get("url"), item.get("error"))
    if isinstance(item, (tuple, list)) and 2 <= len(item) <= 3:
        return PageInput(str(item[0]), *item[1:])
    if isinstance(item, (str, bytes)):
        content = item.encode("utf-8") if isinstance(item, str) else item
        return PageInput("", content)
    raise TypeError(f"cannot make a page of a {type(item).__name__}")


def parse_page(page: PageInput | Any, *, extractor: str | None = None) -> Record:
    """Parse one page into one record; never raises for a bad page.

    :param page: a :class:`PageInput`, a ``(source, content)`` or
        ``(source, content, url)`` tuple, a ``dict`` with those keys, or the
        page's ``bytes`` / ``str`` alone.
    :param extractor: the extractor's name; by default it is chosen per page.
    :returns: ``{"source": ..., **article.to_dict()}``, or
        ``{"source": ..., "error": "..."}`` when the page could not be read
        or parsed.
    """
    try:
        page = _as_page(page)
    except TypeError as exc:
        return {"source": "", "error": str(exc)}
    if page.error is not None or page.content is None:
        return {"source": page.source, "error": page.error or "no content"}
    try:
        article = parse(page.content, url=page.url, extractor=extractor)
    except Exception as exc:
        return {"source": page.source, "error": _describe(exc)}
    return {"source": page.source, **article.to_dict()}


def parse_partition(pages: Iterable[PageInput | Any], extractor: str | None = None) -> Iterator[Record]:
    """Parse an iterable of pages lazily, one record per page, in order. The
    shape Spark's ``RDD.mapPartitions`` expects."""
    for page in pages:
        yield parse_page(page, extractor=extractor)


def parse_files(paths: Iterable[str | os.PathLike[str]], extractor: str | None = None) -> Iterator[Record]:
    """Read and parse the pages of some files, folders or WARC archives: one
    record per page. Use it with ``mapPartitions`` over a collection of
    paths, so each worker reads its own files."""
    return parse_partition(iter_pages(paths), extractor)


def _parse_chunk(chunk: list[PageInput], extractor: str | None) -> list[Record]:
    return [parse_page(page, extractor=extractor) for page in chunk]


# -- output -------------------------------------------------------------------


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) is tuple:
        return pa.list_(_arrow_type(args[0]))
    if len(args) == 1:  # X | None
        return _arrow_type(args[0])
    if set(args) == {date, datetime}:  # a date or a timestamp: ISO 8601 either way
        return pa.string()
    if tp is str or tp is datetime:
        return pa.string()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if tp is bool:
        return pa.bool_()
    if attrs.has(tp):
        return pa.struct([(f.name, _arrow_type(f.type)) for f in attrs.fields(attrs.resolve_types(tp))])
    raise TypeError(f"no Arrow type for {tp!r}")


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of output records: ``source`` and ``error``,
    then every :class:`~newsshape.Article` field (dates as ISO 8601 strings,
    tuples as lists, records as structs). Needs pyarrow."""
    try:
        import pyarrow as pa
    except ImportError:
        raise _missing("batch", "pyarrow") from None
    fields = [pa.field("source", pa.string()), pa.field("error", pa.string())]
    fields += [pa.field(f.name, _arrow_type(f.type)) for f in attrs.fields(attrs.resolve_types(Article))]
    return pa.schema(fields)


class _JsonLines:
    def __init__(self, path: str) -> None:
        self._own = path != "-"
        self._stream: IO[str] = open(path, "w", encoding="utf-8") if self._own else sys.stdout  # noqa: SIM115

    def write(self, record: Record) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._own:
            self._stream.close()
        else:
            self._stream.flush()


class _Parquet:
    _BATCH = 256

    def __init__(self, path: str) -> None:
        schema = arrow_schema()
        import pyarrow.parquet as pq

        self._schema = schema
        self._writer = pq.ParquetWriter(path, schema)
        self._rows: list[Record] = []

    def write(self, record: Record) -> None:
        self._rows.append(record)
        if len(self._rows) >= self._BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def _writer(output: str) -> _JsonLines | _Parquet:
    name = output.lower()
    if name.endswith((".parquet", ".pq")):
        return _Parquet(output)
    if output == "-" or name.endswith((".jsonl", ".ndjson", ".json")):
        return _JsonLines(output)
    raise ValueError(f"cannot tell the output format of {output!r}: name it .jsonl or .parquet")


class _Progress:
    """Pages done and pages per second on a stream, redrawn in place on a
    terminal and printed once at the end otherwise."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream
        self.live = bool(stream is not None and stream.isatty())
        self.start = time.perf_counter()
        self.last = 0.0

    def line(self, pages: int, errors: int) -> str:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        return f"{pages} pages, {pages / elapsed:.1f} pages/s, {errors} errors, {elapsed:.1f} s"

    def update(self, pages: int, errors: int) -> None:
        if self.stream is None or not self.live:
            return
        now = time.perf_counter()
        if now - self.last >= 0.2:
            self.last = now
            self.stream.write("\r" + self.line(pages, errors))
            self.stream.flush()

    def finish(self, pages: int, errors: int) -> None:
        if self.stream is not None:
            self.stream.write(("\r" if self.live else "") + self.line(pages, errors) + "\n")
            self.stream.flush()


@attrs.frozen
class BatchSummary:
    """What a :func:`run` did."""

    pages: int
    """Records written: one per page read."""

    errors: int
    """How many of them are error records."""

    seconds: float
    """Wall time of the run."""


def _chunks(pages: Iterator[PageInput], size: int) -> Iterator[list[PageInput]]:
    chunk: list[PageInput] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _records(pages: Iterator[PageInput], workers: int, extractor: str | None) -> Iterator[Record]:
    if workers <= 1:
        yield from parse_partition(pages, extractor)
        return
    # A bounded window of chunks in flight keeps memory flat on huge inputs
    # while the results still come back in input order.
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[Future[list[Record]]] = deque()
        for chunk in _chunks(pages, 8):
            window.append(pool.submit(_parse_chunk, chunk, extractor))
            if len(window) >= workers * 4:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def run(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    workers: int = 1,
    extractor: str | None = None,
    progress: IO[str] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> BatchSummary:
    """Parse every page of ``inputs`` and write one record per page to
    ``output``, in input order.

    :param inputs: files, folders, glob patterns and WARC archives (see
        :func:`expand_inputs`).
    :param output: ``*.jsonl`` (JSON Lines; ``-`` for standard output) or
        ``*.parquet`` (with :func:`arrow_schema`; needs pyarrow).
    :param workers: processes to parse with; the records are the same for
        any number.
    :param extractor: force one extractor by name instead of choosing per page.
    :param progress: a stream (such as ``sys.stderr``) to report pages and
        pages per second on; ``None`` for silence.
    :param on_record: called with each record after it is written.
    :raises ValueError: if the output's format cannot be told from its name.
    """
    writer = _writer(os.fspath(output))
    meter = _Progress(progress)
    pages = errors = 0
    try:
        for record in _records(iter_pages(inputs), workers, extractor):
            writer.write(record)
            pages += 1
            errors += "error" in record
            meter.update(pages, errors)
            if on_record is not None:
                on_record(record)
    finally:
        writer.close()
    meter.finish(pages, errors)
    return BatchSummary(pages, errors, time.perf_counter() - meter.start)


def read_records(path: str | os.PathLike[str]) -> list[Record]:
    """Read back the records :func:`run` wrote (JSON Lines or Parquet). On
    Parquet, the keys of an error record's article fields are dropped, so
    both formats give the same records."""
    name = os.fspath(path)
    if name.lower().endswith((".parquet", ".pq")):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise _missing("batch", "pyarrow") from None
        rows: list[Record] = pq.read_table(name).to_pylist()
        out = []
        for row in rows:
            if row.get("error") is not None:
                out.append({"source": row["source"], "error": row["error"]})
            else:
                row.pop("error", None)
                out.append(row)
        return out
    with open(name, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


# -- Dask -----------------------------------------------------------------------


def read_bag(inputs: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of the :class:`PageInput` of ``inputs``: the file
    list is made here, the files are read by the workers."""
    try:
        import dask.bag as db
    except ImportError:
        raise _missing("dask", "dask[bag]") from None
    files = expand_inputs(inputs)
    bag = db.from_sequence(files, npartitions=npartitions or max(1, min(len(files), 64)))
    return bag.map(_list_file).flatten()


def _list_file(path: str) -> list[PageInput]:
    return list(_read_file(path))


def parse_bag(pages: Any, *, extractor: str | None = None) -> Any:
    """Map a ``dask.bag.Bag`` of pages (anything :func:`parse_page` takes)
    to a bag of records."""
    return pages.map(parse_page, extractor=extractor)


#: Columns of :func:`parse_dataframe`'s output besides the full article.
DATAFRAME_COLUMNS: tuple[str, ...] = (
    "source",
    "error",
    "url",
    "site",
    "title",
    "published",
    "extractor",
    "text",
    "article",
)


def _frame_of(records: Iterable[Record]) -> Any:
    import pandas as pd

    rows = []
    for record in records:
        if "error" in record:
            rows.append({**dict.fromkeys(DATAFRAME_COLUMNS), "source": record["source"], "error": record["error"]})
            continue
        article = {k: v for k, v in record.items() if k != "source"}
        rows.append(
            {
                "source": record["source"],
                "error": None,
                "url": record["url"],
                "site": record["site"],
                "title": record["title"],
                "published": record["published"],
                "extractor": record["extractor"],
                "text": Article.from_dict(article).text,
                "article": json.dumps(article, ensure_ascii=False),
            }
        )
    return pd.DataFrame(rows, columns=list(DATAFRAME_COLUMNS), dtype=object)


def _parse_frame(frame: Any, content: str, url: str | None, source: str | None, extractor: str | None) -> Any:
    import pandas as pd

    def value(row: dict[str, Any], column: str | None) -> Any:
        found = row.get(column) if column else None
        if found is None or isinstance(found, (str, bytes)):
            return found
        return None if pd.isna(found) else found

    pages = []
    for i, row in enumerate(frame.to_dict("records")):
        name, page_url, raw = value(row, source), value(row, url), value(row, content)
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        pages.append(PageInput(str(name) if name is not None else str(i), raw, str(page_url) if page_url else None))
    out = _frame_of(parse_partition(pages, extractor))
    out.index = frame.index
    return out


def parse_dataframe(
    frame: Any,
    *,
    content: str = "content",
    url: str | None = "url",
    source: str | None = "source",
    extractor: str | None = None,
) -> Any:
    """Parse a Dask (or pandas) dataframe of pages into a dataframe of
    articles, one row per page with the same index.

    :param content: the column holding the page (``bytes`` or ``str``).
    :param url: the column holding the page's address, or ``None``.
    :param source: the column naming the page, or ``None`` (then the row
        position within its partition is used).
    :returns: a dataframe with the columns of :data:`DATAFRAME_COLUMNS`:
        ``source``, ``error``, a few article fields as strings, ``text``
        (:attr:`~newsshape.Article.text`) and ``article`` (the whole article
        as JSON, for :meth:`~newsshape.Article.from_dict` after
        ``json.loads``).
    """
    if url is not None and url not in frame.columns:
        url = None
    if source is not None and source not in frame.columns:
        source = None
    if hasattr(frame, "map_partitions"):
        meta = _frame_of([])
        return frame.map_partitions(_parse_frame, content, url, source, extractor, meta=meta)
    return _parse_frame(frame, content, url, source, extractor)
