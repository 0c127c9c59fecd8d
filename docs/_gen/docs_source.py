"""Where the page generators find the repository, the provider registry and the specs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"

for _path in (ROOT / "scripts", ROOT / "wrappers"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from codegen.providers import Provider, load_providers  # noqa: E402


def providers() -> dict[str, Provider]:
    """The providers, in registry order (``specs/codegen/providers.yaml``, the one place that names them)."""
    return load_providers(SPECS / "codegen" / "providers.yaml")


def load_spec(name: str) -> dict[str, Any]:
    """One spec document of ``specs/``, parsed."""
    document: dict[str, Any] = yaml.safe_load((SPECS / name).read_text(encoding="utf-8"))
    return document
