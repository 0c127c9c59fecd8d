"""One normalised shape for an API contract, so that our specs and the providers' own artefacts compare.

A contract maps an operation name to ``method``, ``path`` (``host`` for SLS: ``endpoint`` or ``project``),
``parameters`` (``path.<name>`` / ``query.<name>``), ``request`` and ``response`` (the JSON body of the
request and of the first 2xx answer, flattened: ``a.b`` for a nested object, ``a[].b`` inside an array).
Each parameter or field is a record of ``type``, ``format`` (only ``date-time``), ``required``, ``nullable``,
``enum`` (ours: ``enum`` or the open ``x-cloudprojects-known-values``, so only the values compare),
``limits`` (length, range, pattern) and, for arrays, ``items``. An attribute present with the value None in an
upstream record means "the artefact does not say" (an SDK states no limits; an untyped one no types either) and
is not compared; ``opaque: true`` marks a container whose contents the artefact does not describe, so nothing
below it is compared.

``openapi_contract`` builds the shape from an OpenAPI 3.0/3.1 document; ``make_contracts.py`` builds it from the
official SDKs; ``differences`` lists, per operation, every attribute on which two contracts disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cloudprojects._core.refs import resolve

Field = dict[str, Any]
Operation = dict[str, Any]
ATTRIBUTES = ("type", "format", "required", "nullable", "enum", "items", "limits")
LIMITS = ("minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PARAM = re.compile(r"\{[^}]+\}")


def field(
    type_: str | None,
    *,
    required: bool | None,
    nullable: bool | None = False,
    format_: str | None = None,
    enum: list[Any] | None = None,
    items: str | None = None,
    limits: dict[str, Any] | None = None,
    opaque: bool = False,
    unstated: tuple[str, ...] = (),
) -> Field:
    """A parameter or body field record; ``unstated`` attributes are set to None (not compared)."""
    record: Field = {"type": type_, "required": required, "nullable": nullable}
    record |= dict.fromkeys(unstated)
    if format_ == "date-time":
        record["format"] = format_
    if enum is not None:
        record["enum"] = sorted(enum, key=str)
    if items is not None:
        record["items"] = items
    if limits:
        record["limits"] = limits
    if opaque:
        record["opaque"] = True
    return record


# --- OpenAPI documents -------------------------------------------------------------------------------------------


def _unwrap(document: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema without its null alternative (3.1 type lists, anyOf/oneOf with null, 3.0 ``nullable``)."""
    schema = dict(resolve(document, schema))
    nullable = bool(schema.pop("nullable", False))
    types = schema.get("type")
    if isinstance(types, list):
        nullable = nullable or "null" in types
        rest = [t for t in types if t != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if options:
            kept = [resolve(document, o) for o in options if resolve(document, o).get("type") != "null"]
            nullable = nullable or len(kept) < len(options)
            if len(kept) == 1:
                del schema[key]
                inner, inner_null = _unwrap(document, kept[0])
                schema = {**inner, **{k: v for k, v in schema.items() if k not in inner}}
                nullable = nullable or inner_null
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema.pop("allOf"):
            inner, _ = _unwrap(document, part)
            merged["properties"].update(inner.get("properties", {}))
            merged["required"] += inner.get("required", [])
            merged.update({k: v for k, v in inner.items() if k not in ("properties", "required")})
        merged["properties"].update(schema.get("properties", {}))
        merged["required"] += schema.get("required", [])
        schema = {**schema, **merged}
    if "enum" in schema:
        nullable = nullable or None in schema["enum"]
        schema["enum"] = [v for v in schema["enum"] if v is not None]
    if "type" not in schema and "properties" in schema:
        schema["type"] = "object"
    return schema, nullable


def _record(document: Mapping[str, Any], schema: Mapping[str, Any], required: bool) -> tuple[Field, dict[str, Any]]:
    unwrapped, nullable = _unwrap(document, schema)
    type_ = unwrapped.get("type")
    items = None
    if type_ == "array":
        items = _unwrap(document, unwrapped.get("items", {}))[0].get("type")
    record = field(
        type_ if isinstance(type_, str) else None,
        required=required,
        nullable=nullable,
        format_=unwrapped.get("format"),
        enum=unwrapped.get("enum", unwrapped.get("x-cloudprojects-known-values")),
        items=items,
        limits={key: unwrapped[key] for key in LIMITS if key in unwrapped},
    )
    return record, unwrapped


def schema_fields(document: Mapping[str, Any], schema: Mapping[str, Any], prefix: str = "") -> dict[str, Field]:
    """Every property below ``schema`` (an object, or an array of objects), flattened."""
    unwrapped, _ = _unwrap(document, schema)
    if unwrapped.get("type") == "array":
        return schema_fields(document, unwrapped.get("items", {}), prefix + "[].")
    found: dict[str, Field] = {}
    required = set(unwrapped.get("required", []))
    for name, child in unwrapped.get("properties", {}).items():
        record, inner = _record(document, child, name in required)
        found[prefix + name] = record
        if inner.get("type") == "object" and inner.get("properties"):
            found.update(schema_fields(document, inner, f"{prefix}{name}."))
        elif inner.get("type") == "array":
            items, _ = _unwrap(document, inner.get("items", {}))
            if items.get("type") == "object" or items.get("properties"):
                found.update(schema_fields(document, items, f"{prefix}{name}[]."))
    return found


def _body(document: Mapping[str, Any], holder: Mapping[str, Any] | None) -> dict[str, Field] | None:
    if holder is None:
        return None
    content = resolve(document, holder).get("content", {})
    media = content.get("application/json")
    if media is None or "schema" not in media:
        return None
    return schema_fields(document, media["schema"])


def openapi_operation(
    document: Mapping[str, Any], path: str, method: str, operation: Mapping[str, Any], host: str | None = None
) -> Operation:
    """One operation of an OpenAPI document, normalised."""
    parameters: dict[str, Field] = {}
    shared = document["paths"][path].get("parameters", [])
    for raw in [*shared, *operation.get("parameters", [])]:
        parameter = resolve(document, raw)
        if parameter["in"] not in ("path", "query"):
            continue
        record, _ = _record(document, parameter.get("schema", {}), bool(parameter.get("required", False)))
        parameters[f"{parameter['in']}.{parameter['name']}"] = record
    statuses = sorted(code for code in operation.get("responses", {}) if str(code).startswith("2"))
    response = _body(document, operation["responses"][statuses[0]]) if statuses else None
    result: Operation = {
        "method": method.upper(),
        "path": path,
        "parameters": parameters,
        "request": _body(document, operation.get("requestBody")),
        "response": response or {},
    }
    if host is not None:
        result["host"] = host
    return result


def openapi_contract(document: Mapping[str, Any], host: str | None = None) -> dict[str, Operation]:
    """Every operation of ``document`` by its operationId."""
    found: dict[str, Operation] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = openapi_operation(document, path, method, item[method], host)
    return found


def route(operation: Operation) -> tuple[str | None, str, str]:
    """``(host, METHOD, path with anonymous parameters)``: what pairs operations across contracts."""
    return operation.get("host"), operation["method"], PARAM.sub("{}", operation["path"])


# --- comparing ---------------------------------------------------------------------------------------------------


def _compare_fields(where: str, ours: Mapping[str, Field], theirs: Mapping[str, Field]) -> dict[str, str]:
    found: dict[str, str] = {}
    opaque = [name for name, record in theirs.items() if record.get("opaque")]

    def hidden(name: str) -> bool:
        return any(name.startswith(f"{o}.") or name.startswith(f"{o}[].") for o in opaque)

    for name in sorted(set(ours) | set(theirs)):
        key = f"{where}.{name}"
        if name not in theirs:
            if not hidden(name):
                found[f"{key} presence"] = "ours only"
            continue
        if name not in ours:
            found[f"{key} presence"] = "upstream only"
            continue
        for attribute in ATTRIBUTES:
            upstream = theirs[name].get(attribute)
            if attribute in theirs[name] and upstream is None:
                continue
            if attribute == "items" and theirs[name].get("opaque"):
                continue
            mine = ours[name].get(attribute)
            if mine != upstream:
                found[f"{key} {attribute}"] = f"ours {mine!r}, upstream {upstream!r}"
    return found


def differences(ours: Operation, theirs: Operation | None) -> dict[str, str]:
    """Every disagreement as ``{"<where> <attribute>": "ours …, upstream …"}``; ``where`` is ``operation``,
    ``parameters.query.x``, ``request.a.b`` or ``response.a[].b``."""
    if theirs is None:
        return {"operation presence": "ours only"}
    found: dict[str, str] = {}
    for attribute in ("method", "path", "host"):
        if ours.get(attribute) != theirs.get(attribute):
            found[f"operation {attribute}"] = f"ours {ours.get(attribute)!r}, upstream {theirs.get(attribute)!r}"
    found.update(_compare_fields("parameters", ours["parameters"], theirs["parameters"]))
    if (ours["request"] is None) != (theirs["request"] is None):
        found["request presence"] = f"ours {ours['request'] is not None}, upstream {theirs['request'] is not None}"
    else:
        found.update(_compare_fields("request", ours["request"] or {}, theirs["request"] or {}))
    found.update(_compare_fields("response", ours["response"], theirs["response"]))
    return found
