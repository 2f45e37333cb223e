"""Story finding in text dumps by what a story looks like: the headline
repeated from the dump's title line marks where the story starts, links
(Markdown keeps them) are never prose, and a dump with a story never gives
an empty body."""

from __future__ import annotations

import newsshape

STORY = (
    "The old bridge over the river opened again on Monday after a year of repairs to its arches and deck.",
    "Cars, bicycles and buses can use it from today, and the ferry that replaced it stops on Friday.",
    "The council said the works cost less than planned and thanked residents for their patience.",
)
RAIL = (
    "A much longer story about the harbour, printed in the rail above the story, runs to many lines of teaser text.",
    "It goes on with a second long paragraph, which makes the rail weigh more than the story on length alone.",
    "And a third paragraph of teaser prose, longer again than the story's own paragraphs, ends the rail here.",
    "A fourth teaser line, so that the rail's prose clearly outweighs the three lines of the story below it.",
)


def test_the_headline_repeated_from_the_title_line_marks_the_story() -> None:
    top = ("Bridge reopens after a year of repairs - The Courier", "Home", "News")
    rail = (*RAIL, "Most read", "Sport", "Weather", "Opinion")
    dump = "\n".join((*top, *rail, "Bridge reopens after a year of repairs", "By Jane Doe", *STORY, "Copyright"))
    assert newsshape.parse(dump).paragraphs == STORY


def test_without_a_title_line_the_heaviest_prose_wins() -> None:
    dump = "\n".join(("Home", "News", *RAIL, "Most read", "Sport", "Weather", "Video", "Opinion", *STORY, "Copyright"))
    assert newsshape.parse(dump).paragraphs == RAIL


def test_markdown_links_are_not_prose() -> None:
    teasers = [f"* [{line}](/news/{i})" for i, line in enumerate(RAIL)]
    page = "\n\n".join(("# Bridge reopens", *STORY, "## Most read", *teasers))
    article = newsshape.parse(page)
    assert article.paragraphs == STORY


def test_a_dump_with_a_story_never_gives_nothing() -> None:
    for dump in ("\n".join(STORY), "\n".join(("Home", STORY[0])), STORY[0]):
        assert newsshape.clean(dump)
