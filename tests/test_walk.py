"""The walk that cuts HTML into blocks: links and their anchors, hidden markup."""

from __future__ import annotations

import pytest

import newsshape
from newsshape.document import to_document


def _links(html: str) -> list[tuple[str, str]]:
    doc = to_document(f"<html><body>{html}</body></html>")
    return [link for block in doc.blocks for link in block.links]


def test_link_anchor_after_a_block_inside_it() -> None:
    """A link holding a block (an icon's box): its anchor is the text after
    the block, which empties the text gathered before it."""
    links = _links('<div>Sign in: <a href="/login"><div class="icon"></div>Login</a> now</div>')
    assert ("Login", "/login") in links


def test_link_anchor_without_a_block_inside() -> None:
    links = _links('<p>Read <a href="/more">the <b>whole</b> story</a> here.</p>')
    assert links == [("the whole story", "/more")]


def test_card_link_gives_its_address_to_its_blocks() -> None:
    doc = to_document('<html><body><a href="/story"><h3>Headline</h3><p>Teaser text.</p></a></body></html>')
    assert [(b.text, b.links) for b in doc.blocks] == [
        ("Headline", (("Headline", "/story"),)),
        ("Teaser text.", (("Teaser text.", "/story"),)),
    ]


@pytest.mark.parametrize("attribute", ['style="display:none"', "hidden", 'aria-hidden="true"'])
def test_a_page_hidden_whole_is_read(attribute: str) -> None:
    """Pages that hide their body until a script has run keep their text;
    hidden parts inside the body are still dropped."""
    story = "The first paragraph of the story, long enough to read as body text."
    html = f"<html><body {attribute}><h1>Headline</h1><p>{story}</p><p {attribute}>Hidden teaser</p></body></html>"
    doc = to_document(html)
    assert [b.text for b in doc.blocks] == ["Headline", story]


def test_clean_drops_the_hidden_markup_of_the_body_only() -> None:
    """``clean`` finds hidden markup with the head's metadata, in the whole
    document: what is hidden in the head, or the page as a whole, changes
    nothing; what is hidden in the body is dropped, as ``parse`` drops it."""
    story = "The first paragraph of the story, long enough to read as body text."
    head = '<title hidden>Headline</title><meta name="x" content="y" style="display:none"><style hidden></style>'
    body = (
        f'<h1>Headline</h1><p>{story}</p><div style="DISPLAY: NONE"><p>{story} Hidden.</p></div>'
        f'<p style="border: none">{story} Shown.</p><svg><g style="display:none"></g></svg><p hidden>Gone</p>'
    )
    for html in (f"<html><head>{head}</head><body>{body}</body></html>", f"<html hidden><body hidden>{body}"):
        assert newsshape.clean(html) == newsshape.parse(html).text == f"{story}\n\n{story} Shown."
        assert [b.text for b in to_document(html, head_only=True).blocks] == [b.text for b in to_document(html).blocks]


def test_text_is_composed() -> None:
    """Letters followed by combining marks (as some editors write them, and
    pages in Bengali their nukta letters) come out composed, in Unicode
    normalisation form C: in blocks, links and metadata, in text dumps too,
    and the quotations found in them keep their offsets."""
    said = "Le cafe\u0301 a ferme\u0301 ses portes apre\u0300s trente ans, a dit le patron du quartier."
    quoted = "« C\u2019est la fin d\u2019une e\u0301poque pour nous tous », a dit le patron."
    head = '<title>Cafe\u0301 ferme\u0301</title><meta property="og:description" content="Le cafe\u0301 ferme\u0301">'
    body = f"<h1>Le cafe\u0301 ferme\u0301</h1><p>{said}</p><p>{quoted}</p><p>{said}</p>"
    html = f'<html><head>{head}</head><body>{body}<p><a href="/cafe">Le cafe\u0301</a></p></body></html>'
    doc = to_document(html)
    assert doc.meta.title == "Café fermé"
    assert doc.blocks[0].text == "Le café fermé"
    assert doc.blocks[-1].links == (("Le café", "/cafe"),)
    more = "Les habitue\u0301s regrettent de\u0301ja\u0300 leur cafe\u0301 du matin, pris au comptoir depuis longtemps."
    dump = "\n\n".join(["Le cafe\u0301 ferme\u0301", said, quoted, more])
    for article in (newsshape.parse(html), newsshape.parse(dump)):
        assert article.title == "Le café fermé"
        shown = (article.subtitle, *article.paragraphs)  # a dump's first line under the headline is its deck
        assert "Le café a fermé ses portes après trente ans, a dit le patron du quartier." in shown
        (quote,) = article.quotes
        assert quote.text == "C’est la fin d’une époque pour nous tous"
        paragraph = article.sections[quote.section].paragraphs[quote.paragraph]
        assert quote.text in paragraph[quote.start : quote.end]
    assert newsshape.parse(html).summary == "Le café fermé"


def test_soft_hyphens_are_dropped() -> None:
    """Soft hyphens (``&shy;``, U+00AD) only show where a word breaks at
    the end of a line: the words read whole, in HTML and text dumps."""
    story = "Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus&shy;h\u00e4n&shy;ge&shy;schild der Stadt."
    html = f"<html><body><h1>Der Wein im Mit&shy;tel&shy;al&shy;ter</h1><p>{story}</p><p>{story}</p></body></html>"
    article = newsshape.parse(html)
    assert article.title == "Der Wein im Mittelalter"
    assert article.paragraphs[0] == "Schon im Mittelalter war der Wein das Aush\u00e4ngeschild der Stadt."
    shy = "\xad"
    dump = newsshape.parse(f"Der Wein im Mit{shy}tel{shy}al{shy}ter\n\n{story.replace('&shy;', shy)}")
    assert dump.title == "Der Wein im Mittelalter"
    assert article.paragraphs[0] in (dump.subtitle, *dump.paragraphs)
