#!/usr/bin/env python3
"""Metadata fields of newsshape beside its peers, on hand-labelled pages.

Usage (from the project root)::

    python benchmarks/metadata.py [--data DIR] [--split dev|validation|all] [--no-peers] [--json FILE] [--show N]

Data
    ``DIR`` (default: the first ``shared/data`` folder found above the project
    root, ``../shared/data`` for a checkout beside it) holds
    ``trafilatura-eval/evaldata.json`` (``{url: {"file": ..., "title": ...,
    "author": ..., "date": ..., "description": ..., "sitename": ...,
    "categories": [...], "tags": [...], ...}}``, hand labels on 851 pages) and
    ``htmldate-dev/dates.json`` (``{url: {"file": ..., "date": "YYYY-MM-DD"}}``,
    800 pages), each with its pages in ``html/FILE.gz``. When either is
    missing the harness says which and exits with status 2.

The fixed split
    Every page belongs to a *site*: the host name of its URL, lower-cased,
    without a leading ``www.`` (no public-suffix list: ``m.example.com`` and
    ``example.com`` are two sites). A site is in **validation** when the first
    byte of the SHA-1 of its name (UTF-8) is divisible by 3, otherwise in
    **dev**; all pages of a site fall on the same side, in both data sets,
    forever (about a third of the pages are validation). Validation pages are
    scored, never looked at one by one: ``--show`` prints misses from dev
    pages only and refuses ``--split validation``. ``--split`` chooses the
    pages run: ``dev``, ``validation`` or ``all`` (the default: every page,
    with a table for dev, for validation and for both).

Tools (every tool gets the same page bytes and the page's URL)
    ``newsshape``: ``newsshape.parse(page, url=url)``; title, authors,
    ``published``, ``summary`` (scored as the description), ``site``,
    ``categories`` and ``tags``. Peers, unless ``--no-peers``:
    ``trafilatura``: ``trafilatura.extract_metadata(page, default_url=url)``
    (title, author, date, description, sitename, categories, tags; its date
    is htmldate's, extensive search, original date); ``htmldate``:
    ``find_date(page, url=url, extensive_search=True, original_date=True)``;
    ``htmldate, default``: ``find_date(page, url=url)`` (extensive search,
    not asked for the original date); ``newspaper4k`` when importable
    (``Article(url).download(input_html=...)``, ``parse()``; silently left
    out otherwise). A tool that raises on a page scores empty there.

Normalisation (the same for every tool and the labels)
    HTML character references decoded (the labels hold some, ``&rsquo;``),
    Unicode NFC, case folded (``str.casefold``, then NFC again), invisible
    format characters (category ``Cf``: soft hyphens, zero-width spaces)
    dropped, dashes (category ``Pd``: en and em dashes) written as a hyphen,
    white space collapsed to single spaces, and punctuation (Unicode
    categories ``P*``) and white space stripped at both ends. A text that
    normalises to nothing is empty. (Soft hyphens and dashes: a label holding
    ``Genesenen\xadnachweise`` or ``Januar – Mai`` is the same text as
    ``Genesenennachweise`` or ``Januar - Mai``.)

Scoring (only pages whose label is non-empty count for a field; ``n`` says how many)
    ``title``: equal after normalisation. ``title ~``: the lenient variant,
    equal or one contains the other (both non-empty).
    ``authors``: label and output are cut into names at ``;``, ``,``, and
    at `` and ``, `` und ``, `` & `` between words (the conventions the
    labels use; a list is cut item by item), each name normalised, a
    leading "by" or "von" dropped (a label "Von Jane Doe" names Jane Doe),
    empty ones and academic degrees cut off after a comma ("Jane Doe, PhD")
    dropped; right when the two *sets* of names are equal.
    ``1st author``: the first name of each is the same.
    ``date``: the publication date's ``YYYY-MM-DD`` (a date or datetime as
    the page gives it, no time-zone conversion; a string's first ten
    characters) equals the label's (a label written ``2022-01.26`` or
    ``2022-25-10``, a typing slip with one reading, is read as that day).
    ``description`` (newsshape's ``summary``): equal after normalisation, or
    one contains the other and the shorter has at least 0.9 of the longer's
    length (in characters, after normalisation), or one is the other cut
    short with an ellipsis ("...", "…", "(...)", "[…]": the same description
    as a page truncates it; the text before the ellipsis, its last word
    perhaps cut too, at least 40 characters, opens the other).
    ``site`` (labelled on few pages): equal after normalisation.
    ``categories``, ``tags``: the sets of normalised items are equal.

htmldate-dev
    The share of pages whose publication date (as above) is the label, for
    newsshape, trafilatura and the two htmldate settings, per split.

Times are CPU time per page (``time.process_time``), every tool called in
turn on each page after one untimed call to load lazy imports; only the
ratio to trafilatura's time in the same run is printed (newsshape's
``parse`` extracts the whole article, body and quotations included, not only
the metadata).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's newsshape, before any installed copy
DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
SPLITS = ("dev", "validation", "all")

#: Scored columns: (column, label key in evaldata.json, output key of a tool).
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("title", "title", "title"),
    ("title ~", "title", "title"),
    ("authors", "author", "authors"),
    ("1st author", "author", "authors"),
    ("date", "date", "date"),
    ("description", "description", "description"),
    ("site", "sitename", "site"),
    ("categories", "categories", "categories"),
    ("tags", "tags", "tags"),
)

#: A tool's fields for one page.
Fields = dict[str, Any]
Tool = Callable[[bytes, str], Fields]
#: The fields each tool gives; the others are ``n/a`` in its row.
GIVES: dict[str, tuple[str, ...]] = {
    "newsshape": ("title", "authors", "date", "description", "site", "categories", "tags"),
    "trafilatura": ("title", "authors", "date", "description", "site", "categories", "tags"),
    "htmldate": ("date",),
    "htmldate, default": ("date",),
    "newspaper4k": ("title", "authors", "date", "description", "site", "tags"),
}


# -- the split -----------------------------------------------------------------------


def site_of(url: str) -> str:
    """The page's site: its host name, lower-cased, without ``www.``."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def in_validation(url: str) -> bool:
    """Whether the page is in the validation split (see the module docstring)."""
    return hashlib.sha1(site_of(url).encode("utf-8")).digest()[0] % 3 == 0


def split_of(url: str) -> str:
    return "validation" if in_validation(url) else "dev"


# -- normalisation and scoring --------------------------------------------------------

_NAME_CUT = re.compile(r"\s*[;,]\s*|\s+(?:and|und|&)\s+", re.IGNORECASE)
#: A date label written with a stray separator or day and month swapped ("2022-01.26", "2022-25-10").
_MISWRITTEN_DAY = re.compile(r"^(\d{4})[-./](\d{2})[-./](\d{2})$")
#: An ellipsis ending a description cut short ("...", "…", "(...)", "[…]"), with the part word it may cut.
_ELLIPSIS = re.compile(r"\S*\s*[(\[]?(?:\.\.\.|…)[)\]]?$")
#: Characters a description cut short keeps at least to count as the whole one's opening.
_CUT_MIN = 40
#: A byline's "by" word opening a label's name ("Von Roland Brockmann"): no part of the name.
_BY_WORD = re.compile(r"^(?:by|von)\s+", re.IGNORECASE)
#: Academic degrees a label writes after a name and a comma ("Michael L. Anderson, PhD"): no names.
_DEGREES = frozenset(["phd", "ph.d", "md", "m.d", "mph", "mba", "msc", "ma", "bsc", "rn", "rd", "dds"])


def norm(text: object) -> str:
    """The normalised form of a text (see the module docstring)."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = unicodedata.normalize("NFC", text.casefold())
    if not text.isascii():
        cats = [(c, unicodedata.category(c)) for c in text]
        text = "".join("-" if cat == "Pd" else c for c, cat in cats if cat != "Cf")
    text = " ".join(text.split())
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]).startswith("P")):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]).startswith("P")):
        end -= 1
    return text[start:end]


def _items(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [v for v in value if isinstance(v, str)]
    return []


def names(value: object) -> list[str]:
    """Normalised author names, in order, each once."""
    out: list[str] = []
    for item in _items(value):
        for part in _NAME_CUT.split(item):
            name = norm(_BY_WORD.sub("", part.strip()))
            if name and name not in out and name not in _DEGREES:
                out.append(name)
    return out


def day(value: object) -> str:
    """``YYYY-MM-DD`` of a date, datetime or date string ('' when none)."""
    if isinstance(value, date):  # datetime too: the date as the page gives it
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return ""
    m = _MISWRITTEN_DAY.match(value.strip())
    if m is not None:  # "2022-01.26", "2022-25-10": a label's typing slip, one reading only
        year, a, b = m.groups()
        month, dom = (b, a) if int(a) > 12 >= int(b) else (a, b)
        return f"{year}-{month}-{dom}"
    return value.strip()[:10]


def has_label(column: str, label: object) -> bool:
    if column == "date":
        return bool(day(label))
    if column in ("authors", "1st author"):
        return bool(names(label))
    if column in ("categories", "tags"):
        return any(norm(x) for x in _items(label))
    return bool(norm(label))


def right(column: str, label: object, found: object) -> bool:
    """Whether ``found`` is right for ``label`` in ``column`` (see the docstring)."""
    if column == "title":
        return norm(found) == norm(label)
    if column == "title ~":
        g, f = norm(label), norm(found)
        return bool(f) and (g in f or f in g)
    if column == "authors":
        return set(names(found)) == set(names(label))
    if column == "1st author":
        found_names = names(found)
        return bool(found_names) and found_names[0] == names(label)[0]
    if column == "date":
        return day(found) == day(label)
    if column == "description":
        g, f = norm(label), norm(found)
        if not f:
            return False
        short, long = sorted((g, f), key=len)
        if g == f or (short in long and len(short) >= 0.9 * len(long)):
            return True
        for a, b in ((label, f), (found, g)):  # a description cut short with an ellipsis, the whole one beside it
            text = html.unescape(a).strip() if isinstance(a, str) else ""
            cut = norm(_ELLIPSIS.sub("", text))
            if _ELLIPSIS.search(text) and len(cut) >= _CUT_MIN and b.startswith(cut):
                return True
        return False
    if column in ("categories", "tags"):
        return {norm(x) for x in _items(found)} - {""} == {norm(x) for x in _items(label)} - {""}
    return norm(found) == norm(label)  # site


# -- tools -----------------------------------------------------------------------------


def _newsshape(page: bytes, url: str) -> Fields:
    import newsshape

    a = newsshape.parse(page, url=url)
    return {
        "title": a.title,
        "authors": a.authors,
        "date": a.published,
        "description": a.summary,
        "site": a.site,
        "categories": a.categories,
        "tags": a.tags,
    }


def _trafilatura(page: bytes, url: str) -> Fields:
    from trafilatura import extract_metadata

    doc: Any = extract_metadata(page, default_url=url)  # bytes are loaded as well
    return {
        "title": doc.title,
        "authors": doc.author,  # "A; B"
        "date": doc.date,
        "description": doc.description,
        "site": doc.sitename,
        "categories": doc.categories,
        "tags": doc.tags,
    }


def _htmldate_original(page: bytes, url: str) -> Fields:
    from htmldate import find_date

    return {"date": find_date(page, url=url, extensive_search=True, original_date=True)}


def _htmldate_default(page: bytes, url: str) -> Fields:
    from htmldate import find_date

    return {"date": find_date(page, url=url)}


def _newspaper4k(page: bytes, url: str) -> Fields:
    from newspaper import Article  # type: ignore[import-not-found]  # optional

    a: Any = Article(url)
    a.download(input_html=page.decode("utf-8", "replace"))
    a.parse()
    return {
        "title": a.title,
        "authors": list(a.authors or ()),
        "date": a.publish_date,
        "description": getattr(a, "meta_description", None),
        "site": getattr(a, "meta_site_name", None),
        "tags": sorted(getattr(a, "tags", None) or ()),
    }


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except Exception:  # not installed, or broken: left out
        return False
    return True


def tools(no_peers: bool) -> dict[str, Tool]:
    out: dict[str, Tool] = {"newsshape": _newsshape}
    if no_peers:
        return out
    if _importable("trafilatura"):
        out["trafilatura"] = _trafilatura
    if _importable("htmldate"):
        out["htmldate"] = _htmldate_original
        out["htmldate, default"] = _htmldate_default
    if _importable("newspaper"):
        out["newspaper4k"] = _newspaper4k
    return out


# -- running ---------------------------------------------------------------------------


def _read(folder: Path, name: str) -> bytes | None:
    for path in (folder / name, folder / f"{name}.gz"):
        if path.is_file():
            data = path.read_bytes()
            return gzip.decompress(data) if path.suffix == ".gz" else data
    return None


class Pass:
    """Every tool over the pages of one data set, in turn on each page."""

    def __init__(self, folder: Path, entries: list[tuple[str, dict[str, Any]]], run: dict[str, Tool]):
        self.out: dict[str, dict[str, Fields]] = {name: {} for name in run}
        self.seconds: dict[str, dict[str, float]] = {name: {} for name in run}
        self.errors = dict.fromkeys(run, 0)
        self.missing = 0
        self.pages: list[str] = []
        warm = True
        for url, entry in entries:
            page = _read(folder / "html", entry["file"])
            if page is None:
                self.missing += 1
                continue
            self.pages.append(url)
            for name, fn in run.items():
                if warm:  # one untimed call: lazy imports and data load
                    self._call(fn, page, url)
                start = time.process_time()
                fields = self._call(fn, page, url)
                self.seconds[name][url] = time.process_time() - start
                if fields is None:
                    self.errors[name] += 1
                self.out[name][url] = fields or {}
            warm = False

    @staticmethod
    def _call(fn: Tool, page: bytes, url: str) -> Fields | None:
        try:
            return fn(page, url)
        except Exception:  # a tool failing on a page scores as empty
            return None

    def ratio(self, name: str, urls: list[str]) -> float | None:
        """CPU time of ``name`` over ``urls`` as a share of trafilatura's."""
        if "trafilatura" not in self.seconds:
            return None
        theirs = sum(self.seconds["trafilatura"][u] for u in urls)
        return sum(self.seconds[name][u] for u in urls) / theirs if theirs else None


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(line)
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print(line.replace("-", "="))
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    print(line)


def _ratio_cell(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "-"


def _in_split(urls: list[str], split: str) -> list[str]:
    return urls if split == "all" else [u for u in urls if split_of(u) == split]


def labels_report(gold: dict[str, dict[str, Any]], run: Pass, splits: list[str]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for split in splits:
        urls = _in_split(run.pages, split)
        counts = {col: [u for u in urls if has_label(col, gold[u].get(key))] for col, key, _ in COLUMNS}
        header = ["tool"] + [f"{col} ({len(counts[col])})" for col, _, _ in COLUMNS] + ["time vs trafilatura"]
        rows: list[list[str]] = []
        figures: dict[str, Any] = {}
        for name, outs in run.out.items():
            row: list[str] = [name]
            fig: dict[str, Any] = {}
            for col, key, field in COLUMNS:
                n = len(counts[col])
                if field not in GIVES[name] or not n:
                    row.append("n/a")
                    continue
                good = sum(right(col, gold[u].get(key), outs[u].get(field)) for u in counts[col])
                row.append(f"{good / n:.3f}")
                fig[col] = {"right": good, "n": n, "share": good / n}
            ratio = run.ratio(name, urls)
            row.append(_ratio_cell(ratio))
            fig["time_vs_trafilatura"] = ratio
            rows.append(row)
            figures[name] = fig
        sites = len({site_of(u) for u in urls})
        print(f"\ntrafilatura-eval labels, {split}: {len(urls)} pages from {sites} sites (n per field in brackets)")
        _table(header, rows)
        results[split] = figures
    return results


def dates_report(gold: dict[str, dict[str, Any]], run: Pass, splits: list[str]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    rows: list[list[str]] = []
    for name, outs in run.out.items():
        row: list[str] = [name]
        fig: dict[str, Any] = {}
        for split in splits:
            urls = [u for u in _in_split(run.pages, split) if day(gold[u].get("date"))]
            good = sum(right("date", gold[u]["date"], outs[u].get("date")) for u in urls)
            row.append(f"{good / len(urls):.3f} ({len(urls)})" if urls else "-")
            fig[split] = {"right": good, "n": len(urls), "share": good / len(urls) if urls else None}
        ratio = run.ratio(name, run.pages)
        row.append(_ratio_cell(ratio))
        fig["time_vs_trafilatura"] = ratio
        rows.append(row)
        results[name] = fig
    print(f"\nhtmldate-dev publication dates: {len(run.pages)} pages (pages in brackets)")
    _table(["tool", *splits, "time vs trafilatura"], rows)
    return results


def show_misses(gold: dict[str, dict[str, Any]], run: Pass, limit: int) -> None:
    """Print up to ``limit`` of newsshape's misses per field, from dev pages only."""
    dev = [u for u in run.pages if not in_validation(u)]
    ours = run.out["newsshape"]
    peer = run.out.get("trafilatura", {})
    for col, key, field in COLUMNS:
        if col in ("title ~", "1st author") or field not in GIVES["newsshape"]:
            continue
        misses = [
            u for u in dev if has_label(col, gold[u].get(key)) and not right(col, gold[u][key], ours[u].get(field))
        ]
        if not misses:
            continue
        print(f"\n{col}: {len(misses)} misses on dev pages, the first {min(limit, len(misses))}")
        for u in misses[:limit]:
            assert not in_validation(u)  # never print a validation page
            theirs = peer.get(u, {}).get(field, "-")
            print(f"  {u}\n    label {gold[u][key]!r}\n    ours  {ours[u].get(field)!r}\n    trafilatura {theirs!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of trafilatura-eval/ and htmldate-dev/")
    ap.add_argument("--split", choices=SPLITS, default="all", help="pages to run (default: all, three tables)")
    ap.add_argument("--no-peers", action="store_true", help="measure newsshape only")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N of newsshape's misses per field (dev)")
    args = ap.parse_args(argv)
    if args.show and args.split == "validation":
        print("--show prints dev pages only: validation pages are never inspected one by one", file=sys.stderr)
        return 2
    labels_path = args.data / "trafilatura-eval" / "evaldata.json"
    dates_path = args.data / "htmldate-dev" / "dates.json"
    missing = [p for p in (labels_path, dates_path) if not p.is_file()]
    if missing:
        for p in missing:
            print(f"data missing: {p} not found (pass the folder holding it with --data)", file=sys.stderr)
        return 2
    run = tools(args.no_peers)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    print(f"tools: {', '.join(run)}; split: {args.split}; data: {args.data}")

    def chosen(entries: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
        return sorted((u, e) for u, e in entries.items() if args.split == "all" or split_of(u) == args.split)

    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    labelled = {u: e for u, e in labels.items() if any(has_label(c, e.get(k)) for c, k, _ in COLUMNS)}
    meta = Pass(labels_path.parent, chosen(labelled), run)
    results: dict[str, Any] = {"labels": labels_report(labelled, meta, splits)}
    dates = json.loads(dates_path.read_text(encoding="utf-8"))
    dated = Pass(dates_path.parent, chosen(dates), run)
    results["htmldate_dev"] = dates_report(dates, dated, splits)
    for name, p in (("labels", meta), ("htmldate-dev", dated)):
        errors = {k: v for k, v in p.errors.items() if v}
        if p.missing or errors:
            print(f"{name}: {p.missing} pages without their html; errors (scored empty): {errors or 'none'}")
    if args.show:
        show_misses(labelled, meta, args.show)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
