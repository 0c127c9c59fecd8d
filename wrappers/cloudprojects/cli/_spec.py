"""Help text and server facts from a provider's shipped OpenAPI documents (``cloudprojects_gen_<p>/openapi/*.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from cloudprojects._core.refs import resolve
from cloudprojects._core.validation import load_spec


@dataclass(frozen=True)
class OperationDoc:
    """What the spec says about one operation: summary, description, deprecation, each input's description."""

    summary: str = ""
    description: str = ""
    deprecated: bool = False
    inputs: dict[str, str] = field(default_factory=dict)

    def input_help(self, name: str) -> str:
        """The description of the input ``name`` (matched ignoring case, ``_`` and ``-``)."""
        return self.inputs.get(_normal(name), "")


def _normal(name: str) -> str:
    return re.sub(r"[_\-]", "", name).lower()


@cache
def documents(provider: str) -> tuple[dict[str, Any], ...]:
    """Every spec document shipped in the provider's generated package."""
    package = f"cloudprojects_gen_{provider}"
    names = sorted(
        entry.name.removesuffix(".json")
        for entry in resources.files(f"{package}.openapi").iterdir()
        if entry.name.endswith(".json")
    )
    return tuple(load_spec(package, name) for name in names)


def _first_sentence_block(text: str) -> str:
    return " ".join(text.strip().split("\n\n")[0].split())


def operation_doc(provider: str, method: str) -> OperationDoc:
    """The spec's words for the facade method ``method`` (operation ``<method>_project`` or ``<method>_projects``)."""
    wanted = {f"{method}_project", f"{method}_projects"}
    for document in documents(provider):
        for item in document.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") in wanted:
                    return _doc(document, item, operation)
    return OperationDoc()


def _doc(document: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> OperationDoc:
    inputs: dict[str, str] = {}
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(document, parameter)
        inputs[_normal(parameter["name"])] = _first_sentence_block(parameter.get("description", ""))
    body = resolve(document, operation.get("requestBody", {}))
    schema = resolve(document, body.get("content", {}).get("application/json", {}).get("schema", {}))
    for name, prop in (schema.get("properties") or {}).items():
        inputs.setdefault(_normal(name), _first_sentence_block(resolve(document, prop).get("description", "")))
    return OperationDoc(
        summary=operation.get("summary", ""),
        description=_first_sentence_block(operation.get("description", "")),
        deprecated=bool(operation.get("deprecated")),
        inputs=inputs,
    )


def region_endpoint(provider: str) -> str | None:
    """``{region}.log.aliyuncs.com`` when the spec's server takes a region endpoint host (``endpoint`` variable
    described as a region endpoint), else None."""
    for document in documents(provider):
        for server in document.get("servers", []):
            variable = server.get("variables", {}).get("endpoint")
            if variable and "region" in variable.get("description", "").lower() and "." in variable.get("default", ""):
                return "{region}." + str(variable["default"]).split(".", 1)[1]
    return None


def regions(provider: str) -> tuple[str, ...]:
    """The region names the spec lists (a server variable ``region`` with an ``enum``), if any."""
    for document in documents(provider):
        for server in document.get("servers", []):
            variable = server.get("variables", {}).get("region")
            if variable and variable.get("enum"):
                return tuple(variable["enum"])
    return ()


def title(provider: str) -> str:
    """The spec's title, e.g. ``Gcore Cloud Projects API``."""
    return str(documents(provider)[0].get("info", {}).get("title", provider))
