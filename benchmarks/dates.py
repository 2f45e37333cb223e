#!/usr/bin/env python3
"""Publication-date accuracy of newsshape against htmldate on the same pages.

Usage: python benchmarks/dates.py [DATA_DIR] [--limit N] [--no-htmldate] [--show]

DATA_DIR holds ``dates.json`` (``{url: {file, date}}``) and ``html/FILE.gz``
(default: ``../shared/data/htmldate-dev``). A page counts as right when the
first ten characters of the predicted date equal the gold ``YYYY-MM-DD``.
htmldate runs with ``original_date=True`` and its default extensive search.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import newsshape


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/data/htmldate-dev"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--every", type=int, default=1, help="only every N-th page (a lean subset)")
    ap.add_argument("--no-htmldate", action="store_true", help="skip htmldate (faster)")
    ap.add_argument("--show", action="store_true", help="print each page newsshape gets wrong")
    args = ap.parse_args()
    data = Path(args.data)
    gold = json.loads((data / "dates.json").read_text())
    items = sorted(gold.items())[:: args.every]
    if args.limit:
        items = items[: args.limit]
    if not args.no_htmldate:
        from htmldate import find_date

    ours = theirs = n = 0
    t_ours = t_theirs = 0.0
    for url, entry in items:
        path = data / "html" / (entry["file"] + ".gz")
        if not path.exists():
            path = data / "html" / entry["file"]
            if not path.exists():
                continue
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        n += 1
        t0 = time.perf_counter()
        article = newsshape.parse(raw, url=url)
        t_ours += time.perf_counter() - t0
        pred = str(article.published)[:10] if article.published else None
        ok = pred == entry["date"]
        ours += ok
        hd = None
        if not args.no_htmldate:
            t0 = time.perf_counter()
            try:
                hd = find_date(raw.decode("utf-8", "replace"), url=url, original_date=True)
            except Exception:  # htmldate may fail on odd input: count as a miss
                hd = None
            t_theirs += time.perf_counter() - t0
            theirs += (hd or "")[:10] == entry["date"]
        if args.show and not ok:
            print(f"MISS gold={entry['date']} ours={pred} htmldate={hd} {entry['file']} {url}")
    if not n:
        print("no pages")
        return
    print(f"pages {n}")
    print(f"newsshape accuracy {ours / n:.3f} ({ours}/{n})  {1000 * t_ours / n:.1f} ms/page (whole parse)")
    if not args.no_htmldate:
        print(f"htmldate  accuracy {theirs / n:.3f} ({theirs}/{n})  {1000 * t_theirs / n:.1f} ms/page")


if __name__ == "__main__":
    main()
