"""The response type checks of the template overrides (specs/codegen/templates/property_templates), on a small spec
with every kind of field the rules cover, including kinds no provider spec has yet (number, a nullable model, a
union of two scalars, Any): int takes only int (never bool), float int or float (never bool), bool only bool, str
only str, None only where nullable, absence only where optional; anything else is a TypeError naming the field and
the expected type. The generated package must also pass mypy --strict and ruff (pyflakes, pycodestyle errors, imports,
format)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from codegen.build import _format, _generate_client
from codegen.providers import ruff_binary

PACKAGE = "type_checks_probe"
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "type checks", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "A thing.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Inner": {"type": "object", "required": ["label"], "properties": {"label": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "required": ["count", "ratio", "flag", "name", "tags", "inner", "maybe_count", "created", "uid"],
                "properties": {
                    "count": {"type": "integer"},
                    "ratio": {"type": "number"},
                    "flag": {"type": "boolean"},
                    "name": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "inner": {"$ref": "#/components/schemas/Inner"},
                    "maybe_count": {"type": ["integer", "null"]},
                    "created": {"type": "string", "format": "date-time"},
                    "uid": {"type": "string", "format": "uuid"},
                    "opt_ratio": {"type": "number"},
                    "opt_name": {"type": ["string", "null"]},
                    "maybe_inner": {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]},
                    "either": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    "counts": {"type": "array", "items": {"type": "integer"}},
                    "anything": {},
                },
            },
        }
    },
}
GOOD: dict[str, Any] = {
    "count": 1,
    "ratio": 0.5,
    "flag": True,
    "name": "n",
    "tags": ["a"],
    "inner": {"label": "l"},
    "maybe_count": None,
    "created": "2026-01-01T00:00:00Z",
    "uid": "acb70457-079d-4f6a-bba4-80b28759b54e",
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The client generated from SPEC with the project's templates, formatted as scripts/regenerate.py does."""
    root = tmp_path_factory.mktemp("probe")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    _generate_client(spec, PACKAGE, root / "client" / PACKAGE)  # the generator writes the package itself there
    _format(root / "client")
    sys.path.insert(0, str(root / "client"))
    try:
        yield root / "client" / PACKAGE
    finally:
        sys.path.remove(str(root / "client"))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(probe: Path) -> ModuleType:
    return importlib.import_module(f"{probe.name}.models")


def test_valid_bodies_parse_and_keep_their_values(models: ModuleType) -> None:
    thing = models.Thing.from_dict(GOOD)
    assert (thing.count, thing.ratio, thing.maybe_count, thing.inner.label) == (1, 0.5, None, "l")
    assert thing.to_dict() == GOOD
    whole = models.Thing.from_dict(GOOD | {"ratio": 2, "opt_ratio": 3, "either": "x", "anything": {"a": [1]}})
    assert (whole.ratio, whole.opt_ratio, whole.either, whole.anything) == (2, 3, "x", {"a": [1]})  # int for number
    full = models.Thing.from_dict(
        GOOD | {"maybe_count": 4, "opt_name": None, "maybe_inner": {"label": "m"}, "either": 5, "counts": [1, 2]}
    )
    assert (full.maybe_count, full.opt_name, full.maybe_inner.label) == (4, None, "m")
    assert (full.either, full.counts) == (5, [1, 2])
    assert models.Thing.from_dict(GOOD | {"maybe_inner": None, "anything": None}).maybe_inner is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("count", True, "count: expected int, got bool"),
        ("count", 1.0, "count: expected int, got float"),
        ("count", "1", "count: expected int, got str"),
        ("count", None, "count: expected int, got NoneType"),
        ("ratio", False, "ratio: expected float, got bool"),
        ("ratio", "0.5", "ratio: expected float, got str"),
        ("opt_ratio", None, "opt_ratio: expected float, got NoneType"),
        ("flag", 1, "flag: expected bool, got int"),
        ("flag", "true", "flag: expected bool, got str"),
        ("name", 5, "name: expected str, got int"),
        ("name", {"x": 1}, "name: expected str, got dict"),
        ("opt_name", 5, "opt_name: expected str | None, got int"),
        ("tags", "ab", "tags: expected list, got str"),
        ("tags", [1], "tags_item: expected str, got int"),
        ("counts", [True], "counts_item: expected int, got bool"),
        ("inner", [], "inner: expected object, got list"),
        ("inner", [["label", "x"]], "inner: expected object, got list"),
        ("inner", {"label": 1}, "label: expected str, got int"),
        ("maybe_count", "1", "maybe_count: expected int | None, got str"),
        ("maybe_count", False, "maybe_count: expected int | None, got bool"),
        ("maybe_inner", 5, "maybe_inner: expected Inner | None, got int"),
        ("either", 1.5, "either: expected int | str, got float"),
        ("created", 7, "created: expected str (date-time), got int"),
        ("uid", 7, "uid: expected str (uuid), got int"),
    ],
)
def test_a_wrong_type_is_a_type_error_naming_the_field(
    models: ModuleType, field: str, value: Any, message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        models.Thing.from_dict(GOOD | {field: value})
    assert str(caught.value) == message


def test_a_missing_required_field_is_still_a_key_error(models: ModuleType) -> None:
    with pytest.raises(KeyError, match="maybe_count"):  # required and nullable: null is fine, absence is not
        models.Thing.from_dict({k: v for k, v in GOOD.items() if k != "maybe_count"})


def test_the_endpoint_reports_the_field(probe: Path) -> None:
    client_module = importlib.import_module(probe.name)
    errors = importlib.import_module(f"{PACKAGE}.errors")
    get_thing = importlib.import_module(f"{PACKAGE}.api.default.get_thing")
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=GOOD | {"count": "two"}))
    client = client_module.Client(base_url="https://probe.example", httpx_args={"transport": transport})
    with pytest.raises(errors.UnexpectedResponseBody) as caught:
        get_thing.sync_detailed(1, client=client)
    assert str(caught.value).endswith(": TypeError: count: expected int, got str")
    assert isinstance(caught.value.__cause__, TypeError)


def test_the_probe_passes_mypy_strict_and_ruff(probe: Path, tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")
    mypy = [str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental", "--config-file", str(config)]
    proc = subprocess.run([*mypy, str(probe)], capture_output=True, text=True, check=False, cwd=probe.parent)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    options = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120"]
    for command in (["check", "--select", "E4,E7,E9,F,I"], ["format", "--check"]):  # ruff's classic default rules
        proc = subprocess.run(
            [ruff_binary(), *command, *options, str(probe)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
