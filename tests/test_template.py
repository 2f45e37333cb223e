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


# -- text dumps of a template, as flatteners print whole pages -------------------------------------------------------


class Gazette(TemplateExtractor):
    name = "gazette_test"
    site_name = "The Valley Gazette"
    text_markers = ("Leave a comment", "Read next")
    marker_forms: ClassVar[Mapping[str, tuple[str, ...]]] = {"Read next": ("MORE STORIES",)}
    date_label = "Date:"
    body_end = ("Leave a comment",)
    boxes: ClassVar[Mapping[str, Box]] = {
        "quotes of the day": Box("takeaway", pair="attribution"),
        "key points": Box("highlight"),
        "read next": Box("related", pair="related_snippet", ends_story=True),
        "more stories": Box("related", pair="related_snippet", ends_story=True),
    }


DUMP = """Ferry returns to the valley - The Valley Gazette

Home
Local
The Valley Gazette
Home
Local
Ferry returns to the valley
Date:
March 3, 2025

The ferry crossed the river on Monday for the first time in two years, carrying forty passengers and a brass band.

Quotes of the day
Ferries are the valley's lifeline
The mayor at the quay
Two years was too long to wait
A passenger on the first crossing

The council will review the service after the summer season, the mayor said on Tuesday evening.

Key points
Forty passengers on the first crossing
Timetable runs until October

Leave a comment

MORE STORIES
Local
Bridge repairs start next week
March 1, 2025
Engineers will close the old bridge for...
The Valley Gazette
About us
"""


def test_a_text_dump_is_claimed_by_its_markers_in_any_declared_form() -> None:
    assert Gazette().claim(to_document(DUMP)) >= 0.5
    assert Gazette().claim(to_document(DUMP.replace("MORE STORIES", "Popular"))) == 0.0


def test_a_whole_page_dump_is_laid_out_by_the_template() -> None:
    article = newsshape.parse(DUMP, extractor=Gazette())
    assert article.title == "Ferry returns to the valley"  # the page-title line is the header's
    assert article.published is not None and article.published.isoformat()[:10] == "2025-03-03"
    assert [s.paragraphs[0][:20] for s in article.sections] == ["The ferry crossed th"]
    assert article.sections[0].paragraphs[1].startswith("The council will review")
    assert [(t.text, t.attribution) for t in article.takeaways] == [
        ("Ferries are the valley's lifeline", "The mayor at the quay"),
        ("Two years was too long to wait", "A passenger on the first crossing"),
    ]
    assert article.highlights == ("Forty passengers on the first crossing", "Timetable runs until October")
    # a related story's category and date are no headlines; the footer's masthead closes the box
    assert [(r.title, r.snippet) for r in article.related] == [
        ("Bridge repairs start next week", "Engineers will close the old bridge for...")
    ]
    assert {"Ferry returns to the valley - The Valley Gazette", "Local", "March 1, 2025", "About us"} <= set(
        article.boilerplate
    )


def test_a_headline_printed_twice_is_found_under_the_menus() -> None:
    dump = "\n".join(
        [
            "T4K3.news", "World", "Politics", "World", "·", "18 Aug 2025", "·", "3 min read",
            "Harbour reopens after the storm",
            "Ships returned to the harbour on Monday after a week of repairs to the breakwater.",
            "The port authority says the harbour is open to all traffic again.",
            "Harbour reopens after the storm",
            "The harbour reopened on Monday morning, and the first ferry left at nine with a full deck of lorries.",
            "Highlights", "Ferries run again", "Repairs took a week",
            "Enjoyed this? Let your friends know!", "Related News", "Storm closes the coast road",
        ]
    )  # fmt: skip
    article = newsshape.parse(dump)
    assert article.extractor == "t4k3"
    assert article.title == "Harbour reopens after the storm"
    assert article.subtitle is not None and article.subtitle.startswith("Ships returned")
    assert article.summary is not None and article.summary.startswith("The port authority")
    assert article.highlights == ("Ferries run again", "Repairs took a week")
    assert [r.title for r in article.related] == ["Storm closes the coast road"]
