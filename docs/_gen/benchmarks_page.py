"""The benchmarks page: ``benchmarks/RESULTS.md`` as written by the last full run, made safe for Markdown."""

from __future__ import annotations

import re

from docs_source import ROOT

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
_CODE_SPAN = re.compile(r"(`[^`]*`)")


def _escape_angles(line: str) -> str:
    parts = _CODE_SPAN.split(line)
    parts[::2] = [part.replace("<", "&lt;").replace(">", "&gt;") for part in parts[::2]]
    return "".join(parts)


def benchmarks_page() -> str:
    """The results file with text such as ``<built-in>`` shown as text, not taken for HTML."""
    lines, fenced = [], False
    for line in RESULTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        lines.append(line if fenced else _escape_angles(line))
    intro = "Measured by `.venv/bin/python benchmarks/run.py`; this page is `benchmarks/RESULTS.md` as written."
    lines.insert(1, f"\n{intro}")
    return "\n".join(lines) + "\n"
