"""Field values that combine layout roles with the page's metadata, one
module per field (this module gathers them for the extractors):

- :mod:`~newsshape.fields._site`: the site's name, and the names the
  publication goes by, which the title, the authors and the summary share;
- :mod:`~newsshape.fields._title`: the headline;
- :mod:`~newsshape.fields._authors`: the authors;
- :mod:`~newsshape.fields._summary`: the page's description as a summary;
- :mod:`~newsshape.fields._published` and :mod:`~newsshape.fields._declared`:
  the publication and modification dates;
- :mod:`~newsshape.fields._dateline`: the place the story was filed from.
"""

from __future__ import annotations

from datetime import datetime

from newsshape.document import Page
from newsshape.fields._authors import authors
from newsshape.fields._dateline import dateline
from newsshape.fields._declared import find_modified
from newsshape.fields._published import find_published
from newsshape.fields._site import site, strip_site_suffix
from newsshape.fields._summary import description
from newsshape.fields._title import title

__all__ = ["authors", "dateline", "description", "modified", "published", "site", "strip_site_suffix", "title"]


def published(page: Page) -> datetime | str | None:
    """Publication date (see :mod:`newsshape.fields._published`)."""
    return find_published(page)


def modified(page: Page) -> datetime | str | None:
    """Modification date from metadata."""
    return find_modified(page)
