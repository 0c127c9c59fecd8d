"""cloudprojects.ncp_media_intelligence: lifecycle calls on the wire, envelopes, errors, retries, sync and async."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from mock_http import TrackedStream
from ncp_mi_support import (
    ACCESS_KEY,
    SECRET,
    SEED_PROJECT,
    SEED_REQUEST,
    SEED_REQUEST_BYTES,
    SEED_RESPONSE,
    SPEC,
    Recorder,
    async_client,
    envelope,
    ok,
    project,
    sync_client,
)

from cloudprojects import errors, ncp_media_intelligence
from cloudprojects._core.constants import DEFAULT_TIMEOUT
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.auth import NcpApiGatewayAuth
from cloudprojects_gen_ncp_media_intelligence.models import Project

BASE = "https://mi.apigw.ntruss.com/api/v1/workspaces"

# --- the seed and the lifecycle on the wire -------------------------------------------------------------------


def test_seed_update_exact_wire_request_and_parsed_result() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client:
        result = client.projects.update("my-workspace", "1234", name="updated_project_name")
    (request,) = recorder.requests
    assert request.method == "PATCH"
    assert str(request.url) == f"{BASE}/my-workspace/projects/1234"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-ncp-iam-access-key"] == ACCESS_KEY
    assert request.headers["x-ncp-apigw-timestamp"].isdigit()
    assert len(request.headers["x-ncp-apigw-timestamp"]) == 13  # epoch milliseconds
    assert request.headers["x-ncp-apigw-signature-v2"].endswith("=")  # base64 of 32 bytes
    assert json.loads(request.content) == SEED_REQUEST
    assert request.content == json.dumps(json.loads(SEED_REQUEST_BYTES), separators=(",", ":")).encode()
    assert isinstance(result, Project)
    assert result.to_dict() == SEED_PROJECT  # the envelope's result, timestamps untouched


async def test_seed_update_async_with_an_int_project_id() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    async with async_client(recorder) as client:
        result = await client.projects.update("my-workspace", 1234, name="updated_project_name")
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("PATCH", f"{BASE}/my-workspace/projects/1234")
    assert json.loads(request.content) == SEED_REQUEST
    assert result.to_dict() == SEED_PROJECT


LIFECYCLE = [
    (lambda p: p.get("ws", 7), "GET", "/ws/projects/7", None, envelope(project(projectId=7)), project(projectId=7)),
    (lambda p: p.get("ws", "0042"), "GET", "/ws/projects/0042", None, SEED_RESPONSE, SEED_PROJECT),
    (lambda p: p.create("ws", name="alpha"), "POST", "/ws/projects", {"name": "alpha"}, SEED_RESPONSE, SEED_PROJECT),
    (
        lambda p: p.update("ws", 7, name="beta"),
        "PATCH",
        "/ws/projects/7",
        {"name": "beta"},
        SEED_RESPONSE,
        SEED_PROJECT,
    ),
    (lambda p: p.delete("ws", 7), "DELETE", "/ws/projects/7", None, envelope(), None),
]


@pytest.mark.parametrize(
    ("call", "method", "path", "body", "answer", "expected"),
    LIFECYCLE,
    ids=["get-int", "get-str", "create", "update", "delete"],
)
def test_lifecycle_call_on_the_wire(
    call: Callable[[Any], Any], method: str, path: str, body: Any, answer: dict[str, Any], expected: Any
) -> None:
    recorder = Recorder(httpx.Response(200, json=answer))
    with sync_client(recorder) as client:
        result = call(client.projects)
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == (method, BASE + path)
    assert (json.loads(request.content) if request.content else None) == body
    assert {"x-ncp-apigw-timestamp", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2"} <= set(request.headers)
    assert (result.to_dict() if result is not None else None) == expected


@pytest.mark.parametrize(
    ("call", "method", "path", "body", "answer", "expected"),
    LIFECYCLE,
    ids=["get-int", "get-str", "create", "update", "delete"],
)
async def test_lifecycle_call_on_the_wire_async(
    call: Callable[[Any], Any], method: str, path: str, body: Any, answer: dict[str, Any], expected: Any
) -> None:
    recorder = Recorder(httpx.Response(200, json=answer))
    async with async_client(recorder) as client:
        result = await call(client.projects)
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == (method, BASE + path)
    assert (json.loads(request.content) if request.content else None) == body
    assert (result.to_dict() if result is not None else None) == expected


def test_list_is_one_request_for_the_whole_workspace() -> None:
    listed = [project(projectId=1000, name="default", isBaseProject=True), project(projectId=1234)]
    # totalCount above the items (a silently capped list) must not invent a second request: there is no cursor.
    recorder = Recorder(httpx.Response(200, json=envelope({"projects": listed, "totalCount": 5})))
    with sync_client(recorder) as client:
        iterator = client.projects.list("my-workspace")
        assert recorder.requests == []  # lazy: nothing sent before iteration
        projects = list(iterator)
    assert [(p.project_id, p.is_base_project) for p in projects] == [(1000, True), (1234, False)]
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("GET", f"{BASE}/my-workspace/projects")


async def test_list_async_empty_workspace_and_missing_total() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope({"projects": []})))
    async with async_client(recorder) as client:
        assert [p async for p in client.projects.list("ws")] == []
    assert len(recorder.requests) == 1


def test_list_validates_before_iteration() -> None:
    with sync_client(Recorder(ok())) as client, pytest.raises(errors.ValidationError) as caught:
        client.projects.list("")
    assert caught.value.field == "workspace_name"


# --- errors ------------------------------------------------------------------------------------------------------


def documented_errors() -> list[Any]:
    """Every error example of the spec: (status, example body), plus the spec's example-less 500."""
    cases = []
    for status, name in [(400, "BadRequest"), (401, "Unauthorized"), (403, "Forbidden"), (404, "NotFound")]:
        for example in SPEC["components"]["responses"][name]["content"]["application/json"]["examples"].values():
            cases.append((status, example["value"]))
    (quota,) = SPEC["components"]["responses"]["TooManyRequests"]["content"]["application/json"]["examples"].values()
    cases.append((429, quota["value"]))
    cases.append((500, {"code": "99999", "message": "Internal Server Error"}))
    return cases


EXPECTED_ERRORS = {
    400: (errors.BadRequestError, "10001", "Invalid Request"),
    401: (errors.AuthenticationError, "200", "Authentication Failed"),
    403: (errors.PermissionDeniedError, "230", "Forbidden"),
    404: (errors.NotFoundError, "300", "Not Found Exception"),
    429: (errors.RateLimitError, "400", "Quota Exceeded"),
    500: (errors.InternalServerError, "99999", "Internal Server Error"),
}


@pytest.mark.parametrize(("status", "body"), documented_errors(), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_documented_error_becomes_typed_error(status: int, body: dict[str, Any]) -> None:
    answer = httpx.Response(status, json=body, headers={"x-ncp-trace-id": "36d31ckp3edpj38phnccqmcoph"})
    recorder = Recorder(answer)
    with sync_client(recorder, max_retries=0) as client, pytest.raises(errors.APIStatusError) as caught:
        client.projects.get("ws", 1)
    cls, code, message = EXPECTED_ERRORS[status]
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.request_id) == (status, code, "36d31ckp3edpj38phnccqmcoph")
    assert error.message == message
    assert error.response is answer
    assert error.body == body


@pytest.mark.parametrize(
    ("body", "cls", "code"),
    [
        ({"error": {"errorCode": "210", "message": "Permission Denied"}}, errors.AuthenticationError, "210"),
        ({"error": {"errorCode": 200, "message": "Authentication Failed"}}, errors.AuthenticationError, "200"),
        ({"unexpected": True}, errors.AuthenticationError, None),
    ],
    ids=["permission-denied-210", "numeric-error-code", "unshaped"],
)
def test_gateway_401_variants(body: dict[str, Any], cls: type[errors.APIStatusError], code: str | None) -> None:
    with sync_client(Recorder(httpx.Response(401, json=body))) as client, pytest.raises(cls) as caught:
        client.projects.get("ws", 1)
    assert caught.value.code == code
    assert caught.value.request_id is None  # no trace header on this answer


@pytest.mark.parametrize(
    ("call", "code", "cls"),
    [
        (lambda p: p.update("ws", 1000, name="x"), "10001", errors.BadRequestError),
        (lambda p: p.get("ws", 1), "300", errors.NotFoundError),
        (lambda p: p.get("ws", 1), "200", errors.AuthenticationError),
        (lambda p: list(p.list("ws")), "400", errors.RateLimitError),
        (lambda p: p.delete("ws", 1000), "98765", errors.APIStatusError),
        (lambda p: p.create("ws", name="dup"), "12345", errors.APIStatusError),
    ],
    ids=["update-10001", "get-300", "get-200", "list-400", "delete-unknown", "create-unknown"],
)
def test_2xx_envelope_failure_raises_the_typed_error(
    call: Callable[[Any], Any], code: str, cls: type[errors.APIStatusError]
) -> None:
    answer = httpx.Response(200, json=envelope(code=code, message="Cannot do that"), headers={"x-ncp-trace-id": "t1"})
    recorder = Recorder(answer)
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError) as caught:
        call(client.projects)
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.request_id) == (200, code, "t1")
    assert "Cannot do that" in str(error)
    assert error.response is answer
    assert len(recorder.requests) == 1  # an envelope failure is an answer, never retried


def test_numeric_zero_code_is_refused_as_the_spec_says_string() -> None:
    """The spec (after NCP's documentation) makes ``code`` a string; the generated model refuses a number there."""
    answer = httpx.Response(200, json={**SEED_RESPONSE, "code": 0})
    with sync_client(Recorder(answer)) as client, pytest.raises(errors.ResponseValidationError) as caught:
        client.projects.get("ws", 1234)
    assert str(caught.value).endswith("TypeError: code: expected str, got int")


PARTIAL_PROJECT = b'{"code": "0", "message": "success", "result": {"projectId": 1}}'


@pytest.mark.parametrize(
    ("status", "content", "content_type", "cls"),
    [
        (502, b"<html><body>Bad gateway</body></html>", "text/html", errors.InternalServerError),
        (520, b"", "text/plain", errors.InternalServerError),
        (200, b'{"code": "0", "message": "succ', "application/json", errors.ResponseValidationError),
        (200, b"<html>login</html>", "text/html", errors.ResponseValidationError),
        (200, b'{"error": {"errorCode": "200", "message": "x"}}', "application/json", errors.ResponseValidationError),
        (200, b'{"code": "0", "message": "success"}', "application/json", errors.ResponseValidationError),
        (200, PARTIAL_PROJECT, "application/json", errors.ResponseValidationError),
        (204, b"", "application/json", errors.ResponseValidationError),
    ],
    ids=["html-502", "520-empty", "truncated-200", "html-200", "gateway-shape-200", "success-without-result",
         "result-missing-fields", "undocumented-204"],
)  # fmt: skip
def test_malformed_answers_become_typed_errors_keeping_the_response(
    status: int, content: bytes, content_type: str, cls: type[errors.APIError]
) -> None:
    recorder = Recorder(httpx.Response(status, content=content, headers={"content-type": content_type}))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        client.projects.get("ws", 1)
    response = caught.value.response  # type: ignore[attr-defined]
    assert response.status_code == status
    assert response.content == content


def test_success_envelopes_missing_their_parts_are_response_errors() -> None:
    with (
        sync_client(Recorder(httpx.Response(200, json=envelope()))) as client,
        pytest.raises(errors.ResponseValidationError),
    ):
        list(client.projects.list("ws"))
    with (
        sync_client(Recorder(httpx.Response(200, json={"message": "success"}))) as client,
        pytest.raises(errors.ResponseValidationError),
    ):
        client.projects.delete("ws", 1)


def test_connection_errors_and_timeouts_are_typed() -> None:
    with sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.projects.get("ws", 1)
        assert not isinstance(caught.value, errors.APITimeoutError)
    with (
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.projects.get("ws", 1)


# --- retries -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failures", [1, 2])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_calls_retry_then_succeed(failures: int, status: int) -> None:
    answers = [httpx.Response(status)] * failures + [httpx.Response(200, json=envelope())]
    recorder, sleeps = Recorder(*answers), []
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(max_retries=2, random=lambda: 1.0)) as client:
        assert client.projects.delete("ws", 1) is None
    assert len(recorder.requests) == failures + 1
    assert sleeps == [0.5, 1.0][:failures]


def test_retries_stop_at_max_retries_with_the_typed_error() -> None:
    body = {"error": {"errorCode": "400", "message": "Quota Exceeded"}}
    recorder, sleeps = Recorder(httpx.Response(429, json=body)), []
    with sync_client(recorder, sleeps, max_retries=2) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get("ws", 1)
    assert caught.value.code == "400"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(0.25 <= s <= 1.0 for s in sleeps)


# A zero or past Retry-After keeps the backoff floor (0.5 s with jitter in [50 %, 100 %]) rather than hammering.
@pytest.mark.parametrize(
    ("header", "expected"), [("3", (3.0, 3.0)), ("0", (0.25, 0.5)), ("Wed, 21 Oct 2015 07:28:00 GMT", (0.25, 0.5))]
)
def test_retry_after_is_honoured(header: str, expected: tuple[float, float]) -> None:
    recorder, sleeps = Recorder(httpx.Response(429, headers={"Retry-After": header}), ok()), []
    with sync_client(recorder, sleeps) as client:
        client.projects.get("ws", 1)
    assert len(sleeps) == 1 and expected[0] <= sleeps[0] <= expected[1]


def test_retry_after_beyond_the_cap_raises_rate_limit_at_once() -> None:
    body = {"error": {"errorCode": "400", "message": "Quota Exceeded"}}
    recorder, sleeps = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json=body)), []
    with sync_client(recorder, sleeps) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get("ws", 1)
    assert (caught.value.retry_after, caught.value.code) == (3600, "400")
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_post_is_not_retried_on_status(status: int) -> None:
    recorder = Recorder(httpx.Response(status))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError):
        client.projects.create("ws", name="alpha")
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [429, 500, 503])
def test_the_edit_patch_is_retried_because_the_spec_marks_it_idempotent(status: int) -> None:
    recorder = Recorder(httpx.Response(status, headers={"Retry-After": "0"}), ok())
    with sync_client(recorder) as client:
        assert client.projects.update("ws", 1, name="alpha").project_id == 1234
    assert len(recorder.requests) == 2


def test_post_is_retried_only_when_the_request_never_left() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), ok())
    with sync_client(recorder) as client:
        assert client.projects.create("ws", name="alpha").project_id == 1234
    assert len(recorder.requests) == 2
    recorder = Recorder(httpx.ReadTimeout("maybe processed"), ok())
    with sync_client(recorder) as client, pytest.raises(errors.APITimeoutError):
        client.projects.create("ws", name="alpha")
    assert len(recorder.requests) == 1


async def test_async_retries_with_injected_sleep() -> None:
    recorder, sleeps = Recorder(httpx.Response(503), httpx.ReadTimeout("t"), ok()), []
    async with async_client(recorder, sleeps) as client:
        assert (await client.projects.get("ws", 1)).project_id == 1234
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_every_response_is_closed_across_retries() -> None:
    closed: list[bool] = []
    statuses = iter([503, 502, 200])

    def handler(_: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = json.dumps(SEED_RESPONSE).encode() if status == 200 else b"{}"
        return httpx.Response(status, stream=TrackedStream(body, closed))

    with sync_client(handler) as client:
        client.projects.get("ws", 1)
    assert closed == [True, True, True]


# --- secrets and construction ------------------------------------------------------------------------------------


def test_secret_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudprojects")
    unauthorized = httpx.Response(401, json={"error": {"errorCode": "200", "message": "Authentication Failed"}})
    recorder = Recorder(httpx.Response(503), unauthorized)
    with sync_client(recorder) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.projects.get("ws", 1)
        signature = recorder.requests[0].headers["x-ncp-apigw-signature-v2"]
        texts = [repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._http.auth)]
    assert len(caplog.records) == 2, "each attempt is logged"
    for text in texts:
        assert SECRET not in text
        assert "XYZZY" not in text
        assert ACCESS_KEY not in text  # the access key id is shown masked at most
        assert signature not in text


def test_credentials_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("NCLOUD_SECRET_KEY", SECRET)
    monkeypatch.setenv("NCP_MEDIA_INTELLIGENCE_BASE_URL", "https://maiu.apigw.ntruss.com")
    recorder = Recorder(ok())
    with ncp_media_intelligence.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.get("ws", 1)
    assert str(recorder.requests[0].url) == "https://maiu.apigw.ntruss.com/api/v1/workspaces/ws/projects/1"
    assert recorder.requests[0].headers["x-ncp-iam-access-key"] == ACCESS_KEY


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCLOUD_ACCESS_KEY", "ncp_iam_SOMEONE_ELSE_000")
    monkeypatch.setenv("NCP_MEDIA_INTELLIGENCE_BASE_URL", "https://elsewhere.example")
    recorder = Recorder(ok())
    with sync_client(recorder, base_url="https://mi.apigw.ntruss.com") as client:
        client.projects.get("ws", 1)
    assert recorder.requests[0].url.host == "mi.apigw.ntruss.com"
    assert recorder.requests[0].headers["x-ncp-iam-access-key"] == ACCESS_KEY


@pytest.mark.parametrize(
    ("missing", "present"), [("NCLOUD_ACCESS_KEY", "NCLOUD_SECRET_KEY"), ("NCLOUD_SECRET_KEY", "NCLOUD_ACCESS_KEY")]
)
def test_missing_credential_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, missing: str, present: str) -> None:
    monkeypatch.delenv(missing, raising=False)
    monkeypatch.setenv(present, "ncp_iam_PRESENT_VALUE_1")
    with pytest.raises(ValueError, match=missing):
        ncp_media_intelligence.Client()
    with pytest.raises(ValueError, match=missing):
        ncp_media_intelligence.AsyncClient()


def test_unusable_credentials_are_refused_without_showing_them(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="secret_key") as caught:
        ncp_media_intelligence.Client(access_key=ACCESS_KEY, secret_key=SECRET + "\r\n")
    assert SECRET not in str(caught.value)
    monkeypatch.delenv("NCLOUD_ACCESS_KEY", raising=False)
    monkeypatch.delenv("NCLOUD_SECRET_KEY", raising=False)
    recorder = Recorder(ok())
    auth = NcpApiGatewayAuth(ACCESS_KEY, SECRET)  # an explicit auth needs no credentials or environment
    with ncp_media_intelligence.Client(auth=auth, transport=httpx.MockTransport(recorder)) as client:
        client.projects.get("ws", 1)
    assert len(recorder.requests) == 1


def test_defaults() -> None:
    with sync_client(Recorder(ok())) as client:
        assert client._http.timeout == DEFAULT_TIMEOUT
        assert str(client._http.base_url) == "https://mi.apigw.ntruss.com"
        assert client._executor._plan.policy.max_retries == 2
    with pytest.raises(ValueError, match="max_retries"):
        sync_client(Recorder(ok()), max_retries=-1)


def test_raw_is_the_generated_client_sharing_the_pool() -> None:
    from cloudprojects_gen_ncp_media_intelligence.api.projects import get_project

    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client:
        response = get_project.sync_detailed("my-workspace", "1234", client=client.raw)
    assert response.status_code == 200
    assert response.parsed.result.project_id == 1234  # type: ignore[union-attr]
    assert recorder.requests[0].headers["x-ncp-iam-access-key"] == ACCESS_KEY  # signed by the same auth
