"""MkDocs hooks: Sphinx cross-reference roles in docstrings (``:class:`X```) shown as plain code, not as text."""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|exc|data|obj|const):(<code>)")


def on_page_content(html: str, **_: Any) -> str:
    """Drop the role prefix mkdocstrings leaves in front of the code span."""
    return _ROLE.sub(r"\1", html)
