"""cloudprojects.microvisualizer: every lifecycle call on the wire, errors, retries, validation, sync and async."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Generator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_http import Recorder, TrackedStream

from cloudprojects import errors, microvisualizer
from cloudprojects._core.constants import DEFAULT_TIMEOUT
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.microvisualizer import ProjectLimitReachedError, ProjectNotFoundError
from cloudprojects.microvisualizer._calls import VALIDATOR
from cloudprojects_gen_microvisualizer.api.projects import get_project, update_project
from cloudprojects_gen_microvisualizer.models import PinnedProject, Project, ProjectUpdateRequest, Violation
from cloudprojects_gen_microvisualizer.types import UNSET
from codegen.providers import SPECS

SECRET = "mv_live_7f3a9c-secret-token-XYZZY"
PID = "my-project-a1b2c"
SEED_REQUEST_BYTES = (SPECS / "examples/microvisualizer/update_project.request.json").read_bytes()
SEED_REQUEST = json.loads(SEED_REQUEST_BYTES)
SEED_RESPONSE = json.loads((SPECS / "examples/microvisualizer/update_project.response.json").read_text())
PIN = {"projectId": PID, "pinnedAt": "2026-04-01T12:00:00Z"}
Handler = Callable[[httpx.Request], httpx.Response]


def project(**overrides: Any) -> dict[str, Any]:
    return {**SEED_RESPONSE, **overrides}


def page(ids: list[str], number: int, total_pages: int, *, last: bool | None = None) -> dict[str, Any]:
    return {
        "data": [project(id=i) for i in ids],
        "page": number,
        "size": 2,
        "total": total_pages * 2,
        "totalPages": total_pages,
        "first": number == 0,
        "last": number + 1 >= total_pages if last is None else last,
    }


def error_body(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"status": status, "code": code, "message": message, **extra}


def sync_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> microvisualizer.Client:
    record = sleeps if sleeps is not None else []
    kwargs.setdefault("api_key", SECRET)
    return microvisualizer.Client(transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> microvisualizer.AsyncClient:
    record = sleeps if sleeps is not None else []

    async def sleep(delay: float) -> None:
        record.append(delay)

    kwargs.setdefault("api_key", SECRET)
    return microvisualizer.AsyncClient(transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


# --- the seed and the lifecycle on the wire -------------------------------------------------------------------


def test_seed_update_exact_wire_request_and_parsed_result() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client:
        result = client.projects.update(PID, name=SEED_REQUEST["name"], description=SEED_REQUEST["description"])
    (request,) = recorder.requests
    assert request.method == "PUT"
    assert str(request.url) == "https://api.microvisualizer.com/v1/projects/my-project-a1b2c"
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.headers["content-type"] == "application/json"
    assert request.content == json.dumps(json.loads(SEED_REQUEST_BYTES), separators=(",", ":")).encode()
    assert body_of(request) == SEED_REQUEST
    assert isinstance(result, Project)
    assert result.to_dict() == SEED_RESPONSE
    assert result.created_at.isoformat() == "2025-11-03T09:15:22+00:00"  # the generated model, unchanged


async def test_seed_update_async() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    async with async_client(recorder) as client:
        result = await client.projects.update(PID, archived=True)
    (request,) = recorder.requests
    assert (request.method, request.url.path, body_of(request)) == ("PUT", f"/v1/projects/{PID}", {"archived": True})
    assert result.to_dict() == SEED_RESPONSE


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({}, {}),
        ({"archived": False}, {"archived": False}),
        ({"name": "abc"}, {"name": "abc"}),
        ({"description": ""}, {"description": ""}),
        ({"name": "abc", "description": "d", "archived": True}, {"name": "abc", "description": "d", "archived": True}),
        ({"name": UNSET, "archived": True}, {"archived": True}),
    ],
    ids=["nothing", "archived-false", "name", "empty-description", "all", "explicit-unset"],
)
def test_update_sends_only_the_fields_given(kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client:
        client.projects.update(PID, **kwargs)
    assert body_of(recorder.requests[0]) == body


@pytest.mark.parametrize("field", ["name", "description", "archived"])
def test_update_rejects_none_before_sending(field: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        client.projects.update(PID, **{field: None})  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.rule.split()[0]) == (field, "type")
    assert recorder.requests == []


# (method name, args, kwargs, HTTP method, path, request body, status, answer, check of the result)
LIFECYCLE: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, Any, int, Any, Callable[[Any], bool]]] = [
    ("get", (PID,), {}, "GET", f"/v1/projects/{PID}", None, 200, project(), lambda r: r.to_dict() == project()),
    (
        "create",
        (),
        {"name": "Payments", "description": ""},
        "POST",
        "/v1/projects",
        {"name": "Payments", "description": ""},
        200,
        project(id="payments-k3m9q"),
        lambda r: isinstance(r, Project) and r.id == "payments-k3m9q",
    ),
    ("delete", (PID,), {}, "DELETE", f"/v1/projects/{PID}", None, 204, None, lambda r: r is None),
    (
        "duplicate",
        (PID,),
        {"name": "Payments (staging)"},
        "POST",
        f"/v1/projects/{PID}/duplicate",
        {"name": "Payments (staging)"},
        200,
        project(id="payments-staging-p4r5t"),
        lambda r: isinstance(r, Project) and r.id == "payments-staging-p4r5t",
    ),
    ("duplicate", (PID,), {}, "POST", f"/v1/projects/{PID}/duplicate", {}, 200, project(), lambda r: r.id == PID),
    (
        "pin",
        (PID,),
        {},
        "POST",
        "/v1/pinned",
        {"projectId": PID},
        200,
        PIN,
        lambda r: isinstance(r, PinnedProject) and r.to_dict() == PIN,
    ),
    ("unpin", (PID,), {}, "DELETE", f"/v1/pinned/{PID}", None, 204, None, lambda r: r is None),
    (
        "list_pinned",
        (),
        {},
        "GET",
        "/v1/pinned",
        None,
        200,
        [PIN, {"projectId": "order-flows-9x8y7"}],
        lambda r: (
            [p.project_id for p in r] == [PID, "order-flows-9x8y7"] and all(isinstance(p, PinnedProject) for p in r)
        ),
    ),
    ("list_pinned", (), {}, "GET", "/v1/pinned", None, 200, [], lambda r: r == []),
]
LIFECYCLE_IDS = ["get", "create", "delete", "duplicate-named", "duplicate-bare", "pin", "unpin", "pinned", "no-pins"]


def answer(status: int, payload: Any) -> httpx.Response:
    return httpx.Response(status) if payload is None else httpx.Response(status, json=payload)


def check_wire(request: httpx.Request, method: str, path: str, body: Any) -> None:
    assert (request.method, request.url.host, request.url.path) == (method, "api.microvisualizer.com", path)
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert body_of(request) == body


LIFECYCLE_PARAMS = ("name", "args", "kwargs", "method", "path", "body", "status", "payload", "ok")


@pytest.mark.parametrize(LIFECYCLE_PARAMS, LIFECYCLE, ids=LIFECYCLE_IDS)
def test_lifecycle_call_on_the_wire(
    name: str, args: Any, kwargs: Any, method: str, path: str, body: Any, status: int, payload: Any, ok: Any
) -> None:
    recorder = Recorder(answer(status, payload))
    with sync_client(recorder) as client:
        result = getattr(client.projects, name)(*args, **kwargs)
    (request,) = recorder.requests
    check_wire(request, method, path, body)
    assert ok(result)


@pytest.mark.parametrize(LIFECYCLE_PARAMS, LIFECYCLE, ids=LIFECYCLE_IDS)
async def test_lifecycle_call_on_the_wire_async(
    name: str, args: Any, kwargs: Any, method: str, path: str, body: Any, status: int, payload: Any, ok: Any
) -> None:
    recorder = Recorder(answer(status, payload))
    async with async_client(recorder) as client:
        result = await getattr(client.projects, name)(*args, **kwargs)
    (request,) = recorder.requests
    check_wire(request, method, path, body)
    assert ok(result)


def test_list_follows_page_numbers_until_last() -> None:
    seen: list[httpx.Request] = []
    pages = [["aaaaaaa0", "aaaaaaa1"], ["aaaaaaa2", "aaaaaaa3"], ["aaaaaaa4"]]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        number = int(request.url.params["page"])
        return httpx.Response(200, json=page(pages[number], number, 3))

    with sync_client(handler) as client:
        ids = [
            p.id for p in client.projects.list(page_size=2, pinned=True, archived=False, created_by="m1", query="pay")
        ]
    assert ids == [f"aaaaaaa{i}" for i in range(5)]
    assert [dict(r.url.params) for r in seen] == [
        {"page": str(n), "size": "2", "pinned": "true", "archived": "false", "createdBy": "m1", "query": "pay"}
        for n in range(3)
    ]


@pytest.mark.parametrize(
    ("bodies", "requests"),
    [
        ([page(["aaaaaaa0"], 0, 9, last=True)], 1),
        ([page(["aaaaaaa0"], 0, 1, last=False)], 1),
        ([page(["aaaaaaa0"], 0, 9, last=False), page([], 1, 9, last=False)], 2),
        ([page([], 0, 0)], 1),
    ],
    ids=["last-true", "total-pages-reached", "empty-page", "no-projects"],
)
async def test_list_async_stop_conditions(bodies: list[dict[str, Any]], requests: int) -> None:
    recorder = Recorder(*[httpx.Response(200, json=b) for b in bodies])
    async with async_client(recorder) as client:
        ids = [p.id async for p in client.projects.list()]
    assert ids == [p["id"] for b in bodies for p in b["data"]]
    assert len(recorder.requests) == requests
    assert dict(recorder.requests[0].url.params) == {"page": "0", "size": "20"}


def test_list_validates_eagerly_and_lazily_fetches() -> None:
    recorder = Recorder(httpx.Response(200, json=page([PID], 0, 1)))
    with sync_client(recorder) as client:
        with pytest.raises(errors.ValidationError) as caught:
            client.projects.list(page_size=101)
        assert (caught.value.field, caught.value.rule) == ("size", "maximum 100")
        iterator = client.projects.list(page_size=100)
        assert recorder.requests == []
        assert [p.id for p in iterator] == [PID]


# --- errors ------------------------------------------------------------------------------------------------------

NOT_FOUND = error_body(404, "project_not_found", "Project not found", details=f"No project with id {PID}")


@pytest.mark.parametrize(
    ("status", "body", "cls", "code"),
    [
        (400, error_body(400, "bad_request", "Invalid query parameters"), errors.BadRequestError, "bad_request"),
        (401, error_body(401, "unauthorized", "Authentication required"), errors.AuthenticationError, "unauthorized"),
        (403, error_body(403, "forbidden", "Insufficient permissions"), errors.PermissionDeniedError, "forbidden"),
        (404, NOT_FOUND, ProjectNotFoundError, "project_not_found"),
        (404, error_body(404, "not_found", "Not found"), errors.NotFoundError, "not_found"),
        (
            429,
            error_body(429, "rate_limited", "Too many requests", retryAfter=1),
            errors.RateLimitError,
            "rate_limited",
        ),
        (500, error_body(500, "internal_error", "Internal server error"), errors.InternalServerError, "internal_error"),
        (402, error_body(402, "payment_required", "Upgrade"), errors.APIStatusError, "payment_required"),
    ],
)
def test_documented_error_becomes_typed_error(
    status: int, body: dict[str, Any], cls: type[errors.APIStatusError], code: str
) -> None:
    recorder = Recorder(httpx.Response(status, json=body))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        client.projects.get(PID)
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.request_id) == (status, code, None)  # no request id is documented
    assert body["message"] in str(error)
    assert error.response.status_code == status
    assert error.body == body


def test_project_not_found_is_a_not_found_error_with_details() -> None:
    with sync_client(Recorder(httpx.Response(404, json=NOT_FOUND))) as client, pytest.raises(errors.NotFoundError) as c:
        client.projects.delete(PID)
    assert isinstance(c.value, ProjectNotFoundError)
    assert str(c.value) == f"microvisualizer: [404 project_not_found] Project not found (No project with id {PID})"


@pytest.mark.parametrize("status", [403, 409])
async def test_project_limit_reached_whatever_its_status(status: int) -> None:
    body = error_body(status, "project_limit_reached", "Project limit reached", details="at most 3 projects")
    async with async_client(Recorder(httpx.Response(status, json=body))) as client:
        with pytest.raises(ProjectLimitReachedError) as caught:
            await client.projects.create(name="Payments", description="")
    assert isinstance(caught.value, errors.PermissionDeniedError)
    assert (caught.value.status_code, caught.value.code) == (status, "project_limit_reached")


def test_validation_failed_keeps_violations_as_generated_models() -> None:
    body = error_body(
        400,
        "validation_failed",
        "Validation failed",
        violations=[
            {"field": "name", "message": "size must be between 3 and 60", "rejectedValue": "ab"},
            {"field": "description", "message": "must not be null", "rejectedValue": None},
            {"message": "no field"},
            "not an object",
            {"field": 5, "message": "a field that is no string"},  # Violation.from_dict would raise TypeError
            {"field": "name", "message": None},
        ],
    )
    with sync_client(Recorder(httpx.Response(400, json=body))) as client, pytest.raises(errors.BadRequestError) as c:
        client.projects.update(PID, name="abc")
    assert c.value.code == "validation_failed"
    assert all(isinstance(v, Violation) for v in c.value.violations)
    assert [v.to_dict() for v in c.value.violations] == body["violations"][:2]
    assert c.value.body == body  # malformed entries stay available on the raw body


@pytest.mark.parametrize(
    ("status", "content", "content_type", "cls"),
    [
        (502, b"<html><body>Bad gateway</body></html>", "text/html", errors.InternalServerError),
        (520, b"", "text/plain", errors.InternalServerError),
        (404, b"<html>nginx</html>", "text/html", errors.NotFoundError),
        (200, b'{"id": "my-project-a1b2c", "na', "application/json", errors.ResponseValidationError),
        (200, b"<html>login</html>", "text/html", errors.ResponseValidationError),
        (200, b'{"unexpected": true}', "application/json", errors.ResponseValidationError),
        (200, json.dumps(NOT_FOUND).encode(), "application/json", errors.ResponseValidationError),
        (202, b"", "application/json", errors.ResponseValidationError),
    ],
    ids=["html-502", "520-empty", "html-404", "truncated-200", "html-200", "wrong-shape-200", "error-on-200", "202"],
)
def test_malformed_answers_become_typed_errors_keeping_the_response(
    status: int, content: bytes, content_type: str, cls: type[errors.APIError]
) -> None:
    recorder = Recorder(httpx.Response(status, content=content, headers={"content-type": content_type}))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        client.projects.get(PID)
    assert type(caught.value) is cls
    response = caught.value.response  # type: ignore[attr-defined]
    assert (response.status_code, response.content) == (status, content)


@pytest.mark.parametrize(
    ("call", "payload"),
    [
        (lambda p: p.list_pinned(), {"projectId": PID}),
        (lambda p: p.list_pinned(), None),
        (lambda p: list(p.list()), {"data": [project()], "page": 0}),
        (lambda p: list(p.list()), {**page([PID], 0, 1), "data": [{"id": PID}]}),
        (lambda p: p.pin(PID), {"pinnedAt": "2026-04-01T12:00:00Z"}),
    ],
    ids=["pinned-object", "pinned-null", "page-missing-fields", "page-bad-project", "pin-without-id"],
)
def test_wrong_shapes_of_other_operations(call: Callable[[Any], Any], payload: Any) -> None:
    with (
        sync_client(Recorder(httpx.Response(200, json=payload))) as client,
        pytest.raises(errors.ResponseValidationError),
    ):
        call(client.projects)


def test_connection_errors_and_timeouts_are_typed() -> None:
    with sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.projects.get(PID)
        assert not isinstance(caught.value, errors.APITimeoutError)
    with (
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.projects.get(PID)


# --- retries -----------------------------------------------------------------------------------------------------

IDEMPOTENT: list[Callable[[Any], Any]] = [
    lambda p: p.get(PID),
    lambda p: p.update(PID, archived=True),
    lambda p: p.delete(PID),
    lambda p: p.unpin(PID),
    lambda p: p.list_pinned(),
    lambda p: list(p.list()),
]
IDEMPOTENT_IDS = ["get", "update", "delete", "unpin", "list-pinned", "list"]
SUCCESS = {
    "get": project(),
    "update": project(),
    "delete": None,
    "unpin": None,
    "list-pinned": [PIN],
    "list": page([PID], 0, 1),
}


@pytest.mark.parametrize("failures", [1, 2])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize(("call", "which"), list(zip(IDEMPOTENT, IDEMPOTENT_IDS, strict=True)), ids=IDEMPOTENT_IDS)
def test_idempotent_calls_retry_then_succeed(
    call: Callable[[Any], Any], which: str, failures: int, status: int
) -> None:
    success = SUCCESS[which]
    answers = [httpx.Response(status)] * failures + [answer(200 if success is not None else 204, success)]
    recorder, sleeps = Recorder(*answers), list[float]()
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(max_retries=2, random=lambda: 1.0)) as client:
        call(client.projects)
    assert len(recorder.requests) == failures + 1
    assert sleeps == [0.5, 1.0][:failures]


def test_retries_stop_at_max_retries_with_the_typed_error() -> None:
    recorder, sleeps = Recorder(httpx.Response(503, json=error_body(503, "internal_error", "down"))), list[float]()
    with sync_client(recorder, sleeps, max_retries=2) as client, pytest.raises(errors.InternalServerError) as caught:
        client.projects.get(PID)
    assert caught.value.code == "internal_error"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(0.25 <= s <= 1.0 for s in sleeps)


def rate_limited(header: str | None, body_seconds: int | None) -> httpx.Response:
    extra = {} if body_seconds is None else {"retryAfter": body_seconds}
    headers = {} if header is None else {"Retry-After": header}
    return httpx.Response(429, headers=headers, json=error_body(429, "rate_limited", "Too many requests", **extra))


@pytest.mark.parametrize(
    ("header", "body_seconds", "expected"),
    [
        ("3", 3, 3.0),
        ("0", None, 0.5),  # zero and past dates keep the backoff floor
        ("Wed, 21 Oct 2015 07:28:00 GMT", None, 0.5),
        (None, 7, 7.0),
        ("2", 9, 2.0),
        (None, None, 0.5),
    ],
    ids=["header-and-body", "header-zero", "header-date", "body-only", "header-wins", "neither-backoff"],
)
def test_retry_after_header_then_body_is_honoured(
    header: str | None, body_seconds: int | None, expected: float
) -> None:
    recorder, sleeps = Recorder(rate_limited(header, body_seconds), httpx.Response(200, json=project())), list[float]()
    with sync_client(recorder, sleeps, retry_policy=RetryPolicy(random=lambda: 1.0)) as client:
        client.projects.get(PID)
    assert sleeps == [expected]
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(("header", "body_seconds"), [("3600", 3600), (None, 61)], ids=["header", "body-only"])
async def test_retry_after_beyond_the_cap_raises_rate_limit_at_once(header: str | None, body_seconds: int) -> None:
    recorder, sleeps = Recorder(rate_limited(header, body_seconds)), list[float]()
    async with async_client(recorder, sleeps) as client:
        with pytest.raises(errors.RateLimitError) as caught:
            await client.projects.get(PID)
    assert caught.value.retry_after == body_seconds
    assert (caught.value.code, caught.value.status_code) == ("rate_limited", 429)
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize(("header", "body_seconds", "expected"), [("5", 5, 5.0), (None, 4, 4.0), ("6", None, 6.0)])
def test_rate_limit_after_the_last_retry_carries_retry_after(
    header: str | None, body_seconds: int | None, expected: float
) -> None:
    recorder, sleeps = Recorder(rate_limited(header, body_seconds)), list[float]()
    with sync_client(recorder, sleeps, max_retries=1) as client, pytest.raises(errors.RateLimitError) as caught:
        client.projects.get(PID)
    assert caught.value.retry_after == expected
    assert sleeps == [expected]


NOT_IDEMPOTENT: list[Callable[[Any], Any]] = [
    lambda p: p.create(name="Payments", description=""),
    lambda p: p.duplicate(PID),
    lambda p: p.pin(PID),
]


@pytest.mark.parametrize("status", [429, 500, 503])
@pytest.mark.parametrize("call", NOT_IDEMPOTENT, ids=["create", "duplicate", "pin"])
def test_posts_are_not_retried_on_status(call: Callable[[Any], Any], status: int) -> None:
    recorder = Recorder(rate_limited("1", 1) if status == 429 else httpx.Response(status))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError) as caught:
        call(client.projects)
    assert caught.value.status_code == status
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("call", NOT_IDEMPOTENT, ids=["create", "duplicate", "pin"])
def test_posts_are_retried_only_when_the_request_never_left(call: Callable[[Any], Any]) -> None:
    payload = PIN if call is NOT_IDEMPOTENT[2] else project()
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=payload))
    with sync_client(recorder) as client:
        call(client.projects)
    assert len(recorder.requests) == 2
    recorder = Recorder(httpx.ReadTimeout("maybe processed"), httpx.Response(200, json=payload))
    with sync_client(recorder) as client, pytest.raises(errors.APITimeoutError):
        call(client.projects)
    assert len(recorder.requests) == 1


async def test_async_retries_with_injected_sleep() -> None:
    recorder, sleeps = (
        Recorder(httpx.Response(503), httpx.ReadTimeout("t"), httpx.Response(200, json=project())),
        list[float](),
    )
    async with async_client(recorder, sleeps) as client:
        assert (await client.projects.update(PID, name="abc")).id == PID
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert all(body_of(r) == {"name": "abc"} for r in recorder.requests)  # the body is replayed unchanged


class CountingAuth(httpx.Auth):
    """Bearer plus an attempt counter: shows that every attempt passes through the auth flow afresh."""

    def __init__(self) -> None:
        self.calls = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.calls += 1
        request.headers["Authorization"] = f"Bearer {SECRET}"
        request.headers["X-Attempt"] = str(self.calls)
        yield request


def test_every_attempt_is_authenticated_afresh() -> None:
    auth = CountingAuth()
    recorder = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json=project()))
    with sync_client(recorder, api_key=None, auth=auth) as client:
        client.projects.get(PID)
    assert [r.headers["x-attempt"] for r in recorder.requests] == ["1", "2", "3"]
    assert all(r.headers["authorization"] == f"Bearer {SECRET}" for r in recorder.requests)


def test_every_response_is_closed_across_retries() -> None:
    closed: list[bool] = []
    statuses = iter([503, 429, 200])

    def handler(_: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = json.dumps(project() if status == 200 else error_body(status, "x", "y")).encode()
        return httpx.Response(status, stream=TrackedStream(body, closed))

    with sync_client(handler) as client:
        client.projects.get(PID)
    assert closed == [True, True, True]


# --- validation before sending -----------------------------------------------------------------------------------

CREATE_RULE = VALIDATOR._validator("create_project")
GET_RULE = VALIDATOR._validator("get_project")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=70), st.text(max_size=210))
def test_every_create_body_is_accepted_or_rejected_before_sending(name: str, description: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    body = {"name": name, "description": description}
    valid = CREATE_RULE.is_valid({"path": {}, "query": {}, "body": body})
    with sync_client(recorder) as client:
        if valid:
            client.projects.create(name=name, description=description)
            assert body_of(recorder.requests[0]) == body
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.create(name=name, description=description)
            assert caught.value.field in {"name", "description"}
            assert recorder.requests == []
    assert valid == (3 <= len(name) <= 60 and len(description) <= 200)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(max_size=70), st.from_regex(r"[a-z0-9][a-z0-9-]{6,58}[a-z0-9]", fullmatch=True)))
def test_every_project_id_is_accepted_or_rejected_before_sending(project_id: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    valid = GET_RULE.is_valid({"path": {"projectId": project_id}, "query": {}})
    with sync_client(recorder) as client:
        if valid:
            client.projects.get(project_id)
            (request,) = recorder.requests
            assert request.url.path == f"/v1/projects/{project_id}"
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.get(project_id)
            assert caught.value.field == "projectId"
            assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda p: p.create(name="ab", description=""), "name", "minLength"),
        (lambda p: p.create(name="x" * 61, description=""), "name", "maxLength"),
        (lambda p: p.create(name="okay", description="x" * 201), "description", "maxLength"),
        (lambda p: p.create(name="okay", description=None), "description", "type"),
        (lambda p: p.update(PID, name="ab"), "name", "minLength"),
        (lambda p: p.update(PID, archived="yes"), "archived", "type"),
        (lambda p: p.get("../admin"), "projectId", "pattern"),
        (lambda p: p.get("My-Project-A1B2C"), "projectId", "pattern"),
        (lambda p: p.get("my-proj"), "projectId", "minLength"),
        (lambda p: p.get(12345678), "projectId", "type"),
        (lambda p: p.update("../../admin", name="abc"), "projectId", "pattern"),
        (lambda p: p.delete("my-project-a1b2c/"), "projectId", "pattern"),
        (lambda p: p.duplicate(PID, name="ab"), "name", "minLength"),
        (lambda p: p.duplicate("%2e%2e%2fadmin"), "projectId", "pattern"),
        (lambda p: p.pin("../admin"), "projectId", "pattern"),
        (lambda p: p.unpin("my-project-a1b2c?x=1"), "projectId", "pattern"),
        (lambda p: p.list(page_size=0), "size", "minimum"),
        (lambda p: p.list(page_size=101), "size", "maximum"),
        (lambda p: p.list(created_by=5), "createdBy", "type"),
        (lambda p: p.list(pinned="yes"), "pinned", "type"),
    ],
    ids=[
        "short-name",
        "long-name",
        "long-description",
        "null-description",
        "update-short-name",
        "update-archived-type",
        "path-traversal",
        "id-uppercase",
        "id-short",
        "id-int",
        "update-traversal",
        "delete-slash",
        "duplicate-short-name",
        "duplicate-encoded-traversal",
        "pin-traversal",
        "unpin-query",
        "page-size-min",
        "page-size-max",
        "created-by-type",
        "pinned-type",
    ],
)
def test_invalid_input_is_rejected_naming_field_and_rule(call: Callable[[Any], Any], field: str, rule: str) -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        call(client.projects)
    assert caught.value.field == field
    assert caught.value.rule.startswith(rule)
    assert recorder.requests == []


def test_generated_path_building_encodes_what_validation_would_let_through() -> None:
    assert get_project._get_kwargs("../admin")["url"] == "/v1/projects/..%2Fadmin"
    kwargs = update_project._get_kwargs("a/b?c", body=ProjectUpdateRequest())
    assert kwargs["url"] == "/v1/projects/a%2Fb%3Fc"


# --- secrets and construction ------------------------------------------------------------------------------------


def test_secret_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudprojects")
    unauthorized = error_body(401, "unauthorized", "Authentication required")
    recorder = Recorder(httpx.Response(503), httpx.Response(401, json=unauthorized))
    with sync_client(recorder) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.projects.get(PID)
        texts = [repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._http.auth)]
    assert len(caplog.records) == 2, "each attempt is logged"
    assert all(SECRET not in text and "secret-token" not in text for text in texts)


def test_api_key_and_base_url_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MICROVISUALIZER_API_KEY", SECRET)
    monkeypatch.setenv("MICROVISUALIZER_BASE_URL", "http://localhost:8080")
    recorder = Recorder(httpx.Response(200, json=project()))
    with microvisualizer.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.get(PID)
    with microvisualizer.Client(base_url="https://mv.example", transport=httpx.MockTransport(recorder)) as client:
        client.projects.get(PID)
    assert [str(r.url) for r in recorder.requests] == [
        f"http://localhost:8080/v1/projects/{PID}",
        f"https://mv.example/v1/projects/{PID}",
    ]
    assert all(r.headers["authorization"] == f"Bearer {SECRET}" for r in recorder.requests)


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MICROVISUALIZER_API_KEY", raising=False)
    with pytest.raises(ValueError, match="MICROVISUALIZER_API_KEY"):
        microvisualizer.Client()
    with pytest.raises(ValueError, match="MICROVISUALIZER_API_KEY"):
        microvisualizer.AsyncClient()


def test_defaults() -> None:
    with microvisualizer.Client(api_key=SECRET) as client:
        assert client._http.timeout == DEFAULT_TIMEOUT
        assert client._executor._plan.policy.max_retries == 2
        assert str(client._http.base_url) == "https://api.microvisualizer.com"
    with pytest.raises(ValueError, match="max_retries"):
        microvisualizer.Client(api_key=SECRET, max_retries=-1)


def test_raw_is_the_generated_client_sharing_the_pool() -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    with sync_client(recorder) as client:
        response = get_project.sync_detailed(PID, client=client.raw)
    assert response.status_code == 200
    assert isinstance(response.parsed, Project)
    assert recorder.requests[0].headers["authorization"] == f"Bearer {SECRET}"


async def test_raw_async_shares_the_pool() -> None:
    recorder = Recorder(httpx.Response(200, json=project()))
    async with async_client(recorder) as client:
        response = await get_project.asyncio_detailed(PID, client=client.raw)
    assert response.status_code == 200
    assert recorder.requests[0].headers["authorization"] == f"Bearer {SECRET}"
