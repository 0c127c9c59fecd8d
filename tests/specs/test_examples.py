"""Seed bodies in specs/examples/ are the examples named `seed` in the specs, and every example is valid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from codegen.providers import SPECS, load_providers

EXAMPLES = SPECS / "examples"
METHODS = ("get", "put", "post", "patch", "delete")


def _operations(provider: str) -> dict[str, dict[str, Any]]:
    ops: dict[str, dict[str, Any]] = {}
    for part in load_providers()[provider].parts:
        document = yaml.safe_load((SPECS / part.spec).read_text(encoding="utf-8"))
        for item in document["paths"].values():
            for method in METHODS:
                if method in item:
                    ops[item[method]["operationId"]] = item[method]
    return ops


def _seed_example(operation: dict[str, Any], kind: str) -> Any:
    if kind == "request":
        media = operation["requestBody"]["content"]
    else:
        success = [r for code, r in operation["responses"].items() if str(code).startswith("2") and "content" in r]
        media = success[0]["content"]
    return next(iter(media.values()))["examples"]["seed"]["value"]


FILES = sorted(EXAMPLES.glob("*/*.json"))


def test_every_provider_has_seed_examples() -> None:
    assert {f.parent.name for f in FILES} == set(load_providers())


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_example_file_is_the_specs_seed_example(path: Path) -> None:
    operation_id, kind, _ = path.name.split(".")
    operation = _operations(path.parent.name)[operation_id]
    assert json.loads(path.read_text(encoding="utf-8")) == _seed_example(operation, kind)


@pytest.mark.parametrize("provider", list(load_providers()))
def test_exactly_one_seed_operation(provider: str) -> None:
    seeds = [op_id for op_id, op in _operations(provider).items() if "x-cloudprojects-seed" in op]
    assert len(seeds) == 1, seeds


def test_jsonschema_rejects_a_broken_example() -> None:
    """Guard for the Spectral example rules: the same schema machinery rejects a wrong type."""
    schema = {"type": "object", "properties": {"id": {"type": "integer"}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x"}, schema)
