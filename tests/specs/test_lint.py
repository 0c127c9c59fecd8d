"""Spec lint: openapi-spec-validator and Spectral (project ruleset) pass on every spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.lint import run_spectral, validate_structure
from codegen.providers import SPECS, load_providers

SPEC_FILES = sorted(SPECS / part.spec for p in load_providers().values() for part in p.parts)


def test_every_spec_in_specs_is_registered() -> None:
    assert sorted(SPECS.glob("*.yaml")) == SPEC_FILES


@pytest.mark.parametrize("spec", SPEC_FILES, ids=lambda p: p.name)
def test_openapi_spec_validator_accepts(spec: Path) -> None:
    assert validate_structure(spec) == []


def test_spectral_project_ruleset_passes() -> None:
    assert run_spectral(SPEC_FILES) == []
