"""Reading a facade's annotations at run time (the CLI and the docs build do).

A client module imports its resources (``_projects``, ``_tasks``) only for type checking and loads them on the
first use of ``client.projects``, as openai-python does, so importing a facade and building a client stays cheap.
``typing.get_type_hints`` on a client's properties needs those names: :func:`resource_names` supplies them, and
:func:`resource_class` reads the class behind ``client.projects`` (or ``client.tasks``) with them.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import typing
from typing import Any

RESOURCE_MODULES = ("_projects", "_tasks")


def resource_names(client: type) -> dict[str, Any]:
    """The names of the resource modules beside ``client``'s module (imported here), for ``localns``."""
    package = client.__module__.rpartition(".")[0]
    names: dict[str, Any] = {}
    for leaf in RESOURCE_MODULES:
        if importlib.util.find_spec(f"{package}.{leaf}") is not None:
            names |= vars(importlib.import_module(f"{package}.{leaf}"))
    return names


def resource_class(client: type, name: str) -> type | None:
    """The class a client's resource property (``projects``, ``tasks``) returns, from its annotation; None when
    the client has no such typed property."""
    attribute = inspect.getattr_static(client, name, None)
    function = getattr(attribute, "func", None) or getattr(attribute, "fget", None)
    if function is None:
        return None
    try:
        returned = typing.get_type_hints(function, localns=resource_names(client)).get("return")
    except (NameError, TypeError):
        return None
    return returned if isinstance(returned, type) else None
