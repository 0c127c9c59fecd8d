"""Profiles: ``[<profile>.<provider>]`` tables of settings in a TOML file that only its owner may read.

The file is ``$CLOUDPROJECTS_CONFIG``, else ``$XDG_CONFIG_HOME/cloudprojects/config.toml``, else
``~/.config/cloudprojects/config.toml``; written with mode 0600 (its directory 0700). Values are never printed.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from ._tools import DEFAULT_PROFILE

__all__ = ["CONFIG_ENV", "DEFAULT_PROFILE", "ProfileError", "config_path", "load", "load_all", "save"]

CONFIG_ENV = "CLOUDPROJECTS_CONFIG"


class ProfileError(Exception):
    """The profile file cannot be read or written (the message names the file, never a value)."""


def config_path() -> Path:
    """Where profiles live (see the module docstring)."""
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "cloudprojects" / "config.toml"


_warned: set[Path] = set()


def _warn_if_readable(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 and path not in _warned:
        _warned.add(path)
        sys.stderr.write(
            f"warning: {path} is readable by others (mode {mode:04o}); it holds credentials: chmod 600 {path}\n"
        )


def load_all(path: Path | None = None) -> dict[str, Any]:
    """Every profile in the file ({} when there is no file); warns when the file is group/world-readable."""
    path = path or config_path()
    if not path.is_file():
        return {}
    _warn_if_readable(path)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"cannot read {path}: {type(exc).__name__}") from None


def load(profile: str, provider: str) -> dict[str, Any]:
    """The settings of ``provider`` in ``profile`` ({} when absent)."""
    section = load_all().get(profile, {})
    values = section.get(provider, {}) if isinstance(section, dict) else {}
    return dict(values) if isinstance(values, dict) else {}


def save(profile: str, provider: str, values: dict[str, Any], path: Path | None = None) -> Path:
    """Replace the settings of ``provider`` in ``profile``; the file (default: :func:`config_path`) is rewritten
    atomically with mode 0600."""
    import tomli_w

    path = path or config_path()
    document = load_all(path)
    section = document.setdefault(profile, {})
    if not isinstance(section, dict):
        raise ProfileError(f"cannot write {path}: [{profile}] is not a table")
    section[provider] = {k: v for k, v in values.items() if v not in (None, "")}
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            tomli_w.dump(document, handle)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
