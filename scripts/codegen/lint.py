"""Spec lint: openapi-spec-validator (structure, $refs, unique operationIds) and Spectral (project rules)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from .providers import ROOT, SPECS

RULESET = SPECS / "lint" / "spectral.yaml"


class LintError(Exception):
    """One or more specs broke a rule; the message names each file and problem."""


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def validate_structure(spec: Path) -> list[str]:
    """Problems openapi-spec-validator finds in one document (empty when valid)."""
    try:
        document, base_uri = read_from_filename(str(spec))
        validate(document, base_uri=base_uri)
    except Exception as exc:  # the validator raises several unrelated types; each is a finding
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [f"{_display(spec)}: openapi-spec-validator: {first_line}"]
    return []


def spectral_binary() -> Path:
    """The Spectral CLI installed from package-lock.json."""
    binary = ROOT / "node_modules" / ".bin" / "spectral"
    if not binary.exists():
        raise LintError("Spectral is not installed: run `npm ci` (or `make setup`) in the repository root")
    return binary


def run_spectral(specs: Iterable[Path]) -> list[str]:
    """Problems (any severity up to warnings) the project ruleset finds, one line each."""
    paths = [str(p) for p in specs]
    if not paths:
        return []
    node = shutil.which("node")
    if node is None:
        raise LintError("Node.js is required for Spectral but `node` is not on PATH")
    proc = subprocess.run(
        [str(spectral_binary()), "lint", "--ruleset", str(RULESET), "--format", "json", "--quiet", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    out = proc.stdout.strip()
    try:
        results = json.loads(out) if out else []
    except json.JSONDecodeError as exc:
        raise LintError(f"Spectral failed: {proc.stderr.strip() or out}") from exc
    problems = []
    for item in results:
        if item.get("severity", 0) > 1:  # 0 error, 1 warning, 2 info, 3 hint
            continue
        start = item.get("range", {}).get("start", {})
        where = f"{_display(Path(item['source']))}:{start.get('line', 0) + 1}:{start.get('character', 0) + 1}"
        path = ".".join(str(p) for p in item.get("path", []))
        problems.append(f"{where}: {item['code']}: {item['message']} (at {path})")
    if proc.returncode not in (0, 1) and not problems:
        raise LintError(f"Spectral failed: {proc.stderr.strip()}")
    return problems


def lint(specs: Iterable[Path]) -> None:
    """Raise LintError listing every problem in the given spec files."""
    specs = sorted(set(specs))
    problems = [p for spec in specs for p in validate_structure(spec)]
    problems += run_spectral(specs)
    if problems:
        raise LintError("spec lint failed:\n  " + "\n  ".join(problems))
