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


def test_a_select_box_printed_on_one_line_is_no_story() -> None:
    months = " ".join(f"{m} 2024 ({n})" for n, m in enumerate(("January", "February", "March", "April", "May"), 3))
    select = f"Select Month {months} December 2023 (12) November 2023 (9) October 2023 (4)"
    dump = "\n".join(("Bridge reopens - The Courier", "Home", "News", "Archives", select, "Tags", "Bridge reopens"))
    dump += "\n" + "\n".join((*STORY, "Copyright"))
    assert newsshape.parse(dump).paragraphs == STORY


def test_the_headline_ends_the_cluster_above_it() -> None:
    teaser = "A teaser for another story runs long enough here to read as a line of prose on its own."
    dump = "\n".join(("Bridge reopens after a year of repairs - The Courier", teaser))
    dump += "\n" + "\n".join(("Bridge reopens after a year of repairs", *STORY, "Copyright"))
    assert newsshape.parse(dump).paragraphs == STORY


def test_the_story_goes_on_after_a_gallery() -> None:
    captions = [f"Photo {i}: the bridge" for i in range(9)]
    more = (  # as heavy as the first half, and more than the captions: the story goes on
        *RAIL,
        "Engineers replaced the deck's steel beams and rebuilt two of the five stone arches by hand.",
        "The mayor walked across first, followed by a brass band and a long line of cyclists.",
    )
    dump = "\n".join(("Bridge reopens after a year of repairs - The Courier", "Home", "News"))
    dump += "\n" + "\n".join(("Bridge reopens after a year of repairs", *STORY, *captions, *more, "Copyright"))
    assert newsshape.parse(dump).paragraphs == (*STORY, *more)


def test_a_one_line_dump_is_cut_into_sentences() -> None:
    menu = " ".join(("Home News Sport Weather Business Politics Opinion Culture Travel Video",) * 30)  # 2,000 chars
    dump = " ".join((menu, "Bridge Reopens After A Year Of Repairs By Jane Doe", *STORY, "Copyright 2024 The Courier"))
    text = newsshape.clean(dump)
    assert STORY[0] in text and STORY[-1] in text
    assert "Weather" not in text


def test_a_long_one_line_dump_stays_linear() -> None:
    import time

    dump = " ".join(f"Line {i} of the story says what the council decided about the bridge." for i in range(20_000))
    start = time.process_time()
    assert newsshape.clean(dump)
    assert time.process_time() - start < 3  # 20,000 sentences on one line
