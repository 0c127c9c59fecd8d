"""Write the official contract of the Gcore and SLS project operations, derived from the installed official SDKs.

Run ``python tests/fidelity/make_contracts.py`` to rewrite ``specs/upstream/*.sdk-contract.yaml``, or add
``--check`` to exit non-zero when a file differs from what the installed SDKs give. Nothing here imports
cloudprojects; the shape is the one of ``contracts.py``.

- gcore (Stainless, typed): each ``client.cloud.projects`` method is called once through an ``httpx``
  ``MockTransport`` to learn its HTTP method and path; its parameters come from the method signature and the
  ``project_*_params`` TypedDicts (``Required``, ``Optional``, ``Literal``), its answer from the pydantic model
  it returns (``Project``, ``TaskIDList``, ``SyncOffsetPage[Project]``: required = no default).
- aliyun-log-python-sdk (untyped): each ``LogClient`` project method is called with ``_send`` replaced by a
  recorder, once with only its required arguments and once with all of them: what is always sent is required,
  types come from the values sent (query types from the argument defaults). Response fields come from the
  source of the response class (``resp['x']`` required, ``resp.get('x', default)`` optional; ``int(...)``
  integer; otherwise the type is not stated); what the class does not parse is not stated either.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
import textwrap
import types
import typing
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import typing_extensions
import yaml
from contracts import Field, Operation, field

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "specs" / "upstream"
SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object"}
PROJECT_ID = 4242
UNTYPED = ("enum", "format", "limits")  # what an untyped SDK never states
UNLIMITED = ("limits",)  # Python types carry no length, range or pattern limits


# --- gcore --------------------------------------------------------------------------------------------------------


def _python_type(annotation: Any) -> Field:
    """Type, nullability, enum and items of a Python annotation, as a field record (required left None)."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(options) < len(typing.get_args(annotation))
        annotation = options[0] if len(options) == 1 else annotation
        origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        values = list(typing.get_args(annotation))
        return field(SCALARS[type(values[0])], required=None, nullable=nullable, enum=values, unstated=UNLIMITED)
    if origin in (list, typing.List):  # noqa: UP006
        (item,) = typing.get_args(annotation)
        item_type = _python_type(item)["type"] if item in SCALARS else "object"
        return field("array", required=None, nullable=nullable, items=item_type, unstated=UNLIMITED)
    if annotation is datetime:
        return field("string", required=None, nullable=nullable, format_="date-time", unstated=UNLIMITED)
    if isinstance(annotation, type) and annotation in SCALARS:
        return field(SCALARS[annotation], required=None, nullable=nullable, unstated=UNLIMITED)
    return field("object", required=None, nullable=nullable, unstated=UNLIMITED)


def _typed_dict_fields(typed_dict: Any, prefix: str = "") -> dict[str, Field]:
    """Keys of a ``total=False`` TypedDict; ``Required[...]`` marks the required ones (read from the annotation:
    with postponed annotations ``__required_keys__`` does not see it)."""
    found = {}
    for name, annotation in typing.get_type_hints(typed_dict, include_extras=True).items():
        required = typing_extensions.get_origin(annotation) is typing_extensions.Required
        if required:
            (annotation,) = typing.get_args(annotation)
        record = _python_type(annotation)
        record["required"] = required or (typed_dict.__total__ and name in typed_dict.__required_keys__)
        found[prefix + name] = record
    return found


def _model_fields(model: Any, prefix: str = "") -> dict[str, Field]:
    found: dict[str, Field] = {}
    for name, info in model.model_fields.items():
        record = _python_type(info.annotation)
        record["required"] = info.is_required()
        found[prefix + name] = record
        inner = [a for a in typing.get_args(info.annotation) if hasattr(a, "model_fields")]
        if inner:
            found.update(_model_fields(inner[0], f"{prefix}{name}[]."))
    return found


def gcore_contract() -> dict[str, Operation]:
    """``client.cloud.projects.<method>`` of gcore, by method name."""
    from gcore import Gcore
    from gcore.pagination import SyncOffsetPage
    from gcore.resources.cloud.projects import ProjectsResource
    from gcore.types.cloud import Project, TaskIDList, project_create_params, project_list_params, project_update_params

    sent: list[httpx.Request] = []
    project = {"id": 1, "client_id": 1, "created_at": "2024-01-01T00:00:00Z", "is_default": False}
    project |= {"name": "p", "state": "ACTIVE"}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "DELETE":
            return httpx.Response(200, json={"tasks": []})
        if request.method == "GET" and request.url.path.endswith("/projects"):
            return httpx.Response(200, json={"count": 0, "results": []})
        return httpx.Response(200, json=project)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = Gcore(api_key="k", base_url="http://gcore.invalid", http_client=http, max_retries=0)
    projects = client.cloud.projects
    calls = {
        "create": (lambda: projects.create(name="p"), project_create_params.ProjectCreateParams, Project),
        "get": (lambda: projects.get(project_id=PROJECT_ID), None, Project),
        "update": (lambda: projects.update(project_id=PROJECT_ID), project_update_params.ProjectUpdateParams, Project),
        "list": (lambda: projects.list(), project_list_params.ProjectListParams, SyncOffsetPage[Project]),
        "delete": (lambda: projects.delete(project_id=PROJECT_ID), None, TaskIDList),
    }
    contract: dict[str, Operation] = {}
    for name, (call, params, answer_model) in calls.items():
        call()
        request = sent[-1]
        path = request.url.path.replace(f"/{PROJECT_ID}", "/{project_id}")
        signature = inspect.signature(getattr(ProjectsResource, name))
        parameters: dict[str, Field] = {}
        if "project_id" in signature.parameters:
            parameters["path.project_id"] = field("integer", required=True, unstated=UNLIMITED)
        body: dict[str, Field] | None = None
        if params is not None and request.method == "GET":
            parameters |= _typed_dict_fields(params, "query.")
        elif params is not None:
            body = {k: v for k, v in _typed_dict_fields(params).items() if k != "project_id"}
        contract[name] = {
            "method": request.method,
            "path": path,
            "parameters": parameters,
            "request": body,
            "response": _model_fields(answer_model),
        }
    return contract


# --- aliyun-log-python-sdk ----------------------------------------------------------------------------------------

SLS_CALLS: dict[str, tuple[dict[str, Any], dict[str, Any], str | None]] = {
    # method: (required arguments, every argument, response class)
    "create_project": (
        {"project_name": "p-name", "project_des": "p-des"},
        {"resource_group_id": "rg-x", "data_redundancy_type": "LRS"},
        None,
    ),
    "get_project": ({"project_name": "p-name"}, {}, "GetProjectResponse"),
    "update_project": ({"project_name": "p-name", "project_des": "p-des"}, {}, None),
    "list_project": (
        {},
        {"offset": 7, "size": 9, "project_name_pattern": "p-pattern", "resource_group_id": "rg-x", "description": "d"},
        "ListProjectResponse",
    ),
    "delete_project": ({"project_name": "p-name"}, {}, None),
}


def _response_fields(class_name: str) -> dict[str, Field]:
    """Fields a response class reads in ``__init__``: ``resp['x']`` required, ``resp.get(...)`` optional."""
    from aliyun.log import project_response

    tree = ast.parse(textwrap.dedent(inspect.getsource(getattr(project_response, class_name).__init__)))
    found: dict[str, Field] = {}
    integer_args = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "int"
        for arg in node.args
    }
    for node in ast.walk(tree):
        name: str | None = None
        required = False
        default: Any = None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "resp":
            name, required = ast.literal_eval(node.slice), True
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "resp"
        ):
            name = ast.literal_eval(node.args[0])
            default = ast.literal_eval(node.args[1]) if len(node.args) > 1 else None
        if name is None:
            continue
        type_ = "integer" if id(node) in integer_args else SCALARS.get(type(default))
        opaque = type_ in ("array", "object")
        found[name] = field(type_, required=required, nullable=None, opaque=opaque, unstated=UNTYPED)
    return found


def sls_contract() -> dict[str, Operation]:
    """``LogClient.<method>`` of aliyun-log-python-sdk for projects, by method name."""
    from aliyun.log import LogClient

    recorded: list[dict[str, Any]] = []

    get_fields = ("status", "description", "projectName", "region", "owner", "createTime", "lastModifyTime")
    canned = {"count": 0, "total": 0, "projects": [], **dict.fromkeys(get_fields, "")}

    def record(
        method: str, project: str | None, body: bytes | None, resource: str, params: Any, *_: Any, **__: Any
    ) -> tuple[dict[str, Any], dict[str, str]]:
        recorded.append({"method": method, "project": project, "body": body, "resource": resource, "params": params})
        return canned, {}

    client = LogClient("127.0.0.1", "ak", "sk")
    client._send = record  # private: LogClient's single HTTP entry point, replaced by a recorder
    contract: dict[str, Operation] = {}
    for name, (required_args, optional_args, response_class) in SLS_CALLS.items():
        method = getattr(client, name)
        method(**required_args)
        minimal = recorded[-1]
        method(**required_args, **optional_args)
        full = recorded[-1]
        defaults = {k: p.default for k, p in inspect.signature(method).parameters.items()}
        given = {**required_args, **optional_args}
        parameters: dict[str, Field] = {}
        for key, value in full["params"].items():
            argument = next(a for a, v in given.items() if str(v) == value)
            example = (
                defaults[argument] if defaults[argument] not in (None, inspect.Parameter.empty) else given[argument]
            )
            required = key in minimal["params"]
            parameters[f"query.{key}"] = field(
                SCALARS[type(example)], required=required, nullable=None, unstated=UNTYPED
            )
        body = None
        if full["body"]:
            sent, always = json.loads(full["body"]), json.loads(minimal["body"])
            body = {
                k: field(SCALARS[type(v)], required=k in always, nullable=None, unstated=UNTYPED)
                for k, v in sent.items()
            }
        contract[name] = {
            "method": full["method"],
            "path": full["resource"],
            "host": "project" if full["project"] else "endpoint",
            "parameters": parameters,
            "request": body,
            "response": _response_fields(response_class) if response_class else {},
        }
    return contract


# --- files --------------------------------------------------------------------------------------------------------

COMMENT = (
    "Official contract of the {provider} project operations, derived from {sdk} {version} by "
    "tests/fidelity/make_contracts.py (see its docstring for how). A null attribute is not stated by the SDK. "
    "Do not edit: rerun the script."
)


def build_files() -> dict[str, str]:
    """Render every contract file with the installed SDKs."""
    sources = {
        "gcore_cloud": ("gcore", gcore_contract),
        "aliyun_sls": ("aliyun-log-python-sdk", sls_contract),
    }
    files = {}
    for provider, (sdk, build) in sources.items():
        document = {
            "comment": COMMENT.format(provider=provider, sdk=sdk, version=version(sdk)),
            "provider": provider,
            "sdk": {"name": sdk, "version": version(sdk)},
            "operations": build(),
        }
        files[f"{provider}.sdk-contract.yaml"] = yaml.safe_dump(document, sort_keys=True, width=100, allow_unicode=True)
    return files


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) every contract file."""
    stale = []
    for name, text in build_files().items():
        path = UPSTREAM / name
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
    if stale:
        sys.stdout.write("out of date: " + ", ".join(stale) + "\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
