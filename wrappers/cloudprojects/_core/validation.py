"""Input validation from the spec itself: every operation's path, query and body schemas, as shipped in JSON
inside each generated package, compiled lazily with jsonschema-rs. Nothing here re-types a constraint.

JSON Schema is looser than Python about types: ``1.0`` is an ``integer`` there, and jsonschema-rs refuses a value
it cannot map to JSON (bytes, arbitrary objects) with a bare ValueError. So before the schema runs, a plan
compiled once per operation from the same schema (:mod:`._strict_types`) insists on Python's own types: an
``integer`` is an ``int`` (never a ``bool`` or a ``float``) within its ``format``'s range (``int64`` when none is
given), a ``boolean`` is a ``bool``, and every value is plain JSON data.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from cloudprojects.errors import ValidationError

from ._strict_types import TypePlan, compile_plan
from .packages import package_dir
from .refs import resolve

_LOCATIONS = ("path", "query")


@cache
def load_spec(package: str, name: str) -> dict[str, Any]:
    """The JSON spec ``name`` shipped in ``<package>/openapi/``.

    Found on disk without importing the generated package (a client is built before any of its models is needed);
    a package that is not a plain directory (a zip import) is read through ``importlib.resources``.
    """
    here = package_dir(package)
    path = here / "openapi" / f"{name}.json" if here is not None else None
    if path is not None and path.is_file():
        text = path.read_text(encoding="utf-8")
    else:
        from importlib import resources

        text = resources.files(f"{package}.openapi").joinpath(f"{name}.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _operation(document: dict[str, Any], operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    for item in document["paths"].values():
        for _method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return item, operation
    raise KeyError(f"no operation {operation_id!r} in the spec")


def input_schema(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """One JSON Schema for an operation's input: ``{"path": {...}, "query": {...}, "body": ...}``."""
    item, operation = _operation(document, operation_id)
    groups: dict[str, dict[str, Any]] = {
        loc: {"type": "object", "properties": {}, "required": []} for loc in _LOCATIONS
    }
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(document, parameter)
        group = groups.get(parameter["in"])
        if group is None:
            continue
        group["properties"][parameter["name"]] = parameter["schema"]
        if parameter.get("required"):
            group["required"].append(parameter["name"])
    schema: dict[str, Any] = {
        "type": "object",
        "properties": dict(groups),
        "components": document.get("components", {}),
    }
    body = operation.get("requestBody")
    if body is not None:
        body = resolve(document, body)
        schema["properties"]["body"] = body["content"]["application/json"]["schema"]
    return schema


class SpecValidator:
    """Validates the inputs of one spec's operations; validators are compiled on first use."""

    def __init__(self, package: str, spec_name: str) -> None:
        self._package = package
        self._spec_name = spec_name
        self._validators: dict[str, Any] = {}
        self._schemas: dict[str, dict[str, Any]] = {}
        self._plans: dict[str, TypePlan] = {}
        self._idempotent: dict[str, bool | None] = {}

    def idempotent(self, operation_id: str) -> bool | None:
        """The operation's ``x-idempotent`` marker (None when the spec does not say); looked up once."""
        if operation_id not in self._idempotent:
            _, operation = _operation(load_spec(self._package, self._spec_name), operation_id)
            flag = operation.get("x-idempotent")
            self._idempotent[operation_id] = bool(flag) if flag is not None else None
        return self._idempotent[operation_id]

    def _validator(self, operation_id: str) -> Any:
        validator = self._validators.get(operation_id)
        if validator is None:
            import jsonschema_rs

            validator = jsonschema_rs.Draft202012Validator(self._schema(operation_id), validate_formats=True)
            self._validators[operation_id] = validator
        return validator

    def _schema(self, operation_id: str) -> dict[str, Any]:
        schema = self._schemas.get(operation_id)
        if schema is None:
            schema = input_schema(load_spec(self._package, self._spec_name), operation_id)
            self._schemas[operation_id] = schema
        return schema

    def validate(
        self,
        operation_id: str,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        """Raise ValidationError naming the first broken field and rule; None and absent values are skipped."""
        instance: dict[str, Any] = {
            "path": _present(path),
            "query": _present(query),
        }
        if body is not None:
            instance["body"] = body
        plan = self._plans.get(operation_id)
        if plan is None:
            plan = self._plans[operation_id] = compile_plan(self._schema(operation_id))
        plan.check(instance)
        for error in self._validator(operation_id).iter_errors(instance):
            raise _to_validation_error(error)


def _present(values: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (values or {}).items() if v is not None}


def _to_validation_error(error: Any) -> ValidationError:
    location = [str(p) for p in error.instance_path][1:]
    named = getattr(error.kind, "property", None) or next(iter(getattr(error.kind, "unexpected", None) or []), None)
    if named is not None:
        location.append(str(named))
    field = ".".join(location) or "input"
    kind = type(error.kind).__name__
    rule = kind[0].lower() + kind[1:]
    detail = _rule_detail(error.kind)
    return ValidationError(field, _shortened(error.message), _shortened(f"{rule} {detail}".strip()))


def _shortened(text: str, limit: int = 300) -> str:
    """The text, cut in the middle when longer than ``limit``: an oversize input must not make an oversize error."""
    if len(text) <= limit:
        return text
    return f"{text[: limit // 2]}…({len(text)} characters)…{text[-limit // 4 :]}"


def _rule_detail(kind: Any) -> str:
    for attribute in ("limit", "pattern", "options", "expected_value", "types", "property"):
        value = getattr(kind, attribute, None)
        if value is not None:
            return f"{value!r}" if not isinstance(value, int) else str(value)
    return ""
