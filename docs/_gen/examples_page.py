"""The examples page: every script in ``examples/``, with its docstring as the introduction."""

from __future__ import annotations

import ast

from docs_source import ROOT

EXAMPLES = ROOT / "examples"


def examples_page() -> str:
    """Each example's docstring, how to run it, and its source."""
    lines = [
        "# Examples",
        "",
        "Small runnable scripts in `examples/`; the test suite runs every one against the simulators.",
        "",
    ]
    for path in sorted(EXAMPLES.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(source)) or ""
        title, _, rest = doc.partition("\n")
        lines += [f"## `{path.name}`", "", title, "", rest.strip(), "", f"```sh\npython examples/{path.name}\n```", ""]
        lines += ["```python", source.rstrip(), "```", ""]
    return "\n".join(lines)
