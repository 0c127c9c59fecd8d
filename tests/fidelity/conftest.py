"""Fidelity test setup: ``sdk_hooks`` importable (import-mode=importlib), oracle warnings silenced."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_configure(config: pytest.Config) -> None:
    """Silence the oracles' own import-time warnings (invalid escapes in bce sources)."""
    config.addinivalue_line("filterwarnings", "ignore:invalid escape sequence:DeprecationWarning")
