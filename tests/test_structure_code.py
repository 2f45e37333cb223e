"""Code blocks keep their source as written (:attr:`Code.source
<newsshape.Code.source>`): line breaks and indentation, from a ``<pre>``
element and from a Markdown code fence, through the renderers and JSON.

Every page here is hand-written for the markup it exercises."""

from __future__ import annotations

import json

import newsshape
from newsshape.document import Page, to_document
from newsshape.extractors.base import Extractor
from newsshape.model import Article, Code, Section, Table, block_texts

URL = "https://news.example.com/2024/python-tips"
P1 = "The new release of the language makes small functions easier to read, and here is how one looks now."
P3 = "The maintainers say the change breaks no older code, and the release notes list every detail of it."

#: A Python function as a page prints it in ``<pre>``: indentation, a blank
#: line inside, white space at a line's end and a blank line after it.
PRE = (
    "<pre><code>def clamp(x, low, high):\n    if x &lt; low:\n        return low   \n\n"
    "    return min(x, high)\n\n</code></pre>"
)
SOURCE = "def clamp(x, low, high):\n    if x < low:\n        return low\n\n    return min(x, high)"
TEXT = "def clamp(x, low, high): if x < low: return low return min(x, high)"


def _article(body: str) -> Article:
    html = f"<html><body><article><h1>Small functions read better</h1><p>{P1}</p>{body}<p>{P3}</p></article>"
    article = newsshape.parse(html + "</body></html>", url=URL)
    for section in article.sections:
        assert block_texts(section.blocks) == section.paragraphs
    return article


def _code(article: Article) -> Code:
    (code,) = [b for s in article.sections for b in s.blocks if isinstance(b, Code)]
    return code


def test_pre_keeps_its_lines_and_indentation() -> None:
    article = _article(PRE)
    assert _code(article) == Code(TEXT, SOURCE)
    assert TEXT in article.sections[0].paragraphs  # the paragraph is the collapsed text, as before
    assert article.text == f"{P1}\n\n{TEXT}\n\n{P3}"  # the body text is unchanged


def test_pre_without_code_element_and_with_tabs() -> None:
    code = _code(_article("<pre>\nname:\n\tvalue: 1\n\tother: 2\n</pre>"))
    assert code == Code("name: value: 1 other: 2", "name:\n\tvalue: 1\n\tother: 2")


def test_renderers_show_the_source() -> None:
    article = _article(PRE)
    assert f"```\n{SOURCE}\n```" in article.to_markdown()
    html = article.to_html()
    assert "<pre><code>def clamp(x, low, high):\n    if x &lt; low:\n        return low\n\n" in html
    assert f"\n\n{SOURCE}\n\n" in article.to_text()


def test_json_round_trip_keeps_the_source() -> None:
    article = _article(PRE)
    data = json.loads(article.to_json())
    (code,) = [b for s in data["sections"] for b in s["blocks"] if b["type"] == "code"]
    assert code == {"text": TEXT, "source": SOURCE, "type": "code"}
    assert Article.from_dict(data) == article


def test_json_without_source_loads() -> None:
    """JSON written before :attr:`Code.source` existed: the source is the text."""
    article = _article(PRE)
    data = article.to_dict()
    for section in data["sections"]:
        for block in section["blocks"]:
            block.pop("source", None)
    assert _code(Article.from_dict(data)) == Code(TEXT, TEXT)
    assert Code("x = 1") == Code("x = 1", "x = 1")


def _sections(text: str) -> list[Section]:
    doc = to_document(text)
    page = Page(doc)
    page.roles = ["heading" if b.kind == "heading" else "body" for b in doc.blocks]
    return Extractor().sections(page)


def test_markdown_fence_keeps_its_lines() -> None:
    md = f"# Small functions\n\n{P1}\n\n```python\n\n{SOURCE}\n   \n```\n\n{P3}\n"
    assert to_document(md).kind == "markdown"
    (section,) = _sections(md)
    assert section.blocks[1] == Code(TEXT, SOURCE)
    assert block_texts(section.blocks) == section.paragraphs


def test_page_without_pre_has_no_code_table() -> None:
    assert to_document(f"<html><body><p>{P1}</p></body></html>").code == {}
    doc = to_document(f"<html><body><p>{P1}</p>{PRE}</body></html>")
    assert [doc.blocks[i].kind for i in doc.code] == ["pre"]


# -- tables keep their empty cells ----------------------------------------------------


def test_table_keeps_empty_cells_in_place() -> None:
    table = "<table><tr><th>Team</th><th>Won</th><th>Lost</th></tr><tr><td></td><td>3</td><td>1</td></tr>"
    table += "<tr><td>Rovers</td><td> </td><td>2</td></tr><tr><td>City</td><td>4</td><td></td></tr></table>"
    article = _article(table)
    (found,) = [b for s in article.sections for b in s.blocks if isinstance(b, Table)]
    rows = (("Team", "Won", "Lost"), ("", "3", "1"), ("Rovers", "", "2"), ("City", "4", ""))
    assert found == Table(rows, header=True)
    assert found.texts == ("Team", "Won", "Lost", "3", "1", "Rovers", "2", "City", "4")  # no paragraph for a gap
    assert "| Rovers |  | 2 |" in article.to_markdown()
    assert "<td>City</td><td>4</td><td></td>" in article.to_html()
    assert Article.from_dict(json.loads(article.to_json())) == article
