"""``newsshape.fetch`` and ``newsshape parse URL`` against a local HTTP
server the tests start (127.0.0.1, a free port): nothing here touches the
network."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Iterator

import pytest

import newsshape
from newsshape import FetchedPage, FetchError, fetch
from newsshape.cli import main

STORY = (
    "<html><head><title>Bridge reopens - The Courier</title></head><body><h1>Bridge reopens</h1>"
    "<p>The old bridge over the river opened again on Monday after a year of repairs to its arches.</p>"
    "</body></html>"
)
#: Cyrillic in windows-1251, with no charset in the markup: only the header says it.
RUSSIAN = "<html><body><h1>Мост открыт</h1><p>Старый мост снова открыт после года ремонта.</p></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send(
        self, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/story":
            self.send(STORY.encode())
        elif path == "/moved":
            self.redirect("/story")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect(f"/hop/{left - 1}" if left > 0 else "/story")
        elif path == "/loop":
            self.redirect("/loop")
        elif path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/big":
            self.send(b"<p>" + b"x" * 5000 + b"</p>")
        elif path == "/big-unannounced":
            # No Content-Length: the cap must stop the reading itself.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"x" * 1000 + b"</p>")
        elif path == "/gzip-bomb":
            self.send(gzip.compress(b" " * 1_000_000), Content_Encoding="gzip")
        elif path == "/gzip":
            self.send(gzip.compress(STORY.encode()), Content_Encoding="gzip")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(STORY.encode())
        elif path == "/pdf":
            self.send(b"%PDF-1.7 ...", "application/pdf")
        elif path == "/text":
            self.send(
                b"The Courier\nBridge reopens\n\nThe old bridge opened again on Monday after repairs.", "text/plain"
            )
        elif path == "/russian":
            self.send(RUSSIAN.encode("windows-1251"), "text/html; charset=Windows-1251")
        elif path == "/agent":
            self.send(f"<p>{self.headers['User-Agent']}</p>".encode())
        else:
            self.send(b"<h1>Not found</h1>", status=404)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (timeout, size cap) leaves a broken pipe: not worth a traceback.
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment would send the local requests elsewhere.
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_fetch_a_page(server: str) -> None:
    page = fetch(server + "/story")
    assert page == FetchedPage(server + "/story", STORY.encode(), "text/html", "utf-8", 200)
    assert newsshape.parse(page.content, url=page.url).title == "Bridge reopens"


def test_redirects_are_followed_and_the_final_address_kept(server: str) -> None:
    assert fetch(server + "/moved").url == server + "/story"
    assert fetch(server + "/hop/2", max_redirects=3).url == server + "/story"
    with pytest.raises(FetchError, match="HTTP 302") as too_many:
        fetch(server + "/hop/5", max_redirects=3)
    assert too_many.value.status == 302
    with pytest.raises(FetchError, match="HTTP 302"):
        fetch(server + "/loop")


def test_redirects_go_to_http_and_https_only(server: str) -> None:
    with pytest.raises(FetchError, match="redirected to 'file:///etc/passwd', which is not an http or https address"):
        fetch(server + "/to-file")


def test_size_cap(server: str) -> None:
    with pytest.raises(FetchError, match=r"5007 bytes, over the limit of 1000 \(max_bytes\)"):
        fetch(server + "/big", max_bytes=1000)
    with pytest.raises(FetchError, match=r"over the limit of 1000 bytes \(max_bytes\); reading stopped"):
        fetch(server + "/big-unannounced", max_bytes=1000)
    with pytest.raises(FetchError, match="over the limit of 10000 bytes"):
        fetch(server + "/gzip-bomb", max_bytes=10_000)  # the cap counts decompressed bytes
    assert len(fetch(server + "/big-unannounced", max_bytes=100_000).content) == 50 * 1007


def test_compressed_pages_are_decompressed(server: str) -> None:
    assert fetch(server + "/gzip").content == STORY.encode()


def test_timeout(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(server + "/slow", timeout=0.3)
    assert time.monotonic() - start < 1.2


def test_content_that_is_not_a_page_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match=r"not a web page \(Content-Type: application/pdf\)") as refused:
        fetch(server + "/pdf")
    assert (refused.value.content_type, refused.value.status) == ("application/pdf", 200)
    assert fetch(server + "/text").content_type == "text/plain"  # text dumps are pages


def test_fetch_errors_are_newsshape_errors_and_os_errors(server: str) -> None:
    with pytest.raises(newsshape.NewsshapeError):
        fetch(server + "/nothing")
    with pytest.raises(OSError):
        fetch(server + "/nothing")


def test_http_errors(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404 Not Found") as missing:
        fetch(server + "/nothing")
    assert missing.value.status == 404 and missing.value.url == server + "/nothing"


def test_connection_refused() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=f"http://127.0.0.1:{port}/: "):
        fetch(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/a.html", "javascript:alert(1)", "example.com/a", "https://", ""]
)
def test_only_http_and_https_addresses(url: str) -> None:
    with pytest.raises(ValueError, match="only http:// and https:// addresses can be fetched"):
        fetch(url)


def test_the_charset_of_the_response_is_passed_on(server: str) -> None:
    page = fetch(server + "/russian")
    assert page.charset == "windows-1251"
    assert page.content.decode(page.charset) == RUSSIAN
    assert newsshape.parse(page.content, encoding=page.charset).title == "Мост открыт"


def test_the_command_line_decodes_with_the_response_charset(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", server + "/russian", "--format", "text", "--compact"]) == 0
    assert capsys.readouterr().out == "Мост открыт\nСтарый мост снова открыт после года ремонта.\n"


def test_user_agent(server: str) -> None:
    assert f"newsshape/{newsshape.__version__}" in fetch(server + "/agent").content.decode()
    assert b"my-crawler" in fetch(server + "/agent", headers={"User-Agent": "my-crawler"}).content


# -- the command line ----------------------------------------------------------------


def test_parse_a_url(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", server + "/moved", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Bridge reopens\n\n")
    assert main(["parse", server + "/moved", "--compact"]) == 0
    assert '"url": "' + server + '/story"' in capsys.readouterr().out  # the final address
    assert main(["parse", server + "/moved", "--compact", "--url", "https://c.example/b"]) == 0
    assert '"url": "https://c.example/b"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/pdf", "not a web page (Content-Type: application/pdf); newsshape reads HTML and text"),
        ("/nothing", "HTTP 404 Not Found"),
    ],
)
def test_parse_a_url_that_fails(server: str, capsys: pytest.CaptureFixture[str], path: str, message: str) -> None:
    assert main(["parse", server + path]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"newsshape: error: cannot fetch {server}{path}: {message}\n"


def test_parse_timeout_option(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", server + "/slow", "--timeout", "0.3"]) == 2
    assert capsys.readouterr().err == f"newsshape: error: cannot fetch {server}/slow: timed out\n"
    assert main(["parse", server + "/story", "--timeout", "0"]) == 2
    assert "--timeout must be more than 0 seconds" in capsys.readouterr().err


def test_parse_refuses_other_schemes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "ftp://example.com/a.html"]) == 2
    assert capsys.readouterr().err == (
        "newsshape: error: cannot fetch 'ftp://example.com/a.html': "
        "only http:// and https:// addresses can be fetched\n"
    )
