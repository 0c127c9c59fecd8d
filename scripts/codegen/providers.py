"""The provider registry (specs/codegen/providers.yaml) and the repository's fixed paths."""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CODEGEN = SPECS / "codegen"
GENERATED = ROOT / "generated"
REGISTRY = CODEGEN / "providers.yaml"
VERSION_FILE = ROOT / "VERSION"

KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SIGNER = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
FIELDS = {"title", "parts", "auth", "signers", "credentials", "settings", "keywords", "example"}


class RegistryError(ValueError):
    """providers.yaml breaks its own rules; the message names the provider and the field."""


@dataclass(frozen=True)
class Part:
    """One spec document and the generated package (or subpackage) it becomes."""

    spec: str
    subpackage: str | None

    @property
    def pydantic_module(self) -> str:
        return self.subpackage or "models"


@dataclass(frozen=True)
class Provider:
    """One provider: a generated distribution made from one or more spec documents, and its facts."""

    key: str
    title: str
    parts: tuple[Part, ...]
    auth: str = ""
    signers: tuple[str, ...] = ()
    credentials: tuple[tuple[str, tuple[str, ...]], ...] = ()
    settings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    keywords: tuple[str, ...] = ()
    example: str = ""

    @property
    def package(self) -> str:
        return f"cloudprojects_gen_{self.key}"

    @property
    def pydantic_package(self) -> str:
        return f"{self.package}_pydantic"

    @property
    def distribution(self) -> str:
        return self.package.replace("_", "-")

    @property
    def cli_name(self) -> str:
        """The command-line spelling: hyphens for underscores."""
        return self.key.replace("_", "-")

    @property
    def facade(self) -> str:
        return f"cloudprojects.{self.key}"

    @property
    def simulator(self) -> str:
        return f"cloudprojects.sim._{self.key}"

    @property
    def lifecycle(self) -> str:
        return f"cloudprojects.sim.lifecycles.{self.key}"

    @property
    def specs(self) -> tuple[str, ...]:
        return tuple(part.spec for part in self.parts)


def _names(key: str, field: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(f"{key}.{field}: expected a list of strings, got {value!r}")
    return tuple(value)


def _env_map(key: str, field: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise RegistryError(f"{key}.{field}: expected a mapping of keyword -> [ENV_NAME, ...], got {value!r}")
    result = []
    for name, envs in value.items():
        if not (isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)):
            raise RegistryError(f"{key}.{field}: {name!r} is not a Python keyword argument name")
        names = _names(key, f"{field}.{name}", envs)
        bad = [e for e in names if not ENV_NAME.match(e)]
        if bad:
            raise RegistryError(f"{key}.{field}.{name}: {', '.join(bad)} are not environment variable names")
        result.append((name, names))
    return tuple(result)


def _provider(key: Any, entry: Any) -> Provider:
    if not isinstance(key, str) or not KEY.match(key):
        raise RegistryError(f"{key!r}: a provider key is snake_case ([a-z][a-z0-9_]*)")
    if not isinstance(entry, dict):
        raise RegistryError(f"{key}: expected a mapping of fields")
    unknown = set(entry) - FIELDS
    if unknown:
        raise RegistryError(f"{key}: unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(FIELDS))}")
    if not isinstance(entry.get("title"), str) or not entry["title"]:
        raise RegistryError(f"{key}.title: required")
    raw_parts = entry.get("parts")
    if not isinstance(raw_parts, list) or not raw_parts:
        raise RegistryError(f"{key}.parts: a non-empty list of {{spec, subpackage?}}")
    parts = tuple(Part(spec=p["spec"], subpackage=p.get("subpackage")) for p in raw_parts)
    if len(parts) > 1 and not all(p.subpackage for p in parts):
        raise RegistryError(f"{key}.parts: with several specs each part needs a subpackage")
    signers = _names(key, "signers", entry.get("signers", []))
    bad = [s for s in signers if not SIGNER.match(s)]
    if bad:
        raise RegistryError(f"{key}.signers: {', '.join(bad)} are not kebab-case signer names")
    auth = entry.get("auth")
    if not isinstance(auth, str) or not auth.isidentifier():
        raise RegistryError(f"{key}.auth: the name of a cloudprojects.auth class")
    return Provider(
        key=key,
        title=entry["title"],
        parts=parts,
        auth=auth,
        signers=signers,
        credentials=_env_map(key, "credentials", entry.get("credentials", {})),
        settings=_env_map(key, "settings", entry.get("settings") or {}),
        keywords=_names(key, "keywords", entry.get("keywords", [])),
        example=str(entry.get("example", "")).strip(),
    )


def load_providers(path: Path = REGISTRY) -> dict[str, Provider]:
    """Read and check the registry, in file order."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not raw:
        raise RegistryError(f"{path.name}: expected a mapping of provider key -> fields")
    providers = {key: _provider(key, entry) for key, entry in raw.items()}
    specs = [spec for p in providers.values() for spec in p.specs]
    duplicated = sorted({s for s in specs if specs.count(s) > 1})
    if duplicated:
        raise RegistryError(f"{path.name}: spec(s) listed by more than one part: {', '.join(duplicated)}")
    return providers


def ruff_binary() -> str:
    """The pinned ruff in this interpreter's environment."""
    candidate = Path(sys.executable).with_name("ruff")
    return str(candidate) if candidate.exists() else "ruff"


def suite_version() -> str:
    """The one version of the suite (the VERSION file)."""
    return VERSION_FILE.read_text(encoding="utf-8").strip()
