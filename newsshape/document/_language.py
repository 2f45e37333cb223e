"""The language a page declares: a language tag as pages write it
(``lang``, ``content-language``, ``og:locale``, JSON-LD ``inLanguage``)
in its conventional case."""

from __future__ import annotations

import re

#: Longest value read as a language tag (a tag has at most seven subtags of
#: up to eight characters): longer ones are no tag.
_MAX_LANGUAGE_TAG = 60

#: A language tag as pages write it: a language subtag, then subtags of up to
#: eight letters or digits, joined by hyphens or underscores (``en_US`` is
#: og:locale's spelling). Bounded repetition of disjoint pieces: linear.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,6}")


def language_tag(value: str | None) -> str | None:
    """``value`` as a BCP 47 language tag in its conventional case
    (``de-ch`` and ``de_CH`` become ``de-CH``, ``EN`` becomes ``en``, a
    script subtag is capitalised: ``zh-hant-tw`` becomes ``zh-Hant-TW``);
    the first of a list (``DE, AT, CH`` gives ``de``); ``None`` for what is
    no tag (``lang=``, an empty value)."""
    if not value:
        return None
    first = value.split(",", 1)[0].strip()
    if len(first) > _MAX_LANGUAGE_TAG or _LANGUAGE_TAG.fullmatch(first) is None:
        return None
    subtags = first.replace("_", "-").split("-")
    out = [subtags[0].lower()]
    for sub in subtags[1:]:
        if len(sub) == 2 and sub.isalpha():
            out.append(sub.upper())  # a region
        elif len(sub) == 4 and sub.isalpha():
            out.append(sub.capitalize())  # a script
        else:
            out.append(sub.lower())
    return "-".join(out)
