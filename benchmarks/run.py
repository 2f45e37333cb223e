#!/usr/bin/env python3
"""newsshape beside its peers on public evaluation sets, in one run.

Usage (from the project root)::

    python benchmarks/run.py [--scrapinghub DIR] [--trafilatura DIR] [--htmldate DIR]
                             [--every N] [--limit N] [--rounds N] [--no-peers] [--json FILE] [--worst N]

Three data layouts are understood; each directory defaults to the project's
development copy in ``../shared/data`` and is skipped, with a message, when it
is missing:

``--scrapinghub DIR``
    The public article-extraction benchmark: ``ground-truth.json``
    (``{id: {"articleBody": ..., "url": ...}}``) and ``html/ID.html.gz``.
    Reports body F1, precision and recall (4-word shingles, see
    :mod:`scoring`) for the HTML, and for text dumps of the same pages
    (flattened with html-text ``guess_layout=True`` when installed, and with
    selectolax ``text(separator="\\n")``, a line per text node).
``--trafilatura DIR``
    trafilatura's evaluation set: ``evaldata.json`` (``{url: {"file": ...,
    "with": [...], "without": [...]}}``) and ``html/FILE.gz``. Reports how many
    must-have snippets each tool finds and how many must-not-have snippets it
    leaks.
``--htmldate DIR``
    htmldate's evaluation set: ``dates.json`` (``{url: {"file": ...,
    "date": "YYYY-MM-DD"}}``) and ``html/FILE.gz``. Reports the share of pages
    whose publication date is right (``newsshape.parse(...).published``).

newsshape is timed twice on bodies and snippets: ``newsshape`` is
``parse(...).text`` (the whole article is extracted: quotes, dates, authors and
the rest), ``newsshape, body only`` is ``clean(...)``, the same text with no
other field, which is what the peers return. Peers are measured when installed:
trafilatura, readability-lxml, jusText (bodies) and htmldate (dates).
trafilatura is timed twice as well: its default ``extract`` (the body, the
counterpart of ``clean``) and ``bare_extraction`` with metadata (the body with
the title, authors, date and site name, the counterpart of ``parse``); a line
under each table gives those like-for-like ratios. Times are CPU time per page,
on this machine, in this run; the column that matters is the ratio to
trafilatura. Each tool passes over the pages ``--rounds`` times (2 by default),
the tools taking turns, and its fastest pass counts (the outputs scored are the
first pass's). Every tool gets the same page bytes. Memory: newsshape runs a
second time over the bodies and the snippet pages, keeping nothing, and its
resident set size is sampled after each quarter; it should stay flat.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from scoring import body_scores, page_f1, snippet_counts  # noqa: E402

ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data"

Extract = Callable[[bytes, "str | None"], "str | None"]

#: The row of ``newsshape.clean``: the body text alone, as trafilatura,
#: readability and jusText give it (the ``newsshape`` row is ``parse``: the
#: whole article, quotes, dates and authors included, and its text).
CLEAN = "newsshape, body only"
#: The row of trafilatura asked for metadata too (title, author, date, site
#: name, categories and tags beside the text): the peer's counterpart of
#: ``parse``, as its default ``extract`` is of ``clean``.
TRAFILATURA_META = "trafilatura, with metadata"


# -- tools ------------------------------------------------------------------------


def _newsshape_body(page: bytes, url: str | None) -> str | None:
    import newsshape

    return newsshape.parse(page, url=url).text


def _newsshape_clean(page: bytes, url: str | None) -> str | None:
    import newsshape

    return newsshape.clean(page, url=url)


def _newsshape_date(page: bytes, url: str | None) -> str | None:
    import newsshape

    published = newsshape.parse(page, url=url).published
    return str(published)[:10] if published else None


def _trafilatura_body(page: bytes, url: str | None) -> str | None:
    import trafilatura

    return trafilatura.extract(page, url=url, include_comments=False)


def _trafilatura_article(page: bytes, url: str | None) -> str | None:
    import trafilatura

    doc: Any = trafilatura.bare_extraction(page, url=url, include_comments=False, with_metadata=True)
    if isinstance(doc, dict):  # trafilatura before 1.9 returns a dict
        return doc.get("text")
    return getattr(doc, "text", None)


def _readability_body(page: bytes, url: str | None) -> str | None:
    from readability import Document
    from selectolax.lexbor import LexborHTMLParser

    summary = Document(page, url=url).summary(html_partial=True)
    root = LexborHTMLParser(summary).body
    return root.text(separator="\n") if root is not None else None


def _justext_body(page: bytes, url: str | None) -> str | None:
    import justext

    paragraphs = justext.justext(page, frozenset(), stopwords_high=0, stopwords_low=0)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _htmldate_date(page: bytes, url: str | None) -> str | None:
    from htmldate import find_date

    return find_date(page, url=url, original_date=True)


def _installed(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _flatten(page: bytes) -> str:
    """A text dump of the whole page, menus and footers included, as
    html-text makes it (lines at blocks), or as :func:`_flatten_nodes` when
    html-text is not installed."""
    html = page.decode("utf-8", errors="replace")
    try:
        import html_text
    except ImportError:
        return _flatten_nodes(page)
    return str(html_text.extract_text(html, guess_layout=True))


def _flatten_nodes(page: bytes) -> str:
    """A text dump of the page's body as selectolax makes it: a line per
    text node (paragraphs cut at every link), scripts and styles left out."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page.decode("utf-8", errors="replace"))
    for node in tree.css("script, style, noscript"):
        node.decompose()
    return tree.body.text(separator="\n") if tree.body is not None else ""


# -- running ----------------------------------------------------------------------


def _rss_mb() -> float:
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20
    except ImportError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Run:
    """Times one tool over pages, keeps its outputs and errors."""

    def __init__(self, name: str, fn: Extract, pages: dict[str, tuple[bytes, str | None]], memory: bool = False):
        self.name = name
        self.fn = fn
        self.memory = memory
        self.out: dict[str, str | None] = {}
        self.errors = 0
        self.rss: list[float] = []
        self.items = list(pages.items())
        if self.items:  # one untimed call loads lazy imports and data
            self._call(*self.items[0][1], count=False)
        self.ms = self._timed(keep=True)

    def _timed(self, keep: bool = False) -> float:
        """One pass over the pages: CPU time per page, in ms (on a shared
        machine, wall time also counts whatever else runs meanwhile,
        differently for each tool). ``keep``: record outputs and errors."""
        gc.collect()
        start = time.process_time()
        for key, (page, url) in self.items:
            out = self._call(page, url, count=keep)
            if keep:
                self.out[key] = out
        return (time.process_time() - start) / max(1, len(self.items)) * 1000

    def again(self) -> None:
        """Time another pass and keep the fastest (the one least disturbed
        by the rest of the machine)."""
        self.ms = min(self.ms, self._timed())

    def finish(self) -> None:
        """After the last pass, if asked for: a memory pass that keeps
        nothing, sampling the resident set size at its start and after each
        quarter (flat when nothing leaks)."""
        if not self.memory:
            return
        marks = {len(self.items) * q // 4 for q in range(1, 5)}
        gc.collect()
        self.rss.append(_rss_mb())
        for n, (_, (page, url)) in enumerate(self.items, 1):
            self._call(page, url, count=False)
            if n in marks:
                self.rss.append(_rss_mb())

    def _call(self, page: bytes, url: str | None, count: bool = True) -> str | None:
        """The tool's output for one page; with ``count``, a failure is
        counted among its errors (once per page: only in the first pass)."""
        try:
            return self.fn(page, url)
        except Exception:  # a tool failing on a page scores as empty
            self.errors += count
            return None


def _runs(
    tools: list[tuple[str, Extract]], pages: dict[str, tuple[bytes, str | None]], rounds: int, memory: bool = True
) -> dict[str, Run]:
    """Every tool over the pages, ``rounds`` times in turn (each tool's
    fastest pass counts): when the machine's load changes during the run,
    every tool sees the change. With ``memory``, newsshape's resident set
    is sampled after."""
    runs = {name: Run(name, fn, pages, memory=memory and name == "newsshape") for name, fn in tools}
    for _ in range(rounds - 1):
        for run in runs.values():
            run.again()
    for run in runs.values():
        run.finish()
    return runs


def _like_for_like(runs: dict[str, Run]) -> dict[str, float]:
    """Print and return each newsshape call's time as a ratio to the
    trafilatura call that does the same work: ``clean`` to the default
    ``extract`` (the body), ``parse`` to the extraction with metadata (the
    body and the article's fields)."""
    ratios: dict[str, float] = {}
    for ours, theirs, what in (
        (CLEAN, "trafilatura", "the body"),
        ("newsshape", TRAFILATURA_META, "the body and the metadata"),
    ):
        if ours in runs and theirs in runs and runs[theirs].ms:
            ratios[ours] = runs[ours].ms / runs[theirs].ms
            print(f"like for like, {what}: {ours} took {ratios[ours]:.2f} of the time of {theirs}")
    return ratios


def _subset(keys: list[str], every: int, limit: int) -> list[str]:
    keys = sorted(keys)[:: max(1, every)]
    return keys[:limit] if limit else keys


def _missing(what: str, root: Path, needed: str) -> bool:
    if (root / needed).exists():
        return False
    print(f"\n{what}: {root / needed} not found, skipped (pass the directory with the option)")
    return True


def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


# -- the three sets ----------------------------------------------------------------


def scrapinghub(root: Path, args: argparse.Namespace, results: dict[str, Any]) -> None:
    if _missing("article bodies (--scrapinghub)", root, "ground-truth.json"):
        return
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = _subset(list(truth), args.every, args.limit)
    gold = {k: truth[k]["articleBody"] for k in keys}
    pages = {k: (_read(root / "html" / f"{k}.html.gz"), truth[k].get("url")) for k in keys}
    tools: list[tuple[str, Extract]] = [("newsshape", _newsshape_body), (CLEAN, _newsshape_clean)]
    if not args.no_peers:
        for name, module, fn in (
            ("trafilatura", "trafilatura", _trafilatura_body),
            (TRAFILATURA_META, "trafilatura", _trafilatura_article),
            ("readability-lxml", "readability", _readability_body),
            ("jusText", "justext", _justext_body),
        ):
            if _installed(module):
                tools.append((name, fn))
    print(f"\nArticle bodies, HTML ({len(keys)} pages of {root}):")
    rows = []
    runs = _runs(tools, pages, args.rounds)
    base = runs["trafilatura"].ms if "trafilatura" in runs else None
    for name, run in runs.items():
        s = body_scores(gold, run.out)
        rows.append([name, f"{s['f1']:.3f}", f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{run.ms:.1f}",
                     f"{run.ms / base:.2f}" if base else "-", str(run.errors)])  # fmt: skip
        results.setdefault("bodies", {})[name] = {**s, "ms": run.ms, "errors": run.errors}
    _table(["tool", "F1", "precision", "recall", "ms/page", "time vs trafilatura", "errors"], rows)
    results.setdefault("like_for_like", {})["bodies"] = _like_for_like(runs)
    ns = runs["newsshape"]
    if ns.rss:
        print(
            "newsshape resident memory (MB), second pass, at start and after each quarter: "
            + ", ".join(f"{m:.0f}" for m in ns.rss)
        )
        results["memory_mb"] = ns.rss
    if args.worst:
        print("lowest newsshape pages (F1, id, url):")
        for f1, k in sorted((page_f1(gold[k], ns.out.get(k)), k) for k in keys)[: args.worst]:
            print(f"  {f1:.3f} {k[:16]} {truth[k].get('url', '')}")

    # the same pages as text dumps, made by each flattener there is
    flatteners = [("html-text", _flatten)] if _installed("html_text") else []
    flatteners.append(("selectolax", _flatten_nodes))
    print("\nArticle bodies, text dumps of the same pages:")
    rows = []
    for flattener, flatten in flatteners:
        dumps = {k: (flatten(page).encode("utf-8"), None) for k, (page, _) in pages.items()}
        raw = {k: page.decode("utf-8") for k, (page, _) in dumps.items()}
        run = _runs([("newsshape dump", _newsshape_body)], dumps, args.rounds)["newsshape dump"]
        for name, out, ms in ((f"whole dump ({flattener})", raw, None), (f"newsshape ({flattener})", run.out, run.ms)):
            s = body_scores(gold, out)
            rows.append([name, f"{s['f1']:.3f}", f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                         f"{ms:.1f}" if ms is not None else "-"])  # fmt: skip
            results.setdefault("dumps", {})[name] = {**s, "ms": ms}
    _table(["text", "F1", "precision", "recall", "ms/page"], rows)


def trafilatura_eval(root: Path, args: argparse.Namespace, results: dict[str, Any]) -> None:
    if _missing("snippets (--trafilatura)", root, "evaldata.json"):
        return
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    keys = _subset(list(data), args.every, args.limit)
    cases = {k: (list(data[k].get("with") or ()), list(data[k].get("without") or ())) for k in keys}
    pages = {}
    for k in keys:
        url = k if k.startswith(("http://", "https://")) else None
        pages[k] = (_read(root / "html" / (data[k]["file"] + ".gz")), url)
    tools: list[tuple[str, Extract]] = [("newsshape", _newsshape_body), (CLEAN, _newsshape_clean)]
    if not args.no_peers:
        for name, module, fn in (
            ("trafilatura", "trafilatura", _trafilatura_body),
            (TRAFILATURA_META, "trafilatura", _trafilatura_article),
            ("readability-lxml", "readability", _readability_body),
        ):
            if _installed(module):
                tools.append((name, fn))
    print(f"\nMust-have and must-not-have snippets ({len(keys)} pages of {root}):")
    runs = _runs(tools, pages, args.rounds)
    base = runs["trafilatura"].ms if "trafilatura" in runs else None
    rows = []
    for name, run in runs.items():
        c = snippet_counts(cases, run.out)
        rows.append([name, f"{c['hits']}/{c['wanted']}", f"{c['leaks']}/{c['unwanted']}", f"{run.ms:.1f}",
                     f"{run.ms / base:.2f}" if base else "-", str(run.errors)])  # fmt: skip
        results.setdefault("snippets", {})[name] = {**c, "ms": run.ms, "errors": run.errors}
    _table(["tool", "found (more is better)", "leaked (fewer is better)", "ms/page", "time vs trafilatura",
            "errors"], rows)  # fmt: skip
    results.setdefault("like_for_like", {})["snippets"] = _like_for_like(runs)
    if runs["newsshape"].rss:
        rss = ", ".join(f"{m:.0f}" for m in runs["newsshape"].rss)
        print(f"newsshape resident memory (MB), second pass, at start and after each quarter: {rss}")
        results["memory_mb_snippets"] = runs["newsshape"].rss


def htmldate_eval(root: Path, args: argparse.Namespace, results: dict[str, Any]) -> None:
    if _missing("dates (--htmldate)", root, "dates.json"):
        return
    data = json.loads((root / "dates.json").read_text(encoding="utf-8"))
    keys = _subset(list(data), args.every, args.limit)
    pages = {k: (_read(root / "html" / (data[k]["file"] + ".gz")), k) for k in keys}
    tools: list[tuple[str, Extract]] = [("newsshape", _newsshape_date)]
    if not args.no_peers and _installed("htmldate"):
        tools.append(("htmldate", _htmldate_date))
    print(f"\nPublication dates ({len(keys)} pages of {root}):")
    rows = []
    for name, run in _runs(tools, pages, args.rounds, memory=False).items():
        right = sum(1 for k in keys if run.out.get(k) and str(run.out[k])[:10] == data[k]["date"])
        rows.append([name, f"{right / max(1, len(keys)):.3f}", f"{run.ms:.1f}", str(run.errors)])
        results.setdefault("dates", {})[name] = {"accuracy": right / max(1, len(keys)), "ms": run.ms}
    _table(["tool", "accuracy", "ms/page", "errors"], rows)


def quote_eval(root: Path, seeds: Path, results: dict[str, Any]) -> None:
    """Quote precision, recall and speaker accuracy (see benchmarks/quotes.py)."""
    from quotes import Tally, score  # benchmarks/quotes.py, beside this script

    if _missing("quotes (--quotes)", root, ""):
        return
    if not (seeds / "expected").is_dir():
        print(f"(seed pages not found in {seeds}: scoring the annotated passages only)")
    tallies = score(root, seeds)
    total = Tally()
    rows = []
    for name, tally in sorted(tallies.items(), key=lambda item: (item[0] == "seeds", item[0])):
        total.merge(tally)
        f = tally.figures()
        rows.append([name, str(tally.gold), f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['speaker']:.3f}"])
    f = total.figures()
    rows.append(["all", str(total.gold), f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['speaker']:.3f}"])
    print(f"\nQuotes and speakers (annotated passages in {root}):")
    _table(["split", "quotes", "precision", "recall", "speaker"], rows)
    results["quotes"] = {name: tally.figures() for name, tally in tallies.items()} | {"all": f}


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(line)
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)) + " |")
    print(line.replace("-", "="))
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) + " |")
    print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--scrapinghub", type=Path, default=DATA / "scrapinghub-dev", help="ground-truth.json + html/")
    ap.add_argument("--trafilatura", type=Path, default=DATA / "trafilatura-eval", help="evaldata.json + html/")
    ap.add_argument("--htmldate", type=Path, default=DATA / "htmldate-dev", help="dates.json + html/")
    ap.add_argument("--quotes", type=Path, default=ROOT / "tests" / "data" / "quotes", help="annotated passages")
    ap.add_argument("--seeds", type=Path, default=DATA.parent / "seeds", help="seed pages + expected/")
    ap.add_argument(
        "--only", choices=("bodies", "snippets", "dates", "quotes"), action="append", help="run only these sets"
    )
    ap.add_argument("--every", type=int, default=1, help="only every N-th page (a lean subset)")
    ap.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    ap.add_argument(
        "--rounds", type=int, default=2, help="timed passes per tool, in turn; the fastest counts (default 2)"
    )
    ap.add_argument("--no-peers", action="store_true", help="measure newsshape only")
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-scoring body pages")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    try:
        import newsshape
    except ImportError as e:
        print(f"newsshape is not importable with {sys.executable}: {e}")
        return 1
    print(f"newsshape {getattr(newsshape, '__version__', '')} on Python {sys.version.split()[0]}, pid {os.getpid()}")
    results: dict[str, Any] = {}
    only = set(args.only or ("bodies", "snippets", "dates", "quotes"))
    if "bodies" in only:
        scrapinghub(args.scrapinghub, args, results)
    if "snippets" in only:
        trafilatura_eval(args.trafilatura, args, results)
    if "dates" in only:
        htmldate_eval(args.htmldate, args, results)
    if "quotes" in only:
        quote_eval(args.quotes, args.seeds, results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
