"""Hypothesis strategies for values a spec schema forbids, derived from the schema itself.

For an ``integer``: floats (integral ones included), bools, digit strings, ints beyond the format's range or the
schema's bounds. For a ``boolean``: ints, strings, empty containers. For a ``string``: numbers, bools, strings
longer than ``maxLength`` (up to 100 KB), values outside an ``enum``. For every input: bytes, arbitrary
objects, sets, tuples, containers of junk, non-finite floats. ``None`` is never drawn: it means "not given".
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

from hypothesis import strategies as st

from cloudprojects._core._strict_types import DEFAULT_INTEGER_FORMAT, INTEGER_RANGES

OVERSIZE = 100_000


class Opaque:
    """An arbitrary object a caller might pass by mistake."""

    def __repr__(self) -> str:
        return "Opaque()"


def flattened(root: dict[str, Any], node: dict[str, Any]) -> list[dict[str, Any]]:
    """``node`` and every ``anyOf``/``oneOf``/``allOf`` branch, references resolved."""
    while "$ref" in node:
        target: Any = root
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    nodes = [node]
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(keyword, []):
            nodes += flattened(root, branch)
    return nodes


def _types(nodes: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for node in nodes:
        declared = node.get("type", [])
        found |= {declared} if isinstance(declared, str) else set(declared)
        if "enum" in node and "type" not in node:
            found.add("string")
    return found - {"null"}


def not_json() -> st.SearchStrategy[Any]:
    """Values with no JSON meaning at all."""
    return st.one_of(
        st.binary(max_size=20),
        st.binary(max_size=5).map(bytearray),
        st.builds(Opaque),
        st.sets(st.integers(), max_size=3),
        st.tuples(st.integers()),
        st.complex_numbers(allow_nan=False, max_magnitude=1e6),
        st.decimals(allow_nan=False, allow_infinity=False, places=2),
        st.just(decimal.Decimal("NaN")),
        st.just(datetime.date(2025, 1, 1)),
        st.sampled_from([float("nan"), float("inf"), float("-inf")]),
        st.lists(st.builds(Opaque), min_size=1, max_size=2),
        st.dictionaries(st.integers(), st.integers(), min_size=1, max_size=2),
    )


def _out_of_range_ints(nodes: list[dict[str, Any]]) -> st.SearchStrategy[int]:
    choices: list[st.SearchStrategy[int]] = [st.just(10**5000), st.just(-(10**5000))]
    for node in nodes:
        if "integer" not in _types([node]):
            continue
        low, high = INTEGER_RANGES[node.get("format", DEFAULT_INTEGER_FORMAT)]
        choices += [st.integers(min_value=high + 1), st.integers(max_value=low - 1)]
        if "minimum" in node:
            choices.append(st.integers(max_value=int(node["minimum"]) - 1))
        if "maximum" in node:
            choices.append(st.integers(min_value=int(node["maximum"]) + 1))
    return st.one_of(choices)


def _oversize(nodes: list[dict[str, Any]]) -> st.SearchStrategy[str]:
    limit = min((int(n["maxLength"]) for n in nodes if "maxLength" in n), default=None)
    if limit is None:
        return st.nothing()
    return st.integers(min_value=limit + 1, max_value=OVERSIZE).map(lambda n: "a" * n)


def hostile(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values ``schema`` (with ``components`` for ``$ref``) must reject."""
    nodes = flattened(schema, schema)
    types = _types(nodes)
    choices: list[st.SearchStrategy[Any]] = [
        not_json(),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    ]
    if "integer" in types:
        choices += [
            st.floats(allow_nan=False, allow_infinity=False),
            st.integers(-5, 5).map(float),
            st.booleans(),
            st.integers(0, 10**6).map(str),
            _out_of_range_ints(nodes),
        ]
    if "boolean" in types:
        choices += [st.integers(0, 1), st.sampled_from(["true", "false", "1", ""]), st.just([]), st.just({})]
    if "string" in types:
        choices += [
            st.integers(-(10**20), 10**20),
            st.sampled_from([10**5000, 2**63, 10**19]),
            st.floats(allow_nan=False),
            st.booleans(),
            _oversize(nodes),
        ]
        enums = [value for node in nodes for value in node.get("enum", [])]
        if enums:
            choices.append(st.text(min_size=1, max_size=10).filter(lambda s: s not in enums))
    return st.one_of(choices)
