"""The normalised document: a page as a flat sequence of text blocks.

Both kinds of input end up here. :mod:`newsshape.document._html` turns markup into
blocks (one per paragraph, heading, list item, ...) and remembers, for each,
the element that holds it; :mod:`newsshape.text._lines` turns a text dump into one
block per line. Extractors only ever look at a :class:`Document`.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from newsshape.text._lines import SENTENCE_ENDS as _END_PUNCT

#: What a block is, as far as the markup (or the line) tells.
BlockKind = Literal["heading", "paragraph", "item", "quote", "pre", "cell", "caption"]


@attrs.frozen(slots=True)
class Block:
    """One unit of visible text: a paragraph, heading, list item, line."""

    text: str
    """The text, white space collapsed to single spaces (in ``pre`` blocks
    too), zero-width characters dropped, characters composed (Unicode
    normalisation form C)."""

    kind: BlockKind = "paragraph"
    """Markup kind; text dumps give ``paragraph`` or ``item`` (bulleted);
    Markdown gives every kind (a ``cell`` per table cell) and gives
    ``caption`` to a line holding only an image."""

    level: int = 0
    """Heading level (1-6) for headings; for a Markdown list item, the
    depth of its list (1 for the outermost), negative for a numbered item;
    for a Markdown table cell, the number of its row in the table (from 1),
    negative in a header row; otherwise 0."""

    element: int = -1
    """Index in :attr:`Document.elements` of the element that holds the block
    (HTML only; -1 for text dumps)."""

    link_chars: int = 0
    """How many characters of :attr:`text` are inside links."""

    links: tuple[tuple[str, str], ...] = ()
    """``(anchor text, href)`` of the links in the block."""

    gap_before: bool = False
    """Text dumps: a blank line stands before this line."""

    @property
    def words(self) -> int:
        """Number of whitespace-separated words."""
        return len(self.text.split())

    @property
    def link_density(self) -> float:
        """Share of the text that is link text (0..1)."""
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def ends_sentence(self) -> bool:
        """Whether the text ends the way a sentence does."""
        return bool(self.text) and self.text[-1] in _END_PUNCT


@attrs.frozen(slots=True)
class Element:
    """An HTML element that holds blocks (or holds elements that do)."""

    tag: str
    """Lower-case tag name."""

    parent: int
    """Index of the parent element in :attr:`Document.elements`, -1 at the top."""

    hint: str = ""
    """Lower-case ``class`` and ``id`` values and ``role``, space separated:
    weak evidence of what the element is for."""


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The setters of the slots of ``cls`` named ``names``, which must be all
    its fields, with nothing attrs would run on construction (validators,
    converters, init hooks): the constructors below set the slots alone."""
    fields = attrs.fields(cls)
    if (
        tuple(f.name for f in fields) != names
        or any(f.validator is not None or f.converter is not None or not f.init for f in fields)
        or any(hasattr(cls, hook) for hook in ("__attrs_pre_init__", "__attrs_post_init__"))
    ):
        raise TypeError(f"the fast constructor of {cls.__name__} no longer matches its fields")
    return tuple(cls.__dict__[name].__set__ for name in names)


# The HTML walk makes a few hundred blocks and elements per page, a text
# dump a block per line. A frozen attrs class builds an instance in a Python
# ``__init__`` that sets each field through ``object.__setattr__`` by name;
# setting the slots directly costs a quarter (Element) to a third (Block)
# less. The instances are the same: equal, hashable, immutable afterwards.
_new = object.__new__
_BLOCK_SLOTS = _slot_setters(Block, ("text", "kind", "level", "element", "link_chars", "links", "gap_before"))
_ELEMENT_SLOTS = _slot_setters(Element, ("tag", "parent", "hint"))


def new_block(
    text: str,
    kind: BlockKind,
    level: int,
    element: int,
    link_chars: int,
    links: tuple[tuple[str, str], ...],
    gap_before: bool = False,
) -> Block:
    """``Block(text, kind, level, element, link_chars, links, gap_before)``,
    faster (see above)."""
    set_text, set_kind, set_level, set_element, set_link_chars, set_links, set_gap_before = _BLOCK_SLOTS
    block: Block = _new(Block)
    set_text(block, text)
    set_kind(block, kind)
    set_level(block, level)
    set_element(block, element)
    set_link_chars(block, link_chars)
    set_links(block, links)
    set_gap_before(block, gap_before)
    return block


def new_element(tag: str, parent: int, hint: str) -> Element:
    """``Element(tag, parent, hint)``, faster (see above)."""
    set_tag, set_parent, set_hint = _ELEMENT_SLOTS
    element: Element = _new(Element)
    set_tag(element, tag)
    set_parent(element, parent)
    set_hint(element, hint)
    return element


@attrs.frozen
class Meta:
    """What the page says about itself outside the visible text."""

    title: str | None = None
    """Content of ``<title>``."""

    lang: str | None = None
    """The page's language tag in its conventional case (``<html lang>``,
    ``content-language``, JSON-LD ``inLanguage`` or ``og:locale``, the first
    that is a tag)."""

    canonical: str | None = None
    """``<link rel=canonical>`` or ``og:url``."""

    tags: dict[str, list[str]] = attrs.field(factory=dict)
    """``<meta>`` values by lower-cased name, property or itemprop."""

    jsonld: list[dict[str, Any]] = attrs.field(factory=list)
    """JSON-LD objects, ``@graph`` members flattened in."""

    times: list[tuple[str, str]] = attrs.field(factory=list)
    """``(datetime attribute, hint)`` of ``<time>`` elements and date-marked
    elements, in page order; hint holds class/itemprop words."""

    authors: list[str] = attrs.field(factory=list)
    """Texts of author markup (``rel=author``, ``itemprop=author``, byline
    classes), in page order."""

    tag_links: list[tuple[str, str, str]] = attrs.field(factory=list)
    """``(text, href, rel)`` of the links marked ``rel="tag"`` (WordPress
    marks category links ``rel="category tag"``), in page order."""

    figures: list[dict[str, Any]] = attrs.field(factory=list)
    """The page's ``<figure>`` elements that hold a picture, in page order,
    each as read by :func:`newsshape.document._meta.figure`: the picture's
    source attributes, its caption and credit, the class and id words
    of the elements around it, and its ``node`` number (as in
    :attr:`Document.media`); and featured pictures set outside any
    (:mod:`newsshape.document._featured`), marked ``"featured": True``."""

    def first(self, *names: str) -> str | None:
        """The first non-empty meta value under any of ``names``."""
        for name in names:
            for value in self.tags.get(name, ()):
                if value.strip():
                    return value.strip()
        return None


@attrs.frozen
class Document:
    """A page reduced to blocks, plus what its markup says about itself."""

    kind: Literal["html", "text", "markdown"]
    """Which kind of input the document came from: markup, a text dump, or
    Markdown (:mod:`newsshape.document._markdown`)."""

    blocks: tuple[Block, ...]
    """Visible text blocks in reading order."""

    elements: tuple[Element, ...] = ()
    """The block-holding elements of an HTML page (empty for text)."""

    meta: Meta = attrs.field(factory=Meta)
    """Metadata from ``<head>`` and markup."""

    url: str | None = None
    """The URL given by the caller."""

    raw: str = ""
    """The decoded source, for extractors that look for signatures."""

    media: tuple[tuple[int, int | str], ...] = ()
    """Where the ``<figure>`` elements and the embeds of an HTML page stand
    among :attr:`blocks`: ``(n, what)``, ``n`` the number of blocks before
    it, ``what`` a figure's ``node`` number (as in :attr:`Meta.figures`) or
    an embed's address (see :mod:`newsshape.document._media`)."""

    code: dict[int, str] = attrs.field(factory=dict, repr=False)
    """The text of the ``pre`` blocks (a ``<pre>`` element, a Markdown code
    fence) as written, line breaks and indentation kept, by index in
    :attr:`blocks` (:attr:`Block.text` collapses white space); empty for
    text dumps. Kept apart from the blocks: few pages have any."""

    empty_cells: dict[int, list[int]] = attrs.field(factory=dict, repr=False)
    """Where the empty cells (``<td>``, ``<th>`` holding no text) of an HTML
    page's tables stand, which hold no block and no element: by the index
    in :attr:`elements` of their ``<tr>``, the number of elements before
    each of them."""

    _memo: dict[tuple[str, int, int], Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    """Per-element answers of :meth:`ancestors` and :meth:`hints`, computed once."""

    def _chain(self, element: int) -> tuple[int, ...]:
        """``element`` and its ancestors, nearest first (at most 64)."""
        memo = self._memo
        chain: tuple[int, ...] | None = memo.get(("chain", element, 0))
        if chain is not None:
            return chain
        # climb to the nearest element whose chain is known, then build down
        path: list[int] = []
        while element >= 0:
            known = memo.get(("chain", element, 0))
            if known is not None:
                chain = known
                break
            path.append(element)
            element = self.elements[element].parent
        chain = chain or ()
        for e in reversed(path):
            chain = (e, *chain[:63])
            memo["chain", e, 0] = chain
        return chain

    def ancestors(self, element: int, limit: int = 64) -> list[int]:
        """Indices of ``element`` and its ancestors, nearest first (at most
        ``limit``)."""
        if limit <= 64:
            return list(self._chain(element)[: max(limit, 0)])
        out: list[int] = []
        while element >= 0 and len(out) < limit:
            out.append(element)
            element = self.elements[element].parent
        return out

    def hints(self, block: Block, limit: int = 8) -> str:
        """The hint words of the elements around ``block``, nearest first."""
        if block.element < 0:
            return ""
        elements = self.elements
        return " ".join(elements[i].hint for i in self.ancestors(block.element, limit) if elements[i].hint)
