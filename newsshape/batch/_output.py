"""One machine: :func:`run` parses with a process pool and writes JSON
Lines or Parquet in input order; :func:`read_records` reads either back."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date, datetime, timezone
from typing import IO, Any, get_args, get_origin, get_type_hints

import attrs

from newsshape.batch._inputs import PageInput, _missing, iter_pages
from newsshape.batch._parse import Record, _parse_chunk, parse_partition
from newsshape.model import Article

#: The name a run writes to until it completes: ``OUT`` + this. An
#: interrupted run leaves its records there (a well-formed file); any other
#: failure removes it. The final name is only ever a complete output.
PARTIAL_SUFFIX = ".partial"
#: Seconds between progress lines when the progress stream is not a
#: terminal (a log file, a CI job): often enough to show a run is alive,
#: rarely enough to keep an hour's log short.
LOG_EVERY = 5.0
#: Seconds between redraws of the live progress line on a terminal.
REDRAW_EVERY = 0.2


def _date_type() -> Any:
    """A date field's Arrow type: the instant as a UTC timestamp (sortable,
    comparable; a day alone is its midnight UTC, a time without an offset is
    taken as UTC) and the ISO 8601 string the JSON records hold (a day alone
    is ``YYYY-MM-DD``, a time keeps the offset the page gave), so nothing is
    lost and a day stays distinguishable from a time."""
    import pyarrow as pa

    return pa.struct([("utc", pa.timestamp("us", tz="UTC")), ("iso", pa.string())])


def _fields(cls: type[Any]) -> list[tuple[str, Any]]:
    """The names and types of an attrs class's fields, in order
    (``attrs.resolve_types`` would rewrite the class's own annotations)."""
    hints = get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in attrs.fields(cls)]


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) is tuple:
        return pa.list_(_arrow_type(args[0]))
    if len(args) == 1:  # X | None
        return _arrow_type(args[0])
    if set(args) == {date, datetime} or tp is datetime or tp is date:
        return _date_type()
    if tp is str:
        return pa.string()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if tp is bool:
        return pa.bool_()
    if attrs.has(tp):
        return pa.struct([(name, _arrow_type(field_type)) for name, field_type in _fields(tp)])
    if args and all(attrs.has(a) for a in args):  # a section's blocks: one of several records, as JSON text
        return pa.large_string()
    raise TypeError(f"no Arrow type for {tp!r}")


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of output records: ``source`` and ``error``,
    then every :class:`~newsshape.Article` field: tuples as lists, records
    as structs, and dates as ``struct<utc: timestamp[us, tz=UTC], iso:
    string>`` -- the instant in UTC for sorting and filtering (a day alone
    is its midnight UTC; a time given without an offset is taken as UTC),
    and the ISO 8601 string of the JSON records (``2024-02-20`` for a day
    alone, the page's offset kept for a time); a section's blocks, each one
    of several records, as ``large_string``: the block's JSON object.
    Needs pyarrow."""
    try:
        import pyarrow as pa
    except ImportError:
        raise _missing("batch", "pyarrow") from None
    fields = [pa.field("source", pa.string()), pa.field("error", pa.string())]
    fields += [pa.field(name, _arrow_type(field_type)) for name, field_type in _fields(Article)]
    return pa.schema(fields)


def _utc(iso: str) -> datetime:
    """The UTC instant of a JSON record's ISO date or time."""
    if len(iso) == 10:
        day = date.fromisoformat(iso)
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    moment = datetime.fromisoformat(iso)
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _converter(tp: Any, date_type: Any) -> Callable[[Any], Any] | None:
    """A function turning a JSON value of Arrow type ``tp`` into what
    ``pyarrow`` takes for it (dates to their struct), or ``None`` when the
    value goes in as it is."""
    import pyarrow as pa

    if tp.equals(date_type):
        return lambda v: None if v is None else {"utc": _utc(v), "iso": v}
    if pa.types.is_large_string(tp):
        return lambda v: None if v is None else json.dumps(v, ensure_ascii=False)
    if pa.types.is_list(tp):
        item = _converter(tp.value_type, date_type)
        return None if item is None else (lambda v: None if v is None else [item(x) for x in v])
    if pa.types.is_struct(tp):
        parts = [(f.name, _converter(f.type, date_type)) for f in tp]
        changed = [(name, fn) for name, fn in parts if fn is not None]
        if not changed:
            return None

        def struct(v: Any) -> Any:
            if v is None:
                return None
            v = dict(v)
            for name, fn in changed:
                v[name] = fn(v.get(name))
            return v

        return struct
    return None


def _unconverter(tp: Any, date_type: Any) -> Callable[[Any], Any] | None:
    """The inverse of :func:`_converter`: a value read back from Parquet to
    its JSON form (a date struct to its ISO string)."""
    import pyarrow as pa

    if tp.equals(date_type):
        return lambda v: None if v is None else v["iso"]
    if pa.types.is_large_string(tp):
        return lambda v: None if v is None else json.loads(v)
    if pa.types.is_list(tp):
        item = _unconverter(tp.value_type, date_type)
        return None if item is None else (lambda v: None if v is None else [item(x) for x in v])
    if pa.types.is_struct(tp):
        changed = [(f.name, fn) for f in tp if (fn := _unconverter(f.type, date_type)) is not None]
        if not changed:
            return None

        def struct(v: Any) -> Any:
            if v is None:
                return None
            for name, fn in changed:
                v[name] = fn(v.get(name))
            return v

        return struct
    return None


class _Json:
    """JSON Lines (one record a line), or a JSON array (``array``: still one
    record a line inside ``[`` and ``]``, so ``json.load`` reads it)."""

    def __init__(self, stream: IO[str], *, array: bool = False) -> None:
        self._stream = stream
        self._array = array
        self._count = 0

    def write(self, record: Record) -> None:
        text = json.dumps(record, ensure_ascii=False)
        if self._array:
            text = ("[\n" if self._count == 0 else ",\n") + text
        else:
            text += "\n"
        self._stream.write(text)
        self._count += 1

    def close(self) -> None:
        if self._array:
            self._stream.write("[]\n" if self._count == 0 else "\n]\n")
        self._stream.flush()
        if self._stream is not sys.stdout:
            self._stream.close()

    def abort(self) -> None:
        if self._stream is not sys.stdout:
            self._stream.close()


class _Parquet:
    _BATCH = 256

    def __init__(self, path: str) -> None:
        schema = arrow_schema()
        import pyarrow.parquet as pq

        date_type = _date_type()
        self._schema = schema
        self._convert = [(f.name, fn) for f in schema if (fn := _converter(f.type, date_type)) is not None]
        self._writer = pq.ParquetWriter(path, schema)
        self._rows: list[Record] = []

    def write(self, record: Record) -> None:
        if self._convert and "error" not in record:
            record = dict(record)
            for name, fn in self._convert:
                record[name] = fn(record.get(name))
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

    def abort(self) -> None:
        self._rows = []
        self._writer.close()


def _format(output: str) -> str:
    """``"jsonl"``, ``"json"`` or ``"parquet"``: the output format its name asks for."""
    name = output.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".json"):
        return "json"
    if output == "-" or name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    raise ValueError(f"cannot tell the output format of {output!r}: name it .jsonl, .json or .parquet")


def _writer(kind: str, path: str) -> _Json | _Parquet:
    if kind == "parquet":
        return _Parquet(path)
    stream = sys.stdout if path == "-" else open(path, "w", encoding="utf-8")  # noqa: SIM115
    return _Json(stream, array=kind == "json")


class _Progress:
    """Pages done and pages per second on a stream: a line redrawn in place
    on a terminal, a line every :data:`LOG_EVERY` seconds otherwise, and a
    last line at the end."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream
        self.live = bool(stream is not None and stream.isatty())
        self.every = REDRAW_EVERY if self.live else LOG_EVERY
        self.start = time.perf_counter()
        self.last = self.start

    def line(self, pages: int, errors: int) -> str:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        return f"{pages} pages, {pages / elapsed:.1f} pages/s, {errors} errors, {elapsed:.1f} s"

    def update(self, pages: int, errors: int) -> None:
        if self.stream is None:
            return
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            self.stream.write("\r" + self.line(pages, errors) if self.live else self.line(pages, errors) + "\n")
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


def _records(pages: Iterator[PageInput], workers: int, extractor: str | None) -> Generator[Record, None, None]:
    if workers <= 1:
        yield from parse_partition(pages, extractor)
        return
    # A bounded window of chunks in flight keeps memory flat on huge inputs
    # while the results still come back in input order.
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        window: deque[Future[list[Record]]] = deque()
        for chunk in _chunks(pages, 8):
            window.append(pool.submit(_parse_chunk, chunk, extractor))
            if len(window) >= workers * 4:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    except BaseException:
        # Interrupted, or the consumer stopped: drop the pages not started
        # rather than wait for them.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


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

    The records go to ``output`` + ``.partial`` (:data:`PARTIAL_SUFFIX`)
    in the same folder, renamed to ``output`` only when the run completes,
    so a file under the final name is always a complete output (one already
    there is replaced then). When the run is interrupted
    (:class:`KeyboardInterrupt`), the partial file is closed well-formed
    with the records done so far and kept, and the
    :class:`KeyboardInterrupt` raised says how many pages were done and
    where they are; on any other error it is removed.

    :param inputs: files, folders, glob patterns and WARC archives (see
        :func:`expand_inputs`).
    :param output: ``*.jsonl`` or ``*.ndjson`` (JSON Lines; ``-`` for
        standard output, written as it goes), ``*.json`` (a JSON array, one
        record a line) or ``*.parquet`` (with :func:`arrow_schema`; needs
        pyarrow).
    :param workers: processes to parse with; the records are the same for
        any number.
    :param extractor: force one extractor by name instead of choosing per page.
    :param progress: a stream (such as ``sys.stderr``) to report pages and
        pages per second on: a line redrawn in place on a terminal, a line
        every few seconds otherwise, and a last line at the end; ``None``
        for silence.
    :param on_record: called with each record after it is written.
    :raises ValueError: if the output's format cannot be told from its name.
    """
    final = os.fspath(output)
    kind = _format(final)
    partial = final if final == "-" else final + PARTIAL_SUFFIX
    writer = _writer(kind, partial)
    meter = _Progress(progress)
    pages = errors = 0
    records = _records(iter_pages(inputs), workers, extractor)
    try:
        for record in records:
            writer.write(record)
            pages += 1
            errors += "error" in record
            meter.update(pages, errors)
            if on_record is not None:
                on_record(record)
    except KeyboardInterrupt:
        records.close()
        writer.close()
        meter.finish(pages, errors)
        where = "" if partial == "-" else f"; their records are in {partial}"
        raise KeyboardInterrupt(f"interrupted after {pages} pages{where}") from None
    except BaseException:
        records.close()
        writer.abort()
        if partial != "-":
            with contextlib.suppress(OSError):
                os.remove(partial)
        raise
    writer.close()
    if partial != final:
        os.replace(partial, final)
    meter.finish(pages, errors)
    return BatchSummary(pages, errors, time.perf_counter() - meter.start)


def read_records(path: str | os.PathLike[str]) -> list[Record]:
    """Read back the records :func:`run` wrote (JSON Lines, a JSON array or
    Parquet), in their JSON form. On Parquet, dates are read back as their
    ISO strings and the keys of an error record's article fields are
    dropped, so every format gives the same records."""
    name = os.fspath(path)
    kind = _format(name)
    if kind == "parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise _missing("batch", "pyarrow") from None
        table = pq.read_table(name)
        date_type = _date_type()
        unconvert = [(f.name, fn) for f in table.schema if (fn := _unconverter(f.type, date_type)) is not None]
        out = []
        for row in table.to_pylist():
            if row.get("error") is not None:
                out.append({"source": row["source"], "error": row["error"]})
                continue
            row.pop("error", None)
            for column, fn in unconvert:
                row[column] = fn(row.get(column))
            out.append(row)
        return out
    with open(name, encoding="utf-8") as stream:
        if kind == "json":
            records: list[Record] = json.load(stream)
            return records
        return [json.loads(line) for line in stream if line.strip()]
