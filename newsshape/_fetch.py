"""Fetching a page by its address: :func:`fetch`, on the standard library's
:mod:`urllib` (no dependency to install, and all a single GET needs).

:mod:`urllib.request` and :mod:`http.client` (with :mod:`ssl` and
:mod:`email`) are imported on the first fetch, not with ``newsshape``: they
would add a tenth to its import time for programs that never fetch.
"""

from __future__ import annotations

import re
import time
import urllib.parse
import zlib
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import urllib.request
    from http.client import HTTPMessage

import attrs

from newsshape.errors import NewsshapeError

__all__ = ["FetchError", "FetchedPage", "fetch"]

#: The content types newsshape parses: HTML, and text dumps (plain text or
#: Markdown). Any other type (PDF, images, JSON, feeds) is refused.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"})
#: The schemes :func:`fetch` follows, for the first address and redirects.
SCHEMES = frozenset({"http", "https"})
#: Bytes read at a time while the body comes in (the size cap is checked after each).
_CHUNK = 64 * 1024
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


class FetchError(NewsshapeError, OSError):
    """A page could not be fetched: a network error or timeout, an HTTP
    error status, too many redirects, a body over the size cap, or content
    that is not a page (not HTML or text). An :class:`OSError` too."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, content_type: str | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        """The address that failed (after redirects, when the failure came after one)."""
        self.reason = reason
        """What went wrong, in words."""
        self.status = status
        """The HTTP status the server answered with, if it answered."""
        self.content_type = content_type
        """The response's content type, when it was refused for it."""


@attrs.frozen
class FetchedPage:
    """A page :func:`fetch` got: its bytes and what the response said about
    them."""

    url: str
    """The page's final address, after redirects."""

    content: bytes
    """The body, decompressed when the server compressed it."""

    content_type: str
    """The media type, lower case, without parameters ("text/html")."""

    charset: str | None = None
    """The charset the ``Content-Type`` header declared, lower case, or
    ``None``. Pass it on as ``parse(..., encoding=page.charset)``: it
    outranks a charset the page declares in its markup."""

    status: int = 200
    """The HTTP status of the final response."""


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows at most ``limit`` redirects, and only
    to http and https addresses."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit
        max_repeats = limit

        def http_error_302(
            self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
        ) -> Any:
            location = headers.get("Location") or headers.get("URI")
            if location:
                target = urllib.parse.urljoin(req.full_url, location.strip())
                if urllib.parse.urlsplit(target).scheme.lower() not in SCHEMES:
                    raise FetchError(req.full_url, f"redirected to {target!r}, which is not an http or https address")
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return Redirects()


def _check_url(url: str) -> str:
    if not isinstance(url, str):
        raise TypeError(f"fetch() takes an address as str, not {type(url).__name__}")
    url = url.strip()
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in SCHEMES or not urllib.parse.urlsplit(url).netloc:
        raise ValueError(f"cannot fetch {url!r}: only http:// and https:// addresses can be fetched")
    return url


def _read(response: Any, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"the page is {int(declared)} bytes, over the limit of {max_bytes} (max_bytes)")
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding in ("gzip", "x-gzip") else None
    if encoding not in ("identity", "gzip", "x-gzip", ""):
        raise FetchError(url, f"the server sent an unsupported Content-Encoding {encoding!r}")
    body = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, "timed out while reading the page")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            # Decompress no more than the cap allows (plus one byte, to tell).
            chunk = inflate.decompress(chunk, max_bytes + 1 - len(body))
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(url, f"the page is over the limit of {max_bytes} bytes (max_bytes); reading stopped")
    return bytes(body)


def fetch(
    url: str,
    *,
    timeout: float = 30.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
    headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    """Download one page for :func:`newsshape.parse`.

    >>> page = newsshape.fetch("https://example.com/story")  # doctest: +SKIP
    >>> article = newsshape.parse(page.content, url=page.url, encoding=page.charset)  # doctest: +SKIP

    :param url: an ``http://`` or ``https://`` address.
    :param timeout: seconds: the longest wait for the server at any step
        (connecting, each read), and the most the body may take to come in.
    :param max_bytes: the largest body accepted, after decompression;
        reading stops as soon as a page goes over it.
    :param max_redirects: redirects followed at most (to http and https
        addresses only); the final address is :attr:`FetchedPage.url`.
    :param headers: extra request headers (``User-Agent`` defaults to
        ``newsshape/VERSION``).
    :returns: the body, final address, content type and charset.
    :raises ValueError: for an address that is not http or https.
    :raises FetchError: when the page cannot be fetched: network errors,
        timeouts, an HTTP error status, too many redirects, a body over
        ``max_bytes``, or a content type other than HTML or text (a PDF, an
        image, JSON).

    Proxies come from the usual environment variables (``https_proxy``,
    ``no_proxy``).
    """
    import http.client
    import urllib.error
    import urllib.request

    from newsshape import __version__

    url = _check_url(url)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": f"newsshape/{__version__}", **(headers or {})})
    request.add_header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1")
    request.add_header("Accept-Encoding", "gzip")
    opener = urllib.request.build_opener(_redirects(max_redirects))
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            content_type = response.headers.get_content_type()
            if content_type not in PAGE_TYPES:
                raise FetchError(
                    final,
                    f"not a web page (Content-Type: {content_type}); newsshape reads HTML and text",
                    status=response.status,
                    content_type=content_type,
                )
            content = _read(response, final, max_bytes, deadline)
            charset = response.headers.get_content_charset()
            return FetchedPage(final, content, content_type, charset, response.status)
    except urllib.error.HTTPError as exc:
        reason = f"HTTP {exc.code} {http.client.responses.get(exc.code, '')}".rstrip()
        if 300 <= exc.code < 400:
            moved = exc.headers is not None and ("Location" in exc.headers or "URI" in exc.headers)
            reason += (
                f": more than {max_redirects} redirects (max_redirects)" if moved else ": a redirect with no address"
            )
        raise FetchError(exc.geturl() or url, reason, status=exc.code) from None
    except urllib.error.URLError as exc:
        why = exc.reason
        if isinstance(why, FetchError):
            raise why from None
        text = "timed out" if isinstance(why, TimeoutError) else str(why)
        raise FetchError(url, text) from None
    except TimeoutError:
        raise FetchError(url, "timed out") from None
    except (http.client.HTTPException, zlib.error, ConnectionError) as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
