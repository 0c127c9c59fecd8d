"""The getting-started page's simulator example runs as written."""

from __future__ import annotations

import contextlib
import io
import re

from docs_source import ROOT


def test_first_call_against_a_simulator_runs() -> None:
    page = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    runnable = [block for block in blocks if "sim.serve(" in block]
    assert runnable, "the page lost its simulator example"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in runnable:
            exec(compile(block, "getting-started.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert lines[0].endswith("New Project")
    assert "New Project" in lines[1:]
