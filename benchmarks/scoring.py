"""Scores used by :mod:`run`: article bodies, snippets and dates.

Body text is scored the way the public article-extraction benchmark does it:
both texts are cut into word tokens (``\\w+``), a text's *shingles* are its
windows of four consecutive tokens counted as a multiset, and a page's true
positives, false positives and false negatives are the multiset overlap and
the two remainders, as shares of their sum (so a long page weighs no more than
a short one). Precision and recall are averaged over the pages; F1 is the
harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def shingles(text: str | None, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token windows of ``text``; a text shorter
    than one window is one shingle of all its tokens."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_shares(gold: str | None, predicted: str | None) -> tuple[float, float, float]:
    """``(tp, fp, fn)`` of one page, as shares of their sum."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(tp: float, other: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0  # both empty, or identical
    return tp / (tp + other) if tp + other else 0.0


def body_scores(gold: Mapping[str, str], predicted: Mapping[str, str | None]) -> dict[str, float]:
    """F1, precision and recall of ``predicted`` bodies against ``gold``
    (both keyed by page id); a missing prediction counts as empty."""
    shares = [page_shares(gold[k], predicted.get(k)) for k in gold]
    precisions = [_ratio(tp, fp, fp, fn) for tp, fp, fn in shares if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp, fn) for tp, fp, fn in shares if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def page_f1(gold: str | None, predicted: str | None) -> float:
    """F1 of a single page (for listing the worst pages)."""
    tp, fp, fn = page_shares(gold, predicted)
    p = _ratio(tp, fp, fp, fn)
    r = _ratio(tp, fn, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def squash(text: str | None) -> str:
    """White space collapsed, for snippet containment."""
    return _SPACE.sub(" ", text or "").strip()


def snippet_counts(cases: Mapping[str, tuple[list[str], list[str]]], texts: Mapping[str, str | None]) -> dict[str, int]:
    """How many must-have snippets each text contains (``hits`` of
    ``wanted``) and how many must-not-have snippets it contains (``leaks``
    of ``unwanted``)."""
    hits = leaks = wanted = unwanted = 0
    for key, (with_, without) in cases.items():
        text = squash(texts.get(key))
        wanted += len(with_)
        unwanted += len(without)
        hits += sum(1 for s in with_ if squash(s) in text)
        leaks += sum(1 for s in without if squash(s) in text)
    return {"hits": hits, "wanted": wanted, "leaks": leaks, "unwanted": unwanted}
