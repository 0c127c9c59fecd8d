"""Which generated clients are installed, at which version, made from which spec (``cloudprojects.versions()``).

Every generated distribution carries ``<client package>/MANIFEST.json``, written by ``scripts/regenerate.py``: the
sha256 of each spec and configuration file and the generator versions. In a source checkout (an editable
install) the manifest sits beside the package instead, in ``generated/<provider>/``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._core.packages import package_dir
from ._providers import KEYS as PROVIDERS
from ._providers import PROVIDERS as _INFO

MANIFEST = "MANIFEST.json"


@dataclass(frozen=True)
class GeneratedVersion:
    """One generated client: its distribution and version, and the stamp of the spec(s) it was made from.

    Args:
        provider: the provider key (``gcore_cloud``).
        distribution: the generated distribution's name (``cloudprojects-gen-gcore-cloud``).
        version: its installed version.
        specs: spec file name -> sha256 of the spec it was generated from.
        generators: generator name -> version.
        config_sha256: sha256 over the generator configuration, templates, codegen scripts and VERSION.
    """

    provider: str
    distribution: str
    version: str
    specs: Mapping[str, str]
    """Spec file name -> sha256 of the spec it was generated from."""
    generators: Mapping[str, str]
    """Generator name -> version (openapi-python-client, datamodel-code-generator, ruff)."""
    config_sha256: str
    """sha256 over the generator configuration, templates, codegen scripts and VERSION."""


def _manifest(provider: str) -> dict[str, Any]:
    package = _INFO[provider].client_package
    here = package_dir(package)
    if here is None:
        raise ModuleNotFoundError(f"{package} is not installed", name=package)
    checkout = here.parent / "pyproject.toml"  # generated/<provider>/ of a source checkout
    for candidate in (here / MANIFEST, here.parent / MANIFEST):
        if candidate.is_file() and (candidate.parent == here or checkout.is_file()):
            document: dict[str, Any] = json.loads(candidate.read_text(encoding="utf-8"))
            return document
    raise FileNotFoundError(f"no {MANIFEST} for {package} (looked in {here} and {here.parent})")


def versions() -> dict[str, GeneratedVersion]:
    """Each provider's installed generated client, by provider key, in registry order."""
    from importlib import metadata  # here: importing cloudprojects must not pay for importlib.metadata

    result = {}
    for provider in PROVIDERS:
        manifest = _manifest(provider)
        inputs = manifest["inputs"]
        result[provider] = GeneratedVersion(
            provider=provider,
            distribution=manifest["distribution"],
            version=metadata.version(manifest["distribution"]),
            specs=dict(inputs["specs"]),
            generators=dict(inputs["generators"]),
            config_sha256=inputs["config_sha256"],
        )
    return result
