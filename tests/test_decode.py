"""Decoding page bytes: byte-order mark, the caller's encoding, a declared
charset the bytes satisfy, UTF-8, detection; and input that is no page."""

from __future__ import annotations

import pytest

import newsshape
from newsshape.document import decode
from newsshape.document._decode import decode_source  # only for the speed flag: see test_plain_ascii_...

STORY = {
    "ru": (
        "Городской совет в понедельник утвердил новый бюджет на следующий год. Депутаты почти шесть часов "
        "обсуждали расходы на ремонт дорог, школ и больниц, а мэр сказал журналистам, что денег хватит на все "
        "важные проекты города."
    ),
    "ja": (
        "月曜日、市議会は来年度の新しい予算を承認した。議員たちは道路や学校、病院の修繕費について約六時間議論した。"
        "市長は記者団に対し、重要な事業にはすべて資金が足りると述べた。"
    ),
    "fr": "Le café de la place a rouvert ses portes ce matin, après des travaux qui ont duré près d'un an.",
}


def page(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Nouvelles</title></head><body><article><p>{text}</p></article></body></html>"


@pytest.mark.parametrize(
    ("language", "encoding"),
    [("ru", "windows-1251"), ("ru", "koi8-r"), ("ja", "shift_jis"), ("ja", "euc-jp"), ("ja", "iso-2022-jp")],
)
def test_undeclared_legacy_encodings_are_detected(language: str, encoding: str) -> None:
    data = page(STORY[language]).encode(encoding)
    assert newsshape.parse(data).paragraphs == (STORY[language],)


def test_undeclared_western_bytes_stay_windows_1252() -> None:
    # a handful of bytes beyond ASCII tell no detector anything: the browsers' default
    data = page("It’s “done” © 2024 — café").encode("windows-1252")
    assert decode(data) == page("It’s “done” © 2024 — café")
    assert newsshape.parse(data).paragraphs == ("It’s “done” © 2024 — café",)  # no detector claims it


def test_valid_utf8_wins_over_a_false_declaration() -> None:
    html = page(STORY["fr"], head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    assert newsshape.parse(html.encode("utf-8")).paragraphs == (STORY["fr"],)
    assert newsshape.parse(html.encode("utf-8"), encoding="iso-8859-1").paragraphs == (STORY["fr"],)


def test_a_true_declaration_is_followed() -> None:
    for encoding in ("windows-1251", "koi8-r"):
        data = page(STORY["ru"], head=f'<meta charset="{encoding}">').encode(encoding)
        # the declaration alone decides a page too short for detection
        short = f'<meta charset="{encoding}"><p>Привет</p>'
        assert decode(short.encode(encoding)) == short
        assert newsshape.parse(data).paragraphs == (STORY["ru"],)
    data = page(STORY["fr"], head="<meta charset=latin-1>").encode("windows-1252")
    assert newsshape.parse(data).paragraphs == (STORY["fr"],)


def test_a_declaration_the_bytes_do_not_satisfy_is_ignored() -> None:
    data = page(STORY["ja"], head='<meta charset="shift_jis">').encode("euc-jp")
    assert newsshape.parse(data).paragraphs == (STORY["ja"],)


def test_the_callers_encoding_comes_before_the_pages_declaration() -> None:
    # koi8-r bytes that a wrong declaration calls windows-1251: the HTTP header knows better
    data = page(STORY["ru"], head='<meta charset="windows-1251">').encode("koi8-r")
    assert newsshape.parse(data, encoding="koi8-r").paragraphs == (STORY["ru"],)
    assert newsshape.clean(data, encoding="koi8-r") == STORY["ru"]
    assert newsshape.parse(data, encoding="no-such-charset").paragraphs != (STORY["ru"],)  # unknown: ignored


def test_the_byte_order_mark_comes_first() -> None:
    html = page(STORY["ja"], head='<meta charset="shift_jis">')
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        assert newsshape.parse(bom + html.encode(codec), encoding="koi8-r").paragraphs == (STORY["ja"],)


def test_utf16_without_a_byte_order_mark() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        assert newsshape.parse(page(STORY["fr"]).encode(codec)).paragraphs == (STORY["fr"],)


def test_utf8_with_stray_windows_1252_bytes() -> None:
    # a UTF-8 template with text pasted from Windows: each byte that is not UTF-8 is read as Windows-1252
    text = "Café — it’s open"
    data = page(text, head="<meta charset=utf-8>").encode("utf-8").replace("’".encode(), b"\x92")
    assert decode(data) == page(text, head="<meta charset=utf-8>")
    assert newsshape.parse(data).paragraphs == (text,)  # the parser gets the text, not the bytes
    # undeclared: when UTF-8 characters outnumber the stray bytes four to one
    text = "Café, crème brûlée — «déjà vu»: it’s open"
    data = page(text).encode("utf-8").replace("’".encode(), b"\x92")
    assert decode(data) == page(text)


def test_plain_ascii_goes_to_the_parser_as_it_is() -> None:
    data = page("Plain words.", head="<meta charset=windows-1252>").encode("ascii")
    # White-box on purpose: handing the parser the bytes themselves is a speed shortcut with the same output
    # (test_properties.py checks that bytes and text give the same document), visible only here.
    assert decode_source(data) == (data.decode("ascii"), True)


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "ELF executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(120), "Windows (PE/MZ) executable"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(32), "Mach-O executable"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
        (b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z archive"),
        (bytes(range(256)) * 4, "binary data"),
        (b"https://news.example/2024/story.html", "URL"),
        (b"  www.example.com/page\n", "URL"),
        (b"/home/ann/pages/story.html", "file path"),
        (b"C:\\Users\\Ann\\My pages\\story.html", "file path"),
        (b"story.html", "file path"),
    ],
)
def test_input_that_is_no_page_raises_the_documented_error(data: bytes, looks_like: str) -> None:
    for source in (data, data.decode("latin-1")) if looks_like in ("URL", "file path", "PDF document") else (data,):
        with pytest.raises(newsshape.NotAPageError) as caught:
            newsshape.parse(source)
        assert caught.value.looks_like == looks_like
        assert isinstance(caught.value, newsshape.NewsshapeError) and isinstance(caught.value, ValueError)
        with pytest.raises(newsshape.NotAPageError):
            newsshape.clean(source)


@pytest.mark.parametrize(
    "source",
    [
        "MZ Wallace opens a shop on the square.",  # starts like an executable, is text
        "See https://news.example/story for the rest of the story.",  # a URL in a sentence
        "/r/news is the forum where the story was first posted and read.",  # a path-like start, then words
        "A headline\n\nhttps://news.example/story",  # a URL among other lines
        "\x1b[1mBold\x1b[0m headline from a terminal, with a paragraph of text after it.",  # escapes are text
    ],
)
def test_pages_that_only_resemble_no_page_are_pages(source: str) -> None:
    assert isinstance(newsshape.parse(source), newsshape.Article)
    assert isinstance(newsshape.parse(source.encode("utf-8")), newsshape.Article)


@pytest.mark.parametrize("source", [b"", "", "  \n\t", b"\xef\xbb\xbf", b"\n\n"])
def test_an_empty_page_is_an_empty_article(source: str | bytes) -> None:
    assert newsshape.parse(source) == newsshape.Article(kind="error", kind_evidence=("empty page",))
    assert newsshape.clean(source) == ""
