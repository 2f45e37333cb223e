#!/usr/bin/env python3
"""newsshape on text dumps and Markdown renderings of the development pages, beside its HTML.

Usage (from the project root)::

    python benchmarks/dumps.py [--data DIR] [--sets a,b] [--kinds a,b] [--every N] [--limit N]
                               [--cache DIR] [--json FILE] [--show N --show-kind KIND]

Each page of ``scrapinghub-dev``, ``dragnet-dev`` and ``cleaneval-dev`` (``ground-truth.json`` and
``html/ID.html.gz`` in ``../shared/data``) is turned into every input a user may hold instead of its HTML:

- text dumps, by each flattener that is installed: ``html-text`` (``extract_text``, ``guess_layout`` on
  and off), ``selectolax`` (``text(separator="\\n")`` of the body, scripts and styles left out),
  ``bs4`` (BeautifulSoup ``get_text("\\n")``), ``inscriptis`` (``get_text``);
- Markdown, by each converter that is installed: ``markdownify`` and ``html2text``.

For each input the rows are: ``newsshape`` (``newsshape.clean`` of the input), ``raw`` (the input itself
as the body: what a user gets by doing nothing) and ``jusText`` (jusText over the same lines, each line a
paragraph). The ``html`` row is ``newsshape.clean`` of the page's HTML, the reference the dumps are
measured against. Body text is scored as :mod:`scoring` does (the public benchmark's method,
``../shared/bench/bodyscore.py``): F1, precision, recall; ``none`` counts the pages whose output shares
not one 4-word shingle with a non-empty gold body (empty, or another text altogether).

The pages are split once and for all by page id: a page whose id's SHA-1, read as a number, is a multiple
of 3 is a validation page; the others are development pages. The two are reported apart. ``--show``
lists the worst development pages of one kind (``--show-kind``, e.g. ``newsshape:html-text``); never
the validation pages: judge changes on their aggregate figures only.

The flattened and converted inputs are kept in ``--cache`` (``/tmp/newsshape-dumps-cache`` by default)
so that a second run only re-runs newsshape.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import _installed  # noqa: E402  (the harness's own test for an optional tool)
from scoring import body_scores, page_shares  # noqa: E402

ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # the checkout's newsshape, before any installed copy
#: ``../shared/data`` beside the project root (or beside the folder of a worktree).
DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data"
)
SETS = ("scrapinghub-dev", "dragnet-dev", "cleaneval-dev")
#: Validation pages: SHA-1 of the page id modulo this is 0.
SPLIT = 3

Convert = Callable[[str], str]


# -- inputs ----------------------------------------------------------------------------


def _html_text(guess_layout: bool) -> Convert:
    def convert(page: str) -> str:
        import html_text

        return str(html_text.extract_text(page, guess_layout=guess_layout))

    return convert


def _selectolax(page: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    return tree.body.text(separator="\n") if tree.body is not None else ""


def _bs4(page: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    for node in soup(["script", "style", "noscript"]):
        node.decompose()
    return str(soup.get_text("\n"))


def _inscriptis(page: str) -> str:
    import inscriptis

    return str(inscriptis.get_text(page))


def _markdownify(page: str) -> str:
    from markdownify import markdownify

    return str(markdownify(page))  # its defaults: Setext h1 and h2, "*" bullets


def _html2text(page: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    return str(h.handle(page))


#: ``(name, module needed, converter)`` of every input besides the HTML.
CONVERTERS: tuple[tuple[str, str, Convert], ...] = (
    ("html-text", "html_text", _html_text(True)),
    ("html-text-flat", "html_text", _html_text(False)),
    ("selectolax", "selectolax", _selectolax),
    ("bs4", "bs4", _bs4),
    ("inscriptis", "inscriptis", _inscriptis),
    ("markdownify", "markdownify", _markdownify),
    ("html2text", "html2text", _html2text),
)


def _justext_lines(text: str) -> str:
    """jusText over the lines of a dump, each line a paragraph."""
    import justext

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), frozenset(), stopwords_high=0, stopwords_low=0)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# -- pages -----------------------------------------------------------------------------


def is_validation(key: str) -> bool:
    """Whether the page ``key`` is in the validation split."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % SPLIT == 0


def _pages(root: Path, name: str, every: int, limit: int) -> list[tuple[str, str, str | None]]:
    """``(key, gold body, url)`` of the set's pages, sorted by key."""
    index = json.loads((root / name / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(index)[:: max(every, 1)]
    if limit:
        keys = keys[:limit]
    return [(k, index[k].get("articleBody") or "", index[k].get("url") or None) for k in keys]


def _read(root: Path, name: str, key: str) -> bytes:
    return gzip.decompress((root / name / "html" / f"{key}.html.gz").read_bytes())


def _converted(cache: Path, root: Path, name: str, conv: str, fn: Convert, keys: list[str]) -> dict[str, str]:
    """The pages ``keys`` of set ``name`` converted by ``conv``, from the cache when there."""
    from newsshape.document import decode

    path = cache / f"{name}.{conv}.json.gz"
    done: dict[str, str] = json.loads(gzip.decompress(path.read_bytes())) if path.exists() else {}
    missing = [k for k in keys if k not in done]
    for key in missing:
        try:
            done[key] = fn(decode(_read(root, name, key)))
        except Exception as e:  # a converter that fails on a page gives an empty input
            print(f"{conv} failed on {name}/{key}: {e!r}", file=sys.stderr)
            done[key] = ""
    if missing:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(json.dumps(done).encode("utf-8")))
    return {k: done[k] for k in keys}


# -- scoring ---------------------------------------------------------------------------


def _none(gold: dict[str, str], out: dict[str, str | None]) -> int:
    """Pages with a gold body whose output shares no shingle with it."""
    return sum(1 for k, g in gold.items() if g.strip() and page_shares(g, out.get(k))[0] == 0)


def _clean(source: str | bytes) -> str:
    import newsshape

    try:
        return newsshape.clean(source)
    except Exception as e:  # recorded as an empty body
        print(f"newsshape failed: {e!r}", file=sys.stderr)
        return ""


def run_set(args: argparse.Namespace, name: str) -> dict[str, Any]:
    """Outputs of every row on one set, scored per split."""
    root = Path(args.data)
    pages = _pages(root, name, args.every, args.limit)
    keys = [k for k, _, _ in pages]
    gold = {k: g for k, g, _ in pages}
    outputs: dict[str, dict[str, str | None]] = {}
    t = time.process_time()
    outputs["html"] = {k: _clean(_read(root, name, k)) for k in keys}
    times = {"html": (time.process_time() - t) / max(len(keys), 1)}
    for conv, module, fn in CONVERTERS:
        if args.kinds and conv not in args.kinds:
            continue
        if not _installed(module):
            print(f"{module} is not installed: no {conv} rows", file=sys.stderr)
            continue
        inputs = _converted(Path(args.cache), root, name, conv, fn, keys)
        t = time.process_time()
        outputs[f"newsshape:{conv}"] = {k: _clean(inputs[k]) for k in keys}
        times[f"newsshape:{conv}"] = (time.process_time() - t) / max(len(keys), 1)
        outputs[f"raw:{conv}"] = dict(inputs)
        if not args.no_justext and _installed("justext"):
            outputs[f"jusText:{conv}"] = {k: _justext_lines(inputs[k]) for k in keys}
    result: dict[str, Any] = {"pages": {}, "scores": {}, "times": times}
    for split in ("dev", "validation"):
        part = [k for k in keys if is_validation(k) == (split == "validation")]
        g = {k: gold[k] for k in part}
        result["pages"][split] = len(part)
        result["scores"][split] = {
            row: {**body_scores(g, {k: out[k] for k in part}), "none": _none(g, out)} for row, out in outputs.items()
        }
    if args.show:
        _show(args, name, [k for k in keys if not is_validation(k)], gold, outputs)
    return result


def _show(
    args: argparse.Namespace, name: str, dev: list[str], gold: dict[str, str], outputs: dict[str, dict[str, str | None]]
) -> None:
    """The worst development pages of row ``--show-kind`` (never validation pages)."""
    from scoring import page_f1

    out = outputs.get(args.show_kind)
    if out is None:
        return
    worst = sorted(dev, key=lambda k: page_f1(gold[k], out[k]) - page_f1(gold[k], outputs["html"][k]))
    for k in worst[: args.show]:
        print(
            f"  {name}/{k}: {args.show_kind} {page_f1(gold[k], out[k]):.2f}, "
            f"html {page_f1(gold[k], outputs['html'][k]):.2f}; gold {gold[k][:100]!r}; out {(out[k] or '')[:100]!r}"
        )


def _print(name: str, result: dict[str, Any]) -> None:
    for split, scores in result["scores"].items():
        html_f1 = scores["html"]["f1"]
        print(f"\n{name}, {split} ({result['pages'][split]} pages)")
        print(f"  {'row':<30} {'F1':>6} {'P':>6} {'R':>6} {'-html':>6} {'none':>5}")
        for row, s in scores.items():
            print(
                f"  {row:<30} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} "
                f"{s['f1'] - html_f1:+6.3f} {s['none']:5d}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--kinds", default="", help="converters to run (comma separated; all by default)")
    parser.add_argument("--every", type=int, default=1, help="every Nth page only")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    parser.add_argument("--cache", default="/tmp/newsshape-dumps-cache")
    parser.add_argument("--json", help="write the scores to this file")
    parser.add_argument("--no-justext", action="store_true", help="leave out the jusText rows")
    parser.add_argument("--show", type=int, default=0, help="list the N worst development pages of --show-kind")
    parser.add_argument("--show-kind", default="newsshape:html-text")
    args = parser.parse_args(argv)
    args.kinds = [k for k in args.kinds.split(",") if k]
    results: dict[str, Any] = {}
    for name in args.sets.split(","):
        if not (Path(args.data) / name / "ground-truth.json").exists():
            print(f"{name}: no data in {args.data}, skipped", file=sys.stderr)
            continue
        results[name] = run_set(args, name)
        _print(name, results[name])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
