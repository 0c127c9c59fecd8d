"""The six distributions of the suite: one per generated raw client, and `cloudprojects` (wrappers/) on top."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name

from codegen.manifest import MANIFEST
from codegen.providers import GENERATED, ROOT, load_providers

WRAPPERS = ROOT / "wrappers"
LICENSE = ROOT / "LICENSE"


@dataclass(frozen=True)
class Distribution:
    """One distribution: where its source is and what its wheel must contain."""

    name: str
    source: Path
    packages: tuple[str, ...]
    provider: str | None = None

    @property
    def manifest(self) -> Path | None:
        """generated/<provider>/MANIFEST.json, which the wheel carries as <client package>/MANIFEST.json."""
        return self.source / MANIFEST if self.provider else None

    @property
    def filename_stem(self) -> str:
        """The name as it starts artifact file names (PEP 625 / wheel spelling)."""
        return canonicalize_name(self.name).replace("-", "_")


def all_distributions(root: Path = ROOT) -> list[Distribution]:
    """Generated clients in registry order, then `cloudprojects` (which depends on them): the upload order."""
    generated = root / GENERATED.relative_to(ROOT)
    dists = [
        Distribution(p.distribution, generated / p.key, (p.package, p.pydantic_package), p.key)
        for p in load_providers(root / "specs" / "codegen" / "providers.yaml").values()
    ]
    dists.append(Distribution("cloudprojects", root / WRAPPERS.relative_to(ROOT), ("cloudprojects",)))
    return dists


def select(names: list[str], root: Path = ROOT) -> list[Distribution]:
    """The distributions named by distribution name or provider key (all when none), in upload order."""
    dists = all_distributions(root)
    if not names:
        return dists
    by_name = {canonicalize_name(d.name): d for d in dists}
    by_name.update({canonicalize_name(d.provider): d for d in dists if d.provider})
    unknown = [n for n in names if canonicalize_name(n) not in by_name]
    if unknown:
        known = ", ".join(d.name for d in dists)
        raise SystemExit(f"unknown distribution(s): {', '.join(unknown)}; known: {known} (or a provider key)")
    wanted = {by_name[canonicalize_name(n)].name for n in names}
    return [d for d in dists if d.name in wanted]
