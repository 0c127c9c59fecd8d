"""MkDocs hooks: the generated nav file stays out of the site; Sphinx roles in docstrings shown as plain code."""

from __future__ import annotations

import re
from typing import Any

from mkdocs.structure.files import Files, InclusionLevel

NAV_FILE = "SUMMARY.md"
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|exc|data|obj|const):(<code>)")


def on_files(files: Files, **_: Any) -> Files:
    """Keep the navigation file (read by literate-nav) from becoming a page of its own."""
    nav = files.get_file_from_path(NAV_FILE)
    if nav is not None:
        nav.inclusion = InclusionLevel.EXCLUDED
    return files


def on_page_content(html: str, **_: Any) -> str:
    """Drop the role prefix (``:class:``) mkdocstrings leaves in front of a code span."""
    return _ROLE.sub(r"\1", html)
