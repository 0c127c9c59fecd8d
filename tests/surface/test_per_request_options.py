"""Issue 10, point 3: per-request options on every operation of every facade, sync and async.

``timeout=`` reaches the request, ``max_retries=`` changes the number of attempts, ``extra_headers`` go on the wire
(and into the signature where the scheme signs such headers), a header the signer owns is refused before anything
is sent, ``extra_query`` lands in the URL, ``extra_body`` is merged into the JSON body; ``with_options()`` shares
the connection pool and leaves the original client alone.
"""

from __future__ import annotations

import inspect
import json
import time
from typing import Any

import httpx
import pytest
from surface_support import (
    CASES,
    OPERATIONS,
    PROVIDERS,
    Op,
    Wire,
    call_with,
    invoke,
    make_client,
    prepare,
    projects_class,
    public_methods,
)

from cloudprojects import errors, sim
from cloudprojects.auth import AliyunSlsV4Auth, SignatureError, verify_aliyun_sls, verify_aliyun_sls_v4, verify_bce

pytestmark = pytest.mark.filterwarnings("ignore:gcore_cloud. projects.replace:DeprecationWarning")

OPTION_PARAMETERS = ("timeout", "total_timeout", "max_retries", "extra_headers", "extra_query")


def setup(provider: str, asynchronous: bool, **kwargs: Any) -> tuple[Wire, Any, dict[str, Any]]:
    simulator = sim.create(provider)
    context = prepare(provider, simulator)
    wire = Wire(simulator)
    return wire, make_client(provider, wire, asynchronous, simulator, **kwargs), context


async def run(op: Op, client: Any, context: dict[str, Any], asynchronous: bool) -> Any:
    try:
        return await invoke(op, client.projects, context, asynchronous)
    finally:
        if asynchronous:
            await client.close()
        else:
            client.close()


# --- the table is the whole surface --------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_public_operation_is_covered_and_takes_the_options(provider: str, is_async: bool) -> None:
    cls = projects_class(provider, is_async)
    assert public_methods(cls) == sorted(op.name for op in OPERATIONS[provider])
    for op in OPERATIONS[provider]:
        parameters = inspect.signature(getattr(cls, op.name)).parameters
        for name in OPTION_PARAMETERS:
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, (op.name, name)
        # extra_body exactly where there is a JSON body to merge it into
        assert ("extra_body" in parameters) is op.json_body, op.name
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()), op.name
        if is_async and not op.paged:
            assert inspect.iscoroutinefunction(getattr(cls, op.name)), op.name


# --- timeout ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_timeout_reaches_every_request(provider: str, op: Op, asynchronous: bool) -> None:
    wire, client, context = setup(provider, asynchronous)
    await run(call_with(op, timeout=7.5), client, context, asynchronous)
    assert wire.requests
    for request in wire.requests:
        assert request.extensions["timeout"] == httpx.Timeout(7.5).as_dict()


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_default_timeout_without_the_option_and_an_httpx_timeout_as_given(
    provider: str, op: Op, asynchronous: bool
) -> None:
    wire, client, context = setup(provider, asynchronous, timeout=11)
    await run(op, client, context, asynchronous)
    assert {tuple(r.extensions["timeout"].values()) for r in wire.requests} == {(11.0, 11.0, 11.0, 11.0)}
    given = httpx.Timeout(3.0, connect=1.0)
    wire, client, context = setup(provider, asynchronous)
    await run(call_with(op, timeout=given), client, context, asynchronous)
    assert all(r.extensions["timeout"] == given.as_dict() for r in wire.requests)


@pytest.mark.parametrize("bad", ["5", -1, 0, float("nan"), True])
async def test_a_bad_per_call_timeout_is_refused_before_sending(bad: object, asynchronous: bool) -> None:
    for provider in PROVIDERS:
        op = OPERATIONS[provider][1]  # a create: a POST with a body
        wire, client, context = setup(provider, asynchronous)
        with pytest.raises((TypeError, ValueError), match="timeout"):
            await run(call_with(op, timeout=bad), client, context, asynchronous)
        assert wire.requests == []


# --- max_retries -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_max_retries_changes_the_attempt_count(provider: str, op: Op, asynchronous: bool) -> None:
    # baseline: how many requests the operation sends when nothing fails (a list: one per page)
    wire, client, context = setup(provider, asynchronous)
    await run(op, client, context, asynchronous)
    baseline = len(wire.requests)

    # three connect failures: above the client's default of 2 retries, within max_retries=3
    wire, client, context = setup(provider, asynchronous)
    wire.connect_errors(3)
    await run(call_with(op, max_retries=3), client, context, asynchronous)
    assert len(wire.requests) == baseline + 3

    # max_retries=0: the first failure is final
    wire, client, context = setup(provider, asynchronous)
    wire.connect_errors(1)
    with pytest.raises(errors.APIConnectionError):
        await run(call_with(op, max_retries=0), client, context, asynchronous)
    assert len(wire.requests) == 1

    # and the client default (2) is what applies without the option
    wire, client, context = setup(provider, asynchronous)
    wire.connect_errors(3)
    with pytest.raises(errors.APIConnectionError):
        await run(op, client, context, asynchronous)
    assert len(wire.requests) == 3


# --- extra_headers ---------------------------------------------------------------------------------------------

SIGNED_EXTRA = {
    "aliyun_sls": {"x-log-surface": "signed-1", "x-acs-surface": "signed-2"},  # LOG v1 signs x-log-*/x-acs-*
    "baidu_bls": {"x-bce-surface": "signed-3"},  # bce-auth-v1 signs the x-bce-* headers
}


def _tampered(request: httpx.Request, name: str) -> httpx.Request:
    headers = httpx.Headers(request.headers)
    headers[name] = headers[name] + "-tampered"
    return httpx.Request(request.method, request.url, headers=headers, content=request.content)


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_extra_headers_arrive_on_the_wire_and_are_signed_where_the_scheme_signs_them(
    provider: str, op: Op, asynchronous: bool
) -> None:
    extra = {"X-Surface-Trace": "trace-1", **SIGNED_EXTRA.get(provider, {})}
    wire, client, context = setup(provider, asynchronous)
    await run(call_with(op, extra_headers=extra), client, context, asynchronous)
    assert wire.requests
    for request in wire.requests:  # every page of a list
        for name, value in extra.items():
            assert request.headers[name] == value
    # the simulator verified every signature (the calls succeeded); now prove the extra headers are covered by it
    secret = wire.simulator.credentials
    request = wire.requests[0]
    if provider == "aliyun_sls":
        lookup = {secret["access_key_id"]: secret["access_key_secret"]}.get
        assert verify_aliyun_sls(request, lookup, time.time()) == secret["access_key_id"]
        for name in SIGNED_EXTRA[provider]:
            with pytest.raises(SignatureError):
                verify_aliyun_sls(_tampered(request, name), lookup, time.time())
        # an unsigned header may change freely
        verify_aliyun_sls(_tampered(request, "X-Surface-Trace"), lookup, time.time())
    elif provider == "baidu_bls":
        lookup = {secret["access_key_id"]: secret["secret_access_key"]}.get
        assert verify_bce(request, lookup, time.time()) == secret["access_key_id"]
        signed_headers = request.headers["authorization"].split("/")[4].split(";")
        assert "x-bce-surface" in signed_headers
        with pytest.raises(SignatureError):
            verify_bce(_tampered(request, "x-bce-surface"), lookup, time.time())


OWNED = {
    "aliyun_sls": [
        "Authorization",
        "authorization",
        "Date",
        "x-log-date",
        "x-log-signaturemethod",
        "x-log-apiversion",
        "x-log-bodyrawsize",
        "Content-MD5",
        "x-acs-security-token",
        "Host",
    ],
    "microvisualizer": ["Authorization", "AUTHORIZATION", "Host"],
    "baidu_bls": ["Authorization", "x-bce-date", "X-Bce-Date", "x-bce-content-sha256", "x-bce-security-token", "Host"],
    "gcore_cloud": ["Authorization", "authorization", "Host"],
    "ncp_media_intelligence": [
        "Authorization",
        "x-ncp-apigw-timestamp",
        "X-NCP-APIGW-SIGNATURE-V2",
        "x-ncp-apigw-api-key",
        "x-ncp-iam-access-key",
        "Host",
    ],
}


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_a_header_the_signer_owns_is_refused_before_sending(provider: str, op: Op, asynchronous: bool) -> None:
    wire, client, context = setup(provider, asynchronous)
    for name in OWNED[provider]:
        with pytest.raises(ValueError, match=name):
            await invoke(call_with(op, extra_headers={name: "forged"}), client.projects, context, asynchronous)
    assert wire.requests == []
    # the same header as a client default is refused at construction
    with pytest.raises(ValueError, match="Authorization"):
        make_client(provider, wire, asynchronous, wire.simulator, default_headers={"Authorization": "forged"})
    await run(op, client, context, asynchronous)  # the client still works


# --- extra_query, extra_body -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_extra_query_is_in_the_url_of_every_request(provider: str, op: Op, asynchronous: bool) -> None:
    wire, client, context = setup(provider, asynchronous)
    await run(call_with(op, extra_query={"surfaceProbe": "1 2", "other": 3}), client, context, asynchronous)
    assert wire.requests
    for request in wire.requests:
        assert request.url.params["surfaceProbe"] == "1 2"
        assert request.url.params["other"] == "3"


BODY_CASES = [case for case in CASES if case.values[1].json_body]


@pytest.mark.parametrize(("provider", "op"), BODY_CASES)
async def test_extra_body_is_merged_into_the_json_body(provider: str, op: Op, asynchronous: bool) -> None:
    wire, client, context = setup(provider, asynchronous)
    await run(op, client, context, asynchronous)
    plain = json.loads(wire.requests[-1].content)
    assert isinstance(plain, dict)

    wire, client, context = setup(provider, asynchronous)
    # the simulators validate bodies strictly: an unknown field comes back as the provider's 400, which is only
    # reached once the signature (Content-MD5, x-bce-content-sha256 ...) checked out over the merged body
    with pytest.raises(errors.BadRequestError) as caught:
        await run(call_with(op, extra_body={"surfaceField": [1, "x"]}), client, context, asynchronous)
    sent = json.loads(wire.requests[-1].content)
    assert sent == {**plain, "surfaceField": [1, "x"]}
    assert "surfaceField" in json.dumps(caught.value.body)
    assert len(wire.requests) == 1  # a 400 is not retried


# --- with_options ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_with_options_shares_the_pool_and_leaves_the_original_alone(provider: str, asynchronous: bool) -> None:
    op = next(op for op in OPERATIONS[provider] if op.name == "get" or op.name == "list_pinned")
    wire, client, context = setup(provider, asynchronous, default_headers={"X-Base": "base"})
    other = client.with_options(timeout=3, max_retries=0, default_headers={"X-Other": "other"})
    assert other is not client
    assert type(other) is type(client)
    assert other._http is client._http

    wire.connect_errors(1)
    with pytest.raises(errors.APIConnectionError):
        await invoke(op, other.projects, context, asynchronous)
    assert len(wire.requests) == 1  # max_retries=0

    wire.requests.clear()
    await invoke(op, other.projects, context, asynchronous)
    (request,) = wire.requests
    assert request.extensions["timeout"] == httpx.Timeout(3).as_dict()
    assert (request.headers["x-base"], request.headers["x-other"]) == ("base", "other")

    # the original: its own timeout (30 s, 5 s to connect), its retries (2), its headers only
    wire.requests.clear()
    wire.connect_errors(2)
    await invoke(op, client.projects, context, asynchronous)
    assert len(wire.requests) == 3
    assert wire.requests[-1].extensions["timeout"] == httpx.Timeout(30.0, connect=5.0).as_dict()
    assert "x-other" not in wire.requests[-1].headers
    assert wire.requests[-1].headers["x-base"] == "base"

    # closing the copy closes the shared pool: both are closed
    if asynchronous:
        await other.close()
    else:
        other.close()
    assert client._http.is_closed
    with pytest.raises(errors.ClientClosedError):
        await invoke(op, client.projects, context, asynchronous)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_with_options_checks_its_values(provider: str) -> None:
    simulator = sim.create(provider)
    with make_client(provider, sim.SimTransport(simulator), False, simulator) as client:
        with pytest.raises(ValueError, match="timeout"):
            client.with_options(timeout=-1)
        with pytest.raises(TypeError, match="max_retries"):
            client.with_options(max_retries=1.5)
        with pytest.raises(TypeError, match="retry_policy"):
            client.with_options(retry_policy="x")
        with pytest.raises(ValueError, match="Authorization"):
            client.with_options(default_headers={"Authorization": "x"})
        with pytest.raises(TypeError):
            client.with_options(timout=5)  # type: ignore[call-arg]


# --- SLS with the v4 signer: its own owned headers, extra x-log-* headers signed ---------------------------------


@pytest.mark.parametrize("op", OPERATIONS["aliyun_sls"], ids=lambda op: op.name)
async def test_sls_v4_signs_extra_headers_and_refuses_its_own(op: Op, asynchronous: bool) -> None:
    simulator = sim.create("aliyun_sls")
    context = prepare("aliyun_sls", simulator)
    wire = Wire(simulator)
    keys = simulator.credentials
    auth = AliyunSlsV4Auth(keys["access_key_id"], keys["access_key_secret"], "cn-hangzhou")
    client = make_client("aliyun_sls", wire, asynchronous, simulator, auth=auth)
    for owned in ("x-log-content-sha256", "Authorization", "x-log-date", "Date"):
        with pytest.raises(ValueError, match=owned):
            await invoke(call_with(op, extra_headers={owned: "forged"}), client.projects, context, asynchronous)
    assert wire.requests == []
    await run(call_with(op, extra_headers={"x-log-surface": "v4-signed"}), client, context, asynchronous)
    request = wire.requests[0]
    assert request.headers["authorization"].startswith("SLS4-HMAC-SHA256")
    lookup = {keys["access_key_id"]: keys["access_key_secret"]}.get
    assert verify_aliyun_sls_v4(request, lookup, time.time(), region="cn-hangzhou") == keys["access_key_id"]
    with pytest.raises(SignatureError):
        verify_aliyun_sls_v4(_tampered(request, "x-log-surface"), lookup, time.time(), region="cn-hangzhou")
