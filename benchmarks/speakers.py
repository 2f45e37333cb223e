#!/usr/bin/env python3
"""Every speaker newsshape reports on real pages, flagged when its shape is suspicious.

Usage (from the project root)::

    python benchmarks/speakers.py [--sets trafilatura-eval,scrapinghub-dev] [--dump AB.jsonl.gz] [--all]

Parses the pages of the development sets in ``../shared/data`` (or, with ``--dump``, reads the quotes of
an A/B dump written by ``benchmarks/ab.py``, kind ``html``) and prints each distinct speaker of a page
with the flags its shape raises; ``--all`` prints the unflagged ones too. The flags are no verdict (a
role such as "a company spokesperson" starts lower-case and is right): they point a reader at the
speakers to check by hand, for issue 14's target "no reported speaker that is a sentence fragment, a
common noun or a cut-off phrase". The last lines count the speakers flagged, per flag.

Flags:

- ``lower``: starts lower-case with no article or determiner ("a través de un pronunciamiento");
- ``opener``: opens with a function word, an adverb or an auxiliary that starts sentences, not names
  ("Either Okusan", "Afterwards Penny", "Do I", "Por Dios");
- ``cut``: ends with a preposition, an article or a conjunction ("the New Zealand Department of");
- ``long``: more than six words;
- ``marks``: holds a digit, a quotation mark or ends with sentence punctuation ("el corporado.");
- ``pronoun``: an unresolved pronoun ("he", "sie");
- ``unresolved``: an article and a body or document noun alone ("the company", "the letter").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data"


#: Words that open a sentence or a clause, never a speaker's name, in the languages of the news:
#: adverbs, conjunctions, prepositions, auxiliaries and question words. Written from grammar, not
#: from pages.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPENERS = _words(
    "either neither actually sure afterwards afterward then also still yet however meanwhile later earlier now "
    "today "
    "yesterday tomorrow sometimes often always never perhaps maybe indeed instead besides moreover thus "
    "so but and or nor if when while because although though since until unless after before during "
    "in on at for from with by of to into about over under as like than do does did is are was were be "
    "has have had would can could should may might must shall not no yes why how what where which "
    "who whom whose this that these those there here it its his her their our my your we i you he she "
    "they looking information "
    "por para con sin sobre desde hasta pero y o según cuando mientras porque aunque también después "
    "antes ahora hoy ayer además sin embargo así "
    "pour avec sans sur dans depuis mais et ou selon quand alors aussi après avant aujourd'hui hier "
    "für mit ohne auf aus bei nach seit von zu aber und oder wenn als weil auch dann jetzt heute gestern "
    "zudem dabei daher doch "
    "per con senza su da ma e quando anche dopo prima oggi ieri "
    "w z ze na do od dla przez ale i lub gdy także po przed dziś wczoraj "
    "v ve na do od pro ale nebo když také po před dnes včera"
)
#: Words no speaker's phrase ends with (it was cut off).
_CUT = _words(
    "to for of the a an and or with by from in on at as than that about into "
    "de del la le les el los las des du der die das den dem von zu und et y e o di da dei della il "
    "w z na do i"
)
#: Articles and determiners that may open a role or a group ("the spokesman", "la empresa").
_DETERMINERS = _words("the a an one this that el la los las un una le les l' l’ der die das ein eine il lo gli i o os")
#: Pronouns that stand unresolved.
_PRONOUNS = _words("he she they it we i you er sie il elle él ella ele ela lui lei on ona oni")
#: Nouns for a body or a document that a speaker should be resolved from ("the company" -> its name).
_UNRESOLVED = _words(
    "company group firm organization organisation agency letter statement report study ministry department "
    "empresa compañía grupo agencia lettre groupe entreprise société unternehmen konzern firma"
)
_MARKS = re.compile(r"[\d\"“”„«»‘’]|[.!?,;:]$")
_LONG = 6


def flags(speaker: str) -> list[str]:
    """The flags a speaker's shape raises (see the module docstring)."""
    words = speaker.split()
    if not words:
        return ["empty"]
    first, last = words[0].casefold(), words[-1].casefold().rstrip(".,")
    found = []
    if words[0][:1].islower() and first not in _DETERMINERS:
        found.append("lower")
    if first in _OPENERS and first not in _PRONOUNS and len(words) > 1:
        found.append("opener")
    if len(words) > 1 and last in _CUT:
        found.append("cut")
    if len(words) > _LONG:
        found.append("long")
    if _MARKS.search(speaker):
        found.append("marks")
    if len(words) == 1 and first in _PRONOUNS:
        found.append("pronoun")
    if len(words) <= 2 and first in _DETERMINERS and last in _UNRESOLVED:
        found.append("unresolved")
    return found


def _from_dump(path: Path, sets: set[str]) -> Iterator[tuple[str, str, list[dict[str, object]]]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["set"] in sets and rec["kind"] == "html" and "article" in rec:
                yield rec["set"], rec["page"], rec["article"].get("quotes") or []


def _from_pages(data: Path, sets: set[str]) -> Iterator[tuple[str, str, list[dict[str, object]]]]:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))
    from ab import _pages

    import newsshape

    for name in sorted(sets):
        for key, page, url in _pages(name, data / name, 0):
            try:
                article = newsshape.parse(page, url=url)
            except Exception:  # a page that fails is no speaker
                continue
            yield name, key, [{"speaker": q.speaker} for q in article.quotes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="trafilatura-eval,scrapinghub-dev")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--dump", type=Path, default=None, help="read the quotes of this A/B dump")
    parser.add_argument("--all", action="store_true", help="print unflagged speakers too")
    args = parser.parse_args()
    sets = {s.strip() for s in args.sets.split(",") if s.strip()}
    source = _from_dump(args.dump, sets) if args.dump else _from_pages(args.data, sets)
    counts: Counter[str] = Counter()
    pages = speakers = flagged = 0
    for name, key, quotes in source:
        pages += 1
        seen: dict[str, int] = {}
        for q in quotes:
            speaker = q.get("speaker")
            if isinstance(speaker, str):
                seen[speaker] = seen.get(speaker, 0) + 1
        for speaker, n in seen.items():
            speakers += 1
            found = flags(speaker)
            flagged += bool(found)
            counts.update(found)
            if found or args.all:
                print(f"{name[:12]:<12} {key[:16]:<16} {','.join(found) or '-':<14} {n:>2}x {speaker!r}")
    print(f"pages={pages} speakers={speakers} (distinct per page) flagged={flagged}")
    print("  " + ", ".join(f"{flag}={n}" for flag, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
