"""The Python matrix tests exactly what the distributions claim, on interpreters this machine has."""

from __future__ import annotations

import re
import tomllib

from python_matrix import find_interpreter, selected_tests, supported_versions

from codegen.providers import CODEGEN, ROOT, load_providers


def _project(path: str) -> dict[str, object]:
    project: dict[str, object] = tomllib.loads((ROOT / path).read_text(encoding="utf-8"))["project"]
    return project


def test_every_distribution_claims_the_versions_the_matrix_runs() -> None:
    versions = supported_versions()
    assert versions == ["3.11", "3.12", "3.13"]
    template = (CODEGEN / "distribution" / "pyproject.toml.tmpl").read_text(encoding="utf-8")
    generated = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', template)
    assert generated == versions
    for path in ["wrappers/pyproject.toml", *(f"generated/{key}/pyproject.toml" for key in load_providers())]:
        project = _project(path)
        assert project["requires-python"] == f">={versions[0]}", path


def test_the_matrix_runs_facade_signing_simulator_and_cli_tests() -> None:
    paths = selected_tests()
    assert [f"tests/{key}" for key in load_providers()] == paths[: len(load_providers())]
    assert {"tests/core", "tests/auth", "tests/sim"} <= set(paths)
    assert ("tests/cli" in paths) == (ROOT / "tests" / "cli").is_dir()


def test_every_supported_version_is_on_this_machine() -> None:
    for version in supported_versions():
        interpreter = find_interpreter(version)
        assert interpreter, f"CPython {version} is missing: the matrix cannot prove it"


def test_ci_runs_the_matrix() -> None:
    assert "test-matrix:" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make test-matrix" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
