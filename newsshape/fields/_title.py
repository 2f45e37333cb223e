"""The headline: the title block the layout found, checked against the
titles the page declares (JSON-LD ``headline``, ``og:title``, ``<title>``)
without their " | Site" parts."""

from __future__ import annotations

import html
import re

from newsshape.document import Page
from newsshape.fields._site import TITLE_SEPARATORS, evidence, jsonld, split_site, squash
from newsshape.text._lines import clean_line

# Thresholds, set by hand on trafilatura-eval's title labels.

#: Words a title block may have and still be a logo, a section's name or a kicker rather than the headline.
_LOGO_WORDS = 4
#: Letters a word needs to count as a content word (shared by a title block and a declared title, or a URL's slug).
_CONTENT_LETTERS = 4
#: Share of the shorter title's words two declared titles must have in common to agree with each other.
_AGREE = 0.5
#: Words a declared title needs to be trimmed to, or an ``h1`` to open a declared title.
_TITLE_MIN_WORDS = 3
#: Words of a name after a separator ("| FASSETTE.NET") that a title block adds to a declared title.
_NAME_WORDS = 3
#: How many times longer than a short title block all declared titles must be for the block to be a logo.
_LOGO_RATIO = 2.5
#: Words an agreed declared title needs to beat a title block sharing no word with it (a quotation as ``h1``).
_AGREED_MIN_WORDS = 4


def _overlap(a: str, b: str) -> float:
    wa, wb = set(squash(w) for w in a.split()), set(squash(w) for w in b.split())
    wa.discard("")
    wb.discard("")
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _content_words(text: str) -> set[str]:
    return {w for w in (squash(x) for x in text.split()) if len(w) >= _CONTENT_LETTERS}


def _shares_words(found: str, declared: list[str]) -> bool:
    """Whether ``found`` has a content word in common with a declared title."""
    return any(_content_words(found) & _content_words(d) for d in declared)


def _confirmed(declared: list[str]) -> str | None:
    """The first declared title another declaration agrees with (a JSON-LD
    ``headline`` can be the site's slogan while ``og:title`` and ``<title>``
    agree on the story's)."""
    for i, d in enumerate(declared):
        if any(j != i and _overlap(d, other) >= _AGREE for j, other in enumerate(declared)):
            return d
    return None


def _trimmed(found: str, declared: list[str]) -> str | None:
    """A declared title (as declared, not cut by a guess) that ``found``
    merely extends: a kicker glued before it ("Open Progress Why ...") or a
    " | Site" part after it."""
    for d in declared:
        if len(d.split()) < _TITLE_MIN_WORDS or found == d:
            continue
        if found.endswith(d) and 0 < len(found[: -len(d)].split()) <= _LOGO_WORDS:
            return d
        rest = found[len(d) :] if found.startswith(d) else ""
        sep = next((sep for sep in TITLE_SEPARATORS if rest.startswith(sep)), "")
        # a name after the separator ("| FASSETTE.NET"), not a subtitle ("- Skandinavien im Wohnmobil")
        if (
            sep
            and 0 < len(rest[len(sep) :].split()) <= _NAME_WORDS
            and all(not w[:1].islower() for w in rest[len(sep) :].split())
        ):
            return d
    return None


def _h1_head(page: Page, raw: list[str]) -> str | None:
    """An ``h1`` that opens a declared title before a separator: the title
    without a site part too long to be recognised as one."""
    for block in page.blocks:
        if block.kind == "heading" and block.level == 1 and len(block.text.split()) >= _TITLE_MIN_WORDS:
            for r in raw:
                rest = r[len(block.text) :] if r.startswith(block.text) else ""
                if any(rest.startswith(sep) for sep in TITLE_SEPARATORS):
                    return block.text
    return None


def title(page: Page) -> str | None:
    """The headline: a title block, else the declared title (JSON-LD
    ``headline`` / og:title / ``<title>``, the one another declaration agrees
    with) without the site's name. A title block yields to the declared title
    when it is the site's name or a logo, when it only adds a kicker or a
    " | Site" part to it, or when it shares no word with titles that agree
    with each other (a quotation set as ``h1``)."""
    meta = page.doc.meta
    raw: list[str] = [h for h in jsonld(page, "headline") if isinstance(h, str) and h.strip()]
    raw += [v for v in (meta.first("og:title", "twitter:title"), meta.title) if v]
    raw = [clean_line(html.unescape(r)) if "&" in r else clean_line(r) for r in raw]
    url = page.doc.url or meta.canonical
    host, _, site_name = evidence(page)
    split = [split_site(r, site_name, host) for r in raw]
    declared = [t for t, _ in split if t]
    site_keys = {squash(p) for _, parts in split for p in parts}
    if site_name:
        site_keys.add(squash(site_name))
    found = page.first("title")
    if not found:
        return (_h1_head(page, raw) if declared else None) or _confirmed(declared) or next(iter(declared), None)
    if not declared:
        return found
    trimmed = _trimmed(found, [r for r, (t, _) in zip(raw, split, strict=True) if r == t])
    if trimmed:
        return trimmed
    best = _confirmed(declared) or declared[0]
    if squash(found) in site_keys:
        return best
    if len(found.split()) <= _LOGO_WORDS:
        # a logo, a section or a kicker: no declared title is about as short
        if not any(_overlap(found, d) > 0 for d in declared):
            return best
        # inside much longer declared titles, not opening one: a logo or a kicker
        opens = any(d.casefold().startswith(found.casefold()) for d in raw + declared)
        return best if not opens and all(len(d) >= _LOGO_RATIO * len(found) for d in declared) else found
    agreed = _confirmed(declared)
    if agreed and len(agreed.split()) >= _AGREED_MIN_WORDS and not _shares_words(found, declared):
        # unless the URL's slug spells the title block rather than the declarations (stale metadata)
        slug = _slug_words(url)
        if len(_content_words(found) & slug) <= len(_content_words(agreed) & slug):
            return agreed
    return found


def _slug_words(url: str | None) -> set[str]:
    """The words of a URL's path ("/2019/is-stadia-good-worth-it-reviews")."""
    if not url or "://" not in url:
        return set()
    path = url.split("://", 1)[1].partition("/")[2].split("?", 1)[0]
    return {w for w in re.split(r"[^a-z0-9]+", path.lower()) if len(w) >= _CONTENT_LETTERS}
