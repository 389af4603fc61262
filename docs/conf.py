"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc from docstrings.

Built in CI with ``sphinx-build -W`` (warnings are errors); ``pip install
".[docs]"`` installs what the build needs.
"""

from __future__ import annotations

import inspect
from importlib import metadata
from typing import Any

import attrs
from sphinx.application import Sphinx

project = "thankyou"
author = "The thankyou developers"
copyright = "2026, the thankyou developers"
release = metadata.version("thankyou")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
]
source_suffix = {".md": "markdown"}
# The example plugin distribution is included by literalinclude, not as pages.
exclude_patterns = ["_build", "examples", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "thankyou"

# Docstrings write `Name` for a cross-reference to a Python object.
default_role = "py:obj"
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}


def _attrs_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Value classes convert what they are given (``locale="de_CH"`` becomes a Locale), so
    their ``__init__`` says ``object`` for each field; show the names and defaults only,
    and let the attribute list below give each field's type."""
    if what != "class" or not attrs.has(obj) or not signature:
        return None
    params = [
        p.replace(annotation=inspect.Parameter.empty)
        for p in inspect.signature(obj).parameters.values()
    ]
    return str(inspect.Signature(params)), return_annotation


def setup(app: Sphinx) -> None:
    app.connect("autodoc-process-signature", _attrs_signature)
