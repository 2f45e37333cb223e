"""People's names, for extractors that read a byline in a place the generic
rules do not look (see :doc:`tutorial`): :func:`clean_authors` turns raw
byline strings into author names the way :func:`newsshape.parse` does, and
:func:`looks_like_name` tells a name from other short texts.

>>> from newsshape.names import clean_authors, looks_like_name
>>> clean_authors(["By Jane Doe and John Smith, Staff Writers"])
('Jane Doe', 'John Smith')
>>> looks_like_name("Jane Doe"), looks_like_name("Staff Writer")
(True, False)

An extractor's :meth:`~newsshape.Extractor.authors` may return the raw
strings: they are cleaned the same way, keeping a blog's one-word handle and
a newsroom's name ("Redaktion").
"""

from __future__ import annotations

from collections.abc import Iterable

from newsshape.text import _names

__all__ = ["clean_authors", "looks_like_name"]


def clean_authors(raw: Iterable[str], *, handles: bool = False, desks: bool = False) -> tuple[str, ...]:
    """Author names from raw byline strings: a "By" prefix dropped and
    whatever follows the names (dates, handles, job titles, places), lists
    of names split, what does not look like a name dropped
    (:func:`looks_like_name`), each name once (case ignored), in byline
    order. With ``handles`` (values of author markup rather than visible
    text), a one-token value a blog shows as its author's name is kept
    whole; with ``desks``, so is a newsroom's name made of desk words alone.

    >>> clean_authors(["Umair Irfan Updated Nov 13, 2019, 10:28am EST"])
    ('Umair Irfan',)
    >>> clean_authors(["Redaktion"]), clean_authors(["Redaktion"], desks=True)
    ((), ('Redaktion',))
    """
    return _names.clean_authors(raw, handles=handles, desks=desks)


def looks_like_name(name: str, *, desks: bool = False) -> bool:
    """Whether ``name`` can be a person's name: not an e-mail address, URL,
    handle, job title, credential, placeholder, picture credit's label,
    copyright line or sentence. With ``desks``, a newsroom's name made of
    desk words alone ("Editorial Team") passes too.

    >>> looks_like_name("Maria de la Cruz"), looks_like_name("jane@example.com")
    (True, False)
    """
    return _names.looks_like_name(name, desks=desks)
