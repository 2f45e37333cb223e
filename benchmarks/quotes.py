#!/usr/bin/env python3
"""Quote precision, recall and speaker accuracy on the annotated passages.

Usage (from the project root)::

    python benchmarks/quotes.py [--seeds DIR] [-v]

Reads ``tests/data/quotes/*.json`` (real news passages annotated by hand,
split into ``dev``, ``heldout1``-``6``, ``dev2`` and ``validation2``) and, when
present, the seed pages with their expected structure (``../shared/seeds``).
Figures are printed per split and, within each split, per language (the
``language`` key; the older files have none and count as ``en`` when their
text reads as English, else ``unknown``).

Matching follows the seed checker: quote texts compare lower-cased without
surrounding marks and a trailing ``,`` or ``.``; optional gold quotes count
neither way; a predicted quote of three words or fewer with no speaker is not
a false positive (a quoted name or term). A speaker is right when the last
word of the gold speaker is a *word* of the predicted one ("Jamie Werner" for
"Werner"), and, when the gold speaker is ``null`` (the passage names no
source), when none is predicted. (Until issue 14 the last word only had to be
a substring of the prediction, so "Li" matched "Cliff", and any prediction
was right for a ``null`` gold speaker: a reader counts both as wrong. On the
annotated passages this changed one verdict, a ``null`` gold speaker.) An
acronym and the name it stands for match either way ("The CDC" and "the
Center for Disease Control"): the annotations write some bodies one way and
some the other.

``-v`` lists the misses, extras and wrong speakers (gold vs predicted) of
``dev2`` only: ``validation2`` is scored as figures, never read quote by quote.
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
_SPEAKER_WORDS = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
#: English function words: an older file (no ``language`` key) whose text has
#: at least this share of them reads as English.
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "in",
        "is",
        "was",
        "said",
        "that",
        "for",
        "on",
        "with",
        "he",
        "she",
        "it",
        "by",
    ]
)
_ENGLISH_SHARE = 0.12
#: The split whose errors ``-v`` lists.
_VERBOSE_SPLIT = "dev2"


def language(case: dict[str, object]) -> str:
    """The passage's language: its ``language`` key, else ``en`` when the text
    reads as English, else ``unknown``."""
    if case.get("language"):
        return str(case["language"])
    words = _WS.split(str(case.get("text", "")).casefold())
    share = sum(w in _ENGLISH for w in words) / max(1, len(words))
    return "en" if share >= _ENGLISH_SHARE else "unknown"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and not w.isupper())


def speaker_right(gold: object, predicted: str | None) -> bool:
    """Whether a predicted speaker matches the gold one (see the module docstring)."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    last = str(gold).split()[-1]
    if last.casefold() in _SPEAKER_WORDS.findall(predicted.casefold()):
        return True
    # an acronym and the name it stands for are one speaker: "The CDC", "the Center for Disease Control"
    said = predicted.split()[-1]
    return (last.isupper() and _initials(predicted) == last) or (said.isupper() and _initials(str(gold)) == said)


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
            if speaker_right(q["speaker"], speaker):
                self.speaker_ok += 1
            elif verbose:
                print(f"  {verbose}: SPEAKER {text[:50]!r}: gold {q['speaker']!r}, predicted {speaker!r}")
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

    def line(self, name: str, width: int = 11) -> str:
        """One line of figures, headed ``name``."""
        f = self.figures()
        return (
            f"{name:<{width}} gold={self.gold:<4} found={self.found:<4} extra={self.fp:<3} "
            f"precision={f['precision']:.3f} recall={f['recall']:.3f} speaker={f['speaker']:.3f}"
        )


def score(
    data: Path,
    seeds: Path | None,
    split: str | None = None,
    verbose: bool = False,
    by_language: dict[str, dict[str, Tally]] | None = None,
) -> dict[str, Tally]:
    """Tallies by split of the annotated passages in ``data`` and, when
    ``seeds`` holds them, of the seed pages (split ``seeds``). With
    ``by_language``, the passages are also tallied there, by split and then
    by language."""
    tallies: dict[str, Tally] = {}
    for path in sorted(data.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf8"))
        name = case.get("split", "dev")
        if split and name != split:
            continue
        pred = newsshape.find_quotes(case["text"])
        shown = path.stem if verbose and name == _VERBOSE_SPLIT else ""
        tallies.setdefault(name, Tally()).add(case["quotes"], pred, shown)
        if by_language is not None:
            by_language.setdefault(name, {}).setdefault(language(case), Tally()).add(case["quotes"], pred)
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
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=f"list misses, extras and wrong speakers of {_VERBOSE_SPLIT}"
    )
    parser.add_argument("--split", default=None, help="only this split (dev, heldout1, dev2, validation2, ...)")
    args = parser.parse_args()

    by_language: dict[str, dict[str, Tally]] = {}
    tallies = score(args.data, args.seeds, args.split, args.verbose, by_language)
    total = Tally()
    languages: dict[str, Tally] = {}
    for name, tally in sorted(tallies.items(), key=lambda item: (item[0] == "seeds", item[0])):
        print(tally.line(name))
        total.merge(tally)
        for lang, part in sorted(by_language.get(name, {}).items(), key=lambda item: (-item[1].gold, item[0])):
            if len(by_language[name]) > 1:
                print("  " + part.line(lang, 8))
            languages.setdefault(lang, Tally()).merge(part)
    print(total.line("all"))
    for lang, part in sorted(languages.items(), key=lambda item: (-item[1].gold, item[0])):
        print("  " + part.line(lang, 8))
    return 0


if __name__ == "__main__":
    sys.exit(main())
