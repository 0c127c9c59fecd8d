"""Finding an installed package's files without importing it (importing a generated package loads attrs and its
client classes)."""

from __future__ import annotations

from importlib import util
from pathlib import Path


def package_dir(name: str) -> Path | None:
    """The directory of the package ``name``; None when it is not installed or not a plain directory."""
    spec = util.find_spec(name)
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations))) if locations else None
