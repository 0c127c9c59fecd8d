"""Local ``$ref`` resolution in the shipped OpenAPI documents (validation, the strict type plans, the CLI, docs)."""

from __future__ import annotations

from typing import Any


def resolve(document: dict[str, Any], node: Any) -> Any:
    """The node a local ``$ref`` (``#/components/...``) points at, followed until it is not a reference; a cycle
    stops at the first reference seen twice. Anything but a reference is returned as it is."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = document
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node
