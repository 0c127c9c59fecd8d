"""Spec lint: YAML syntax, openapi-spec-validator (structure, $refs, unique operationIds), the registry's facts
(provider key, signers) and Spectral (project rules). Every finding names ``file:line:column``.

Findings are reported in that order, and a tool that fails does not hide the others' findings: a Spectral
crash is a finding of its own (attributed to the spec it crashed on) after the validator's.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from .providers import ROOT, SPECS, Provider

RULESET = SPECS / "lint" / "spectral.yaml"
_UNEXPECTED = re.compile(r"\('([^']+)'(?:, '[^']+')* (?:was|were) unexpected\)")


class LintError(Exception):
    """One or more specs broke a rule; the message names each file, line, column and problem."""


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _position(root: yaml.Node | None, path: Sequence[Any]) -> tuple[int, int]:
    """1-based line and column of the deepest node along ``path`` (keys and list indexes)."""
    node = root
    line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == str(step):
                    child, line, column = value, key.start_mark.line + 1, key.start_mark.column + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
            line, column = child.start_mark.line + 1, child.start_mark.column + 1
        if child is None:
            break
        node = child
    return line, column


def _load(spec: Path) -> tuple[Any, yaml.Node | None, list[str]]:
    """The document, its node tree (for positions) and the YAML syntax error, if any, with its position."""
    text = spec.read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{_display(spec)}:{mark.line + 1}:{mark.column + 1}" if mark else _display(spec)
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        return None, None, [f"{where}: yaml: {problem}{_open_quote_hint(text, spec)}"]
    except yaml.YAMLError as exc:
        return None, None, [f"{_display(spec)}:1:1: yaml: {exc}"]


def _open_quote_hint(text: str, spec: Path) -> str:
    """Where a quoted string that spans lines began: an unclosed quote makes the error surface far below it."""
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            quoted = isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
            if quoted and token.end_mark.line > token.start_mark.line:
                last = token
    except yaml.YAMLError:
        pass
    if last is None:
        return ""
    mark = last.start_mark
    return f"; a quoted string opened at {_display(spec)}:{mark.line + 1}:{mark.column + 1} runs on (unclosed quote?)"


def validate_structure(spec: Path) -> list[str]:
    """Every problem openapi-spec-validator finds in one document (empty when valid), each with its position."""
    document, nodes, problems = _load(spec)
    if problems:
        return problems
    if not isinstance(document, dict):
        return [f"{_display(spec)}:1:1: openapi-spec-validator: the document is not a mapping"]
    try:
        errors = list(OpenAPIV31SpecValidator(document, base_uri=spec.resolve().as_uri()).iter_errors())
    except Exception as exc:  # a broken $ref and the like surface as exceptions, not as errors
        return [f"{_display(spec)}:1:1: openapi-spec-validator: {str(exc).strip().splitlines()[0]}"]
    found = []
    for error in errors:
        path = list(getattr(error, "absolute_path", []) or [])
        unexpected = _UNEXPECTED.search(str(getattr(error, "message", "")))
        if unexpected:  # point at the key that should not be there, not at its parent
            path.append(unexpected.group(1))
        line, column = _position(nodes, path)
        message = str(getattr(error, "message", error)).strip().splitlines()[0]
        at = "/".join(str(p) for p in path) or "(root)"
        found.append((line, column, f"{_display(spec)}:{line}:{column}: openapi-spec-validator: {message} (at {at})"))
    return [text for *_, text in sorted(found)]


def check_registry(spec: Path, provider: Provider) -> list[str]:
    """The spec states the facts the registry has: its provider key and the signers that provider uses."""
    document, nodes, problems = _load(spec)
    if problems or not isinstance(document, dict):
        return []
    found = []
    info = document.get("info")
    named = info.get("x-cloudprojects-provider") if isinstance(info, dict) else None
    if named != provider.key:
        line, column = _position(nodes, ["info", "x-cloudprojects-provider"])
        found.append(
            f"{_display(spec)}:{line}:{column}: registry: info.x-cloudprojects-provider is {named!r}, but "
            f"specs/codegen/providers.yaml lists this spec under {provider.key!r}"
        )
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items() if isinstance(schemes, dict) else ():
        signer = scheme.get("x-cloudprojects-signer") if isinstance(scheme, dict) else None
        if signer not in provider.signers:
            path = ["components", "securitySchemes", name, "x-cloudprojects-signer"]
            line, column = _position(nodes, path)
            found.append(
                f"{_display(spec)}:{line}:{column}: registry: securityScheme {name!r} names signer {signer!r}; "
                f"{provider.key}'s signers are {', '.join(provider.signers) or '(none)'} (specs/codegen/providers.yaml)"
            )
    return found


def spectral_binary() -> Path:
    """The Spectral CLI installed from package-lock.json."""
    binary = ROOT / "node_modules" / ".bin" / "spectral"
    if not binary.exists():
        raise LintError("Spectral is not installed: run `npm ci` (or `make setup`) in the repository root")
    return binary


def _spectral(paths: list[str]) -> tuple[list[dict[str, Any]] | None, str]:
    """Spectral's JSON results, or None and its error output when it crashed."""
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
    except json.JSONDecodeError:
        return None, (proc.stderr.strip() or out)
    if proc.returncode not in (0, 1) and not results:
        return None, proc.stderr.strip()
    return results, ""


def run_spectral(specs: Iterable[Path]) -> list[str]:
    """Problems (any severity up to warnings) the project ruleset finds, one line each.

    When Spectral crashes on a batch, each spec is linted alone so the crash is pinned to its file and the
    other files' findings are kept.
    """
    paths = [str(p) for p in specs]
    if not paths:
        return []
    results, crash = _spectral(paths)
    if results is None:
        if len(paths) == 1:
            lines = [line.strip() for line in crash.splitlines() if line.strip()]
            detail = next((line for line in lines if line.startswith("Error #")), lines[0] if lines else "no output")
            return [f"{_display(Path(paths[0]))}:1:1: spectral crashed ({detail}); the findings above say where"]
        return [problem for path in paths for problem in run_spectral([Path(path)])]
    problems = []
    for item in results:
        if item.get("severity", 0) > 1:  # 0 error, 1 warning, 2 info, 3 hint
            continue
        start = item.get("range", {}).get("start", {})
        where = f"{_display(Path(item['source']))}:{start.get('line', 0) + 1}:{start.get('character', 0) + 1}"
        path = ".".join(str(p) for p in item.get("path", []))
        problems.append(f"{where}: spectral {item['code']}: {item['message']} (at {path})")
    return problems


def lint(specs: Iterable[Path], providers: Iterable[Provider] = ()) -> None:
    """Raise LintError listing every problem in the given spec files.

    ``providers`` are the registry entries the specs belong to; each spec is checked against its entry.
    """
    specs = sorted(set(specs))
    owners = {part.spec: p for p in providers for part in p.parts}
    problems = [p for spec in specs for p in validate_structure(spec)]
    problems += [p for spec in specs if spec.name in owners for p in check_registry(spec, owners[spec.name])]
    parsable = [spec for spec in specs if not _load(spec)[2]]
    problems += run_spectral(parsable)
    if problems:
        raise LintError("spec lint failed:\n  " + "\n  ".join(problems))
