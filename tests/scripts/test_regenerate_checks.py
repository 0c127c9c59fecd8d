"""scripts/regenerate.py catches what a spec change breaks, and every lint finding says file:line:column."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.providers import ROOT, SPECS

REGENERATE = ROOT / "scripts" / "regenerate.py"
GCORE = "gcore_cloud.yaml"


def regenerate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REGENERATE), *map(str, args)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    copy = tmp_path / "specs"
    shutil.copytree(SPECS, copy, ignore=shutil.ignore_patterns("codegen", "lint", "examples"))
    return copy


def _edit(spec: Path, old: str, new: str, count: int = 1) -> int:
    """Replace text in a spec; return the 1-based line of the first replacement."""
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_a_renamed_operation_id_fails_check_naming_the_import_and_the_operation(specs: Path) -> None:
    _edit(specs / GCORE, "operationId: replace_project\n", "operationId: replace_project_v2\n")
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    assert re.search(r"wrappers/cloudprojects/gcore_cloud/_calls\.py:\d+: 'replace_project' is missing", proc.stderr)
    assert "PUT /cloud/v1/projects/{project_id} was 'replace_project' and is now operationId 'replace_project_v2'" in (
        proc.stderr
    )


def test_a_renamed_operation_id_fails_the_regeneration_too(specs: Path, tmp_path: Path) -> None:
    _edit(specs / GCORE, "operationId: replace_project\n", "operationId: replace_project_v2\n")
    out = tmp_path / "out"
    proc = regenerate("gcore_cloud", "--specs-dir", specs, "--output-dir", out)
    assert proc.returncode == 1, proc.stdout
    assert "the new code breaks what imports it" in proc.stderr
    assert "specs/gcore_cloud.yaml has no operationId 'replace_project'" in proc.stderr
    assert (
        out / "gcore_cloud" / "cloudprojects_gen_gcore_cloud" / "api" / "projects" / "replace_project_v2.py"
    ).exists()


def test_a_renamed_schema_names_the_facade_and_the_simulator_that_use_it(specs: Path) -> None:
    spec = specs / GCORE
    spec.write_text(spec.read_text(encoding="utf-8").replace("ProjectReplaceRequest", "ProjectReplaceBody"))
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    assert "'ProjectReplaceRequest' is missing from cloudprojects_gen_gcore_cloud.models" in proc.stderr
    assert re.search(
        r"wrappers/cloudprojects/sim/_gcore_cloud\.py:\d+: 'ProjectReplaceRequest' is missing", proc.stderr
    )
    assert "no schema in specs/gcore_cloud.yaml (components.schemas) generates 'ProjectReplaceRequest'" in proc.stderr


def test_a_misplaced_operation_reports_the_validator_first_and_survives_a_spectral_crash(specs: Path) -> None:
    spec = specs / GCORE
    line = _edit(
        spec,
        "    post:\n      operationId: create_project",
        "    delete:\n    post:\n      operationId: create_project",
    )
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    findings = [row.strip() for row in proc.stderr.splitlines() if GCORE in row]
    assert findings[0].startswith(f"{spec}:{line}:5: openapi-spec-validator: null is not of type")
    assert any("spectral crashed" in row and "Cannot read properties of null" in row for row in findings[1:])


def test_a_key_the_validator_does_not_allow_is_pointed_at(specs: Path) -> None:
    spec = specs / GCORE
    line = _edit(spec, "    get:\n      operationId: list_projects\n", "    operationId: list_projects\n    get:\n")
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    assert f"{spec}:{line}:5: openapi-spec-validator: Unevaluated properties" in proc.stderr
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: spectral operation-operationId:", proc.stderr)


def test_an_unclosed_quote_names_where_it_opened(specs: Path) -> None:
    spec = specs / GCORE
    line = _edit(spec, "title: Gcore Cloud Projects API", 'title: "Gcore Cloud Projects API')
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: yaml: while parsing a block mapping", proc.stderr)
    assert f"a quoted string opened at {spec}:{line}:10 runs on (unclosed quote?)" in proc.stderr


def test_a_spec_that_disagrees_with_its_registry_entry_is_refused(specs: Path) -> None:
    spec = specs / GCORE
    provider_line = _edit(spec, "x-cloudprojects-provider: gcore_cloud", "x-cloudprojects-provider: gcore")
    signer_line = _edit(spec, "x-cloudprojects-signer: gcore-apikey", "x-cloudprojects-signer: bce-auth-v1")
    proc = regenerate("--check", "gcore_cloud", "--specs-dir", specs)
    assert proc.returncode == 1
    assert f"{spec}:{provider_line}:3: registry: info.x-cloudprojects-provider is 'gcore'" in proc.stderr
    assert f"{spec}:{signer_line}:7: registry: securityScheme 'ApiKey' names signer 'bce-auth-v1'" in proc.stderr
