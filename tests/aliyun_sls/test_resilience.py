"""cloudprojects.aliyun_sls: retries signed afresh per attempt, validation before sending, secrets, settings."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_http import TrackedStream
from sls_support import (
    ACCOUNT_SPEC,
    ENDPOINT,
    KEY_ID,
    PROJECT,
    PROJECT_BODY,
    SECRET,
    TOKEN,
    FakeClock,
    Recorder,
    async_client,
    empty,
    sync_client,
)

from cloudprojects import aliyun_sls, errors
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.aliyun_sls._calls import ACCOUNT
from cloudprojects.auth import AliyunSlsAuth
from cloudprojects.auth._clock import parse_rfc1123

# --- retries, each attempt signed afresh -----------------------------------------------------------------------


@pytest.mark.parametrize("failures", [1, 2])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_update_retries_then_succeeds(failures: int, status: int) -> None:
    recorder, sleeps = Recorder(*[httpx.Response(status) for _ in range(failures)], empty()), []
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(max_retries=2, random=lambda: 1.0)) as client:
        client.projects.update(PROJECT, description="d")
    assert len(recorder.requests) == failures + 1
    assert sleeps == [0.5, 1.0][:failures]


def test_retries_stop_at_max_retries_with_the_typed_error() -> None:
    body = {"errorCode": "InternalServerError", "errorMessage": "Specified Server Error Message."}
    recorder, sleeps = Recorder(httpx.Response(500, json=body)), []
    with sync_client(recorder, sleeps, max_retries=2) as client, pytest.raises(errors.InternalServerError) as caught:
        client.projects.delete(PROJECT)
    assert caught.value.code == "InternalServerError"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(0.25 <= s <= 1.0 for s in sleeps)


# A zero or past Retry-After keeps the backoff floor (0.5 s with jitter in [50 %, 100 %]) rather than hammering.
@pytest.mark.parametrize(
    ("header", "expected"), [("3", (3.0, 3.0)), ("0", (0.25, 0.5)), ("Wed, 21 Oct 2015 07:28:00 GMT", (0.25, 0.5))]
)
def test_retry_after_is_honoured(header: str, expected: tuple[float, float]) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200, json=PROJECT_BODY))
    sleeps: list[float] = []
    with sync_client(recorder, sleeps) as client:
        client.projects.get(PROJECT)
    assert len(sleeps) == 1 and expected[0] <= sleeps[0] <= expected[1]


def test_retry_after_beyond_the_cap_raises_rate_limit_at_once() -> None:
    body = {"errorCode": "ExceedQuota", "errorMessage": "slow down"}
    recorder, sleeps = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json=body)), []
    with sync_client(recorder, sleeps) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get(PROJECT)
    assert (caught.value.retry_after, caught.value.code) == (3600, "ExceedQuota")
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_create_is_not_retried_on_status(status: int) -> None:
    recorder = Recorder(httpx.Response(status))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError):
        client.projects.create(PROJECT, description="d")
    assert len(recorder.requests) == 1


def test_create_is_retried_only_when_the_request_never_left() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), empty())
    with sync_client(recorder) as client:
        client.projects.create(PROJECT, description="d")
    assert len(recorder.requests) == 2
    recorder = Recorder(httpx.ReadTimeout("maybe processed"), empty())
    with sync_client(recorder) as client, pytest.raises(errors.APITimeoutError):
        client.projects.create(PROJECT, description="d")
    assert len(recorder.requests) == 1


def test_every_attempt_carries_a_fresh_date_and_signature() -> None:
    clock = FakeClock()
    recorder = Recorder(httpx.Response(503), empty(), now=lambda: clock.next)
    with sync_client(recorder, auth=AliyunSlsAuth(KEY_ID, SECRET, clock=clock)) as client:
        client.projects.update(PROJECT, description="d")
    first, second = recorder.requests  # each verified against the server clock of its own attempt
    assert [parse_rfc1123(r.headers["date"]) for r in (first, second)] == [1_527_409_504, 1_527_409_565]
    assert first.headers["x-log-date"] == first.headers["date"]
    assert first.headers["authorization"] != second.headers["authorization"]
    assert first.content == second.content


async def test_every_async_attempt_carries_a_fresh_date_and_signature() -> None:
    clock = FakeClock()
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(502), empty(), now=lambda: clock.next)
    async with async_client(recorder, auth=AliyunSlsAuth(KEY_ID, SECRET, clock=clock)) as client:
        await client.projects.delete(PROJECT)
    assert len({r.headers["date"] for r in recorder.requests}) == 3
    assert len({r.headers["authorization"] for r in recorder.requests}) == 3


def test_every_response_is_closed_across_retries() -> None:
    closed: list[bool] = []
    statuses = iter([503, 503, 200])

    def answer(_: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = json.dumps(PROJECT_BODY).encode() if status == 200 else b"{}"
        return httpx.Response(status, stream=TrackedStream(body, closed))

    with sync_client(Recorder(answer)) as client:
        client.projects.get(PROJECT)
    assert closed == [True, True, True]


# --- validation before sending -----------------------------------------------------------------------------------

NAME_RULE = ACCOUNT._validator("create_project")
NAME_PATTERN = ACCOUNT_SPEC["components"]["schemas"]["ProjectCreateRequest"]["properties"]["projectName"]["pattern"]
NAMES = st.one_of(st.text(max_size=70), st.from_regex(NAME_PATTERN), st.from_regex(NAME_PATTERN, fullmatch=True))


def name_is_valid(name: str) -> bool:
    return bool(NAME_RULE.is_valid({"path": {}, "query": {}, "body": {"projectName": name, "description": ""}}))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NAMES)
def test_every_project_name_is_accepted_or_rejected_before_sending(name: str) -> None:
    recorder = Recorder(httpx.Response(200, json=PROJECT_BODY))
    with sync_client(recorder) as client:
        if name_is_valid(name):
            client.projects.get(name)
            assert recorder.requests[0].url.host == f"{name}.{ENDPOINT}"
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.get(name)
            assert caught.value.field == "project"
            assert recorder.requests == []


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NAMES)
def test_every_new_project_name_is_accepted_or_rejected_before_sending(name: str) -> None:
    recorder = Recorder(empty())
    with sync_client(recorder) as client:
        if name_is_valid(name):
            client.projects.create(name, description="d")
            assert json.loads(recorder.requests[0].content)["projectName"] == name
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.create(name, description="d")
            assert caught.value.field == "projectName"
            assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda p: p.get("../admin"), "project", "pattern"),
        (lambda p: p.get("evil.example.com/x"), "project", "pattern"),
        (lambda p: p.update(f"{PROJECT}\n", description="d"), "project", "pattern"),
        (lambda p: p.delete("ALI-PROJECT"), "project", "pattern"),
        (lambda p: p.get("ab"), "project", "minLength"),
        (lambda p: p.get("a" * 64), "project", "maxLength"),
        (lambda p: p.get(7), "project", "type"),
        (lambda p: p.create("-bad-start", description="d"), "projectName", "pattern"),
        (lambda p: p.create(PROJECT, description="d", data_redundancy_type="GRS"), "dataRedundancyType", "enum"),
        (lambda p: p.create(PROJECT, description=None), "description", "type"),
        (lambda p: p.update(PROJECT, description="d", recycle_bin_enabled=None), "recycleBinEnabled", "type"),
        (lambda p: p.delete(PROJECT, force_delete="yes"), "forceDelete", "type"),
        (lambda p: p.list(page_size=501), "size", "maximum"),
        (lambda p: p.list(page_size=0), "size", "minimum"),
        (lambda p: p.list(project_name=3), "projectName", "type"),
    ],
    ids=[
        "path-injection",
        "host-injection",
        "newline",
        "upper-case",
        "short",
        "long",
        "not-a-string",
        "create-pattern",
        "redundancy-enum",
        "create-null-description",
        "update-null-recycle-bin",
        "force-delete-type",
        "page-size-max",
        "page-size-min",
        "filter-type",
    ],
)
def test_invalid_input_is_rejected_naming_field_and_rule(call: Callable[[Any], Any], field: str, rule: str) -> None:
    recorder = Recorder(empty())
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        call(client.projects)
    assert (caught.value.field, caught.value.rule.split()[0]) == (field, rule)
    assert recorder.requests == []


def test_optional_fields_not_given_stay_off_the_wire() -> None:
    recorder = Recorder(empty())
    with sync_client(recorder) as client:
        client.projects.update(PROJECT, description="")
        client.projects.create(PROJECT, description="")
    assert [json.loads(r.content) for r in recorder.requests] == [
        {"description": ""},
        {"projectName": PROJECT, "description": ""},
    ]


# --- secrets and construction ------------------------------------------------------------------------------------


def test_secrets_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudprojects")
    body = {"errorCode": "SignatureNotMatch", "errorMessage": "Signature F8649sbDfc5q7u7zW6aeHRVEuWo= not matched."}
    recorder = Recorder(httpx.Response(503), httpx.Response(401, json=body))
    with sync_client(recorder, security_token=TOKEN) as client:
        with pytest.raises(aliyun_sls.SignatureMismatchError) as caught:
            client.projects.get(PROJECT)
        texts = [repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._http.auth)]
        texts += [repr(client.raw.account), repr(client.raw.project(PROJECT))]
    assert len(caplog.records) == 2, "each attempt is logged"
    assert recorder.requests[0].headers["x-acs-security-token"] == TOKEN
    assert all(SECRET not in text and TOKEN not in text and "XYZZY" not in text for text in texts)
    assert KEY_ID not in repr(client._http.auth)


def test_credentials_and_endpoint_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
    monkeypatch.setenv("SLS_ENDPOINT", "cn-shanghai.log.aliyuncs.com")
    recorder = Recorder(empty())
    with aliyun_sls.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.delete(PROJECT)
    (request,) = recorder.requests
    assert request.url.host == f"{PROJECT}.cn-shanghai.log.aliyuncs.com"
    assert request.headers["x-acs-security-token"] == TOKEN


def test_an_environment_token_never_joins_explicit_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
    recorder = Recorder(empty())
    with sync_client(recorder, endpoint="cn-beijing.log.aliyuncs.com") as client:
        client.projects.delete(PROJECT)
    assert "x-acs-security-token" not in recorder.requests[0].headers
    assert recorder.requests[0].url.host == f"{PROJECT}.cn-beijing.log.aliyuncs.com"


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [({}, "ALIBABA_CLOUD_ACCESS_KEY_ID"), ({"access_key_id": KEY_ID}, "ALIBABA_CLOUD_ACCESS_KEY_SECRET")],
)
def test_missing_credentials_are_a_clear_error(kwargs: dict[str, str], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        aliyun_sls.Client(**kwargs)
    with pytest.raises(ValueError, match=named):
        aliyun_sls.AsyncClient(**kwargs)
