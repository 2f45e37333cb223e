#!/usr/bin/env python3
"""A/B output dumps: every article field newsshape gives on every development page, and their differences.

A benchmark-side tool for refactors and other changes meant to keep (or to change on purpose) what newsshape
returns. ``dump`` writes what one checkout gives on every page; ``diff`` compares two dumps field by field.
It depends on the development data in ``../shared/data`` (beside the project root; see its README), which
is not part of the repository: when that data is missing, ``dump`` says so and exits with status 2.

Usage (``dump`` from the root of the checkout to measure: the ``newsshape`` in the current directory is the
one imported, before any installed copy)::

    python benchmarks/ab.py dump OUT.jsonl.gz [--data DIR] [--sets a,b,c] [--dumps] [--limit N]
    python benchmarks/ab.py diff A.jsonl.gz B.jsonl.gz [--show N]

``dump`` reads every page of every set (sorted by set, then by page key) and writes one JSON line per page
and kind::

    {"set": ..., "page": ..., "kind": "html", "article": Article.to_dict(), "clean_equal": true}

``"error": repr(exception)`` replaces ``article`` when ``parse`` raises (``clean_error`` when ``clean``
does); ``clean_equal`` says whether ``newsshape.clean`` gave exactly ``parse(...).text``. The sets and
their layouts:

- ``scrapinghub-dev``, ``dragnet-dev``, ``cleaneval-dev``: ``ground-truth.json`` (``{id: {url, ...}}``)
  and ``html/ID.html.gz``; an empty url is passed as ``None``.
- ``trafilatura-eval``: ``evaldata.json`` (``{key: {file, ...}}``) and ``html/FILE.gz``; the key is passed
  as the url when it is one (``http://`` or ``https://``), else ``None``.
- ``htmldate-dev``: ``dates.json`` (``{url: {file, date}}``) and ``html/FILE.gz``.

With ``--dumps`` each page is also flattened to a text dump, parsed the same way with ``url=None``, as
``benchmarks/run.py`` does: kind ``dump-sx`` is run.py's selectolax dump (``_flatten_nodes``: the body's
text, a line per text node, scripts, styles and noscripts removed), kind ``dump-ht`` is run.py's html-text
dump (``html_text.extract_text(html, guess_layout=True)``), only when html-text is installed. Both
functions are imported from run.py, so the two sides of an A/B use the same flattening.

The output is deterministic: sorted sets and pages, sorted JSON keys, and a gzip header with no name and no
time, so two dumps of the same code are byte for byte equal (``cmp`` can check it).

``diff`` prints, per set and kind, how many pages differ and how many differ in each field (the keys of
``to_dict``, compared when both sides have an article, and ``error``, ``clean_equal``, ``clean_error``;
``page`` for a page in one dump only), then
up to ``--show`` examples (before and after, cut to about 300 characters around the first difference). Its
exit status is 0 whatever it finds: it is a report.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data"

#: The development sets, in the order of ``--sets``' default, each with its index file.
SETS: dict[str, str] = {
    "scrapinghub-dev": "ground-truth.json",
    "dragnet-dev": "ground-truth.json",
    "cleaneval-dev": "ground-truth.json",
    "trafilatura-eval": "evaldata.json",
    "htmldate-dev": "dates.json",
}
#: How far an example's before and after are cut (characters).
CUT = 300

Page = tuple[str, bytes, "str | None"]  # key, page bytes, url
Flatten = Callable[[bytes], str]


# -- reading the sets ---------------------------------------------------------------


def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _pages(name: str, root: Path, limit: int) -> Iterator[Page]:
    """The pages of one set, sorted by key (at most ``limit`` when it is not 0), read one at a time."""
    index = json.loads((root / SETS[name]).read_text(encoding="utf-8"))
    keys = sorted(index)
    if limit:
        keys = keys[:limit]
    for key in keys:
        entry = index[key]
        if SETS[name] == "ground-truth.json":
            yield key, _read(root / "html" / f"{key}.html.gz"), entry.get("url") or None
        elif name == "trafilatura-eval":
            url = key if key.startswith(("http://", "https://")) else None
            yield key, _read(root / "html" / f"{entry['file']}.gz"), url
        else:  # htmldate-dev: the key is the url
            yield key, _read(root / "html" / f"{entry['file']}.gz"), key


def _flatteners(dumps: bool) -> list[tuple[str, Flatten]]:
    """The kinds of input besides the HTML itself: run.py's text dumps, when asked for."""
    if not dumps:
        return []
    sys.path.insert(0, str(HERE))
    from run import _flatten, _flatten_nodes  # benchmarks/run.py, beside this script

    kinds: list[tuple[str, Flatten]] = [("dump-sx", _flatten_nodes)]
    try:
        import html_text  # noqa: F401  (run.py's _flatten falls back to selectolax without it)
    except ImportError:
        print("html-text is not installed: no dump-ht kind", file=sys.stderr)
    else:
        kinds.append(("dump-ht", _flatten))
    return kinds


# -- dump ---------------------------------------------------------------------------


def _record(newsshape: Any, name: str, key: str, kind: str, source: bytes, url: str | None) -> dict[str, Any]:
    """One line of the dump: what ``parse`` and ``clean`` give on one input."""
    rec: dict[str, Any] = {"set": name, "page": key, "kind": kind}
    text: str | None = None
    try:
        article = newsshape.parse(source, url=url)
        rec["article"] = article.to_dict()
        text = article.text
    except Exception as e:  # a page that fails is recorded, not fatal
        rec["error"] = repr(e)
    try:
        rec["clean_equal"] = newsshape.clean(source, url=url) == text
    except Exception as e:
        rec["clean_equal"] = False
        rec["clean_error"] = repr(e)
    return rec


def dump(args: argparse.Namespace) -> int:
    data: Path = args.data
    names = [s.strip() for s in args.sets.split(",") if s.strip()] if args.sets else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set(s): {', '.join(unknown)} (known: {', '.join(SETS)})", file=sys.stderr)
        return 2
    missing = [str(data / n / SETS[n]) for n in names if not (data / n / SETS[n]).is_file()]
    if missing:
        print(
            "the development data this tool reads is missing (it lives outside the repository, in "
            f"../shared/data beside the project root, or pass --data DIR / --sets): {', '.join(missing)}",
            file=sys.stderr,
        )
        return 2

    sys.path.insert(0, os.getcwd())  # the checkout being measured, not the installed copy
    import newsshape

    print(f"newsshape from {Path(newsshape.__file__).parent}", file=sys.stderr)
    if not Path(newsshape.__file__).resolve().is_relative_to(Path.cwd().resolve()):
        print("warning: that is not the current directory's newsshape", file=sys.stderr)
    flatteners = _flatteners(args.dumps)
    kinds = ["html", *(kind for kind, _ in flatteners)]
    counts: Counter[tuple[str, str, str]] = Counter()
    start = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for name in sorted(names):
            began = time.perf_counter()
            for key, page, url in _pages(name, data / name, args.limit):
                inputs: list[tuple[str, bytes, str | None]] = [("html", page, url)]
                for kind, flatten in flatteners:
                    try:
                        inputs.append((kind, flatten(page).encode("utf-8"), None))
                    except Exception as e:  # a page the flattener fails on
                        rec = {"set": name, "page": key, "kind": kind, "error": f"flatten: {e!r}"}
                        gz.write((json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
                        counts[name, kind, "errors"] += 1
                        counts[name, kind, "pages"] += 1
                for kind, source, page_url in inputs:
                    rec = _record(newsshape, name, key, kind, source, page_url)
                    gz.write((json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
                    counts[name, kind, "pages"] += 1
                    counts[name, kind, "errors"] += "error" in rec
                    counts[name, kind, "clean differs"] += not rec["clean_equal"]
            took = time.perf_counter() - began
            summary = ", ".join(
                f"{kind} {counts[name, kind, 'pages']} ({counts[name, kind, 'errors']} errors, "
                f"clean differs on {counts[name, kind, 'clean differs']})"
                for kind in kinds
            )
            print(f"{name}: {summary}; {took:.0f} s", file=sys.stderr)
    print(f"wrote {args.out} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


# -- diff ---------------------------------------------------------------------------


def _load(path: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        recs = (json.loads(line) for line in f if line.strip())
        return {(r["set"], r["kind"], r["page"]): r for r in recs}


def _fields(rec: dict[str, Any], article: bool = True) -> dict[str, Any]:
    """The values compared: the article's fields (with ``article``), and the record's own."""
    out = dict(rec.get("article") or {}) if article else {}
    for key in ("error", "clean_equal", "clean_error"):
        out[key] = rec.get(key)
    return out


def _cut(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` cut to about :data:`CUT` characters, from a little before where they first differ."""
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    start = max(0, same - 60) if max(len(a), len(b)) > CUT else 0

    def one(s: str) -> str:
        part = s[start : start + CUT]
        return ("…" if start else "") + part + ("…" if start + CUT < len(s) else "")

    return one(a), one(b)


def diff(args: argparse.Namespace) -> int:
    before, after = _load(args.a), _load(args.b)
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[tuple[tuple[str, str, str], Any, Any]]] = defaultdict(list)
    for key in sorted(before.keys() | after.keys()):
        group = groups[key[0], key[1]]
        group["pages"] += 1
        changed: dict[str, tuple[Any, Any]]
        if key not in before or key not in after:
            changed = {"page": ("present" if key in before else "absent", "present" if key in after else "absent")}
        else:
            both = "article" in before[key] and "article" in after[key]  # else the error says it all
            a, b = _fields(before[key], both), _fields(after[key], both)
            changed = {f: (a.get(f), b.get(f)) for f in sorted(a.keys() | b.keys()) if a.get(f) != b.get(f)}
        if changed:
            group["differ"] += 1
        for field, (x, y) in changed.items():
            group[f"field:{field}"] += 1
            examples[field].append((key, x, y))

    print(f"A: {args.a} ({len(before)} lines)\nB: {args.b} ({len(after)} lines)")
    total = sum(g["differ"] for g in groups.values())
    print(f"{total} of {len(before.keys() | after.keys())} (set, kind, page) lines differ\n")
    for (name, kind), group in sorted(groups.items()):
        fields = sorted(((k[6:], n) for k, n in group.items() if k.startswith("field:")), key=lambda t: (-t[1], t[0]))
        detail = ", ".join(f"{f} {n}" for f, n in fields)
        print(f"{name} {kind}: {group['differ']} of {group['pages']} pages differ" + (f" ({detail})" if detail else ""))

    shown = 0
    queues = {field: iter(items) for field, items in sorted(examples.items())}
    while shown < args.show and queues:  # in turn, a field at a time, so that every field gets examples
        for field in list(queues):
            item = next(queues[field], None)
            if item is None:
                del queues[field]
                continue
            if shown >= args.show:
                break
            (name, kind, page), x, y = item
            old, new = _cut(*(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in (x, y)))
            print(f"\n[{name} {kind} {page}] {field}\n  before: {old}\n  after:  {new}")
            shown += 1
    return 0


# -- command line -------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="parse every development page with the checkout in the current directory")
    d.add_argument("out", type=Path, help="the dump to write (.jsonl.gz)")
    d.add_argument("--data", type=Path, default=DATA, help=f"the development sets' folder (default {DATA})")
    d.add_argument("--sets", help=f"comma-separated sets (default all: {','.join(SETS)})")
    d.add_argument("--dumps", action="store_true", help="also parse text dumps of each page (dump-sx, dump-ht)")
    d.add_argument("--limit", type=int, default=0, help="at most the first N pages of each set (a quick check)")
    c = sub.add_parser("diff", help="compare two dumps page by page and field by field")
    c.add_argument("a", type=Path, help="the dump before")
    c.add_argument("b", type=Path, help="the dump after")
    c.add_argument("--show", type=int, default=10, help="examples of differences to print (default 10)")
    args = ap.parse_args(argv)
    return dump(args) if args.command == "dump" else diff(args)


if __name__ == "__main__":
    sys.exit(main())
