"""Reading pages: files, folders, glob patterns, ``.gz`` files and WARC
archives, each page a :class:`PageInput`; a file that cannot be read is a
page with an error, never an exception."""

from __future__ import annotations

import glob
import gzip
import os
import re
from collections.abc import Iterable, Iterator

import attrs

#: File name endings taken from folders (each also with ``.gz`` after it).
PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".txt")

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_GLOB_CHARS = frozenset("*?[")


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

    encoding: str | None = None
    """The charset the page came with, when known: the ``charset`` of a
    WARC record's HTTP ``Content-Type``. Passed to :func:`newsshape.parse`
    as ``encoding=``."""


def _missing(extra: str, package: str) -> ImportError:
    return ImportError(
        f"{package} is needed for this: install it with pip install 'newsshape[{extra}]' (or pip install {package})"
    )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


#: The charset parameter of a Content-Type header value.
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';,\s]+)""", re.IGNORECASE)


def _charset(content_type: str) -> str | None:
    found = _CHARSET.search(content_type)
    return found[1].lower() if found else None


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
    content is HTML or text, in archive order, with the charset its HTTP
    headers give as :attr:`~PageInput.encoding`. Needs warcio (the
    ``batch`` extra)."""
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
            ctype = headers.get_header("Content-Type") or ""
            if ctype and not any(t in ctype.lower() for t in ("html", "text/plain", "xml")):
                continue
            content: bytes | None = None
            error: str | None = None
            try:
                content = record.content_stream().read()
            except Exception as exc:  # a damaged record is one error, not the end of the run
                error = f"cannot read record: {_describe(exc)}"
            # The offset is known once the record has been read through.
            source = f"{name}#{records.get_record_offset()}"
            yield PageInput(source, content, url, error, _charset(ctype))


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
