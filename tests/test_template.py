"""The declarative template extractor, and the driver every extractor runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import attrs

import newsshape
from newsshape import Box, Extractor, Role, TemplateExtractor
from newsshape.document import to_document
from newsshape.extractors import base

PAGE = """<html><head><meta name="description" content="The page's own description of the story."></head><body>
<div class="masthead">The Harbour Post</div>
<h1>Tides reach a record at the pier</h1>
<div class="story"><p>PORTSMOUTH — The tide reached the highest level on record on Sunday, the harbour master said.</p>
<p>"We have never seen it this high," she said, pointing at the pier.</p>
<p>Short title line</p>
<p>Boats were moved to the inner basin overnight, and the pier stayed closed until noon on Monday.</p></div>
<div class="more"><p>More from the Post</p>
<p><a href="/a">Storm closes the ferry</a></p><p>The ferry will not run until Friday...</p></div>
</body></html>"""


class Harbour(TemplateExtractor):
    name = "harbour_test"
    site_name = "The Harbour Post"
    boxes: ClassVar[Mapping[str, Box]] = {"more from the post": Box("related", pair="related_snippet")}
    classes: ClassVar[Mapping[str, Role]] = {"story": "body"}


def test_a_declared_template_lays_out_the_page() -> None:
    article = newsshape.parse(PAGE, extractor=Harbour())
    assert article.title == "Tides reach a record at the pier"
    assert article.sections[0].paragraphs[0].startswith("PORTSMOUTH")
    assert article.sections[1].heading == "Short title line"
    assert [(r.title, r.url) for r in article.related] == [("Storm closes the ferry", "/a")]
    assert article.boilerplate[:1] == ("The Harbour Post",)


def test_a_subclass_of_extractor_keeps_the_dateline_and_the_description() -> None:
    class Plain(Extractor):
        name = "plain_test"

    for extractor in (Plain(), Harbour()):
        article = newsshape.parse(PAGE, extractor=extractor)
        assert article.dateline == "PORTSMOUTH"
        assert article.summary == "The page's own description of the story."


def test_every_article_field_has_a_field_method() -> None:
    assert tuple(f.name for f in attrs.fields(newsshape.Article)) == base.FIELDS
    for name in base.FIELDS:
        assert name in base._DERIVED or callable(getattr(Extractor, name)), name


def test_quote_offsets_index_the_cleaned_sections() -> None:
    class Untidy(Extractor):
        name = "untidy_test"

        def sections(self, page: newsshape.Page) -> list[newsshape.Section]:
            return [newsshape.Section(None, ('  He   said:  "It   is a   record tide  today."  ',))]

    article = newsshape.parse(PAGE, extractor=Untidy())
    (quote,) = article.quotes
    paragraph = article.sections[quote.section].paragraphs[quote.paragraph]
    assert paragraph == 'He said: "It is a record tide today."'
    assert paragraph[quote.start - 1] == '"' and paragraph[quote.end] == '"'


def test_the_walk_runs_only_on_claimed_pages() -> None:
    doc = to_document(PAGE)
    assert Harbour().claim(doc) == 0.0
    assert newsshape.parse(PAGE).extractor == "generic"
