"""The main content of a text dump: a page flattened to lines of text.

A dump has no markup left: menus, footers, comments and the story are all
lines. The story is found from the lines' shapes alone, in named steps:

1. :func:`_prose_lines` -- which lines read as prose (long, or a sentence
   of some length, and not code: :func:`~newsshape.text._lines.is_code`) and are
   not furniture already marked by earlier passes; a line printed twice is
   template, unless it belongs to a whole copy of the story.
2. :func:`_clusters` -- prose lines close together form clusters; a long
   enough run of other lines (a menu, a share bar, a comment form) ends one,
   and so does the headline repeated from the title line. A Markdown list
   or table that is not links (:func:`_inner_lines`) is no such run.
3. :func:`_best_cluster` -- the cluster with the most prose, less a cost for
   every short line inside it (comments alternate names, dates and text;
   a story does not), is the story; one mostly about cookies (a consent
   notice), one late on the page and long lines of names and numbers (a
   select box, an archive, a menu printed on one line: :func:`_weight`)
   weigh less. Its neighbours join it across short runs of other lines
   (:func:`_extend`); a list of names never opens or closes it.
4. :func:`_assign` -- inside it, prose lines and bulleted items are body,
   a short line followed by body is a section heading, the rest is not
   (a Markdown table's cells inside the story are body).

Lengths are counted in characters so that scripts written without spaces
between words are measured like the others.
"""

from __future__ import annotations

import re

from newsshape.document import Page
from newsshape.document._types import Block
from newsshape.layout._boxes import HIGHLIGHT_WORDS
from newsshape.layout._rules import LONG_LINE, SENTENCE_WORDS, is_heading_like
from newsshape.text._lines import is_code

# Every value below was tuned on text dumps of the development sets' pages
# (``../shared/data``; the selectolax and html-text flatteners of
# ``benchmarks/run.py``), body text scores. A line at least
# :data:`~newsshape.layout._rules.LONG_LINE` characters long is prose
# whatever its ending.

#: Longest run of non-prose lines inside one cluster.
MAX_GAP = 4
#: Cost of a non-prose line inside a cluster, in characters of prose.
LINE_COST = 20
#: How much less a cluster at the end of the page weighs than one at the top
#: (comments, rails and cookie notices come after the story).
LATE = 0.5
#: A line that ends like a sentence is prose from this length on.
SENTENCE = 40
#: Longest section heading, in characters (and no more words than a heading
#: has: :func:`~newsshape.layout._rules.is_heading_like`).
HEADING_CHARS = 120


#: Share of a line's text inside links above which it is a link (a menu
#: entry, a teaser's headline), not prose: only Markdown keeps links.
LINKED = 0.5
#: Block kinds that are never prose: Markdown's headings, code and the alt
#: text of images.
_NOT_PROSE = frozenset(("heading", "pre", "caption"))


#: Punctuation inside running text: a long line with none of it and no
#: sentence ending is most often a list printed on one line (a tag cloud, a
#: menu), though a table's row looks the same: it stays prose, but weighs
#: :data:`UNPUNCTUATED` times its length in its cluster. Both tuned on the
#: development sets' html-text dumps (body F1 of each set).
_INNER_PUNCT = re.compile(r"[.,;:!?][\s\"'”’)]|[。，、；！？]")
UNPUNCTUATED = 0.25
#: Least share of a long line's cased words that start in lower case for it
#: to read as running text: menus, select boxes, archives and tables print
#: names and numbers ("Select Month November 2012 (4) October 2012 (32)").
LOWER_WORDS = 0.3
#: Fewest cased words for the test.
CASED_WORDS = 8
#: A line with this many commas and full stops inside, or shorter than
#: :data:`~newsshape.layout._rules.LONG_LINE` (a sentence then), is running
#: text whatever its words (the word test, the costly one, is skipped).
RUNNING = 2


def _listed(text: str) -> bool:
    """Whether a line is names and numbers (:data:`LOWER_WORDS`)."""
    firsts = [w[0] for w in text.split()]
    if len(firsts) < CASED_WORDS:
        return False
    lower = sum(map(str.islower, firsts))
    cased = lower + sum(map(str.isupper, firsts)) + sum(map(str.isdigit, firsts))
    return cased >= CASED_WORDS and lower < LOWER_WORDS * cased


def _weight(block: Block) -> int:
    """What a prose line weighs in its cluster: its length; a long line
    without a sentence's punctuation weighs :data:`UNPUNCTUATED` as much,
    one of names and numbers (:data:`LOWER_WORDS`) nothing."""
    text = block.text
    if len(text) < LONG_LINE or text.count(", ") + text.count(". ") >= RUNNING:
        return len(text)  # sentences: the word test is not needed
    if _listed(text):
        return 0
    if block.ends_sentence or _INNER_PUNCT.search(text):
        return len(text)
    return int(len(text) * UNPUNCTUATED)


def _is_prose(block: Block, code: bool) -> bool:
    n = len(block.text)
    return (
        (n >= LONG_LINE or (n >= SENTENCE and block.ends_sentence))
        and not code
        and block.kind not in _NOT_PROSE
        and block.link_chars <= LINKED * n
    )


def _prose_lines(page: Page, code: list[bool]) -> list[bool]:
    """Step 1. A line printed twice on the page (a cookie notice, a teaser
    repeated in a rail) is template, not story; ``code`` tells the lines
    that read as code. Except for a whole copy of the story: a page that
    prints it again (for print or another layout, left in the markup)
    repeats a run of prose lines, and the first printing of that run is the
    story's (:func:`_first_copy`)."""
    blocks = page.blocks
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.text] = seen.get(b.text, 0) + 1
    candidate = [r == "unknown" and _is_prose(b, c) for b, r, c in zip(blocks, page.roles, code, strict=False)]
    prose = [good and seen[b.text] == 1 for good, b in zip(candidate, blocks, strict=False)]
    _first_copy(blocks, candidate, seen, prose)
    return prose


#: How many repeated prose lines in a row make a copy of the story, not
#: a notice or a teaser printed twice.
COPY = 4


def _first_copy(blocks: tuple[Block, ...], candidate: list[bool], seen: dict[str, int], prose: list[bool]) -> None:
    """Mark as ``prose`` the lines of each run of at least :data:`COPY`
    prose lines (``candidate``) printed more than once (``seen``), each for
    the first time, one after the other (no other prose line between two
    of them, at most :data:`MAX_GAP` lines of other kinds)."""
    first: set[str] = set()
    run: list[int] = []
    for i, b in enumerate(blocks):
        if not candidate[i] or seen[b.text] == 1:
            continue
        if b.text in first:  # a later printing ends the run
            _keep_run(run, prose)
            run = []
            continue
        first.add(b.text)
        if run and (i - run[-1] - 1 > MAX_GAP or any(candidate[run[-1] + 1 : i])):
            _keep_run(run, prose)
            run = []
        run.append(i)
    _keep_run(run, prose)


def _keep_run(run: list[int], prose: list[bool]) -> None:
    if len(run) >= COPY:
        for i in run:
            prose[i] = True


#: Block kinds of Markdown's lists and tables. Markdown says what a line is:
#: a list or a table standing right between two prose lines is part of the
#: story (facts, steps, figures), so a run of its short items and cells that
#: are not links (a menu, related stories: :data:`LINKED`), with prose just
#: above and just below it, neither ends a cluster nor costs
#: :data:`LINE_COST` in it, and its cells are body. A prose line that is a
#: cell itself marks a layout table (the page's boxes), which stays ordinary
#: lines, and so do a text dump's bullets (a menu flattened, maybe). Judged
#: on the development sets' markdownify and html2text renderings (body F1).
INNER_KINDS = frozenset(("item", "cell"))


def _inner_lines(page: Page, prose: list[bool]) -> list[bool]:
    """Which lines are in a run of Markdown list items and table cells,
    neither prose nor links, between two prose lines that are no cells
    (:data:`INNER_KINDS`); none in a text dump."""
    blocks = page.blocks
    inner = [False] * len(blocks)
    if page.doc.kind != "markdown":
        return inner
    start = -1  # first line of the current run
    for i, b in enumerate(blocks):
        if not prose[i] and b.kind in INNER_KINDS and b.link_chars <= LINKED * len(b.text):
            if start < 0:
                start = i
            continue
        if start > 0 and prose[i] and prose[start - 1] and "cell" not in (b.kind, blocks[start - 1].kind):
            inner[start:i] = [True] * (i - start)
        start = -1
    return inner


def _clusters(prose: list[bool], inner: list[bool], head: int) -> list[tuple[int, int]]:
    """Step 2: ``(first, last)`` prose-line indices of each cluster; the
    headline (line ``head``, -1 for none) ends the cluster above it: what
    stands over it is the page's top, not the story. Lines of a list or a
    table (``inner``: :data:`INNER_KINDS`) do not count in the run of other
    lines between two prose lines."""
    out: list[tuple[int, int]] = []
    start = last = -1
    other = 0  # other lines since the last prose line
    for i, good in enumerate(prose):
        if not good:
            other += not inner[i]
            continue
        if start < 0 or other > MAX_GAP or last < head <= i:
            if start >= 0:
                out.append((start, last))
            start = i
        last = i
        other = 0
    if start >= 0:
        out.append((start, last))
    return out


#: What every cookie notice names, in most languages ("cookies", "Cookies",
#: "cookie policy", "Cookie-Einstellungen"), as pages write it.
_NOTICE_WORDS = ("cookie", "Cookie", "COOKIE")
#: How much a cluster made mostly of lines naming cookies (a consent
#: notice and its settings) weighs against others.
NOTICE = 0.25


def _cluster_value(page: Page, prose: list[bool], inner: list[bool], span: tuple[int, int]) -> float:
    """The prose characters of the cluster ``span``, less
    :data:`LINE_COST` for each other line (not a list's or table's:
    ``inner``); a cluster whose prose is mostly
    in lines that name cookies is a consent notice and its settings, and
    weighs :data:`NOTICE` as much (a story about cookies names them in
    some paragraphs, not most)."""
    value = 0.0
    chars = notice = 0
    blocks = page.blocks
    for i in range(span[0], span[1] + 1):
        if prose[i]:
            text = blocks[i].text
            b = blocks[i]
            chars += _weight(b)
            if _NOTICE_WORDS[0] in text or _NOTICE_WORDS[1] in text or _NOTICE_WORDS[2] in text:
                notice += len(text)
        elif not inner[i]:
            value -= LINE_COST
    value += chars
    return value * NOTICE if notice * 2 > chars else value


#: How many lines from the top are searched for the headline repeated
#: from the page's title line.
TITLE_LINES = 400
#: Fewest words of a line that repeats part of the title line.
TITLE_WORDS = 3
#: A cluster that starts at most this many lines under the headline is the
#: story's beginning, and weighs :data:`TITLE_BOOST` times as much.
TITLE_NEAR = 12
TITLE_BOOST = 3.0


def _headline(page: Page) -> int:
    """The line that repeats the page's title: a dump often opens with the
    page's ``<title>`` (the headline and the site's name), and the headline
    itself stands above the story. For Markdown, the declared title, else
    the first line, is looked for; a level-1 heading is the headline when
    none repeats it. -1 when none is found."""
    blocks = page.blocks
    if len(blocks) < 3:
        return -1
    key = (page.doc.meta.title or blocks[0].text).casefold()
    first = 0 if page.doc.meta.title else 1
    for i in range(first, min(len(blocks), TITLE_LINES)):
        b = blocks[i]
        text = b.text.casefold()
        if (b.words >= TITLE_WORDS and text in key and not b.ends_sentence) or (i > 0 and text == key):
            return i
    return next((i for i, b in enumerate(blocks[:TITLE_LINES]) if b.kind == "heading" and b.level == 1), -1)


def _best_cluster(
    page: Page, prose: list[bool], inner: list[bool], clusters: list[tuple[int, int]], head: int
) -> tuple[int, int]:
    """Step 3. The cluster that starts right under the headline repeated
    from the title line (line ``head``) weighs more."""
    n = len(page.blocks)

    values = [_cluster_value(page, prose, inner, span) for span in clusters]

    def value(k: int) -> float:
        span = clusters[k]
        v = values[k] * (1 - LATE * span[0] / n)
        return v * TITLE_BOOST if head >= 0 and 0 <= span[0] - head <= TITLE_NEAR else v

    best = max(range(len(clusters)), key=value)
    first, last = _extend(values, clusters, best, head if head < clusters[best][0] else -1)
    return _trim(page, prose, first, last)


def _trim(page: Page, prose: list[bool], first: int, last: int) -> tuple[int, int]:
    """The story's lines without the lists of names printed on one line
    (:func:`_listed`) that open or close its cluster: a menu or a tag
    cloud beside the story, not a table inside it."""
    blocks = page.blocks
    while first < last and _listed(blocks[first].text):
        first = next(i for i in range(first + 1, last + 1) if prose[i])
    while last > first and _listed(blocks[last].text):
        last = next(i for i in range(last - 1, first - 1, -1) if prose[i])
    return first, last


#: Longest run of other lines between the story's cluster and a cluster
#: above it that joins it; the prose of the one above must outweigh
#: :data:`EXTEND_COST` times the run's lines (:data:`LINE_COST` each).
#: Tuned on the development sets' html-text dumps (body F1 of each set).
EXTEND_GAP = 15
EXTEND_COST = 3
#: A cluster below the story's joins it only if it weighs at least this
#: share of the heaviest cluster joined so far: the story goes on after a
#: gallery or a table as heavy as before it; an author's box, a comment or a
#: rail below it weighs less. Tuned as :data:`EXTEND_GAP`.
DOWN_SHARE = 0.5


def _extend(values: list[float], clusters: list[tuple[int, int]], best: int, head: int) -> tuple[int, int]:
    """Step 3b. A story cut by a run of other lines (a picture and its
    credits, a gallery's captions, a summary box, the byline between the
    lead and the rest) goes on in the clusters around the heaviest one: a
    neighbour joins when the run between is at most :data:`EXTEND_GAP`
    lines and its prose outweighs them; one above never across the
    headline (line ``head``), one below only when it weighs
    :data:`DOWN_SHARE` of the story at least (what follows a story, its
    author's box, comments and rails, is prose too). ``values``: each
    cluster's :func:`_cluster_value`."""
    first, last = clusters[best]
    weight = values[best]
    k = best + 1
    while k < len(clusters):
        gap = clusters[k][0] - last - 1
        below = values[k]
        if gap > EXTEND_GAP or below < DOWN_SHARE * weight or below <= EXTEND_COST * gap * LINE_COST:
            break
        last = clusters[k][1]
        weight = max(weight, below)
        k += 1
    k = best - 1
    while k >= 0 and clusters[k][1] > head:
        gap = first - clusters[k][1] - 1
        if gap > EXTEND_GAP or values[k] <= EXTEND_COST * gap * LINE_COST:
            break
        first = clusters[k][0]
        k -= 1
    return first, last


def _heading_like(block: Block) -> bool:
    return len(block.text) <= HEADING_CHARS and is_heading_like(block)


def _ends_highlights(page: Page, i: int) -> bool:
    """Whether line ``i``, short and not prose, is the last item of the
    bulleted highlights above it printed without its bullet: it follows the
    previous item with no blank line between (a heading over the next
    paragraph stands apart), and no longer than a highlight that is no list
    item (:data:`~newsshape.layout._boxes.HIGHLIGHT_WORDS`)."""
    b = page.blocks[i]
    above = page.blocks[i - 1] if i else None
    return (
        above is not None
        and not b.gap_before
        and above.kind == "item"
        and page.roles[i - 1] == "highlight"
        and b.words <= HIGHLIGHT_WORDS
    )


def _assign(page: Page, prose: list[bool], code: list[bool], inner: list[bool], span: tuple[int, int]) -> None:
    """Step 4."""
    blocks, roles = page.blocks, page.roles
    first, last = span
    for i in range(first, last + 1):
        if roles[i] != "unknown":
            continue
        b = blocks[i]
        if code[i]:
            continue  # a script between paragraphs ("var ad = ...;")
        if b.kind in _NOT_PROSE and b.kind != "heading":
            continue
        if b.link_chars > LINKED * len(b.text):
            continue  # a link (Markdown): a menu entry, a teaser's headline
        if b.kind != "heading" and (
            prose[i] or inner[i] or b.kind == "item" or (b.ends_sentence and b.words >= SENTENCE_WORDS)
        ):
            roles[i] = "body"
        elif _ends_highlights(page, i):
            roles[i] = "highlight"
        elif i < last and (b.kind == "heading" or _heading_like(b)) and prose[i + 1]:
            roles[i] = "heading"
    for i in range(first, len(blocks)):
        if roles[i] == "unknown":
            roles[i] = "boilerplate"


def mark(page: Page) -> None:
    """Mark the body lines and section headings of a text dump."""
    code = [is_code(b.text) for b in page.blocks]
    prose = _prose_lines(page, code)
    head = _headline(page)
    inner = _inner_lines(page, prose)
    clusters = _clusters(prose, inner, head)
    if clusters:
        _assign(page, prose, code, inner, _best_cluster(page, prose, inner, clusters, head))
