#!/usr/bin/env python3
"""Quote precision, recall and speaker accuracy on the annotated passages.

Usage (from the project root)::

    python benchmarks/quotes.py [--seeds DIR] [-v]

Reads ``tests/data/quotes/*.json`` (real news passages annotated by hand,
split into ``dev`` and ``heldout``) and, when present, the seed pages with
their expected structure (``../shared/seeds``). Matching follows the seed
checker: quote texts compare lower-cased without surrounding marks and a
trailing ``,`` or ``.``; a speaker is right when the last word of the gold
speaker is in the predicted one; optional gold quotes count neither way; a
predicted quote of three words or fewer with no speaker is not a false
positive (a quoted name or term).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsshape  # noqa: E402
from newsshape.model import Quote  # noqa: E402

_WS = re.compile(r"\s+")


def qnorm(text: str) -> str:
    """Quote text as compared: marks, trailing comma and period removed."""
    text = _WS.sub(" ", text).strip().strip("\"'“”‘’ ")
    return text.rstrip(",.").strip().lower()


class Tally:
    """Counts for one group of passages."""

    def __init__(self) -> None:
        self.gold = self.found = self.speaker_ok = self.fp = 0

    def add(self, gold: list[dict[str, object]], pred: list[Quote], verbose: str = "") -> None:
        gold_q = {qnorm(str(q["text"])): q for q in gold}
        pred_q: dict[str, str | None] = {}
        for q in pred:
            pred_q.setdefault(qnorm(q.text), q.speaker)
        for text, q in gold_q.items():
            if q.get("optional"):
                continue
            self.gold += 1
            if text not in pred_q:
                if verbose:
                    print(f"  {verbose}: MISSED {text[:70]!r} ({q['speaker']})")
                continue
            self.found += 1
            speaker = pred_q[text]
            last = str(q["speaker"]).split()[-1].lower() if q["speaker"] else None
            if last is None or (speaker and last in speaker.lower()):
                self.speaker_ok += 1
            elif verbose:
                print(f"  {verbose}: SPEAKER {text[:50]!r}: {speaker!r} != {q['speaker']!r}")
        for text, speaker in pred_q.items():
            if text in gold_q:
                continue
            if len(text.split()) <= 3 and not speaker:
                continue
            self.fp += 1
            if verbose:
                print(f"  {verbose}: EXTRA {text[:70]!r} ({speaker})")

    def merge(self, other: Tally) -> None:
        """Add the counts of ``other`` to this tally."""
        for field in ("gold", "found", "speaker_ok", "fp"):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def figures(self) -> dict[str, float]:
        """Precision (over every scored prediction), recall and speaker accuracy."""
        scored = self.found + self.fp
        return {
            "precision": self.found / scored if scored else 1.0,
            "recall": self.found / self.gold if self.gold else 1.0,
            "speaker": self.speaker_ok / self.found if self.found else 1.0,
        }

    def line(self, name: str) -> str:
        f = self.figures()
        return (
            f"{name:<10} gold={self.gold:<4} found={self.found:<4} extra={self.fp:<3} "
            f"precision={f['precision']:.3f} recall={f['recall']:.3f} speaker={f['speaker']:.3f}"
        )


def score(data: Path, seeds: Path | None, split: str | None = None, verbose: bool = False) -> dict[str, Tally]:
    """Tallies by split of the annotated passages in ``data`` and, when
    ``seeds`` holds them, of the seed pages (split ``seeds``)."""
    tallies: dict[str, Tally] = {}
    for path in sorted(data.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf8"))
        name = case.get("split", "dev")
        if split and name != split:
            continue
        pred = newsshape.find_quotes(case["text"])
        tallies.setdefault(name, Tally()).add(case["quotes"], pred, path.stem if verbose else "")
    expected = seeds / "expected" if seeds is not None else None
    if expected is not None and expected.is_dir() and not split:
        for path in sorted(expected.glob("*.json")):
            page = expected.parent / (path.stem + ".txt")
            if not page.exists():
                continue
            exp = json.loads(path.read_text(encoding="utf8"))
            article = newsshape.parse(page.read_text(encoding="utf8"))
            takeaways = {qnorm(t["text"]) for t in exp.get("takeaways", ())}
            pred = [q for q in article.quotes if qnorm(q.text) not in takeaways]
            tallies.setdefault("seeds", Tally()).add(exp["quotes"], pred, path.stem if verbose else "")
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "quotes")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and wrong speakers")
    parser.add_argument("--split", default=None, help="only this split (dev, heldout)")
    args = parser.parse_args()

    tallies = score(args.data, args.seeds, args.split, args.verbose)
    total = Tally()
    for name, tally in sorted(tallies.items(), key=lambda item: (item[0] == "seeds", item[0])):
        print(tally.line(name))
        total.merge(tally)
    print(total.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
