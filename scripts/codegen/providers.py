"""The provider registry (specs/codegen/providers.yaml) and the repository's fixed paths."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CODEGEN = SPECS / "codegen"
GENERATED = ROOT / "generated"
VERSION_FILE = ROOT / "VERSION"


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
    """One provider: a generated distribution made from one or more spec documents."""

    key: str
    title: str
    parts: tuple[Part, ...]

    @property
    def package(self) -> str:
        return f"cloudprojects_gen_{self.key}"

    @property
    def pydantic_package(self) -> str:
        return f"{self.package}_pydantic"

    @property
    def distribution(self) -> str:
        return self.package.replace("_", "-")


def load_providers(path: Path = CODEGEN / "providers.yaml") -> dict[str, Provider]:
    """Read the registry, in file order."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        key: Provider(
            key=key,
            title=entry["title"],
            parts=tuple(Part(spec=p["spec"], subpackage=p.get("subpackage")) for p in entry["parts"]),
        )
        for key, entry in raw.items()
    }


def suite_version() -> str:
    """The one version of the suite (the VERSION file)."""
    return VERSION_FILE.read_text(encoding="utf-8").strip()
