"""Quality gates on the hand-written code: ruff (lint and format) and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
HAND_WRITTEN = ["wrappers", "scripts", "tests", "benchmarks", "examples", "docs/_gen"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_clean() -> None:
    proc = _run(str(BIN / "ruff"), "check", "--no-cache", *HAND_WRITTEN)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format_clean() -> None:
    proc = _run(str(BIN / "ruff"), "format", "--check", "--no-cache", *HAND_WRITTEN)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict_clean() -> None:
    proc = _run(str(BIN / "mypy"), "--strict", "--no-incremental", "wrappers", "scripts", "examples")
    assert proc.returncode == 0, proc.stdout + proc.stderr
