"""What listing every project of a provider needs besides credentials (NCP: a workspace), and one inventory row
per project, both read from the facade and the models' fields rather than written per provider."""

from __future__ import annotations

import re
from typing import Any

from cloudprojects.timestamps import to_datetime

from ._facade import Facade, Input
from ._names import command_name

_CREATED = re.compile(r"^creat(ed|e|ion)?(at|time|on|date)$")
ID_FIELDS = ("id", "uuid", "projectid")
NAME_FIELDS = ("name", "projectname")


def list_arguments(facade: Facade) -> tuple[Input, ...]:
    """The required positional inputs of ``projects.list`` (NCP: ``workspace_name``)."""
    operation = facade.operations.get("list")
    return tuple(i for i in operation.arguments if i.required) if operation else ()


def setting_name(item: Input) -> str:
    """The profile key of a list argument: ``workspace_name`` -> ``workspace``."""
    return item.name.removesuffix("_name")


def option_name(facade: Facade, item: Input) -> str:
    """The inventory option of a list argument: ``--ncp-workspace`` (provider prefix, setting name)."""
    prefix = command_name(facade.provider).split("-")[0]
    return f"{prefix}_{setting_name(item)}"


def _normal(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def _first(item: dict[str, Any], keys: dict[str, str], candidates: tuple[str, ...]) -> Any:
    for candidate in candidates:
        value = item.get(keys.get(candidate, ""))
        if value not in (None, ""):
            return value
    return None


def created_iso(value: Any) -> str | None:
    """A provider timestamp as ISO 8601 UTC (``…Z``), per ``cloudprojects.timestamps``; unreadable ones as sent."""
    if value in (None, ""):
        return None
    try:
        return to_datetime(str(value)).isoformat().replace("+00:00", "Z")
    except ValueError:
        return str(value)


def summary(item: dict[str, Any]) -> dict[str, Any]:
    """``{id, name, description, created}`` from one project's provider fields (a list's table view)."""
    full = row("", item)
    del full["provider"]
    return full


def row(provider: str, item: dict[str, Any]) -> dict[str, Any]:
    """``{provider, id, name, description, created}`` from one project's provider fields."""
    keys = {_normal(k): k for k in item}
    created = next((item[k] for n, k in keys.items() if _CREATED.match(n) and item[k] not in (None, "")), None)
    name = _first(item, keys, NAME_FIELDS)
    identifier = _first(item, keys, ID_FIELDS)
    return {
        "provider": command_name(provider),
        "id": str(identifier if identifier is not None else name),
        "name": name,
        "description": item.get(keys.get("description", "")),
        "created": created_iso(created),
    }
