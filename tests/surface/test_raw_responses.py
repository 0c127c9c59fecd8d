"""Issue 10, point 4: ``client.projects.with_raw_response.<op>(...)`` on every operation, sync and async.

The raw response carries the status, headers, the provider's request id, the elapsed time, the retries taken and the
final request; ``parse()`` is what the plain call returns. Failures raise the same typed errors as the plain call.
"""

from __future__ import annotations

import datetime
import inspect
import time
from typing import Any

import httpx
import pytest
from surface_support import (
    CASES,
    OPERATIONS,
    PROVIDERS,
    REQUEST_ID_HEADER,
    Op,
    Wire,
    make_client,
    prepare,
    projects_class,
    public_methods,
)

from cloudprojects import errors, sim
from cloudprojects._core.pagination import Page
from cloudprojects._core.response import RawResponse

pytestmark = pytest.mark.filterwarnings("ignore:gcore_cloud. projects.replace:DeprecationWarning")

IDEMPOTENT_METHODS = ("GET", "PUT", "DELETE")
SIGNATURE_HEADER = dict.fromkeys(PROVIDERS, "authorization") | {"ncp_media_intelligence": "x-ncp-apigw-signature-v2"}


class _Raw:
    """``projects`` seen through ``with_raw_response``: a list gives its first page's RawResponse."""

    def __init__(self, projects: Any) -> None:
        self._raw = projects.with_raw_response

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def setup(provider: str, asynchronous: bool, now: float, **kwargs: Any) -> tuple[Wire, Any, dict[str, Any]]:
    simulator = sim.create(provider, clock=lambda: now)  # one frozen clock: two runs answer identically
    context = prepare(provider, simulator)
    wire = Wire(simulator)
    return wire, make_client(provider, wire, asynchronous, simulator, **kwargs), context


async def plain(op: Op, client: Any, context: dict[str, Any], asynchronous: bool) -> Any:
    result = op.call(client.projects, context)
    if op.paged:
        if asynchronous:
            async for page in result.pages():
                return page
        return next(iter(result.pages()))
    return await result if asynchronous else result


async def raw(op: Op, client: Any, context: dict[str, Any], asynchronous: bool) -> RawResponse[Any]:
    result = op.call(_Raw(client.projects), context)
    return await result if asynchronous else result


def comparable(value: Any) -> Any:
    if isinstance(value, Page):
        return ([comparable(item) for item in value.items], value.next, value.total)
    if isinstance(value, list):
        return [comparable(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_with_raw_response_has_every_operation_with_the_same_signature(provider: str, is_async: bool) -> None:
    cls = projects_class(provider, is_async)
    simulator = sim.create(provider)
    client = make_client(provider, sim.SimTransport(simulator), False, simulator)
    if is_async:
        client = make_client(provider, sim.AsyncSimTransport(simulator), True, simulator)
    wrapper = client.projects.with_raw_response
    assert client.projects.with_raw_response is wrapper  # built once
    for name in public_methods(cls):
        method = getattr(wrapper, name)
        assert inspect.signature(method) == inspect.signature(getattr(client.projects, name)), name
        assert method.__doc__ == getattr(cls, name).__doc__, name


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_raw_response_of_every_operation(provider: str, op: Op, asynchronous: bool) -> None:
    now = time.time()
    wire, client, context = setup(provider, asynchronous, now)
    expected = await plain(op, client, context, asynchronous)
    (expected_request,) = wire.requests

    wire, client, context = setup(provider, asynchronous, now)
    response = await raw(op, client, context, asynchronous)
    (request,) = wire.requests

    assert isinstance(response, RawResponse)
    assert 200 <= response.status_code < 300
    assert isinstance(response.headers, httpx.Headers)
    assert response.status_code == response.http_response.status_code
    header = REQUEST_ID_HEADER[provider]
    if header is None:
        assert response.request_id is None
    else:
        assert response.request_id == response.headers[header]
        assert response.request_id
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed >= datetime.timedelta(0)
    assert response.retries_taken == 0
    assert response.http_request is request
    assert (request.method, request.url) == (expected_request.method, expected_request.url)
    assert request.content == expected_request.content
    assert SIGNATURE_HEADER[provider] in request.headers  # the final request as sent: signed
    assert response.http_request.url.path in repr(response)

    parsed = response.parse()
    if op.paged:
        assert isinstance(parsed, Page)
        assert parsed.request_id == response.request_id
    elif op.result is None:
        assert parsed is None
    else:
        assert isinstance(parsed, op.result)
    assert comparable(parsed) == comparable(expected)
    if response.content:
        assert response.json() == httpx.Response(200, content=response.content).json()


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_retries_taken_after_a_failed_attempt(provider: str, op: Op, asynchronous: bool) -> None:
    now = time.time()
    wire, client, context = setup(provider, asynchronous, now)
    await plain(op, client, context, asynchronous)
    method = wire.requests[0].method

    wire, client, context = setup(provider, asynchronous, now)
    if method in IDEMPOTENT_METHODS:
        wire.fail.append(httpx.Response(503, text="busy"))  # retried: the method is idempotent
    else:
        wire.connect_errors(1)  # a POST/PATCH is retried only when the request never left
    response = await raw(op, client, context, asynchronous)
    assert response.retries_taken == 1
    assert len(wire.requests) == 2
    assert response.http_request is wire.requests[-1]
    assert 200 <= response.status_code < 300


@pytest.mark.parametrize(("provider", "op"), CASES)
async def test_raw_response_raises_the_same_typed_errors(provider: str, op: Op, asynchronous: bool) -> None:
    now = time.time()
    caught = []
    for through in (plain, raw):
        wire, client, context = setup(provider, asynchronous, now, max_retries=0)
        wire.simulator.faults.queue(sim.FaultKind.SERVER_ERROR)  # the provider's own 5xx body
        with pytest.raises(errors.APIStatusError) as error:
            await through(op, client, context, asynchronous)
        caught.append(error.value)
        assert len(wire.requests) == 1
    first, second = caught
    assert type(first) is type(second)
    assert isinstance(first, errors.InternalServerError)
    assert (first.status_code, first.code, first.message) == (second.status_code, second.code, second.message)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_raw_response_validates_input_like_the_plain_call(provider: str, asynchronous: bool) -> None:
    simulator = sim.create(provider)
    wire = Wire(simulator)
    client = make_client(provider, wire, asynchronous, simulator)
    get = next(op for op in OPERATIONS[provider] if op.name == "get")
    for target in (client.projects, _Raw(client.projects)):
        with pytest.raises(errors.ValidationError):
            result = get.call(target, {"id": "../x" if provider != "gcore_cloud" else "x"})
            if asynchronous:
                await result
    assert wire.requests == []
