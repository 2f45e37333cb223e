"""The generic extractor: any news or blog page, HTML or text dump.

It is :class:`~newsshape.Extractor` itself, registered under the name
``generic``: the base class's layout (four passes over the blocks, each in
its own module of :mod:`newsshape.layout`: furniture, boxes, main content,
head) and its field methods, which complete the roles from the page's
metadata (:mod:`newsshape.fields`), are the generic method.
"""

from __future__ import annotations

from newsshape.extractors.base import Extractor


class GenericExtractor(Extractor):
    """Extracts any page; the fallback when no site extractor claims it."""

    name = "generic"
    needs_metadata = "head"
