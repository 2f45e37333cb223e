"""The walk that cuts HTML into blocks: links and their anchors, hidden markup."""

from __future__ import annotations

import pytest

from newsshape._html import from_html


def _links(html: str) -> list[tuple[str, str]]:
    doc = from_html(f"<html><body>{html}</body></html>")
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
    doc = from_html('<html><body><a href="/story"><h3>Headline</h3><p>Teaser text.</p></a></body></html>')
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
    doc = from_html(html)
    assert [b.text for b in doc.blocks] == ["Headline", story]
