"""``cloudprojects configure <provider>``: prompt for a provider's settings and store them in a profile."""

from __future__ import annotations

import sys

import typer

from . import _errors, _facade, _listing, _profiles
from ._names import command_name, provider_key


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _ask(name: str, current: str | None, *, secret: bool, optional: bool, credential: bool = False) -> str | None:
    """One prompt; Enter keeps the current value. A credential's current value is never shown."""
    keep = "Enter keeps the current one" if current and credential else ""
    notes = [n for n in ("optional" if optional else "", keep) if n]
    text = _label(name) + (f" ({'; '.join(notes)})" if notes else "")
    shown = "" if credential else (current or "")
    answer = typer.prompt(text, default=shown, hide_input=secret, show_default=bool(shown))
    return answer.strip() or current or None


def configure(provider: str, profile: str) -> None:
    """Prompt for a provider's settings (secrets with hidden input) and store them in ``profile``."""
    with _errors.reported(debug=False):
        key = provider_key(provider)
        if key is None:
            raise _errors.Failure(f"unknown provider {provider!r}", _errors.USAGE_ERROR)
        facade = _facade.facade(key)
        current = _profiles.load(profile, key)
        values: dict[str, str | None] = {}
        for name in facade.credentials:
            optional = name not in facade.required_credentials
            secret = _facade.is_secret(name)
            values[name] = _ask(name, current.get(name), secret=secret, optional=optional, credential=True)
            if values[name] is None and not optional:
                raise _errors.Failure(f"{name} is required", _errors.USAGE_ERROR)
        values["base_url"] = _ask("base_url", current.get("base_url"), secret=False, optional=True)
        if facade.has_regions:
            values["region"] = _ask("region", current.get("region"), secret=False, optional=True)
        for item in _listing.list_arguments(facade):
            setting = _listing.setting_name(item)
            values[setting] = _ask(setting, current.get(setting), secret=False, optional=True)
        path = _profiles.save(profile, key, values)
        sys.stdout.write(f"Saved profile {profile!r} for {command_name(key)} in {path} (mode 0600).\n")
