"""Markdown's inline syntax (:mod:`newsshape.document._markdown` reads the
blocks): links, images, emphasis, code spans and escapes taken out of a
block's text, the links kept.

One pass over the characters; a search for a link's closing bracket or
parenthesis resumes where the last one stopped, so the time is linear in
the length of the text whatever it holds (``[[[[`` without an end).
"""

from __future__ import annotations

from newsshape.text._lines import clean_line

__all__ = ["inline"]

# -- inline syntax --------------------------------------------------------------------

#: Characters a backslash escapes (CommonMark: ASCII punctuation).
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: Characters where inline syntax may start.
_SPECIAL = frozenset("\\`![]<*_~")
#: Longest link text and link destination read, in characters.
_LABEL_MAX = 1000
_URL_MAX = 4000


class _Inline:
    """The plain text, links and link characters of one block's Markdown."""

    __slots__ = ("defs", "found", "link_chars", "links", "out", "s")

    def __init__(self, s: str, defs: dict[str, str]) -> None:
        self.s = s
        self.defs = defs
        self.out: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.link_chars = 0
        # per closing character, the last search: where it started and what it found (-1: none)
        self.found = {"]": (0, -2), ")": (0, -2)}

    def _next(self, char: str, i: int) -> int:
        """The next ``char`` at or after ``i``: the last search's answer when
        it still holds, so that the text is read about once."""
        start, found = self.found[char]
        if start <= i and (found == -1 or found >= i):
            return found
        found = self.s.find(char, i)
        self.found[char] = (i, found)
        return found

    def run(self, start: int = 0, stop: int | None = None) -> None:
        s, out = self.s, self.out
        end = len(s) if stop is None else stop
        i = start
        while i < end:
            c = s[i]
            if c not in _SPECIAL:
                j = i + 1
                while j < end and s[j] not in _SPECIAL:
                    j += 1
                out.append(s[i:j])
                i = j
            elif c == "\\" and i + 1 < end and s[i + 1] in _ESCAPABLE:
                out.append(s[i + 1])
                i += 2
            elif c == "`":
                i = self._code(i, end)
            elif c == "[" or (c == "!" and i + 1 < end and s[i + 1] == "["):
                i = self._link(i, end)
            elif c == "]":
                i = self._link_end(i, end)
            elif c == "<":
                i = self._autolink(i, end)
            elif c in "*_~":
                i = self._emphasis(i, end)
            else:
                out.append(c)
                i += 1

    def _code(self, i: int, end: int) -> int:
        s = self.s
        j = i
        while j < end and s[j] == "`":
            j += 1
        fence = s[i:j]
        k = s.find(fence, j, end)
        if k < 0:
            self.out.append(fence)
            return j
        self.out.append(s[j:k].strip())
        return k + len(fence)

    def _emphasis(self, i: int, end: int) -> int:
        s = self.s
        c = s[i]
        j = i
        while j < end and s[j] == c:
            j += 1
        before = s[i - 1] if i > 0 else " "
        after = s[j] if j < end else " "
        opens, closes = not after.isspace(), not before.isspace()
        literal = (
            not (opens or closes)  # "2 * 3"
            or (c == "_" and before.isalnum() and after.isalnum())  # snake_case
            or (c == "~" and j - i != 2)
        )
        if literal:
            self.out.append(s[i:j])
        return j

    def _link_end(self, i: int, end: int) -> int:
        """``](url)`` with no ``[`` before it in the block: a link around
        several blocks (markdownify writes ``[`` above a teaser's image and
        ``](url)`` after its heading) ends here; the block's text so far is
        its text."""
        url, after = self._destination(i + 1, end) if i + 1 < end and self.s[i + 1] == "(" else ("", -1)
        if after < 0:
            self.out.append("]")
            return i + 1
        text = clean_line("".join(self.out))
        self.links.append((text, url))
        self.link_chars = len(text)
        return after

    def _autolink(self, i: int, end: int) -> int:
        s = self.s
        k = s.find(">", i + 1, min(end, i + _URL_MAX))
        inner = s[i + 1 : k] if k > 0 else ""
        if inner and " " not in inner and ("://" in inner or inner.startswith("mailto:")):
            self.out.append(inner)
            self.links.append((inner, inner))
            self.link_chars += len(inner)
            return k + 1
        self.out.append("<")
        return i + 1

    def _link(self, i: int, end: int) -> int:
        """``[text](url)``, ``[text][ref]``, ``![alt](src)`` and
        ``[![alt](src)](url)`` at ``i``; a ``[`` that opens none is text."""
        s = self.s
        image = s[i] == "!"
        label = i + 2 if image else i + 1
        inner_image = not image and s.startswith("![", label)
        close = self._next("]", label)
        if inner_image:  # the image inside the link: its "]" and its ")" come first
            close = self._next(")", label)
            close = self._next("]", close) if close > 0 else -1
        if close < 0 or close >= end or close - label > _LABEL_MAX:
            self.out.append(s[i : i + (2 if image else 1)])
            return i + (2 if image else 1)
        url, after = self._destination(close + 1, end)
        if after < 0:
            self.out.append(s[i : i + (2 if image else 1)])
            return i + (2 if image else 1)
        if image:
            self.links.append((clean_line(s[label:close]), url))
            return after
        part = _Inline(s[label:close], self.defs)
        part.run()
        text = "".join(part.out)
        self.out.append(text)
        self.links.extend(part.links)
        self.links.append((clean_line(text), url))
        self.link_chars += len(text.strip())
        return after

    def _destination(self, at: int, end: int) -> tuple[str, int]:
        """The URL after a link's ``]`` at ``at`` and where the link ends;
        ``("", -1)`` when no destination follows."""
        s = self.s
        if at < end and s[at] == "(":
            k = self._next(")", at)
            if k < 0 or k >= end:
                return "", -1
            if s.find("(", at + 1, min(k, at + _URL_MAX)) >= 0:  # one pair of brackets in the URL ("Bridge_(Tyne)")
                k2 = self._next(")", k + 1)
                k = k2 if 0 <= k2 < end else k
            target = s[at + 1 : k].strip()
            url = target.split(" ", 1)[0].strip("<>") if target else ""
            return url, k + 1
        if at < end and s[at] == "[":
            k = s.find("]", at, min(end, at + _LABEL_MAX))
            if k < 0:
                return "", -1
            return self.defs.get(s[at + 1 : k].casefold(), ""), k + 1
        return "", -1


def inline(text: str, defs: dict[str, str] | None = None) -> tuple[str, tuple[tuple[str, str], ...], int]:
    """The plain text of one block's Markdown ``text``, its links
    ``(text, URL)`` (images: ``(alt, src)``) and how many of the text's
    characters are link text. ``defs`` resolves reference links."""
    if not any(c in _SPECIAL for c in text):
        return clean_line(text), (), 0
    parsed = _Inline(text, defs or {})
    parsed.run()
    plain = clean_line("".join(parsed.out))
    return plain, tuple(parsed.links), min(parsed.link_chars, len(plain))
