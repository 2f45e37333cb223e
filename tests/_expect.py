"""Field-by-field comparison of an Article with a hand-written expectation.

The expectation files follow the seeds' format (``tests/seeds/*.json``) and
its comparison rules:

- strings compare after whitespace normalisation (every run of Unicode
  whitespace, no-break space included, is one space; ends stripped);
- ``sections``: headings and paragraphs in reading order, list bullets removed;
  a section headed "Summary" is the summary, not body;
- ``takeaways``: text without surrounding quote marks, plus attribution;
- ``quotes``: every non-optional expected quote is found (text compared without
  surrounding marks and a trailing comma or stop, case-insensitively) with a
  speaker containing the expected speaker's last word; no unexpected quote
  with a speaker or of more than three words;
- ``related``: titles in order; a ``snippet`` of ``null`` accepts anything; a
  ``url`` key (HTML fixtures) must match;
- ``boilerplate``: none of the strings appears in the body text, and each is
  reported in ``Article.boilerplate``;
- ``published``: ISO date ``YYYY-MM-DD`` or ``null``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import newsshape

_WS = re.compile(r"\s+")
_BULLET = re.compile(r"^[\-–•*]\s+")

#: Every field the comparator checks, in report order.
FIELDS = (
    "template",
    "site",
    "title",
    "subtitle",
    "summary",
    "authors",
    "published",
    "dateline",
    "sections",
    "takeaways",
    "highlights",
    "notes",
    "related",
    "quotes",
    "boilerplate",
)


def norm(value: Any) -> str | None:
    """Whitespace-normalised string, or ``None``."""
    if value is None:
        return None
    return _WS.sub(" ", str(value)).strip()


def qnorm(value: Any) -> str:
    """A quotation's text as compared: marks, trailing comma or stop dropped."""
    s = (norm(value) or "").strip("\"'“”‘’ ")
    return s.rstrip(",.").strip().lower()


def page_source(path: Path) -> str | bytes:
    """Text dumps as ``str``; HTML as ``bytes`` (the decoder's job)."""
    return path.read_bytes() if path.suffix == ".html" else path.read_bytes().decode("utf8")


def _sections(article: newsshape.Article) -> list[tuple[str | None, list[str]]]:
    return [
        (norm(s.heading), [_BULLET.sub("", norm(p) or "") for p in s.paragraphs])
        for s in article.sections
        if norm(s.heading) != "Summary"
    ]


def _quotes(article: newsshape.Article, exp: dict[str, Any]) -> str | None:
    gold = {qnorm(q["text"]): q for q in exp["quotes"]}
    takeaways = {qnorm(t["text"]) for t in exp["takeaways"]}
    found: dict[str, str | None] = {}
    for q in article.quotes:
        found.setdefault(qnorm(q.text), q.speaker)
    problems = []
    for text, q in gold.items():
        if q.get("optional"):
            continue
        if text not in found:
            problems.append(f"missing {text!r}")
            continue
        last = q["speaker"].split()[-1].lower() if q["speaker"] else None
        speaker = found[text]
        if last is not None and not (speaker and last in speaker.lower()):
            problems.append(f"{text!r}: speaker {speaker!r}, expected {q['speaker']!r}")
    for text, speaker in found.items():
        if text in gold or text in takeaways or (len(text.split()) <= 3 and not speaker):
            continue
        problems.append(f"unexpected {text!r} ({speaker!r})")
    return "; ".join(problems) or None


def compare(article: newsshape.Article, exp: dict[str, Any]) -> dict[str, str]:
    """Return ``{field: what is wrong}`` for every field that differs from
    the expectation (an empty dict when all match)."""
    bad: dict[str, str] = {}

    def check(field: str, got: Any, want: Any) -> None:
        if got != want:
            bad[field] = f"got {got!r}, expected {want!r}"

    check("template", article.extractor, exp["template"])
    for field in ("site", "title", "subtitle", "summary", "dateline"):
        check(field, norm(getattr(article, field)), norm(exp[field]))
    check("authors", sorted(norm(a) for a in article.authors), sorted(norm(a) for a in exp["authors"]))
    check("published", article.published.isoformat()[:10] if article.published else None, exp["published"])
    want_sections = [
        (norm(s["heading"]), [_BULLET.sub("", norm(p) or "") for p in s["paragraphs"]]) for s in exp["sections"]
    ]
    check("sections", _sections(article), want_sections)
    check(
        "takeaways",
        [((norm(t.text) or "").strip('"“” '), norm(t.attribution)) for t in article.takeaways],
        [(norm(t["text"]), norm(t["attribution"])) for t in exp["takeaways"]],
    )
    check(
        "highlights", [_BULLET.sub("", norm(h) or "") for h in article.highlights], [norm(h) for h in exp["highlights"]]
    )
    check(
        "notes",
        [(norm(n.title), norm(n.text)) for n in article.notes],
        [(norm(n["title"]), norm(n["text"])) for n in exp["notes"]],
    )
    got_related = [
        (norm(r.title), norm(r.snippet) if g.get("snippet") is not None else None, r.url if "url" in g else None)
        for r, g in zip(article.related, exp["related"], strict=False)
    ]
    want_related = [(norm(g["title"]), norm(g.get("snippet")), g.get("url")) for g in exp["related"]]
    if len(article.related) != len(exp["related"]) or got_related != want_related:
        bad["related"] = f"got {[(r.title, r.snippet, r.url) for r in article.related]!r}, expected {want_related!r}"
    problem = _quotes(article, exp)
    if problem:
        bad["quotes"] = problem
    body = norm(article.text) or ""
    reported = [norm(b) or "" for b in article.boilerplate]
    leaked = [b for b in exp["boilerplate"] if (norm(b) or "") in body]
    unreported = [b for b in exp["boilerplate"] if not any((norm(b) or "") in r for r in reported)]
    if leaked or unreported:
        bad["boilerplate"] = f"in body: {leaked!r}; not reported: {unreported!r}"
    return bad


def cases(directory: Path) -> list[tuple[Path, Path]]:
    """``(page, expectation)`` pairs of a fixture directory: ``NAME.txt`` with
    ``NAME.json``, ``NAME.html`` with ``NAME.html.json``."""
    out = []
    for exp in sorted(directory.glob("*.json")):
        name = exp.name[: -len(".json")]
        page = directory / (name if name.endswith(".html") else name + ".txt")
        if page.exists():
            out.append((page, exp))
    return out
