"""CLI test setup: ``cli_support`` importable (import-mode=importlib); the simulators, served once per session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cli_support import Cli, all_secrets

from cloudprojects import sim


@pytest.fixture(scope="session")
def served() -> Iterator[sim.Served]:
    with sim.serve("all") as running:
        yield running


@pytest.fixture
def cli(tmp_path: Path, served: sim.Served) -> Cli:
    return Cli(tmp_path, all_secrets(served))
