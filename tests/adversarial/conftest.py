"""Adversarial test setup: this folder's helpers importable (import-mode=importlib), and a tally of hostile
cases per category printed at the end of the run (workers' tallies are summed under pytest-xdist)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_tally import TALLY


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["hostile_cases"] = dict(TALLY)


def pytest_testnodedown(node: Any) -> None:
    TALLY.update(getattr(node, "workeroutput", {}).get("hostile_cases", {}))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TALLY:
        terminalreporter.section("hostile cases per category (all refused as expected when the run passed)")
        for category, count in sorted(TALLY.items()):
            terminalreporter.write_line(f"{count:8d}  {category}")
        terminalreporter.write_line(f"{sum(TALLY.values()):8d}  total")
