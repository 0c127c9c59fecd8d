"""MANIFEST.json: what a generated distribution was made from, and the fingerprint that lets a run skip it."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from .providers import CODEGEN, REGISTRY, ROOT, VERSION_FILE, Provider

MANIFEST = "MANIFEST.json"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")
_CODEGEN_SCRIPTS = Path(__file__).resolve().parent


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def config_files() -> list[Path]:
    """Every input besides the specs that shapes the output: config, templates, the scripts, VERSION.

    The registry is not one of them as a file: each provider's own entry is (see :func:`inputs`), so adding a
    provider leaves the others' manifests alone.
    """
    files = [p for p in CODEGEN.rglob("*") if p.is_file() and p != REGISTRY]
    files += [p for p in _CODEGEN_SCRIPTS.glob("*.py")]
    files += [VERSION_FILE, ROOT / "LICENSE"]
    return sorted(files)


def inputs(provider: Provider, specs_dir: Path) -> dict[str, object]:
    """The provider's inputs: spec hashes, config hash, generator versions."""
    config = hashlib.sha256()
    for path in config_files():
        config.update(_rel(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return {
        "specs": {part.spec: sha256(specs_dir / part.spec) for part in provider.parts},
        "config_sha256": config.hexdigest(),
        "registry_sha256": hashlib.sha256(repr(provider).encode()).hexdigest(),
        "generators": {name: version(name) for name in GENERATORS},
    }


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file below root except the manifest itself, by posix relative path."""
    return {
        p.relative_to(root).as_posix(): sha256(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != MANIFEST and "__pycache__" not in p.parts
    }


def write_manifest(provider: Provider, specs_dir: Path, out: Path) -> None:
    document = {
        "provider": provider.key,
        "distribution": provider.distribution,
        "inputs": inputs(provider, specs_dir),
        "files": tree_hashes(out),
    }
    (out / MANIFEST).write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def is_current(provider: Provider, specs_dir: Path, dest: Path) -> bool:
    """True when dest was made from exactly these inputs and nobody changed a file since."""
    manifest = dest / MANIFEST
    if not manifest.exists():
        return False
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return False
    return bool(recorded.get("inputs") == inputs(provider, specs_dir) and recorded.get("files") == tree_hashes(dest))
