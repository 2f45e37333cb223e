"""Author names: strip "By", dates and job titles; de-duplicate."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsshape._text import clean_line

_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", re.I)


def clean_authors(raw: Iterable[str]) -> tuple[str, ...]:
    """Clean author strings: drop a "By" prefix, split lists of names,
    de-duplicate case-insensitively, keep byline order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in raw:
        value = _BY.sub("", clean_line(item))
        for name in _SPLIT.split(value):
            name = name.strip(" .:-–—")
            key = name.casefold()
            if name and key not in seen and len(name) <= 80:
                seen.add(key)
                out.append(name)
    return tuple(out)
