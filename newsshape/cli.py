"""The ``newsshape`` command (also ``python -m newsshape``).

Commands:

* ``newsshape parse FILE|URL|-`` -- one page (a file, or fetched from an
  http or https address) to JSON, Markdown, HTML or text;
* ``newsshape batch INPUT... --output out.jsonl|out.parquet`` -- many pages,
  one record each;
* ``newsshape extractors`` -- the installed extractors;
* ``newsshape expect PAGE...`` and ``newsshape check PATH...`` -- the test
  kit (:mod:`newsshape.testing`) for extractor authors.

Exit status: 0 on success; 2 for usage and input errors (an unknown option
or extractor, a file or address that cannot be read or fetched, input that
is not a page, a missing optional dependency); 1 for processing failures (a
page that raised something unexpected, an output that cannot be written) and
when ``check`` finds differences; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sys
from collections.abc import Sequence
from typing import IO

from newsshape import __version__
from newsshape._fetch import FetchError, fetch
from newsshape._pipeline import explain, parse
from newsshape.errors import NewsshapeError, NotAPageError
from newsshape.extractors.registry import UnknownExtractorError, available_extractors, get
from newsshape.model import Article

__all__ = ["main"]

PROG = "newsshape"


class _UsageError(Exception):
    """A problem with what the user asked for: message and exit status 2."""


class _Failure(Exception):
    """Processing failed (an unexpected error, not the input's fault):
    message and exit status 1."""


#: The extra that installs each optional dependency, for the message of a
#: missing one (module name -> extra of pyproject.toml).
_EXTRAS = {"warcio": "batch", "pyarrow": "batch", "dask": "dask", "distributed": "dask", "pandas": "dask"}


def _missing_dependency(exc: ImportError) -> str:
    """A one-line message for a missing optional dependency, naming the extra to install."""
    text = str(exc)
    if "newsshape[" in text:  # newsshape's own message already names it
        return text
    module = (exc.name or "").split(".")[0]
    extra = _EXTRAS.get(module)
    if extra is None:
        return text
    return f"{module} is needed for this: install it with pip install 'newsshape[{extra}]' (or pip install {module})"


def _parse_one(data: bytes, name: str, url: str | None, extractor: str | None, encoding: str | None) -> Article:
    """``parse`` for the command line: input that is no page is a usage
    error naming what it looks like; an unexpected error is a failure."""
    try:
        return parse(data, url=url, extractor=extractor, encoding=encoding)
    except NotAPageError as exc:
        hint = f"; to fetch it, give the address itself: {PROG} parse URL" if exc.looks_like == "URL" else ""
        raise _UsageError(f"{name}: not a page (it looks like: {exc.looks_like}){hint}") from None
    except UnknownExtractorError as exc:
        raise _UsageError(str(exc)) from None
    except Exception as exc:
        raise _Failure(f"{name}: parsing failed: {type(exc).__name__}: {exc} (a bug: please report it)") from exc


def _note_empty(article: Article, name: str) -> None:
    if article.kind == "error" and "empty page" in article.kind_evidence:
        print(f"{PROG}: note: {name} is an empty page: the article is empty", file=sys.stderr)


def _read_source(name: str) -> bytes:
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as stream:
                data = stream.read()
    except OSError as exc:
        raise _UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise _UsageError(f"cannot decompress {name}: {exc}") from None
    return data


#: What makes a ``parse`` argument an address to fetch rather than a file name: a scheme and "://".
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


def _fetch_source(url: str, timeout: float) -> tuple[bytes, str, str | None]:
    """The page at ``url``, its final address (after redirects) and the
    charset the response declared."""
    try:
        page = fetch(url, timeout=timeout)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    except FetchError as exc:
        raise _UsageError(f"cannot fetch {exc}") from None  # the message names the address and what it got
    return page.content, page.url, page.charset


def _check_extractor(name: str | None) -> None:
    if name is not None:
        try:
            get(name)
        except UnknownExtractorError as exc:
            raise _UsageError(str(exc)) from None


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    _check_extractor(args.extractor)
    if args.timeout <= 0:
        raise _UsageError("--timeout must be more than 0 seconds")
    url, charset = args.url, None
    if _ADDRESS.match(args.file):
        data, final, charset = _fetch_source(args.file, args.timeout)
        url = url or final
    else:
        data = _read_source(args.file)
    name = "standard input" if args.file == "-" else args.file
    article = _parse_one(data, name, url, args.extractor, charset)
    _note_empty(article, name)
    if args.format == "json":
        out.write(article.to_json(indent=None if args.compact else 2) + "\n")
    elif args.format == "markdown":
        out.write(article.to_markdown(compact=args.compact))
    elif args.format == "html":
        out.write(article.to_html(compact=args.compact, standalone=True))
    else:
        out.write(article.to_text(compact=args.compact))
    return 0


def _cmd_batch(args: argparse.Namespace, out: IO[str]) -> int:
    from newsshape import batch

    _check_extractor(args.extractor)
    if args.workers < 1:
        raise _UsageError("--workers must be at least 1")
    for item in args.inputs:
        if not os.path.exists(item) and batch.expand_inputs([item]) == [item]:
            raise _UsageError(f"{item}: no such file, folder or matching path")
    output = args.output
    if output != "-" and not output.lower().endswith((".jsonl", ".ndjson", ".json", ".parquet", ".pq")):
        raise _UsageError(f"cannot tell the output format of {output!r}: name it .jsonl, .json or .parquet")
    folder = os.path.dirname(os.path.abspath(output))
    if output != "-" and not os.path.isdir(folder):
        raise _UsageError(f"cannot write {output}: no such folder {folder}")
    # Missing optional dependencies are found before any page is parsed.
    if output.lower().endswith((".parquet", ".pq")):
        batch.arrow_schema()
    if any(
        name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz")) for name in batch.expand_inputs(args.inputs)
    ):
        import warcio  # noqa: F401
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    summary = batch.run(
        args.inputs,
        output,
        workers=args.workers,
        extractor=args.extractor,
        progress=sys.stderr if show else None,
    )
    if summary.pages == 0:
        print(f"{PROG}: warning: no pages found in the inputs", file=sys.stderr)
    return 0


def _cmd_extractors(args: argparse.Namespace, out: IO[str]) -> int:
    names = available_extractors()
    if args.names_only:
        out.writelines(name + "\n" for name in names)
        return 0
    width = max(len(n) for n in names)
    for name in names:
        extractor = get(name)
        doc = (type(extractor).__doc__ or "").strip().splitlines()
        out.write(f"{name:<{width}}  {doc[0] if doc else ''}".rstrip() + "\n")
    return 0


def _cmd_expect(args: argparse.Namespace, out: IO[str]) -> int:
    from newsshape.testing import write_expected

    _check_extractor(args.extractor)
    if args.url and len(args.pages) > 1:
        raise _UsageError("--url applies to one page; give one PAGE with it")
    for page in args.pages:
        if not os.path.isfile(page):
            raise _UsageError(f"cannot read {page}: no such file")
        try:
            target = write_expected(page, url=args.url, extractor=args.extractor, overwrite=args.force)
        except FileExistsError as exc:
            raise _UsageError(str(exc)) from None
        out.write(f"wrote {target}: review it, correct what is wrong, then check it with `{PROG} check`\n")
    return 0


def _cmd_check(args: argparse.Namespace, out: IO[str]) -> int:
    from newsshape.testing import check_case, find_cases, format_differences

    _check_extractor(args.extractor)
    try:
        cases = find_cases(*args.paths)
    except (FileNotFoundError, ValueError) as exc:
        raise _UsageError(str(exc)) from None
    if not cases:
        raise _UsageError("no cases found (a case is PAGE.html or PAGE.txt with PAGE.expected.json beside it)")
    failed = 0
    for case in cases:
        differences = check_case(case, extractor=args.extractor)
        if differences:
            failed += 1
            out.write(format_differences(differences, str(case.page)) + "\n")
        elif args.verbose:
            out.write(f"{case.page}: as expected\n")
    out.write(f"{len(cases) - failed} of {len(cases)} cases as expected\n")
    return 1 if failed else 0


def _cmd_explain(args: argparse.Namespace, out: IO[str]) -> int:
    _check_extractor(args.extractor)
    try:
        reasons = explain(_read_source(args.file), url=args.url, extractor=args.extractor)
    except NotAPageError as exc:
        raise _UsageError(f"{args.file}: {exc}") from None
    for reason in reasons:
        text = reason.text if len(reason.text) <= args.width else reason.text[: args.width - 1] + "…"
        out.write(f"{reason.role:<16} {reason.reason or '-':<24} {text}\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The structure of news pages as typed data.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse one page and print its structure",
        description=(
            "Parse one page (HTML or a text dump, optionally gzipped; a file, standard input, "
            "or an http or https address to fetch) and print the article."
        ),
    )
    p.add_argument("file", metavar="FILE|URL", help="the page: a file, an http(s):// address, or - for standard input")
    p.add_argument(
        "-f",
        "--format",
        choices=("json", "markdown", "html", "text"),
        default="json",
        help="json: every field (default); markdown or text: for reading; html: a clean HTML document",
    )
    p.add_argument(
        "--compact",
        action="store_true",
        help="less white space: JSON and HTML on one line, no blank line after Markdown headings, "
        "text one block a line",
    )
    p.add_argument(
        "--url", help="the page's address (helps choose the extractor and find the date; default: the fetched address)"
    )
    p.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="for an address: give up after this long"
    )
    p.add_argument("-e", "--extractor", metavar="NAME", help="use this extractor (see 'newsshape extractors')")
    p.set_defaults(run=_cmd_parse)

    w = commands.add_parser(
        "explain",
        help="show why each block of a page got its role",
        description="Print each block of the page with its role and the layout step that gave it (a debug view).",
    )
    w.add_argument("file", metavar="FILE", help="the page; - reads standard input")
    w.add_argument("--url", help="the page's address")
    w.add_argument("-e", "--extractor", metavar="NAME", help="use this extractor")
    w.add_argument("--width", type=int, default=70, metavar="N", help="cut each block's text to N characters")
    w.set_defaults(run=_cmd_explain)

    b = commands.add_parser(
        "batch",
        help="parse many pages into JSON Lines or Parquet",
        description=(
            "Parse every page of the inputs: files, folders (searched recursively for .html, .htm, .txt, "
            "their .gz and WARC archives), glob patterns and WARC archives (.warc, .warc.gz). "
            "One record per page, in input order; a page that cannot be read or parsed gives a record "
            "with an 'error' and the run goes on."
        ),
    )
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, glob pattern or WARC archive")
    b.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.jsonl (JSON Lines), OUT.json (a JSON array) or OUT.parquet; - for JSON Lines on stdout. "
        "Written to OUT.partial and renamed when complete; an interrupted run leaves OUT.partial",
    )
    b.add_argument("-w", "--workers", type=int, default=1, metavar="N", help="parse with N processes (default 1)")
    b.add_argument("-e", "--extractor", metavar="NAME", help="use this extractor for every page")
    b.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show pages and pages/s on stderr: a live line on a terminal, a line every few seconds "
        "otherwise (default: when stderr is a terminal)",
    )
    b.set_defaults(run=_cmd_batch)

    e = commands.add_parser(
        "extractors",
        help="list the installed extractors",
        description="List the registered extractors: built-in ones and those installed by other packages.",
    )
    e.add_argument("-q", "--names-only", action="store_true", help="print only the names")
    e.set_defaults(run=_cmd_extractors)

    x = commands.add_parser(
        "expect",
        help="write the expected JSON of a saved page, for review",
        description=(
            "Parse saved pages and write what comes out to PAGE.expected.json beside each, "
            "for you to review and correct. 'newsshape check' then compares against it."
        ),
    )
    x.add_argument("pages", nargs="+", metavar="PAGE", help="a saved page (.html, .txt, optionally .gz)")
    x.add_argument("--url", help="the page's address, kept in the expected JSON")
    x.add_argument("-e", "--extractor", metavar="NAME", help="use this extractor")
    x.add_argument("--force", action="store_true", help="overwrite an existing expected file")
    x.set_defaults(run=_cmd_expect)

    c = commands.add_parser(
        "check",
        help="check saved pages against their expected JSON",
        description="Parse saved pages and show, field by field, where the output differs from the expected JSON.",
    )
    c.add_argument("paths", nargs="+", metavar="PATH", help="a folder of cases, a saved page or an expected file")
    c.add_argument("-e", "--extractor", metavar="NAME", help="use this extractor instead of the one chosen")
    c.add_argument("-v", "--verbose", action="store_true", help="also list the cases that pass")
    c.set_defaults(run=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and
    return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        status: int = args.run(args, out)
        out.flush()
        return status
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except _Failure as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        # batch's says how many pages were done and where their records are.
        print(f"{PROG}: {exc}" if str(exc) else "", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except ImportError as exc:
        print(f"{PROG}: error: {_missing_dependency(exc)}", file=sys.stderr)
        return 2
    except NewsshapeError as exc:  # input that is no page, a page that cannot be fetched
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
