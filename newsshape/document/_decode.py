"""First step of the pipeline: bytes to text, and telling HTML from a text dump."""

from __future__ import annotations

import codecs
import re

from newsshape.text._lines import is_code

# Bounded patterns only: no nested quantifiers, applied to a bounded prefix.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|br|h[1-6]|ul|li|table|script|style)\b",
    re.I,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes) -> str:
    """Decode page bytes: byte-order mark, then a declared charset, then
    UTF-8, then Windows-1252 (which maps every byte)."""
    return decode_source(data)[0]


def decode_source(data: bytes) -> tuple[str, bool]:
    """:func:`decode`, and whether the text is ``data`` read as UTF-8 with
    nothing changed (no byte-order mark, no replaced byte): then ``data`` is
    the text's UTF-8 encoding, which the HTML parser can take as it is."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), False
    match = _META_CHARSET.search(data[:4096])
    declared = _known(match.group(1).decode("ascii")) if match else None
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode("windows-1252" if declared in ("latin-1", "iso8859-1", "ascii") else declared), False
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    if declared == "utf-8":
        return data.decode("utf-8", errors="replace"), False
    return data.decode("windows-1252", errors="replace"), False


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup rather than a text dump: it has to start
    with a tag, or carry several known tags early on on most of its lines,
    lines of code aside unless they start with a tag (a dump of a whole
    page carries its scripts, whose strings hold tags: ``html = '<div
    class="ad">'``, on a line here and there, or on every line of a run of
    ``document.write('<script ...>')``)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<") and _HTML_SIGNS.match(head) is not None:
        return True
    if head.startswith("<!--") or head.lower().startswith("<?xml"):
        return _HTML_SIGNS.search(head) is not None
    if len(_HTML_SIGNS.findall(head)) < 3:
        return False
    lines = [line for line in head.splitlines() if line.strip()]
    marked = sum(1 for line in lines if "<" in line and (line.lstrip().startswith("<") or not is_code(line)))
    return 2 * marked >= len(lines)
