"""Lines of text: the line-level helpers every step shares.

Cleaning a line (:func:`clean_line`, :func:`composed`), the bullets that open
a list item in a dump (:func:`strip_bullet`), and telling a line of code from
one of text (:func:`is_code`), which the decoder asks too when it tells
markup from a dump."""

from __future__ import annotations

import re
from unicodedata import normalize

# -- how sentences end ----------------------------------------------------------

#: The full stops of a sentence (a colon or a semicolon ends a clause only).
FULL_STOPS = ".!?…"
#: What may stand after a sentence's full stop: closing quotation marks and
#: brackets.
AFTER_STOP = "\"'”’»)]"
#: :data:`FULL_STOPS` of Chinese and Japanese (full-width).
CJK_FULL_STOPS = "。！？"
#: How a line that ends as a sentence or a clause does ends: a full stop, a
#: colon or a semicolon, or a closing mark (:attr:`Block.ends_sentence
#: <newsshape.document.Block.ends_sentence>`: a line so ended is text, not
#: a label or a heading).
SENTENCE_ENDS = frozenset(".!?:;…\"'”’»)")
#: How lines of prose end, and no list of selectors nor a label does: a
#: full stop, or the closing mark after one (the content pass tells a
#: link list's label by it; tuned on the development sets' text dumps).
PROSE_ENDS = frozenset('.!?…"”»)')

#: Characters that open a bulleted line in text dumps.
BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "► ")

# Zero-width characters are not white space to str.split(); they are
# dropped, and so are soft hyphens (U+00AD: the places where a word may be
# hyphenated at the end of a line, "Mit&shy;tel&shy;al&shy;ter", which the
# reader never sees elsewhere).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a zero-width character or a soft hyphen
    (:data:`_INVISIBLE`). Tests of ``in``, not the regular expression: on
    text with no character beyond U+00FF (Latin text with accents or
    no-break spaces), Python answers those beyond at once without reading
    the text."""
    return (
        "\u00ad" in text
        or "\u200b" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    )


def clean_line(line: str) -> str:
    """Collapse whitespace of one line (no-break and other Unicode spaces
    included: ``str.split`` knows them all), drop zero-width characters and
    soft hyphens and compose characters (:func:`composed`)."""
    if not line.isascii():
        if has_invisible(line):
            line = _INVISIBLE.sub("", line)
        line = composed(line)
    return " ".join(line.split())


def composed(text: str) -> str:
    """``text`` in Unicode normalisation form C: an accent typed as a letter
    and a combining mark ("e" + U+0301) becomes the accented letter ("é"),
    so that texts equal to a reader compare equal (and a search for "é"
    finds it). Python checks first, in C, whether there is anything to
    compose: text in form C (most is) comes back as it is."""
    return text if text.isascii() else normalize("NFC", text)


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet; say whether there was one."""
    if not text.startswith(BULLETS):  # most lines: one test in C
        return text, False
    for bullet in BULLETS:
        if text.startswith(bullet) and len(text) > len(bullet):
            return text[len(bullet) :].lstrip(), True
    return text, False


#: Characters that code (scripts, style sheets, JSON) is dense with.
_CODE_CHARS = tuple("{}[]();=<>|\\$:\"'")
#: Opening of a comment in code.
_COMMENT = ("/*", "//", "<!--")
#: Idioms of script and style-sheet code; two of them make a line code
#: whatever else it holds (a consent bar's script carries its message as a
#: string, a style sheet's selectors outnumber its braces).
_SCRIPT_WORDS = (
    "function(", "function (", "document.", "window.", "=>", "&&", "||", "});", "var ", "return ",
    "!important", "px;", "{display:", "{color:", "{margin:", "{background", "@media", ";}", ":#",
)  # fmt: skip


def is_code(text: str) -> bool:
    """Whether a line reads as code rather than text: a dump of a whole
    page carries its scripts and style sheets (``window.x = {...};``,
    ``.nav{display:none}``). A comment, a line shaped as style-sheet rules
    or a block of code (:func:`_css_rule`) or as a list of selectors
    (:func:`_selector_list`); or braces, semicolons or equals signs (two at
    least), and either one code character in fourteen, one in forty with
    hardly a space (minified code runs on without them; prose in scripts
    written without spaces has no code characters at all), or two idioms
    of script or style-sheet code (:data:`_SCRIPT_WORDS`)."""
    if "{" not in text and "}" not in text and ";" not in text and "=" not in text:  # most lines: tests in C
        return text.startswith(_COMMENT) or (text[-1:] not in PROSE_ENDS and "," in text and _selector_list(text))
    if text.startswith(_COMMENT) or _css_rule(text):
        return True
    if text.count("{") + text.count("}") + text.count(";") + text.count("=") < 2:
        return _selector_list(text)
    n, code = len(text), sum(map(text.count, _CODE_CHARS))
    if code * 14 >= n or (code * 40 >= n and n > 25 * (text.count(" ") + 1)):
        return True
    if _selector_list(text):
        return True
    return sum(word in text for word in _SCRIPT_WORDS) >= 2


def _css_rule(text: str) -> bool:
    """Whether a line is shaped as style-sheet rules or a block of code: it
    opens with the brace that closes a block (``}.nav a {color: red}``),
    ends with one that opens a block (``@media (max-width: 991px) {``), or
    holds a declaration (``:``) after an opening brace and ends with a
    closing brace or a semicolon (``.logo { height: 60px; }``, ``a {
    color: #38B7EE;``). Prose has no braces."""
    stripped = text.strip()
    if stripped.startswith("}") or stripped.endswith("{"):
        return True
    brace = stripped.find("{")
    return brace >= 0 and stripped.endswith(("}", ";")) and ":" in stripped[brace:]


#: How selectors follow each other in a style sheet's selector list.
_SELECTOR_JOINS = (",.", ", .", ",#", ", #")


def _selector_list(text: str) -> bool:
    """Whether a line is a style sheet's list of selectors, one class or id
    after a comma every forty characters at least (``table th,.compare-field,
    .info-box h1,``), as a selector list cut over lines by a flattener."""
    return sum(map(text.count, _SELECTOR_JOINS)) * 40 >= len(text)
