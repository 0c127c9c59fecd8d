"""What one provider's facade offers the command line, read from the library itself: the ``Client`` constructor
(connection settings, credentials and the environment variables its docstring names), the ``projects`` methods
(``inspect.signature`` and type hints) and the shipped spec (help text, deprecations, regions).
Nothing here is written per provider."""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import typing
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType, NoneType, UnionType
from typing import Any

from cloudprojects._core.client import OPTION_NAMES
from cloudprojects._core.introspection import resource_class

from . import _spec

PER_REQUEST = frozenset({"timeout", "max_retries", "total_timeout", "extra_headers", "extra_query", "extra_body"})
LIFECYCLE = ("list", "get", "create", "update", "replace", "delete")
CONNECTION = frozenset({"base_url", "endpoint", "region", "scheme"})
NOT_SETTINGS = frozenset({"auth", "self"})
SECRET_WORDS = ("secret", "token", "api_key", "password")
_ENV_NAME = re.compile(r"``([A-Z][A-Z0-9_]{2,})``")
_ARG_LINE = re.compile(r"^(\s*)(\w+):\s?(.*)$")


def is_secret(name: str) -> bool:
    """Whether a credential keyword holds a secret (hidden input, never shown)."""
    return any(word in name for word in SECRET_WORDS)


@dataclass(frozen=True)
class Input:
    """One input of a facade method: a positional argument (a path id) or a keyword option."""

    name: str
    positional: bool
    type: Any
    required: bool
    help: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One ``client.projects`` method."""

    name: str
    inputs: tuple[Input, ...]
    summary: str
    description: str
    deprecated: bool
    is_list: bool

    @property
    def arguments(self) -> tuple[Input, ...]:
        return tuple(i for i in self.inputs if i.positional)


@dataclass(frozen=True)
class Facade:
    """A provider's facade as the command line sees it."""

    provider: str
    module: ModuleType
    constructor: tuple[str, ...]
    credentials: tuple[str, ...]
    required_credentials: tuple[str, ...]
    environment: dict[str, tuple[str, ...]]
    region_endpoint: str | None
    regions: tuple[str, ...]
    operations: dict[str, Operation]
    waits_for_tasks: bool

    @property
    def has_regions(self) -> bool:
        return "region" in self.constructor or self.region_endpoint is not None

    @property
    def base_url_environment(self) -> tuple[str, ...]:
        return self.environment.get("base_url", ()) + self.environment.get("endpoint", ())


def _unwrap(hint: Any) -> tuple[Any, tuple[str, ...]]:
    """The CLI type behind an annotation (None, Unset and sentinels dropped) and its choices (Literal, Enum)."""
    members = typing.get_args(hint) if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union else ()
    kept = [c for c in (members or (hint,)) if c is not NoneType and not _is_sentinel(c)]
    if len(kept) != 1:
        return str, ()
    (kind,) = kept
    if typing.get_origin(kind) is typing.Literal:
        return str, tuple(str(v) for v in typing.get_args(kind))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind, tuple(str(member.value) for member in kind)
    return (kind if kind in (bool, int) else str), ()


def _is_sentinel(candidate: Any) -> bool:
    return getattr(candidate, "__name__", "") in {"Unset", "NotGiven", "Omit"}


def _hints(function: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except (NameError, TypeError):
        return {}


def _operation(provider: str, name: str, method: Any) -> Operation:
    doc = _spec.operation_doc(provider, name)
    hints = _hints(method)
    inputs: list[Input] = []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name in NOT_SETTINGS or parameter.name in PER_REQUEST:
            continue
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        kind, choices = _unwrap(hints.get(parameter.name, str))
        inputs.append(
            Input(
                name=parameter.name,
                positional=parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD),
                type=kind,
                required=parameter.default is parameter.empty,
                help=doc.input_help(parameter.name),
                choices=choices,
            )
        )
    returns = typing.get_origin(hints.get("return"))
    return Operation(
        name=name,
        inputs=tuple(inputs),
        summary=doc.summary,
        description=doc.description,
        deprecated=doc.deprecated,
        is_list=returns in (Iterator, AsyncIterator) or name == "list",
    )


def environment_names(client: type) -> dict[str, tuple[str, ...]]:
    """Each constructor keyword's environment variables, as the ``Args:`` section of its docstring names them."""
    names: dict[str, tuple[str, ...]] = {}
    current: str | None = None
    indent = -1
    in_args = False
    for line in (inspect.getdoc(client) or "").splitlines():
        stripped = line.strip()
        if stripped in ("Args:", "Arguments:", "Keyword Args:", "Keyword Arguments:"):
            in_args, current, indent = True, None, -1
            continue
        if in_args and stripped.endswith(":") and " " not in stripped and not line.startswith(" "):
            in_args = False
        if not in_args:
            continue
        match = _ARG_LINE.match(line)
        if match and (indent < 0 or len(match.group(1)) <= indent):
            current, indent = match.group(2), len(match.group(1))
        if current is not None:
            found = _ENV_NAME.findall(line)
            if found:
                names[current] = names.get(current, ()) + tuple(n for n in found if n not in names.get(current, ()))
    return names


@cache
def facade(provider: str) -> Facade:
    """Read the facade of ``provider`` (imports ``cloudprojects.<provider>``)."""
    module = importlib.import_module(f"cloudprojects.{provider}")
    client: type = module.Client
    signature = inspect.signature(client)
    constructor = tuple(
        p.name for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY and p.name not in NOT_SETTINGS
    )
    credentials = tuple(n for n in constructor if n not in CONNECTION and n not in OPTION_NAMES)
    required = tuple(
        n
        for n in credentials
        if signature.parameters[n].default in (None, inspect.Parameter.empty) and "token" not in n
    )
    projects = resource_class(client, "projects")
    if projects is None:
        raise RuntimeError(f"cloudprojects.{provider}.Client has no typed projects property")
    operations = {
        name: _operation(provider, name, getattr(projects, name)) for name in LIFECYCLE if hasattr(projects, name)
    }
    tasks = resource_class(client, "tasks")
    return Facade(
        provider=provider,
        module=module,
        constructor=constructor,
        credentials=credentials,
        required_credentials=required,
        environment=environment_names(client),
        region_endpoint=None if "region" in constructor else _spec.region_endpoint(provider),
        regions=_spec.regions(provider),
        operations=operations,
        waits_for_tasks=tasks is not None and hasattr(tasks, "wait") and "delete" in operations,
    )
