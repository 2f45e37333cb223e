"""Telling input that is no page at all: binary files by their magic number
or their share of control characters, and a lone address or file path
passed where the page itself was expected. Each raises
:class:`~newsshape.errors.NotAPageError` naming what the input looks like,
rather than giving an article made of garbage.

Every test reads a bounded prefix of the input (a few startswith, and one
C-level pass over :data:`SAMPLE` bytes), so pages pay next to nothing.
"""

from __future__ import annotations

import re

from newsshape.document._decode import BOMS, wide_without_bom
from newsshape.errors import NotAPageError

#: Magic numbers of the binary formats most often passed by mistake (what
#: the first bytes are, and what the file then is).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "ELF executable"),
    (b"\xfe\xed\xfa\xce", "Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O universal binary or Java class"),
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x00asm", "WebAssembly module"),
)
#: Bytes read to judge the share of control characters.
SAMPLE = 8192
#: Share of control characters (C0 controls other than tab, line feed,
#: vertical tab, form feed, carriage return and escape, and DEL) above which
#: input is binary data: text, in any ASCII-compatible encoding, has none
#: (escape starts ISO-2022 shifts); binary formats have about one byte in
#: nine and more (NUL padding). UTF-16 and UTF-32 without a byte-order mark
#: are read before this test (see :func:`newsshape.document._decode.decode_source`).
MAX_CONTROL_SHARE = 0.05
#: Shortest input judged by its control characters: a few stray ones in a
#: line of text are no file.
MIN_SAMPLE = 32
_CONTROLS = bytes((*range(0, 9), *range(14, 27), *range(28, 32), 127))
_WIDE_BOMS = tuple(bom for bom, name in BOMS if name != "utf-8")
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROLS.decode("ascii")) + "]")
#: A lone address: one line, no space, a scheme (or ``www.``) first.
_URL = re.compile(r"(?:(?:https?|ftp|file)://|www\.)[^\s<>]+", re.I)
#: A lone file path: one line, no markup, absolute, home-relative,
#: dot-relative, a Windows drive or share, or a bare file name whose
#: extension names a page or archive.
_PATH = re.compile(
    r"(?:[A-Za-z]:[/\\][^<>\n]*|(?:/|~/|\.\.?[/\\]|\\\\)[^\s<>]+"
    r"|[\w.-]+\.(?:html?|xhtml|php|aspx?|jsp|txt|md|gz|warc|json|xml))",
)
#: Longest input that is checked for being a lone address or path.
_MAX_LOCATION = 4096


def check_bytes(data: bytes) -> None:
    """Raise :class:`NotAPageError` if ``data`` is a binary file or a lone
    address or path. Bytes in UTF-16 or UTF-32 are judged by their magic
    number only here, and by :func:`check_text` once decoded."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            if what == "bzip2 archive" and data[3:4] not in b"123456789":
                continue
            raise NotAPageError(what, f"starts with {data[: len(magic)]!r}")
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise NotAPageError({b"WEBP": "WebP image", b"WAVE": "WAV audio"}.get(data[8:12], "AVI video"))
    if data.startswith(b"MZ") and _is_pe(data):
        raise NotAPageError("Windows (PE/MZ) executable", "starts with b'MZ'")
    sample = data[:SAMPLE]
    if b"\x00" in sample and (sample.startswith(_WIDE_BOMS) or wide_without_bom(sample)):
        return  # UTF-16 or UTF-32
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if len(sample) >= MIN_SAMPLE and controls > MAX_CONTROL_SHARE * len(sample):
        raise NotAPageError("binary data", f"{controls} control bytes in the first {len(sample)}")
    if len(data) <= _MAX_LOCATION:
        _check_location(data.decode("utf-8", errors="replace"))


def check_text(text: str) -> None:
    """Raise :class:`NotAPageError` if ``text`` is binary data read as text
    (by its magic number or its share of control characters), or a lone
    address or path."""
    if text.startswith(("%PDF-", "\x7fELF", "\x89PNG", "GIF87a", "GIF89a", "\x1f\x8b", "PK\x03\x04")):
        raise NotAPageError(
            next(what for magic, what in MAGIC if text.startswith(magic.decode("latin-1"))), "starts with its magic"
        )
    sample = text[:SAMPLE]
    controls = len(_CONTROL_CHARS.findall(sample))
    if len(sample) >= MIN_SAMPLE and controls > MAX_CONTROL_SHARE * len(sample):
        raise NotAPageError("binary data", f"{controls} control characters in the first {len(sample)}")
    if len(text) <= _MAX_LOCATION:
        _check_location(text)


def _check_location(text: str) -> None:
    stripped = text.strip()
    if not stripped or "\n" in stripped or "<" in stripped:
        return
    if _URL.fullmatch(stripped):
        raise NotAPageError("URL", "pass the page's content, and its address as url=")
    if _PATH.fullmatch(stripped):
        raise NotAPageError("file path", "pass the file's content, not its name")


def _is_pe(data: bytes) -> bool:
    """Whether ``data``, which starts with ``MZ``, is a DOS or Windows
    executable: the PE header where the DOS header points, or NUL bytes in
    the DOS header (text has none)."""
    if len(data) < 64:
        return False
    offset = int.from_bytes(data[0x3C:0x40], "little")
    return data[offset : offset + 4] == b"PE\x00\x00" or b"\x00" in data[2:64]
