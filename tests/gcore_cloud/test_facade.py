"""cloudprojects.gcore_cloud: every lifecycle call on the wire, errors, retries, validation, sync and async."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_http import Recorder, TrackedStream

from cloudprojects import errors, gcore_cloud
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.gcore_cloud._calls import VALIDATOR
from cloudprojects_gen_gcore_cloud.models import Project, TaskIdList
from codegen.providers import SPECS

SECRET = "29841$c767e4b0-secret-token-XYZZY"
SEED_REQUEST = json.loads((SPECS / "examples/gcore_cloud/replace_project.request.json").read_text())
SEED_RESPONSE = json.loads((SPECS / "examples/gcore_cloud/replace_project.response.json").read_text())
Handler = Callable[[httpx.Request], httpx.Response]


def project(**overrides: Any) -> dict[str, Any]:
    return {**SEED_RESPONSE, **overrides}


def sync_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> gcore_cloud.Client:
    record = sleeps if sleeps is not None else []
    return gcore_cloud.Client(api_key=SECRET, transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> gcore_cloud.AsyncClient:
    record = sleeps if sleeps is not None else []

    async def sleep(delay: float) -> None:
        record.append(delay)

    return gcore_cloud.AsyncClient(api_key=SECRET, transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)


# --- the seed and the lifecycle on the wire -------------------------------------------------------------------


def test_seed_replace_exact_wire_request_and_parsed_result() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client:
        result = client.projects.replace(1, name="New Project")
    (request,) = recorder.requests
    assert request.method == "PUT"
    assert str(request.url) == "https://api.gcore.com/cloud/v1/projects/1"
    assert request.headers["authorization"] == f"apikey {SECRET}"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == SEED_REQUEST
    assert isinstance(result, Project)
    assert result.to_dict() == SEED_RESPONSE


async def test_seed_replace_async() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    async with async_client(recorder) as client:
        result = await client.projects.replace(1, name="New Project", description="Project description")
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("PUT", "/cloud/v1/projects/1")
    assert json.loads(request.content) == {"name": "New Project", "description": "Project description"}
    assert result.to_dict() == SEED_RESPONSE


@pytest.mark.parametrize(
    ("call", "method", "path", "body", "answer", "expected"),
    [
        (lambda p: p.get(7), "GET", "/cloud/v1/projects/7", None, project(id=7), Project),
        (lambda p: p.create(name="alpha"), "POST", "/cloud/v1/projects", {"name": "alpha"}, project(), Project),
        (
            lambda p: p.update(7, description="staging"),
            "PATCH",
            "/cloud/v1/projects/7",
            {"description": "staging"},
            project(),
            Project,
        ),
        (lambda p: p.update(7, name="beta"), "PATCH", "/cloud/v1/projects/7", {"name": "beta"}, project(), Project),
        (lambda p: p.delete(7), "DELETE", "/cloud/v1/projects/7", None, {"tasks": ["a1", "b2"]}, TaskIdList),
    ],
    ids=["get", "create", "update-description", "update-name-only", "delete"],
)
def test_lifecycle_call_on_the_wire(
    call: Callable[[Any], Any], method: str, path: str, body: Any, answer: Any, expected: type
) -> None:
    recorder = Recorder(httpx.Response(200, json=answer))
    with sync_client(recorder) as client:
        result = call(client.projects)
    (request,) = recorder.requests
    assert (request.method, request.url.path) == (method, path)
    assert (json.loads(request.content) if request.content else None) == body
    assert isinstance(result, expected)
    assert result.to_dict() == answer


def test_list_follows_limit_offset_pages() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        ids = list(range(offset, min(offset + limit, 5)))
        return httpx.Response(200, json={"count": 5, "results": [project(id=i) for i in ids]})

    with sync_client(handler) as client:
        ids = [p.id for p in client.projects.list(page_size=2, name="web")]
    assert ids == [0, 1, 2, 3, 4]
    assert [(r.url.params["offset"], r.url.params["limit"], r.url.params["name"]) for r in seen] == [
        ("0", "2", "web"),
        ("2", "2", "web"),
        ("4", "2", "web"),
    ]


async def test_list_async_stops_on_empty_page() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"count": 10, "results": [project(id=1)]}),
        httpx.Response(200, json={"count": 10, "results": []}),
    )
    async with async_client(recorder) as client:
        ids = [p.id async for p in client.projects.list(page_size=1)]
    assert ids == [1]
    assert len(recorder.requests) == 2


# --- errors ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
    ],
)
def test_documented_error_becomes_typed_error(status: int, cls: type[errors.APIStatusError]) -> None:
    body = {"exception_class": "SomeError", "message": "Project 7 could not be found", "request_id": "req-42"}
    recorder = Recorder(httpx.Response(status, json=body))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        client.projects.get(7)
    error = caught.value
    assert (error.status_code, error.code, error.request_id) == (status, "SomeError", "req-42")
    assert "Project 7 could not be found" in str(error)
    assert error.response.status_code == status


def test_validation_error_keeps_invalid_fields() -> None:
    body = {"exception_class": "ValidationError", "message": "bad", "invalid_fields": {"name": ["too short"]}}
    with sync_client(Recorder(httpx.Response(400, json=body))) as client, pytest.raises(errors.BadRequestError) as c:
        client.projects.create(name="abc")
    assert c.value.violations == [{"field": "name", "messages": ["too short"]}]


@pytest.mark.parametrize(
    ("status", "content", "content_type", "cls"),
    [
        (502, b"<html><body>Bad gateway</body></html>", "text/html", errors.InternalServerError),
        (520, b"", "text/plain", errors.InternalServerError),
        (200, b'{"id": 1, "na', "application/json", errors.ResponseValidationError),
        (200, b"<html>login</html>", "text/html", errors.ResponseValidationError),
        (200, b'{"unexpected": true}', "application/json", errors.ResponseValidationError),
        (202, b"", "application/json", errors.ResponseValidationError),
    ],
    ids=["html-502", "520-empty", "truncated-200", "html-200", "wrong-shape-200", "undocumented-202"],
)
def test_malformed_answers_become_typed_errors_keeping_the_response(
    status: int, content: bytes, content_type: str, cls: type[errors.APIError]
) -> None:
    recorder = Recorder(httpx.Response(status, content=content, headers={"content-type": content_type}))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        client.projects.get(1)
    response = caught.value.response  # type: ignore[attr-defined]
    assert response.status_code == status
    assert response.content == content


def test_connection_errors_and_timeouts_are_typed() -> None:
    with sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.projects.get(1)
        assert not isinstance(caught.value, errors.APITimeoutError)
    with (
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.projects.get(1)


# --- retries -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failures", [1, 2])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_calls_retry_then_succeed(failures: int, status: int) -> None:
    answers = [httpx.Response(status)] * failures + [httpx.Response(200, json=SEED_RESPONSE)]
    recorder, sleeps = Recorder(*answers), []
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(max_retries=2, random=lambda: 1.0)) as client:
        assert client.projects.replace(1, name="New Project").id == 1
    assert len(recorder.requests) == failures + 1
    assert sleeps == [0.5, 1.0][:failures]


def test_retries_stop_at_max_retries_with_the_typed_error() -> None:
    recorder, sleeps = Recorder(httpx.Response(503)), []
    with sync_client(recorder, sleeps, max_retries=2) as client, pytest.raises(errors.InternalServerError):
        client.projects.get(1)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(0.25 <= s <= 1.0 for s in sleeps)


# A zero or past Retry-After keeps the backoff floor (0.5 s with jitter in [50 %, 100 %]) rather than hammering.
@pytest.mark.parametrize(
    ("header", "expected"), [("3", (3.0, 3.0)), ("0", (0.25, 0.5)), ("Wed, 21 Oct 2015 07:28:00 GMT", (0.25, 0.5))]
)
def test_retry_after_is_honoured(header: str, expected: tuple[float, float]) -> None:
    recorder, sleeps = (
        Recorder(httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200, json=project())),
        [],
    )
    with sync_client(recorder, sleeps) as client:
        client.projects.get(1)
    assert len(sleeps) == 1 and expected[0] <= sleeps[0] <= expected[1]


def test_retry_after_beyond_the_cap_raises_rate_limit_at_once() -> None:
    recorder, sleeps = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "slow down"})), []
    with sync_client(recorder, sleeps) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get(1)
    assert caught.value.retry_after == 3600
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_post_and_patch_are_not_retried_on_status(status: int) -> None:
    for call in (lambda p: p.create(name="alpha"), lambda p: p.update(1, name="alpha")):
        recorder = Recorder(httpx.Response(status))
        with sync_client(recorder) as client, pytest.raises(errors.APIStatusError):
            call(client.projects)
        assert len(recorder.requests) == 1


def test_post_is_retried_only_when_the_request_never_left() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=project()))
    with sync_client(recorder) as client:
        assert client.projects.create(name="alpha").id == 1
    assert len(recorder.requests) == 2
    recorder = Recorder(httpx.ReadTimeout("maybe processed"), httpx.Response(200, json=project()))
    with sync_client(recorder) as client, pytest.raises(errors.APITimeoutError):
        client.projects.create(name="alpha")
    assert len(recorder.requests) == 1


async def test_async_retries_with_injected_sleep() -> None:
    recorder, sleeps = Recorder(httpx.Response(503), httpx.ReadTimeout("t"), httpx.Response(200, json=project())), []
    async with async_client(recorder, sleeps) as client:
        assert (await client.projects.get(1)).id == 1
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_every_response_is_closed_across_retries() -> None:
    closed: list[bool] = []
    statuses = iter([503, 503, 200])

    def handler(_: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = json.dumps(project()).encode() if status == 200 else b"{}"
        return httpx.Response(status, stream=TrackedStream(body, closed))

    with sync_client(handler) as client:
        client.projects.get(1)
    assert closed == [True, True, True]


# --- validation before sending -----------------------------------------------------------------------------------

NAME_RULE = VALIDATOR._validator("create_project")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=80))
def test_every_name_is_accepted_or_rejected_before_sending(name: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    valid = NAME_RULE.is_valid({"path": {}, "query": {}, "body": {"name": name}})
    with sync_client(recorder) as client:
        if valid:
            client.projects.create(name=name)
            assert json.loads(recorder.requests[0].content) == {"name": name}
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.create(name=name)
            assert caught.value.field == "name"
            assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda p: p.create(name="ab"), "name", "minLength"),
        (lambda p: p.create(name="-bad-start"), "name", "pattern"),
        (lambda p: p.create(name="okay", description="x" * 256), "description", "maxLength"),
        (lambda p: p.replace(1, name="x" * 64), "name", "maxLength"),
        (lambda p: p.get("../admin"), "project_id", "type"),
        (lambda p: list(p.list(page_size=1001)), "limit", "maximum"),
        (lambda p: list(p.list(page_size=0)), "limit", "minimum"),
    ],
    ids=[
        "short-name",
        "name-pattern",
        "long-description",
        "replace-long-name",
        "path-injection",
        "page-size-max",
        "page-size-min",
    ],
)
def test_invalid_input_is_rejected_naming_field_and_rule(call: Callable[[Any], Any], field: str, rule: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        call(client.projects)
    assert caught.value.field == field
    assert caught.value.rule.startswith(rule)
    assert recorder.requests == []


# --- secrets and construction ------------------------------------------------------------------------------------


def test_secret_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudprojects")
    recorder = Recorder(httpx.Response(503), httpx.Response(401, json={"message": "bad key", "exception_class": "X"}))
    with sync_client(recorder) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.projects.get(1)
        texts = [repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._http.auth)]
    assert caplog.records, "each attempt is logged"
    assert all(SECRET not in text and "secret-token" not in text for text in texts)


def test_api_key_falls_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GCORE_API_KEY", SECRET)
    recorder = Recorder(httpx.Response(200, json=project()))
    with gcore_cloud.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.get(1)
    assert recorder.requests[0].headers["authorization"] == f"apikey {SECRET}"


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GCORE_API_KEY", raising=False)
    with pytest.raises(ValueError, match="GCORE_API_KEY"):
        gcore_cloud.Client()


def test_raw_is_the_generated_client_sharing_the_pool() -> None:
    from cloudprojects_gen_gcore_cloud.api.projects import get_project

    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client:
        response = get_project.sync_detailed(1, client=client.raw)
    assert response.status_code == 200
    assert recorder.requests[0].headers["authorization"] == f"apikey {SECRET}"


def test_update_refuses_a_null_description_as_the_providers_sdk_types_it() -> None:
    """gcore's own ProjectUpdateParams types ``description`` as ``str``: None is refused before sending."""
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        client.projects.update(7, description=None)  # type: ignore[arg-type]
    assert caught.value.field == "body.description" or caught.value.field == "description"
    assert recorder.requests == []
