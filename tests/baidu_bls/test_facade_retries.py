"""cloudprojects.baidu_bls: retries, a fresh bce-auth-v1 signature per attempt, connections closed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from bls_support import (
    AK,
    CALLS,
    OK,
    SECRET,
    SEED_RESPONSE,
    UID,
    FakeClock,
    Recorder,
    async_client,
    check_signed,
    sync_client,
)
from mock_http import TrackedStream

from cloudprojects import errors
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.auth import BceAuth

# --- retries and re-signing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("failures", [1, 2])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("call", [CALLS["get_project"], CALLS["update_project"], CALLS["delete_project"]])
def test_idempotent_calls_retry_then_succeed(call: Callable[[Any], Any], failures: int, status: int) -> None:
    answers = [httpx.Response(status)] * failures + [httpx.Response(200, json=SEED_RESPONSE)]
    recorder, sleeps = Recorder(*answers), list[float]()
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(max_retries=2, random=lambda: 1.0)) as client:
        call(client.projects)
    assert len(recorder.requests) == failures + 1
    assert sleeps == [0.5, 1.0][:failures]


def test_every_attempt_is_signed_afresh() -> None:
    clock, seen = FakeClock(), []

    def handler(request: httpx.Request) -> httpx.Response:
        check_signed(request, now=clock.now)
        seen.append(request)
        return httpx.Response(503) if len(seen) == 1 else httpx.Response(204)

    with sync_client(handler, auth=BceAuth(AK, SECRET, clock=clock)) as client:
        client.projects.update(UID, description="x")
    first, second = seen
    assert first.headers["x-bce-date"] != second.headers["x-bce-date"]
    assert first.headers["authorization"] != second.headers["authorization"]
    assert first.content == second.content


async def test_every_async_attempt_is_signed_afresh() -> None:
    clock = FakeClock()
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=SEED_RESPONSE), clock=lambda: clock.now)
    async with async_client(recorder, auth=BceAuth(AK, SECRET, clock=clock)) as client:
        await client.projects.get(UID)
    dates = [r.headers["x-bce-date"] for r in recorder.requests]
    assert len(set(dates)) == 2
    assert len({r.headers["authorization"] for r in recorder.requests}) == 2


def test_retries_stop_at_max_retries_with_the_typed_error() -> None:
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}))
    sleeps: list[float] = []
    with sync_client(recorder, sleeps, max_retries=2) as client, pytest.raises(errors.InternalServerError) as caught:
        client.projects.get(UID)
    assert caught.value.code == "ServiceUnavailable"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(0.25 <= s <= 1.0 for s in sleeps)


# A zero or past Retry-After keeps the backoff floor (0.5 s with jitter in [50 %, 100 %]) rather than hammering.
@pytest.mark.parametrize(
    ("header", "expected"), [("3", (3.0, 3.0)), ("0", (0.25, 0.5)), ("Wed, 21 Oct 2015 07:28:00 GMT", (0.25, 0.5))]
)
def test_retry_after_is_honoured(header: str, expected: tuple[float, float]) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200, json=SEED_RESPONSE))
    sleeps: list[float] = []
    with sync_client(recorder, sleeps) as client:
        client.projects.get(UID)
    assert len(sleeps) == 1 and expected[0] <= sleeps[0] <= expected[1]


def test_retry_after_beyond_the_cap_raises_rate_limit_at_once() -> None:
    body = {"code": "RequestLimited", "message": "slow down", "requestId": "r-429"}
    recorder, sleeps = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json=body)), list[float]()
    with sync_client(recorder, sleeps) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get(UID)
    assert (caught.value.retry_after, caught.value.code, caught.value.request_id) == (3600, "RequestLimited", "r-429")
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_create_is_not_retried_on_status(status: int) -> None:
    recorder = Recorder(httpx.Response(status))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError):
        CALLS["create_project"](client.projects)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [429, 500, 503])
def test_list_is_a_post_that_reads_so_the_spec_marks_it_idempotent_and_it_is_retried(status: int) -> None:
    recorder = Recorder(httpx.Response(status), httpx.Response(status))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError):
        CALLS["list_projects"](client.projects)
    assert len(recorder.requests) == 3


def test_post_is_retried_only_when_the_request_never_left() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(201, json=OK))
    with sync_client(recorder) as client:
        client.projects.create(name="demo")
    assert len(recorder.requests) == 2
    recorder = Recorder(httpx.ReadTimeout("maybe processed"), httpx.Response(201, json=OK))
    with sync_client(recorder) as client, pytest.raises(errors.APITimeoutError):
        client.projects.create(name="demo")
    assert len(recorder.requests) == 1


async def test_async_retries_with_injected_sleep() -> None:
    answers = (httpx.Response(503), httpx.ReadTimeout("t"), httpx.Response(200, json=SEED_RESPONSE))
    recorder, sleeps = Recorder(*answers), list[float]()
    async with async_client(recorder, sleeps) as client:
        assert (await client.projects.get(UID)).name == "test"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_every_response_is_closed_across_retries() -> None:
    closed: list[bool] = []
    statuses = iter([503, 503, 200])

    def handler(_: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = json.dumps(SEED_RESPONSE).encode() if status == 200 else b"{}"
        return httpx.Response(status, stream=TrackedStream(body, closed))

    with sync_client(handler) as client:
        client.projects.get(UID)
    assert closed == [True, True, True]
