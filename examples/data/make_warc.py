"""Write ``pages.warc.gz``: the pages of ``pages/`` as HTTP responses in a WARC
archive, as a crawler would have saved them, plus the records a crawl also
holds and that newsshape skips (a request, an image, crawl metadata).

The archive is committed; run this (it needs warcio: ``pip install
'newsshape[batch]'``) only to rebuild it. The output is the same on every
run: record ids and dates are fixed.
"""

from __future__ import annotations

import gzip
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent
PAGES = {
    "council-budget.html": "https://courier.example/news/council-budget",
    "library-hours.html.gz": "https://courier.example/news/library-hours",
    "river-festival.txt": "https://courier.example/news/river-festival",
}
DATE = "2024-03-01T12:00:00Z"


def _headers(n: int, uri: str) -> dict[str, str]:
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{uri}#{n}")
    return {"WARC-Date": DATE, "WARC-Record-ID": f"<urn:uuid:{record_id}>"}


def main() -> None:
    """Write the archive next to this script."""
    target = HERE / "pages.warc.gz"
    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        n = 0
        for name, uri in PAGES.items():
            body = (HERE / "pages" / name).read_bytes()
            if name.endswith(".gz"):
                body = gzip.decompress(body)
            ctype = "text/plain; charset=utf-8" if name.endswith(".txt") else "text/html; charset=utf-8"
            request = writer.create_warc_record(
                uri,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "courier.example")], is_http_request=True),
                warc_headers_dict=_headers(n, uri),
            )
            n += 1
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            response = writer.create_warc_record(
                uri, "response", payload=BytesIO(body), http_headers=http, warc_headers_dict=_headers(n, uri)
            )
            n += 1
            writer.write_record(request)
            writer.write_record(response)
        logo = "https://courier.example/logo.png"
        image = writer.create_warc_record(
            logo,
            "response",
            payload=BytesIO(b"\x89PNG\r\n\x1a\n"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1"),
            warc_headers_dict=_headers(n, logo),
        )
        writer.write_record(image)
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
