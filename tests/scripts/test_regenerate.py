"""scripts/regenerate.py: check mode, determinism, the no-op skip, and failures that name file and problem."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.manifest import tree_hashes
from codegen.providers import GENERATED, ROOT, SPECS, load_providers

REGENERATE = ROOT / "scripts" / "regenerate.py"


def regenerate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REGENERATE), *map(str, args)], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One full regeneration of every provider into a scratch folder."""
    out = tmp_path_factory.mktemp("fresh")
    proc = regenerate("--force", "--output-dir", out)
    assert proc.returncode == 0, proc.stderr
    return out


def test_committed_generated_matches_specs() -> None:
    proc = regenerate("--check")
    assert proc.returncode == 0, proc.stderr
    assert "generated/ matches specs/" in proc.stdout


def test_generation_is_byte_identical_run_to_run(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    proc = regenerate("--force", "--output-dir", again)
    assert proc.returncode == 0, proc.stderr
    for provider in load_providers():
        first, second = tree_hashes(fresh / provider), tree_hashes(again / provider)
        assert first and first == second
        assert filecmp.cmp(fresh / provider / "MANIFEST.json", again / provider / "MANIFEST.json", shallow=False)


def test_fresh_generation_equals_committed(fresh: Path) -> None:
    for provider in load_providers():
        assert tree_hashes(fresh / provider) == tree_hashes(GENERATED / provider), provider


def test_unchanged_inputs_are_skipped_and_nothing_is_touched(fresh: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in fresh.rglob("*") if p.is_file()}
    proc = regenerate("--output-dir", fresh)
    assert proc.returncode == 0, proc.stderr
    for provider in load_providers():
        assert f"{provider}: up to date" in proc.stdout
    assert "nothing to do" in proc.stdout
    assert before == {p: p.stat().st_mtime_ns for p in fresh.rglob("*") if p.is_file()}


def test_a_hand_edit_is_regenerated_not_skipped(fresh: Path, tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(fresh, copy)
    types = copy / "gcore_cloud" / "cloudprojects_gen_gcore_cloud" / "types.py"
    types.write_text(types.read_text() + "# hand edit\n")
    proc = regenerate("gcore_cloud", "--output-dir", copy)
    assert proc.returncode == 0, proc.stderr
    assert "gcore_cloud: regenerated" in proc.stdout
    assert "# hand edit" not in types.read_text()


def test_check_lists_each_drifted_missing_and_extra_file(fresh: Path, tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(fresh, copy)
    package = copy / "gcore_cloud" / "cloudprojects_gen_gcore_cloud"
    (package / "client.py").write_text((package / "client.py").read_text() + "# drift\n")
    (package / "errors.py").unlink()
    (package / "stray.py").write_text("x = 1\n")
    proc = regenerate("--check", "gcore_cloud", "--output-dir", copy)
    assert proc.returncode == 1
    assert "drifted: " in proc.stderr and "cloudprojects_gen_gcore_cloud/client.py" in proc.stderr
    assert "missing: " in proc.stderr and "cloudprojects_gen_gcore_cloud/errors.py" in proc.stderr
    assert "extra: " in proc.stderr and "cloudprojects_gen_gcore_cloud/stray.py" in proc.stderr
    assert (package / "stray.py").exists(), "--check must change nothing"


def _first_operation(document: dict[str, Any]) -> dict[str, Any]:
    for item in document["paths"].values():
        for method in ("get", "put", "post", "patch", "delete"):
            if method in item:
                return item[method]
    raise AssertionError("no operation")


def _duplicate_operation_id(document: dict[str, Any]) -> None:
    ops = [
        item[m] for item in document["paths"].values() for m in ("get", "put", "post", "patch", "delete") if m in item
    ]
    ops[1]["operationId"] = ops[0]["operationId"]


def _broken_ref(document: dict[str, Any]) -> None:
    op = _first_operation(document)
    response = next(r for code, r in op["responses"].items() if str(code).startswith("2") and "content" in r)
    next(iter(response["content"].values()))["schema"] = {"$ref": "#/components/schemas/NoSuchSchema"}


def _const_header(document: dict[str, Any]) -> None:
    op = _first_operation(document)
    op.setdefault("parameters", []).append(
        {
            "name": "X-Api-Version",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "const": "1"},
        }
    )


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (_duplicate_operation_id, "operation-operationId-unique"),
        (_broken_ref, "NoSuchSchema"),
        (_const_header, "cloudprojects-no-const-header"),
    ],
    ids=["duplicate-operationId", "broken-ref", "const-header"],
)
def test_a_wrong_spec_fails_naming_the_file_and_the_problem(
    mutate: Callable[[dict[str, Any]], None], problem: str, tmp_path: Path
) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs, ignore=shutil.ignore_patterns("codegen", "lint", "examples"))
    spec = specs / "gcore_cloud.yaml"
    document = yaml.safe_load(spec.read_text())
    mutate(document)
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    out = tmp_path / "out"
    proc = regenerate("gcore_cloud", "--specs-dir", specs, "--output-dir", out)
    assert proc.returncode != 0
    assert "gcore_cloud.yaml" in proc.stderr
    assert problem in proc.stderr
    assert not out.exists(), "nothing may be written when a spec is wrong"


def test_unknown_provider_is_refused() -> None:
    proc = regenerate("no_such_cloud")
    assert proc.returncode != 0
    assert "unknown provider(s): no_such_cloud" in proc.stderr
