"""One Markdown page per provider, rendered from its spec documents (nothing on the page is written by hand)."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from docs_source import Provider, load_spec

from cloudprojects._core.introspection import resource_class
from cloudprojects._core.refs import resolve

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CODE_SPAN = re.compile(r"(`[^`]*`)")


def inline(text: str | None) -> str:
    """Spec prose as one Markdown table cell: whitespace collapsed, HTML-like text and pipes escaped."""
    return _escape(" ".join((text or "").split()), cell=True)


def prose(text: str | None) -> str:
    """Spec prose as Markdown paragraphs: line breaks kept, HTML-like text escaped outside code spans."""
    return _escape((text or "").strip(), cell=False)


def _escape(text: str, *, cell: bool) -> str:
    parts = _CODE_SPAN.split(text)
    for i in range(0, len(parts), 2):
        plain = parts[i].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts[i] = plain.replace("|", r"\|") if cell else plain
    return "".join(parts)


def code(value: object) -> str:
    """A Markdown code span for any text, backticks inside included."""
    text = str(value)
    if "`" not in text:
        return f"`{text}`"
    return f"`` {text} ``"


class Spec:
    """One spec document with local ``$ref`` resolution."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.doc = load_spec(name)

    def resolve(self, node: Any) -> Any:
        """The node a local ``$ref`` points at (followed until it is not a reference)."""
        return resolve(self.doc, node)

    def operations(self) -> Iterator[Operation]:
        """Every operation, in document order."""
        for path, item in self.doc.get("paths", {}).items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method, op in item.items():
                if method in METHODS:
                    own = [self.resolve(p) for p in op.get("parameters", [])]
                    yield Operation(self, method.upper(), path, op, shared + own)


@dataclass
class Operation:
    """One operation of a spec, with its path-level parameters merged in."""

    spec: Spec
    method: str
    path: str
    raw: dict[str, Any]
    parameters: list[dict[str, Any]]

    @property
    def operation_id(self) -> str:
        return str(self.raw["operationId"])

    @property
    def facade_method(self) -> str:
        """The facade's name: ``update_project`` → ``update``, ``list_pinned_projects`` → ``list_pinned``."""
        return re.sub(r"_projects?$", "", self.operation_id)

    def body_schema(self) -> dict[str, Any] | None:
        body = self.spec.resolve(self.raw.get("requestBody"))
        if not body:
            return None
        media = next(iter(body.get("content", {}).values()), {})
        schema: dict[str, Any] = self.spec.resolve(media.get("schema", {}))
        return schema

    def request_example(self) -> Any:
        body = self.spec.resolve(self.raw.get("requestBody"))
        if not body:
            return None
        media = next(iter(body.get("content", {}).values()), {})
        return first_example(self.spec, media)

    def responses(self) -> list[tuple[str, dict[str, Any]]]:
        return [(status, self.spec.resolve(r)) for status, r in self.raw.get("responses", {}).items()]


def first_example(spec: Spec, media: dict[str, Any]) -> Any:
    """The ``seed`` example of a media type if there is one, else its first example, else ``None``."""
    examples = media.get("examples") or {}
    if examples:
        chosen = examples.get("seed") or next(iter(examples.values()))
        return spec.resolve(chosen).get("value")
    return media.get("example")


def constraints(schema: dict[str, Any], spec: Spec) -> str:
    """The constraints of a schema as short code spans: type, format, bounds, pattern, enum, default."""
    schema = spec.resolve(schema)
    kind = schema.get("type", "object" if "properties" in schema else "")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if kind == "array" and "items" in schema:
        item = spec.resolve(schema["items"])
        kind = f"array of {item.get('type', 'object')}"
    out = [f"`{kind}`"] if kind else []
    if "format" in schema:
        out.append(f"format `{schema['format']}`")
    for key, label in (
        ("minLength", "min length"),
        ("maxLength", "max length"),
        ("minimum", "≥"),
        ("maximum", "≤"),
        ("minItems", "min items"),
        ("maxItems", "max items"),
    ):
        if key in schema:
            out.append(f"{label} `{schema[key]}`")
    if "pattern" in schema:
        out.append(f"pattern {code(schema['pattern'])}")
    if "enum" in schema:
        out.append("one of " + ", ".join(f"`{v}`" for v in schema["enum"]))
    if "const" in schema:
        out.append(f"always `{schema['const']}`")
    if "default" in schema:
        out.append(f"default `{json.dumps(schema['default'])}`")
    return ", ".join(out)


def _code_fields(schema: Any, spec: Spec, seen: frozenset[int] = frozenset()) -> dict[str, list[str]]:
    """Fields of an error schema that carry the provider's codes (those with known values), by name."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return {}
    seen = seen | {id(schema)}
    found: dict[str, list[str]] = {}
    for name, prop in schema.get("properties", {}).items():
        prop = spec.resolve(prop)
        if "x-cloudprojects-known-values" in prop:
            found[name] = [str(v) for v in prop["x-cloudprojects-known-values"]]
        found.update(_code_fields(prop, spec, seen))
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            found.update(_code_fields(sub, spec, seen))
    return found


def _codes_in(value: Any, fields: set[str]) -> list[str]:
    """Values of the code fields found anywhere in an example body."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in fields and isinstance(item, str | int):
                found.append(str(item))
            else:
                found.extend(_codes_in(item, fields))
    elif isinstance(value, list):
        for item in value:
            found.extend(_codes_in(item, fields))
    return found


def _error_schemas(response: dict[str, Any]) -> list[tuple[str, Any]]:
    out = []
    for media in response.get("content", {}).values():
        ref = media.get("schema", {}).get("$ref", "")
        out.append((ref.rsplit("/", 1)[-1], media.get("schema", {})))
    return out


def error_class(status: str) -> str:
    """The ``cloudprojects.errors`` class a status raises (``APIStatusError`` for a range such as ``4XX``)."""
    from cloudprojects import errors

    if not status.isdigit():
        return "APIStatusError"
    return errors.status_error_class(int(status)).__name__


def error_classes(provider: str) -> dict[str, type]:
    """Provider codes the facade raises a class of their own for (``ProjectNotExist`` → ``ProjectNotFoundError``)."""
    try:
        profile = importlib.import_module(f"cloudprojects.{provider}._profile").PROFILE
    except (ImportError, AttributeError):
        return {}
    return dict(getattr(profile, "error_classes", {}))


def _class_link(cls: type) -> str:
    return f"[`{cls.__name__}`][{cls.__module__}.{cls.__qualname__}]"


def facade_projects(provider: str, asynchronous: bool = False) -> type | None:
    """The class behind ``Client.projects`` (or ``AsyncClient.projects``), from its return annotation."""
    module = importlib.import_module(f"cloudprojects.{provider}")
    client = getattr(module, "AsyncClient" if asynchronous else "Client", None)
    return resource_class(client, "projects") if client else None


def _facade_link(provider: str, name: str) -> str:
    """The facade method as a link to its API reference entry (resolved by mkdocs-autorefs), or a dash."""
    projects = facade_projects(provider)
    if projects is None or _facade_method(provider, name) is None:
        return "—"
    return f"[`projects.{name}`][{projects.__module__}.{projects.__qualname__}.{name}]"


def _facade_method(provider: str, name: str) -> Callable[..., Any] | None:
    projects = facade_projects(provider)
    method = getattr(projects, name, None) if projects else None
    return method if callable(method) else None


_OBJECT_REPR = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9a-f]+>")


def signature_text(callable_: Callable[..., Any], *, skip_self: bool = True) -> str:
    """A signature as a reader wants it: annotations unquoted, sentinel defaults by name, not by address."""
    params = list(inspect.signature(callable_).parameters.values())[1 if skip_self else 0 :]
    parts, star_done = [], False
    for p in params:
        if p.kind is p.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        if p.kind is p.VAR_POSITIONAL:
            star_done = True
        prefix = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "")
        text = prefix + p.name
        if p.annotation is not p.empty:
            text += f": {p.annotation if isinstance(p.annotation, str) else inspect.formatannotation(p.annotation)}"
        if p.default is not p.empty:
            text += f" = {_OBJECT_REPR.sub(lambda m: m[1].upper(), repr(p.default))}"
        parts.append(text)
    one_line = f"({', '.join(parts)})"
    if len(one_line) <= 100:
        return one_line
    return "(\n" + "".join(f"    {part},\n" for part in parts) + ")"


def _example_value(parameter: dict[str, Any], spec: Spec) -> Any:
    if "example" in parameter:
        return parameter["example"]
    schema = spec.resolve(parameter.get("schema", {}))
    if schema.get("examples"):
        return schema["examples"][0]
    return schema.get("default")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _positional_values(op: Operation, names: list[str]) -> list[str] | None:
    """Example values for the facade's positional parameters: path parameters, else server variables (SLS host)."""
    known: dict[str, Any] = {}
    for server in op.spec.doc.get("servers", [])[:1]:
        for name, variable in server.get("variables", {}).items():
            known[_snake(name)] = variable.get("default")
    for parameter in op.parameters:
        if parameter.get("in") == "path":
            known[_snake(parameter["name"])] = _example_value(parameter, op.spec)
    values = []
    for name in names:
        if known.get(name) is None:
            return None
        values.append(repr(known[name]))
    return values


def python_example(provider: str, op: Operation) -> str | None:
    """A facade call made of the spec's example values; ``None`` when the facade's signature does not fit them."""
    method = _facade_method(provider, op.facade_method)
    if method is None:
        return None
    parameters = list(inspect.signature(method).parameters.values())[1:]
    positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]
    body = op.request_example()
    body = body if isinstance(body, dict) else ({} if body is None else None)
    if body is None:
        return None
    keywords = {_snake(key): value for key, value in body.items()}
    path_names = [name for name in positional if name not in keywords]
    args = _positional_values(op, path_names)
    if args is None:
        return None
    names = {p.name for p in parameters}
    if not set(keywords) <= names:
        return None
    args += [f"{name}={value!r}" for name, value in keywords.items()]
    call = f"client.projects.{op.facade_method}({', '.join(args)})"
    line = f"for project in {call}:\n        print(project)" if op.facade_method == "list" else f"result = {call}"
    return (
        f"from cloudprojects import {provider}\n\n"
        f"with {provider}.Client() as client:  # credentials from the environment\n"
        f"    {line}\n"
    )


def _host(spec: Spec) -> str:
    servers = spec.doc.get("servers") or [{"url": "https://localhost"}]
    url = str(servers[0]["url"])
    for name, variable in servers[0].get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", name)))
    return url.split("://", 1)[-1]


def http_example(op: Operation) -> str:
    """The example request as it goes on the wire (signing headers left to the signer)."""
    path = op.path
    for parameter in op.parameters:
        if parameter.get("in") == "path":
            value = _example_value(parameter, op.spec)
            if value is not None:
                path = path.replace("{" + parameter["name"] + "}", str(value))
    lines = [f"{op.method} {path} HTTP/1.1", f"Host: {_host(op.spec)}"]
    body = op.request_example()
    if body is not None:
        lines += ["Content-Type: application/json", "", json.dumps(body, indent=2, ensure_ascii=False)]
    return "\n".join(lines)


def response_example(op: Operation) -> tuple[str, Any] | None:
    """The first success status with an example body (or without a body at all)."""
    for status, response in op.responses():
        if status.startswith("2"):
            content = response.get("content")
            if not content:
                return status, None
            example = first_example(op.spec, next(iter(content.values())))
            if example is not None:
                return status, example
    return None


def _parameter_rows(op: Operation) -> list[str]:
    rows = []
    for parameter in op.parameters:
        schema = parameter.get("schema", {})
        rows.append(
            f"| `{parameter['name']}` | {parameter.get('in', '')} | {'yes' if parameter.get('required') else 'no'} "
            f"| {constraints(schema, op.spec)} | {inline(parameter.get('description') or schema.get('description'))} |"
        )
    body = op.body_schema()
    if body:
        required = set(body.get("required", []))
        for name, prop in body.get("properties", {}).items():
            prop = op.spec.resolve(prop)
            rows.append(
                f"| `{name}` | body | {'yes' if name in required else 'no'} | {constraints(prop, op.spec)} "
                f"| {inline(prop.get('description'))} |"
            )
    return rows


def _error_rows(provider: str, op: Operation) -> list[str]:
    own_classes = error_classes(provider)
    rows = []
    for status, response in op.responses():
        if status.startswith(("1", "2", "3")):
            continue
        fields: dict[str, list[str]] = {}
        for _, schema in _error_schemas(response):
            fields.update(_code_fields(schema, op.spec))
        codes: list[str] = []
        for media in response.get("content", {}).values():
            for example in (media.get("examples") or {}).values():
                codes += [c for c in _codes_in(op.spec.resolve(example).get("value"), set(fields)) if c not in codes]
        described = str(response.get("description", ""))
        raises = [f"`{error_class(status)}`"]
        raises += [_class_link(cls) for code, cls in own_classes.items() if code in codes or f"`{code}`" in described]
        schemas = ", ".join(f"`{name}`" for name, _ in _error_schemas(response) if name)
        rows.append(
            f"| `{status}` | {', '.join(raises)} | {', '.join(f'`{c}`' for c in codes) or '—'} "
            f"| {schemas or '—'} | {inline(response.get('description'))} |"
        )
    return rows


def _error_codes_section(specs: list[Spec]) -> list[str]:
    """Every error body schema and the provider codes its code fields are known to carry."""
    seen: dict[str, tuple[str, dict[str, list[str]], str]] = {}
    for spec in specs:
        for op in spec.operations():
            for status, response in op.responses():
                if status.startswith(("1", "2", "3")):
                    continue
                for name, schema in _error_schemas(response):
                    fields = _code_fields(schema, spec)
                    if name and fields and name not in seen:
                        seen[name] = (name, fields, str(spec.resolve(schema).get("description", "")))
    lines = []
    for name, fields, description in seen.values():
        lines += [f"### `{name}`", "", prose(description), ""]
        for field, values in fields.items():
            lines.append(f"- `{field}`: " + ", ".join(f"`{v}`" for v in values))
        lines.append("")
    return lines


def _schemas_section(specs: list[Spec]) -> list[str]:
    """Every schema of the specs (requests, responses, errors) with its fields and their constraints."""
    lines = ["## Schemas", ""]
    seen = set()
    for spec in specs:
        for name, schema in spec.doc.get("components", {}).get("schemas", {}).items():
            if name in seen:
                continue
            seen.add(name)
            lines += [f"### `{name}`", "", inline(schema.get("description")), ""]
            properties = schema.get("properties", {})
            if not properties:
                lines += [f"Constraints: {constraints(schema, spec) or '—'}", ""]
                continue
            required = set(schema.get("required", []))
            lines += ["| Field | Required | Constraints | Description |", "|---|---|---|---|"]
            for field, prop in properties.items():
                prop = spec.resolve(prop)
                known = prop.get("x-cloudprojects-known-values")
                extra = f" Known values: {', '.join(f'`{v}`' for v in known)}." if known else ""
                lines.append(
                    f"| `{field}` | {'yes' if field in required else 'no'} | {constraints(prop, spec)} "
                    f"| {inline(prop.get('description'))}{extra} |"
                )
            lines.append("")
    return lines


def _deviations(node: dict[str, Any]) -> list[str]:
    """The spec's recorded departures from the seed, as a collapsed note."""
    items = node.get("x-cloudprojects-seed-deviations") or []
    if not items:
        return []
    lines = ['??? note "Where the spec departs from the seed"', ""]
    lines += [f"    - {inline(item)}" for item in items]
    return [*lines, ""]


def _auth_section(provider: str, specs: list[Spec]) -> list[str]:
    lines = ["## Auth and credentials", ""]
    seen = set()
    for spec in specs:
        for name, scheme in spec.doc.get("components", {}).get("securitySchemes", {}).items():
            if name in seen:
                continue
            seen.add(name)
            where = scheme.get("scheme") or f"{scheme.get('in', '')} `{scheme.get('name', '')}`"
            lines += [
                f"### `{name}`",
                "",
                f"Type `{scheme.get('type')}` ({where}); signer `{scheme.get('x-cloudprojects-signer', '—')}`.",
                "",
                prose(scheme.get("description")),
                "",
                *_deviations(scheme),
            ]
    client_module = importlib.import_module(f"cloudprojects.{provider}._client")
    env = {
        name: value
        for name, value in vars(client_module).items()
        if name.endswith(("_ENV", "_ENVS")) and isinstance(value, str | tuple)
    }
    if env:
        lines += ["Environment variables the clients fall back to:", ""]
        for name, value in env.items():
            names = value if isinstance(value, tuple) else (value,)
            label = re.sub(r"_ENVS?$", "", name).lower().replace("_", " ")
            lines.append(f"- {label}: " + ", ".join(f"`{n}`" for n in names))
        lines.append("")
    client = importlib.import_module(f"cloudprojects.{provider}").Client
    lines += [
        "Constructor:",
        "",
        "```python",
        f"{provider}.Client{signature_text(client.__init__)}",
        "```",
        "",
    ]
    return lines


def _servers_section(specs: list[Spec]) -> list[str]:
    lines = ["## Endpoints and regions", "", "| Spec | URL | Variables | Description |", "|---|---|---|---|"]
    for spec in specs:
        for server in spec.doc.get("servers", []):
            variables = []
            for name, variable in server.get("variables", {}).items():
                text = f"`{name}` (default `{variable.get('default')}`)"
                if "enum" in variable:
                    text += ": " + ", ".join(f"`{v}`" for v in variable["enum"])
                variables.append(text)
            lines.append(
                f"| `{spec.name}` | `{server['url']}` | {'; '.join(variables) or '—'} "
                f"| {inline(server.get('description'))} |"
            )
    for spec in specs:
        for server in spec.doc.get("servers", []):
            for name, variable in server.get("variables", {}).items():
                if variable.get("description"):
                    lines += ["", f"`{name}` ({spec.name}): {inline(variable['description'])}"]
    return [*lines, ""]


def _operation_section(provider: str, op: Operation) -> list[str]:
    lines = [f"### `{op.operation_id}`", ""]
    if op.raw.get("deprecated"):
        lines += ['!!! warning "Deprecated"', "    The provider deprecates this operation.", ""]
    lines += [f"**`{op.method} {op.path}`** — {inline(op.raw.get('summary'))}", ""]
    lines += [prose(op.raw.get("description")), ""]
    seed = op.raw.get("x-cloudprojects-seed")
    if seed:
        lines += [f"This is the seed operation (`{seed}`); examples named `seed` are verbatim.", ""]
    lines += _deviations(op.raw)
    method = _facade_method(provider, op.facade_method)
    if method is not None:
        lines += ["Facade:", "", "```python", f"client.projects.{op.facade_method}{signature_text(method)}", "```", ""]
    rows = _parameter_rows(op)
    if rows:
        lines += ["Parameters:", "", "| Name | In | Required | Constraints | Description |", "|---|---|---|---|---|"]
        lines += [*rows, ""]
    errors = _error_rows(provider, op)
    if errors:
        lines += [
            "Errors:",
            "",
            "| Status | Raises | Provider codes (examples) | Body | Meaning |",
            "|---|---|---|---|---|",
            *errors,
            "",
        ]
    lines += ["Example request:", "", "```http", http_example(op), "```", ""]
    code = python_example(provider, op)
    if code:
        lines += ["```python", code.rstrip(), "```", ""]
    answer = response_example(op)
    if answer:
        status, body = answer
        lines += [f"Example response (`{status}`):", ""]
        shown = json.dumps(body, indent=2, ensure_ascii=False) if body is not None else None
        lines += ["```json", shown, "```", ""] if shown is not None else ["(no body)", ""]
    return lines


def provider_page(provider: Provider) -> str:
    """The Markdown page of one provider, from its spec documents."""
    specs = [Spec(part.spec) for part in provider.parts]
    operations = [op for spec in specs for op in spec.operations()]
    head = specs[0].doc["info"]
    lines = [
        f"# {provider.title}",
        "",
        f"Module `cloudprojects.{provider.key}` · generated distribution `{provider.distribution}` · "
        f"API version `{head.get('version')}` · spec " + ", ".join(f"`specs/{s.name}`" for s in specs),
        "",
        "This page is generated from the spec at build time.",
        "",
    ]
    for spec in specs:
        lines += [prose(spec.doc["info"].get("description")), ""]
    lines += _auth_section(provider.key, specs)
    lines += _servers_section(specs)
    lines += [
        "## Operations",
        "",
        "| Operation | Method | Path | Facade | Summary |",
        "|---|---|---|---|---|",
    ]
    for op in operations:
        facade = _facade_link(provider.key, op.facade_method)
        deprecated = " (deprecated)" if op.raw.get("deprecated") else ""
        lines.append(
            f"| [`{op.operation_id}`](#{op.operation_id}) | `{op.method}` | `{op.path}` | {facade} "
            f"| {inline(op.raw.get('summary'))}{deprecated} |"
        )
    lines.append("")
    for op in operations:
        lines += _operation_section(provider.key, op)
    lines += ["## Error codes", "", *_error_codes_section(specs)]
    own = error_classes(provider.key)
    if own:
        lines += [
            "### Codes with their own exception class",
            "",
            "| Provider code | Raises |",
            "|---|---|",
            *(f"| `{code}` | {_class_link(cls)} |" for code, cls in own.items()),
            "",
        ]
    lines += _schemas_section(specs)
    return "\n".join(lines).rstrip() + "\n"
