"""Sphinx configuration for the newsshape documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Dask's in-process cluster logs harmless "comm closed" notices when it shuts
# down; distributed reads its log levels from the environment when imported.
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import doctest  # noqa: E402
import re  # noqa: E402
from typing import Any  # noqa: E402

import attrs  # noqa: E402

import newsshape  # noqa: E402

project = "newsshape"
author = "The newsshape developers"
copyright = "the newsshape developers"
release = newsshape.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "myst_parser",
]

source_suffix = {".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"newsshape {release}"

autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
# Defaults show as their values: preserved source text would show attrs'
# generated ``__init__`` (``attr_dict['url'].default``) instead of ``None``.
autodoc_preserve_defaults = False
add_module_names = False
python_use_unqualified_type_names = True

# Doctests run with these names ready (docstring examples see the public API,
# as they would inside the package).
doctest_global_setup = f"""
import json, os, pathlib, sys, tempfile
REPO = pathlib.Path({str(ROOT)!r})
EXAMPLES = REPO / "examples"
import newsshape
from newsshape import *
"""
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1


def _attrs_factories(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, return_annotation: str | None
) -> tuple[str | None, str | None] | None:
    """An attrs field made by a factory shows ``= dict()`` (a new one each
    time), not attrs' ``NOTHING`` marker."""
    if what != "class" or not signature or not attrs.has(obj):
        return None
    for field in attrs.fields(obj):
        if isinstance(field.default, attrs.Factory) and field.init:  # type: ignore[arg-type]
            made = f"{getattr(field.default.factory, '__name__', 'factory')}()"
            signature = re.sub(rf"(\b{re.escape(field.alias)}: [^=]*?= )NOTHING", rf"\g<1>{made}", signature)
    return signature, return_annotation


def setup(app: Any) -> None:
    """Register the signature fix above."""
    app.connect("autodoc-process-signature", _attrs_factories)
