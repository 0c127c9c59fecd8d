"""Provider keys (``gcore_cloud``) and their command-line names (``gcore-cloud``), from the one provider list."""

from __future__ import annotations

from cloudprojects._providers import KEYS as PROVIDERS

__all__ = ["PROVIDERS", "command_name", "provider_key"]


def command_name(provider: str) -> str:
    """``gcore_cloud`` -> ``gcore-cloud``."""
    return provider.replace("_", "-")


def provider_key(name: str) -> str | None:
    """The provider key a command-line name means (hyphens or underscores), or None."""
    key = name.strip().replace("-", "_")
    return key if key in PROVIDERS else None
