"""First step of the pipeline: bytes to text, and telling HTML from a text dump.

Bytes are read as browsers read them, with one more step before guessing:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the encoding the caller was given (an HTTP ``Content-Type`` charset);
3. the charset the page declares (``<meta charset>``, ``<meta
   http-equiv="Content-Type">``, an XML declaration), read with the WHATWG
   aliases (``iso-8859-1`` and ``ascii`` are Windows-1252, ``shift_jis`` is
   Windows-31J, ``gb2312`` is GB18030, ...);
4. UTF-8;
5. detection (:mod:`charset_normalizer`) on a bounded sample of the page's
   text, only for bytes that are not UTF-8 and declare nothing usable.

A declaration (2 or 3) counts only when the bytes satisfy it, and valid
UTF-8 that is not plain ASCII wins over a declared single-byte or legacy
charset: such bytes are all but never text in another encoding, while
servers and templates declare ISO-8859-1 by default.
"""

from __future__ import annotations

import codecs
import re

from newsshape.text._lines import is_code

# Bounded patterns only: no nested quantifiers, applied to a bounded prefix.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
#: How many bytes at the start are searched for a declared charset.
DECLARATION_SPAN = 4096
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|br|h[1-6]|ul|li|table|script|style)\b",
    re.I,
)
#: The tags an HTML page (or a fragment of one) may start with; a page
#: starts with one of them, after white space, entities and punctuation.
_START_SIGNS = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|link|base|div|p|pre|article|section|main|header|nav|span|a|font|center"
    r"|br|hr|h[1-6]|ul|ol|li|dl|table|tr|td|form|frameset|noscript|script|style)\b",
    re.I,
)
#: What a page may carry before its first tag: white space, entities
#: (``&nbsp;``) and punctuation, no word.
_LEADING_JUNK = re.compile(r"(?:&#?[A-Za-z0-9]{1,10};|[^\w<])+")
#: A document tag opening a line: the page is HTML whatever comes before it
#: (a server's warning, stray text). ``<!DOCTYPE`` however broken.
_DOCUMENT_TAG = re.compile(r"^[ \t]*<(?:!doctype|html\b|head\b|body\b)", re.I | re.M)
#: Byte-order marks and the encodings they start.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Declared names read as the encoding browsers use for them (the WHATWG
#: Encoding Standard's labels; Python's name on the left): each is a
#: superset of the declared one, and what servers really send under it.
_WHATWG = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
#: Declarations that are never honoured: UTF-16 and UTF-32 in a page that
#: could be read far enough to find the declaration are not UTF-16 (browsers
#: read them as UTF-8), UTF-7 is a known attack vector.
_IGNORED = frozenset(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-7"))
#: Bytes that are not UTF-8 in a page otherwise in UTF-8 are read as
#: Windows-1252 when the page holds this many times more multi-byte UTF-8
#: characters than broken sequences (legacy multi-byte encodings such as
#: Shift_JIS form some valid UTF-8 by chance, far fewer than they break).
MIXED_RATIO = 4
#: Bytes of the page's text given to the detector: enough for a reliable
#: guess on any language, bounded so a large page costs no more than a small
#: one.
DETECT_SAMPLE = 16384
#: Bytes of the page searched for that text.
DETECT_SPAN = 1 << 20
#: The encodings detection may choose (Python's names, as the detector gives
#: them): legacy encodings of non-Latin scripts that the WHATWG Encoding
#: Standard lists (Cyrillic, Greek, Hebrew, Arabic, Thai, Chinese, Japanese,
#: Korean). For Latin-script text a detector tells Windows-1252 from Mac
#: Roman, DOS or Central European code pages by a handful of bytes and
#: often errs (tuned on cleaneval-dev, whose English pages carry curly
#: quotes and copyright signs in Windows-1252): such pages keep
#: Windows-1252, the browsers' default.
DETECTABLE = frozenset((
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255", "iso8859_8",
    "cp1256", "iso8859_6", "cp874", "tis_620", "iso8859_11", "gb18030", "gb2312", "gbk", "big5", "big5hkscs",
    "cp950", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932",
    "euc_kr", "cp949", "iso2022_jp", "iso2022_kr",
))  # fmt: skip


def _known(name: str) -> str | None:
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return _WHATWG.get(found, found)


def declared_encoding(data: bytes) -> str | None:
    """The charset ``data`` declares in its first :data:`DECLARATION_SPAN`
    bytes (``<meta charset>``, ``<meta http-equiv>``, ``<?xml encoding>``),
    as a Python codec name, if it is a known one."""
    head = data[:DECLARATION_SPAN]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _known(match.group(1).decode("ascii")) if match else None


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes (see the module's docstring for the order of the
    steps); ``encoding`` is a charset the caller was given, as an HTTP
    ``Content-Type`` header's."""
    return decode_source(data, encoding)[0]


def decode_source(data: bytes, encoding: str | None = None) -> tuple[str, bool]:
    """:func:`decode`, and whether the text is ``data`` read as UTF-8 with
    nothing changed (no byte-order mark, no replaced byte): then ``data`` is
    the text's UTF-8 encoding, which the HTML parser can take as it is."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), False
    if b"\x00" in data[:256]:
        wide = wide_without_bom(data)
        if wide:
            return data.decode(wide, errors="replace"), False
    utf8_declared = False
    for chosen in (_known(encoding) if encoding else None, declared_encoding(data)):
        if chosen is None or chosen in _IGNORED:
            continue
        if chosen == "utf-8":
            try:
                return data.decode("utf-8"), True
            except UnicodeDecodeError:
                utf8_declared = True
                continue
        if data.isascii():  # an ASCII-compatible charset reads ASCII the same
            return data.decode("ascii"), True
        try:
            return data.decode("utf-8"), True  # valid UTF-8 beyond ASCII wins over the declaration
        except UnicodeDecodeError:
            pass
        try:
            return data.decode(chosen), False
        except (UnicodeDecodeError, LookupError):
            pass  # a declaration the bytes do not satisfy: guess
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x1b$" in data and b"\x1b(" in data:  # ISO-2022-JP: 7-bit, so valid UTF-8
            try:
                return data.decode("iso2022_jp"), False
            except UnicodeDecodeError:
                pass
        return text, True
    multibyte = len(_MULTIBYTE.findall(data))
    if multibyte and (utf8_declared or multibyte >= MIXED_RATIO * data.decode("utf-8", "replace").count("\ufffd")):
        return data.decode("utf-8", errors=_MIXED), False  # UTF-8 with stray bytes of another encoding
    return data.decode(detect(data) or "cp1252", errors="replace"), False


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: the bytes that are not UTF-8 read as
    Windows-1252, as pages that mix the two (a UTF-8 template, text pasted
    from Windows) are meant."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    if bad[:1] in (b"\xc2", b"\xc3"):  # a UTF-8 character cut short (Â and Ã are rare in Windows-1252 text)
        return "\ufffd", error.end
    return bad.decode("cp1252", errors="replace"), error.end


#: The error handler that reads stray bytes in UTF-8 as Windows-1252.
_MIXED = "newsshape-cp1252"
codecs.register_error(_MIXED, _cp1252_fallback)
#: A multi-byte UTF-8 sequence (a lead byte and its continuation bytes).
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def wide_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for ASCII text in UTF-16 without
    a byte-order mark (a NUL byte beside nearly every character), else
    ``None``."""
    sample = data[:512]
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.9 * half and even <= 0.1 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.1 * half:
        return "utf-16-be"
    return None


def detect(data: bytes) -> str | None:
    """The encoding :mod:`charset_normalizer` finds for the page's text
    (runs of bytes between tags holding bytes beyond ASCII, at most
    :data:`DETECT_SAMPLE` of them, from the first :data:`DETECT_SPAN`
    bytes), or ``None`` when the sample is too small to tell
    (:data:`MIN_DETECT_BYTES`), the detector finds nothing, or an encoding
    outside :data:`DETECTABLE`: the caller then keeps Windows-1252, the
    browsers' default."""
    sample = _text_sample(data)
    high = len(sample) - len(sample.translate(None, _HIGH))
    latin = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high < MIN_DETECT_BYTES or high < MIN_SCRIPT_SHARE * (high + latin):
        return None
    if len(set(sample.translate(None, _NOT_HIGH))) < MIN_DISTINCT_BYTES:
        return None
    from charset_normalizer import from_bytes  # imported on first need: most pages never ask

    results = from_bytes(sample)
    best = results.best()
    if best is None:
        return None
    found: str = best.encoding
    return _WHATWG.get(found, found) if found in DETECTABLE else None


#: Bytes beyond ASCII (deleted from a sample to count them).
_HIGH = bytes(range(128, 256))
_NOT_HIGH = bytes(range(128))
#: Fewest distinct bytes beyond ASCII in the sample for a guess: a script's
#: text uses dozens (a sentence of Russian or Japanese twenty and more),
#: a page of repeated signs (``§§§``, ``»``) a few, which a detector
#: misreads (cleaneval-dev).
MIN_DISTINCT_BYTES = 12
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
#: Fewest bytes beyond ASCII in the sample for a guess.
MIN_DETECT_BYTES = 48
#: Least share of bytes beyond ASCII among the sample's letters (ASCII
#: letters and bytes beyond ASCII) for a guess: text in a non-Latin script
#: is made of them (nine in ten and more, a little less with Latin words
#: mixed in), text in a Western language has a few (accents, curly quotes,
#: a copyright sign: a few in a hundred), which detectors misread as
#: Cyrillic or Japanese (tuned on cleaneval-dev, whose English pages carry
#: such bytes in Windows-1252).
MIN_SCRIPT_SHARE = 0.3


def _text_sample(data: bytes) -> bytes:
    """Runs of text between tags that hold bytes beyond ASCII (the ones
    that tell encodings apart), joined by spaces, up to
    :data:`DETECT_SAMPLE` bytes; the page's start when it has no tags."""
    pieces: list[bytes] = []
    size = 0
    for piece in data[:DETECT_SPAN].split(b"<"):
        text = piece.partition(b">")[2] if b">" in piece else piece
        if text and not text.isascii():
            pieces.append(text.strip())
            size += len(text)
            if size >= DETECT_SAMPLE:
                break
    sample = b" ".join(pieces) if pieces else data
    if len(sample) <= DETECT_SAMPLE:
        return sample
    cut = sample.rfind(b" ", 0, DETECT_SAMPLE)  # not inside a multi-byte character
    return sample[: cut if cut > DETECT_SAMPLE // 2 else DETECT_SAMPLE]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup rather than a text dump: it has to start
    with a tag (after any white space, entities or punctuation: a stray
    ``&nbsp;``), open a line with a document tag (``<!DOCTYPE``, even a
    broken one, ``<html>``, ``<head>``, ``<body>``) early on, whatever
    stray text comes before, or carry several known tags early on on most
    of its lines, lines of code aside unless they start with a tag (a dump
    of a whole page carries its scripts, whose strings hold tags: ``html =
    '<div class="ad">'``, on a line here and there, or on every line of a
    run of ``document.write('<script ...>')``)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    start = _LEADING_JUNK.match(head)
    opening = head[start.end() :] if start is not None else head
    if opening.startswith("<") and _START_SIGNS.match(opening) is not None:
        return True
    if _DOCUMENT_TAG.search(head) is not None:
        return True
    if head.startswith("<!--") or head.lower().startswith("<?xml"):
        return _HTML_SIGNS.search(head) is not None
    if len(_HTML_SIGNS.findall(head)) < 3:
        return False
    lines = [line for line in head.splitlines() if line.strip()]
    marked = sum(1 for line in lines if "<" in line and (line.lstrip().startswith("<") or not is_code(line)))
    return 2 * marked >= len(lines)
