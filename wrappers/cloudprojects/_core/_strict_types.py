"""Python's own types for a JSON Schema's ``integer``, ``boolean`` and JSON data, checked before the schema runs.

JSON Schema counts ``1.0`` as an integer and knows no integer range without ``minimum``/``maximum``; a Python
caller means something else by ``get(1.0)`` or ``get(2**70)``. :func:`compile_plan` reads the operation's input
schema once (``$ref``, ``properties``, ``items``, ``anyOf``/``oneOf``/``allOf``) into a :class:`TypePlan`;
:meth:`TypePlan.check` then raises :class:`~cloudprojects.errors.ValidationError` naming the field for:

- a value that is not plain JSON data (bytes, sets, tuples, arbitrary objects, non-string keys);
- a list or dict where the schema wants a scalar (named at the field, not at an element);
- a ``float`` where no branch of the schema allows a ``number``, or a non-finite ``float`` anywhere;
- an ``int`` outside its ``format``'s range (``int32``, ``int64``; ``int64`` when the schema gives none).

What the schema itself says (types, lengths, patterns, enums) is left to the schema validator.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from cloudprojects.errors import ValidationError

from .refs import resolve

INTEGER_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}
DEFAULT_INTEGER_FORMAT = "int64"
_BRANCHES = ("anyOf", "oneOf", "allOf")


class TypePlan:
    """What Python types one place of an input may hold; children are compiled on first use."""

    __slots__ = ("_children", "_items", "_nodes", "_root", "declared", "int_formats", "number_allowed")

    def __init__(self, root: dict[str, Any], schemas: list[dict[str, Any]]) -> None:
        self._root = root
        self._nodes = list(_flatten(root, schemas))
        self.declared = frozenset(t for node in self._nodes for t in _types(node))
        formats = [n.get("format", DEFAULT_INTEGER_FORMAT) for n in self._nodes if "integer" in _types(n)]
        self.int_formats = tuple(dict.fromkeys(formats or [DEFAULT_INTEGER_FORMAT]))
        self.number_allowed = not self._nodes or "number" in self.declared
        self._children: dict[str, TypePlan] = {}
        self._items: TypePlan | None = None

    def child(self, key: str) -> TypePlan:
        """The plan for property ``key``."""
        plan = self._children.get(key)
        if plan is None:
            schemas = [n["properties"][key] for n in self._nodes if key in n.get("properties", {})]
            plan = self._children[key] = TypePlan(self._root, schemas)
        return plan

    def items(self) -> TypePlan:
        """The plan for the elements of an array."""
        if self._items is None:
            self._items = TypePlan(self._root, [n["items"] for n in self._nodes if isinstance(n.get("items"), dict)])
        return self._items

    def check(self, value: Any) -> None:
        """Raise ValidationError for the first value here (or below) whose Python type the schema cannot mean."""
        try:
            self._check(value)
        except _Refused as refused:
            path = refused.path[::-1][1:]  # innermost key came first; the top level is the group (path, body, …)
            raise ValidationError(".".join(path) or "input", refused.problem, refused.rule) from None

    def _check(self, value: Any) -> None:
        kind = type(value)
        if kind is str or kind is bool or value is None:
            return
        if kind is int:
            self._check_int(value)
        elif kind is dict:
            self._check_container("object")
            for key, item in value.items():
                if type(key) is not str:
                    raise _Refused(f"a key of type {type(key).__name__} is not JSON", "type")
                try:
                    self.child(key)._check(item)
                except _Refused as refused:
                    refused.path.append(key)
                    raise
        elif kind is list:
            self._check_container("array")
            plan = self.items()
            for index, item in enumerate(value):
                try:
                    plan._check(item)
                except _Refused as refused:
                    refused.path.append(str(index))
                    raise
        elif kind is float:
            self._check_float(value)
        elif isinstance(value, str):  # str enums and other str subclasses
            return
        elif isinstance(value, int) and not isinstance(value, bool):
            self._check_int(int(value))
        else:
            raise _Refused(f"a value of type {kind.__name__} is not JSON data", "type")

    def _check_int(self, value: int) -> None:
        for name in self.int_formats:
            low, high = INTEGER_RANGES.get(name, INTEGER_RANGES[DEFAULT_INTEGER_FORMAT])
            if not low <= value <= high:
                raise _Refused(f"{_short(value)} is outside the {name} range", f"format {name!r}")

    def _check_float(self, value: float) -> None:
        if not math.isfinite(value):
            raise _Refused(f"{value} is not a finite number", "type")
        if not self.number_allowed:
            wanted = sorted(self.declared) or ["integer"]
            raise _Refused(f"{value!r} is a float, not of type {' or '.join(wanted)}", f"type {wanted}")

    def _check_container(self, container: str) -> None:
        if self.declared and container not in self.declared:
            wanted = sorted(self.declared - {"null"}) or sorted(self.declared)
            raise _Refused(f"an {container} is not of type {' or '.join(wanted)}", f"type {wanted}")


class _Refused(Exception):
    """A refusal on its way up; each enclosing level adds its key to ``path`` (innermost first)."""

    def __init__(self, problem: str, rule: str) -> None:
        super().__init__(problem)
        self.problem, self.rule = problem, rule
        self.path: list[str] = []


def compile_plan(schema: dict[str, Any]) -> TypePlan:
    """The plan for an operation's input schema (``$ref`` resolves against it: it carries ``components``)."""
    return TypePlan(schema, [schema])


def _flatten(root: dict[str, Any], schemas: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every schema node that applies to one value: references resolved, branches expanded."""
    for node in schemas:
        node = resolve(root, node)
        yield node
        for keyword in _BRANCHES:
            yield from _flatten(root, [b for b in node.get(keyword, []) if isinstance(b, dict)])


def _types(node: dict[str, Any]) -> list[str]:
    declared = node.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def _short(value: int) -> str:
    if value.bit_length() > 4000:  # str() refuses ints beyond 4,300 digits
        return f"an int of {value.bit_length()} bits"
    text = str(value)
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} digits)"
