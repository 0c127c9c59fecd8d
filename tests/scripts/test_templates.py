"""The template overrides stay tied to the stock templates of the pinned generator."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

import openapi_python_client
import pytest

from codegen.providers import CODEGEN

OVERRIDES = CODEGEN / "templates"
STOCK = json.loads((OVERRIDES / "STOCK.json").read_text(encoding="utf-8"))
STOCK_DIR = Path(openapi_python_client.__file__).parent / "templates"


def test_pinned_generator_is_the_one_the_overrides_were_made_for() -> None:
    assert STOCK["generator"] == f"openapi-python-client=={version('openapi-python-client')}"


@pytest.mark.parametrize("name", sorted(STOCK["templates"]))
def test_stock_template_unchanged(name: str) -> None:
    stock = hashlib.sha256((STOCK_DIR / name).read_bytes()).hexdigest()
    assert stock == STOCK["templates"][name]["stock_sha256"], (
        f"the pinned generator's stock {name} changed: re-derive specs/codegen/templates/{name} "
        "from the new stock template, then update its hash in STOCK.json"
    )


def test_every_override_is_recorded() -> None:
    overrides = {p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.jinja")}
    assert overrides == set(STOCK["templates"])
    for name in overrides:
        assert (OVERRIDES / name).read_bytes() != (STOCK_DIR / name).read_bytes(), f"{name} is a needless copy"
