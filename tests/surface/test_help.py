"""Issue 10, point 7: help. Every public facade method and constructor documents each parameter; a parameter that
maps to a spec field carries the spec's description verbatim (no drift); defaults read cleanly; the User-Agent names
the suite, the provider, Python and httpx; ``CLOUDPROJECTS_LOG`` turns the logger on (stderr, no secrets)."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import platform
import pydoc
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from surface_support import (
    OPERATIONS,
    PROVIDERS,
    Wire,
    client_class,
    invoke,
    make_client,
    prepare,
    projects_class,
    public_methods,
)

import cloudprojects
from cloudprojects import sim
from cloudprojects._core.validation import load_spec

pytestmark = pytest.mark.filterwarnings("ignore:gcore_cloud. projects.replace:DeprecationWarning")

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = ("timeout", "total_timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
PAGE_SIZE_FIELD = {"aliyun_sls": "size", "microvisualizer": "size", "baidu_bls": "pageSize", "gcore_cloud": "limit"}


def args_section(doc: str | None) -> dict[str, str]:
    """The Google-style ``Args:`` entries of a docstring, each with its text joined onto one line."""
    entries: dict[str, str] = {}
    current = None
    inside = False
    for line in inspect.cleandoc(doc or "").splitlines():
        if line.strip() == "Args:":
            inside = True
            continue
        if not inside:
            continue
        if line and not line.startswith(" "):
            break
        match = re.match(r"^ {4}(\w+)(?: \([^)]*\))?: (.*)$", line)
        if match:
            current = match.group(1)
            entries[current] = match.group(2)
        elif line.strip() and current:
            entries[current] += " " + line.strip()
    return entries


def normal(text: str) -> str:
    return " ".join(text.split())


def method_cases() -> list[Any]:
    return [
        pytest.param(provider, is_async, name, id=f"{provider}-{'async' if is_async else 'sync'}-{name}")
        for provider in PROVIDERS
        for is_async in (False, True)
        for name in public_methods(projects_class(provider, is_async))
    ]


# --- every parameter documented --------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "is_async", "name"), method_cases())
def test_every_operation_parameter_is_documented(provider: str, is_async: bool, name: str) -> None:
    method = getattr(projects_class(provider, is_async), name)
    documented = args_section(method.__doc__)
    parameters = [p for p in inspect.signature(method).parameters if p != "self"]
    assert parameters
    missing = [p for p in parameters if p not in documented]
    assert not missing, f"{name}: undocumented {missing}"
    extra = [p for p in documented if p not in parameters]
    assert not extra, f"{name}: documents parameters it does not take: {extra}"
    assert all(documented[p].strip() for p in parameters)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_constructor_and_with_options_parameter_is_documented(provider: str, is_async: bool) -> None:
    cls = client_class(provider, is_async)
    for documented_in, function in ((cls, cls.__init__), (cls.with_options, cls.with_options)):
        documented = args_section(documented_in.__doc__)
        parameters = [p for p in inspect.signature(function).parameters if p != "self"]
        missing = [p for p in parameters if p not in documented]
        assert not missing, f"{cls.__qualname__}: undocumented {missing}"
        assert not [p for p in documented if p not in parameters]
    help_text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    for name in ("timeout", "max_retries", "http_client", "proxy", "trust_env"):
        assert f"{name}:" in help_text


# --- descriptions from the spec, verbatim ----------------------------------------------------------------------


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}  # siblings of $ref win (OpenAPI 3.1)
    return node


def spec_fields(spec: dict[str, Any], operation_id: str) -> dict[str, str | None]:
    """The operation's parameters and JSON body properties: name → description."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                break
        else:
            continue
        break
    else:
        raise KeyError(operation_id)
    fields: dict[str, str | None] = {}
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(spec, parameter)
        fields[parameter["name"]] = parameter.get("description") or _resolve(spec, parameter["schema"]).get(
            "description"
        )
    body = operation.get("requestBody")
    if body:
        schema = _resolve(spec, _resolve(spec, body)["content"]["application/json"]["schema"])
        for name, node in schema.get("properties", {}).items():
            fields[name] = _resolve(spec, node).get("description")
    return fields


def operation_of(provider: str, is_async: bool, name: str) -> tuple[str, str]:
    """(spec name, operationId) of a facade operation, as it builds its call."""
    simulator = sim.create(provider)
    context = prepare(provider, simulator)
    client = make_client(provider, Wire(simulator), is_async, simulator)
    calls: list[Any] = []
    run, page = client._run, client._page
    client._run = lambda call, options: (calls.append(call), run(call, options))[1]
    client._page = lambda call, options, to_page: (calls.append(call), page(call, options, to_page))[1]
    op = next(op for op in OPERATIONS[provider] if op.name == name)
    asyncio.run(invoke(op, client.projects, context, is_async))
    call = calls[0]
    spec_name = "aliyun_sls_project" if ".project." in call.parse.__module__ else provider
    return spec_name, call.operation_id


@pytest.mark.parametrize(("provider", "is_async", "name"), method_cases())
def test_parameters_carry_the_spec_description_verbatim(provider: str, is_async: bool, name: str) -> None:
    spec_name, operation_id = operation_of(provider, is_async, name)
    fields = spec_fields(load_spec(f"cloudprojects_gen_{provider}", spec_name), operation_id)
    by_key = {field.replace("_", "").lower(): field for field in fields}
    method = getattr(projects_class(provider, is_async), name)
    documented = args_section(method.__doc__)
    compared = 0
    for parameter in inspect.signature(method).parameters:
        if parameter in ("self", *OPTIONS):
            continue
        field = PAGE_SIZE_FIELD.get(provider) if parameter == "page_size" else by_key.get(parameter.replace("_", ""))
        if field is None or fields.get(field) is None:
            continue
        description = fields[field]
        assert description is not None
        assert normal(description) in normal(documented[parameter]), (
            f"{name}({parameter}=...) does not carry the spec's description of {field!r}:\n"
            f"  spec: {normal(description)}\n  doc:  {normal(documented[parameter])}"
        )
        compared += 1
    own = [p for p in inspect.signature(method).parameters if p not in ("self", *OPTIONS)]
    if own and spec_name != "aliyun_sls_project":
        assert compared, f"{name}: no parameter matched a spec field"


# --- defaults render cleanly -----------------------------------------------------------------------------------


def public_callables() -> list[Any]:
    found = []
    for provider in PROVIDERS:
        for is_async in (False, True):
            cls = client_class(provider, is_async)
            found += [pytest.param(cls.__init__, id=f"{cls.__module__}.{cls.__qualname__}.__init__")]
            found += [pytest.param(cls.with_options, id=f"{cls.__module__}.{cls.__qualname__}.with_options")]
            projects = projects_class(provider, is_async)
            found += [
                pytest.param(getattr(projects, name), id=f"{projects.__module__}.{projects.__qualname__}.{name}")
                for name in public_methods(projects)
            ]
    return found


@pytest.mark.parametrize("function", public_callables())
def test_defaults_read_cleanly(function: Any) -> None:
    signature = str(inspect.signature(function))
    assert "object at 0x" not in signature
    assert "<" not in signature, signature  # no <...Unset object> or <function ...> defaults
    assert "Unset" not in signature and "UNSET" not in signature
    rendered = pydoc.render_doc(function, renderer=pydoc.plaintext)
    assert "object at 0x" not in rendered
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name in ("timeout", "total_timeout", "max_retries") and function.__name__ != "__init__":
            assert repr(parameter.default) == "NOT_GIVEN"


def test_not_given_is_a_named_falsy_singleton() -> None:
    from cloudprojects._core.options import NOT_GIVEN, NotGiven

    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert not NOT_GIVEN
    assert NotGiven() is NOT_GIVEN
    import copy
    import pickle

    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


# --- User-Agent ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_user_agent(provider: str, asynchronous: bool) -> None:
    simulator = sim.create(provider)
    wire = Wire(simulator)
    client = make_client(provider, wire, asynchronous, simulator)
    await invoke(OPERATIONS[provider][0], client.projects, {}, asynchronous)  # list
    python = ".".join(platform.python_version_tuple()[:2])
    expected = f"cloudprojects/{cloudprojects.__version__} ({provider}) python/{python} httpx/{httpx.__version__}"
    assert {request.headers["user-agent"] for request in wire.requests} == {expected}
    assert cloudprojects.__version__ == (ROOT / "VERSION").read_text().strip()
    assert re.fullmatch(r"cloudprojects/\S+ \(\w+\) python/3\.\d+ httpx/\d+\.\d+\.\d+", expected)


# --- CLOUDPROJECTS_LOG ------------------------------------------------------------------------------------------

LOG_SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import surface_support as s
from cloudprojects import sim

secrets = []
for provider in s.PROVIDERS:
    simulator = sim.create(provider)
    secrets += list(simulator.credentials.values())
    context = s.prepare(provider, simulator)
    wire = s.Wire(simulator)
    with s.make_client(provider, wire, False, simulator) as client:
        get = next(op for op in s.OPERATIONS[provider] if op.name == "get")
        get.call(client.projects, context)
        get.call(client.projects.with_raw_response, context)
        listing = s.call_with(s.OPERATIONS[provider][0], extra_query={"token": "query-secret-XYZZY"})
        list(listing.call(client.projects, {}))
    for request in wire.requests:
        secrets += [v for k, v in request.headers.items() if k.lower() in (
            "authorization", "x-ncp-apigw-signature-v2", "x-ncp-iam-access-key")]
print(json.dumps({"secrets": secrets}))
"""


def run_logged(level: str | None) -> tuple[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "CLOUDPROJECTS_LOG"}
    if level is not None:
        env["CLOUDPROJECTS_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", LOG_SCRIPT, str(Path(__file__).parent)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stderr, json.loads(done.stdout)["secrets"]


def test_cloudprojects_log_debug_logs_each_request_to_stderr_without_secrets() -> None:
    stderr, secrets = run_logged("debug")
    for provider, line in (
        ("gcore_cloud", r"GET https://api\.gcore\.com/cloud/v1/projects/\d+ -> 200"),
        ("microvisualizer", r"GET https://api\.microvisualizer\.com/v1/projects/\S+ -> 200"),
        ("baidu_bls", r"GET https://bls-log\.bj\.baidubce\.com/v1/project/[0-9a-f-]{36} -> 200"),
        ("aliyun_sls", r"GET https://surface-project\.cn-hangzhou\.log\.aliyuncs\.com/ -> 200"),
        (
            "ncp_media_intelligence",
            r"GET https://mi\.apigw\.ntruss\.com/api/v1/workspaces/my-workspace/projects/\d+ -> 200",
        ),
    ):
        assert re.search(r"\[.*cloudprojects DEBUG\] " + line, stderr), (provider, stderr[-2000:])
    assert re.search(r"request id [0-9A-Fa-f-]{20,}", stderr)
    assert len(secrets) > 10
    for secret in secrets:
        assert secret not in stderr
    assert "query-secret-XYZZY" not in stderr  # URLs are logged without their query


def test_cloudprojects_log_info_and_unset_do_not_log_requests() -> None:
    stderr, _ = run_logged("info")
    assert " -> 200" not in stderr
    stderr, _ = run_logged(None)
    assert "cloudprojects" not in stderr
