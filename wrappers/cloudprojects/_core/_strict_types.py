"""Python's own types for a JSON Schema's ``integer``, ``boolean`` and JSON data, checked before the schema runs.

JSON Schema counts ``1.0`` as an integer and knows no integer range without ``minimum``/``maximum``; a Python
caller means something else by ``get(1.0)`` or ``get(2**70)``. The walk follows the operation's input schema
(``$ref``, ``properties``, ``items``, ``anyOf``/``oneOf``/``allOf``) and raises
:class:`~cloudprojects.errors.ValidationError` naming the field for:

- a value that is not plain JSON data (bytes, sets, tuples, arbitrary objects, non-string keys);
- a ``float`` where no branch of the schema allows a ``number``, or a non-finite ``float`` anywhere;
- an ``int`` outside its ``format``'s range (``int32``, ``int64``; ``int64`` when the schema gives none).

What the schema itself says (types, lengths, patterns, enums) is left to the schema validator.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from cloudprojects.errors import ValidationError

INTEGER_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}
DEFAULT_INTEGER_FORMAT = "int64"
_SCALARS = (str, int, float, type(None))
_BRANCHES = ("anyOf", "oneOf", "allOf")


def check_python_types(schema: dict[str, Any], instance: Any) -> None:
    """Raise ValidationError for the first value whose Python type the schema cannot mean.

    Args:
        schema: The operation's input schema; ``$ref`` resolves against it (it carries ``components``).
        instance: The input as the facade built it (``{"path": …, "query": …, "body": …}``).
    """
    _check(schema, [schema], instance, [])


def _check(root: dict[str, Any], schemas: list[dict[str, Any]], value: Any, location: list[str]) -> None:
    nodes = list(_flatten(root, schemas))
    if isinstance(value, dict | list):
        container = "object" if isinstance(value, dict) else "array"
        _check_container_allowed(nodes, container, location)
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise _error(location, f"a key of type {type(key).__name__} is not JSON", "type")
            properties = [n["properties"][key] for n in nodes if key in n.get("properties", {})]
            _check(root, properties, item, [*location, key])
    elif isinstance(value, list):
        items = [n["items"] for n in nodes if isinstance(n.get("items"), dict)]
        for index, item in enumerate(value):
            _check(root, items, item, [*location, str(index)])
    elif isinstance(value, bool):
        return
    elif isinstance(value, float):
        _check_float(nodes, value, location)
    elif isinstance(value, int):
        _check_int(nodes, value, location)
    elif not isinstance(value, _SCALARS):
        raise _error(location, f"a value of type {type(value).__name__} is not JSON data", "type")


def _check_container_allowed(nodes: list[dict[str, Any]], container: str, location: list[str]) -> None:
    """A list or dict where the schema wants a scalar is refused here, naming the field, not an element."""
    declared = {t for n in nodes for t in _types(n)}
    if declared and container not in declared:
        wanted = sorted(declared - {"null"}) or sorted(declared)
        raise _error(location, f"an {container} is not of type {' or '.join(wanted)}", f"type {wanted}")


def _check_float(nodes: list[dict[str, Any]], value: float, location: list[str]) -> None:
    if not math.isfinite(value):
        raise _error(location, f"{value} is not a finite number", "type")
    if nodes and not any("number" in _types(n) for n in nodes):
        wanted = sorted({t for n in nodes for t in _types(n)}) or ["integer"]
        raise _error(location, f"{value!r} is a float, not of type {' or '.join(wanted)}", f"type {wanted}")


def _check_int(nodes: list[dict[str, Any]], value: int, location: list[str]) -> None:
    formats = [n.get("format", DEFAULT_INTEGER_FORMAT) for n in nodes if "integer" in _types(n)]
    for name in formats or [DEFAULT_INTEGER_FORMAT]:
        low, high = INTEGER_RANGES.get(name, INTEGER_RANGES[DEFAULT_INTEGER_FORMAT])
        if not low <= value <= high:
            raise _error(location, f"{_short(value)} is outside the {name} range", f"format {name!r}")


def _flatten(root: dict[str, Any], schemas: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every schema node that applies to one value: references resolved, branches expanded."""
    for node in schemas:
        node = _resolve(root, node)
        yield node
        for keyword in _BRANCHES:
            yield from _flatten(root, [b for b in node.get(keyword, []) if isinstance(b, dict)])


def _resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    while "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = root
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


def _types(node: dict[str, Any]) -> list[str]:
    declared = node.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def _short(value: int) -> str:
    text = str(value) if value.bit_length() < 4000 else f"an int of {value.bit_length()} bits"
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} digits)"


def _error(location: list[str], problem: str, rule: str) -> ValidationError:
    return ValidationError(".".join(location[1:]) or "input", problem, rule)
