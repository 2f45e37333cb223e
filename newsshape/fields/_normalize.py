"""Field processors: every value an extractor returns is cleaned here, once.

Extractors return raw values (strings with stray whitespace, "By" prefixes,
date strings); :func:`build_article` turns them into a consistent
:class:`~newsshape.Article`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date as _date
from typing import Any, cast
from unicodedata import is_normalized

import attrs

from newsshape.fields._blocks import clean_blocks, consistent
from newsshape.fields._comments import clean_comments
from newsshape.fields._dates import parse_date
from newsshape.model import Article, Image, Link, Note, Paragraph, Section, Takeaway
from newsshape.text._lines import clean_line
from newsshape.text._names import clean_authors
from newsshape.text._quotemarks import QUOTE_MARKS_AROUND as _QUOTE_MARKS


def _clean(value: str) -> str:
    """``clean_line(value)``; text that is clean already (block texts
    mostly are) comes back as it is after a test that costs a fraction of
    splitting and joining it. A printable string holds no white space but
    the ASCII space (every other character ``str.split`` splits at, and
    every zero-width one, is unprintable), so it is clean when it has no
    space at either end and no two in a row, and is composed (Unicode
    normalisation form C, which Python tests in C)."""
    return value if _is_clean(value) else clean_line(value)


def _is_clean(value: str) -> bool:
    """A test that ``clean_line(value) == value``, cheaper than cleaning
    (see :func:`_clean`); it may miss a clean text with unprintable
    characters, which is then cleaned the slow way."""
    return (
        value.isprintable()
        and "  " not in value
        and value[:1] != " "
        and value[-1:] != " "
        and (value.isascii() or is_normalized("NFC", value))
    )


def text(value: str | None) -> str | None:
    """Whitespace-normalised text, or ``None`` when nothing is left."""
    if value is None:
        return None
    return _clean(value) or None


def _texts(values: Iterable[str | None]) -> tuple[str, ...]:
    """The :func:`text` of each of ``values`` that has one.

    Block texts are clean already: when no value is ``None`` or empty and
    their join is clean (:func:`_is_clean`), so is each of them (a space at
    either end of one would show as two in a row, or at an end of the
    join), and they come back as they are after one test of the whole run
    instead of one per value."""
    items = tuple(values)
    if None not in items and "" not in items:
        texts = cast("tuple[str, ...]", items)
        joined = " ".join(texts)
        if _is_clean(joined):
            return texts
    out: list[str] = []
    for value in items:
        if value is not None:
            cleaned = _clean(value)
            if cleaned:
                out.append(cleaned)
    return tuple(out)


def unquote(value: str) -> str:
    """Remove quotation marks that wrap the whole of ``value``."""
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] in _QUOTE_MARKS and stripped[-1] in _QUOTE_MARKS:
        return stripped[1:-1].strip()
    return stripped


def author_names(raw: Iterable[str]) -> tuple[str, ...]:
    """Clean and de-duplicate author names (see :mod:`newsshape.text._names`;
    a blog's handle and a newsroom's name an extractor gives are kept)."""
    return clean_authors(raw, handles=True, desks=True)


def date(value: _date | str | None) -> _date | None:
    """A date as precise as its source: a ``date`` or ``datetime`` as it
    is, a date string parsed (:func:`~newsshape.fields._dates.parse_date`:
    a ``date`` for a day alone, a ``datetime`` for a timestamp, its UTC
    offset kept)."""
    if value is None or isinstance(value, _date):
        return value
    return parse_date(value)


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        cleaned = text(item)
        if cleaned and cleaned not in seen:
            seen.add(cleaned)
            out.append(cleaned)
    return tuple(out)


#: The last tuple :func:`clean_sections` returned (held, so no other object can take its identity): the
#: extractor cleans an article's sections for its quotations and hands the same tuple to :func:`build_article`,
#: whose cleaning would then change nothing (clean sections come back as they are).
_last_clean: list[tuple[Section, ...]] = [()]


def clean_sections(sections: Iterable[Section], *, typed: bool = True) -> tuple[Section, ...]:
    """Sections with normalised headings and paragraphs (their blocks'
    texts cleaned alike); those left with neither are dropped. Blocks whose
    texts are not the paragraphs become a paragraph block per paragraph.
    ``typed=False``: no blocks at all (for the body text alone)."""
    last = _last_clean[0]
    if sections is last:
        return last
    out = []
    for s in sections:
        paragraphs = _texts(s.paragraphs)
        heading = text(s.heading)
        if not (paragraphs or heading):
            continue
        if not typed:  # transient sections for the text alone: their blocks are never read
            out.append(Section(heading, paragraphs, ()))
            continue
        blocks = s.blocks if paragraphs is s.paragraphs else clean_blocks(s.blocks, _clean)
        if not consistent(blocks, paragraphs):  # blocks an extractor made that do not match its paragraphs
            blocks = tuple(map(Paragraph, paragraphs))
        out.append(Section(heading, paragraphs, blocks))
    cleaned = tuple(out)
    if typed:
        _last_clean[0] = cleaned
    return cleaned


def _takeaways(items: Iterable[Takeaway]) -> tuple[Takeaway, ...]:
    """Takeaways with text, unquoted, their attributions cleaned."""
    return tuple(Takeaway(unquote(t.text), text(t.attribution)) for t in items if text(t.text))


def _notes(items: Iterable[Note]) -> tuple[Note, ...]:
    """Notes with text, title and text cleaned."""
    return tuple(Note(text(n.title), text(n.text) or "") for n in items if text(n.text))


def _links(items: Iterable[Link]) -> tuple[Link, ...]:
    """Links with a title, title and snippet cleaned (the address as it is)."""
    return tuple(Link(text(r.title) or "", r.url, text(r.snippet)) for r in items if text(r.title))


def _as_is(value: Any) -> Any:
    return value


#: Longest tag or category kept (characters), and most kept: longer texts
#: and further items are no labels but text a rule caught.
_MAX_LABEL = 80
_MAX_LABELS = 100


def _labels(items: Iterable[str]) -> tuple[str, ...]:
    """Tags or categories: cleaned, a leading "#" dropped, each once (case
    ignored, the first spelling kept), none longer than :data:`_MAX_LABEL`."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        label = (text(item) or "").lstrip("#").strip()
        key = label.casefold()
        if label and len(label) <= _MAX_LABEL and key not in seen:
            seen.add(key)
            out.append(label)
            if len(out) == _MAX_LABELS:
                break
    return tuple(out)


def _image(value: Image | None) -> Image | None:
    """A picture with its texts cleaned; ``None`` without an address."""
    if value is None or not value.url:
        return None
    return Image(value.url, text(value.alt), text(value.caption), text(value.credit), value.width, value.height)


def _images(items: Iterable[Image]) -> tuple[Image, ...]:
    """Pictures cleaned, each address once."""
    seen: set[str] = set()
    out: list[Image] = []
    for item in items:
        image = _image(item)
        if image is not None and image.url not in seen:
            seen.add(image.url)
            out.append(image)
    return tuple(out)


#: The processor of each kind of field, by the name an :class:`~newsshape.Article` field's metadata gives
#: (``metadata["clean"]`` in :mod:`newsshape.model`): what turns an extractor's raw value into the field's.
PROCESSORS: dict[str, Callable[[Any], Any]] = {
    "text": text,
    "texts": _texts,
    "unique_texts": _dedupe,
    "authors": author_names,
    "date": date,
    "sections": clean_sections,
    "quotes": tuple,
    "takeaways": _takeaways,
    "notes": _notes,
    "related": _links,
    "as_is": _as_is,
    "labels": _labels,
    "image": _image,
    "images": _images,
    "comments": clean_comments,
}

#: ``(name, processor, default)`` for each field of :class:`~newsshape.Article`, in declaration order.
_FIELDS: tuple[tuple[str, Callable[[Any], Any], Any], ...] = tuple(
    (f.name, PROCESSORS[f.metadata["clean"]], f.default) for f in attrs.fields(Article)
)
_NAMES = frozenset(name for name, _process, _default in _FIELDS)
#: The date fields that have a ``<name>_raw`` field beside them, holding the string the date was read from.
_DATE_FIELDS = tuple(name for name, process, _default in _FIELDS if process is date and f"{name}_raw" in _NAMES)


def build_article(**values: Any) -> Article:
    """Normalise every field and build the article: one keyword per field of
    :class:`~newsshape.Article` (``url=``, ``site=``, ... ``extractor=``),
    each a raw value an extractor returned, run through the processor its
    field declares (:data:`PROCESSORS`). A field left out takes its default."""
    unknown = values.keys() - _NAMES
    if unknown:
        raise TypeError(f"build_article() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
    for name in _DATE_FIELDS:
        if isinstance(values.get(name), str):
            values[f"{name}_raw"] = values[name]  # a date given as a string is its own raw string
    fields: dict[str, Any] = {
        name: process(values[name]) if name in values else default for name, process, default in _FIELDS
    }
    for name in _DATE_FIELDS:
        if fields[name] is None:
            fields[f"{name}_raw"] = None  # no date, no string it came from
    return Article(**fields)
