"""One machine: :func:`run` parses with a process pool and writes JSON
Lines or Parquet in input order; :func:`read_records` reads either back."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date, datetime
from typing import IO, Any, get_args, get_origin

import attrs

from newsshape.batch._inputs import PageInput, _missing, iter_pages
from newsshape.batch._parse import Record, _parse_chunk, parse_partition
from newsshape.model import Article


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) is tuple:
        return pa.list_(_arrow_type(args[0]))
    if len(args) == 1:  # X | None
        return _arrow_type(args[0])
    if set(args) == {date, datetime}:  # a day or a timestamp: ISO 8601 either way
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
