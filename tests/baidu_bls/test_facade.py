"""cloudprojects.baidu_bls: the seed and every lifecycle call on the wire (signed), pagination, errors, envelopes."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest
from bls_support import (
    AK,
    CALLS,
    OK,
    SECRET,
    SEED_PROJECT,
    SEED_RESPONSE,
    UID,
    Handler,
    Recorder,
    async_client,
    body_of,
    check_signed,
    page,
    project,
    signed_headers,
    sync_client,
)

from cloudprojects import baidu_bls, errors
from cloudprojects._core.validation import load_spec
from cloudprojects.auth import BceAuth
from cloudprojects_gen_baidu_bls.models import Project

# --- the seed and the lifecycle on the wire -------------------------------------------------------------------


def test_seed_get_exact_wire_request_and_parsed_result() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE, headers={"x-bce-request-id": "r-1"}))
    with sync_client(recorder) as client:
        result = client.projects.get(UID)
    (request,) = recorder.requests
    assert request.method == "GET"
    assert str(request.url) == f"https://bls-log.bj.baidubce.com/v1/project/{UID}"
    assert request.headers["host"] == "bls-log.bj.baidubce.com"
    assert signed_headers(request) == "host;x-bce-date"
    assert request.content == b""
    assert isinstance(result, Project)
    assert result.uuid == UUID(UID)
    assert result.to_dict() == SEED_PROJECT


def test_seed_signature_is_deterministic_under_a_fixed_clock() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE), clock=lambda: 1568098820.0)
    auth = BceAuth(AK, SECRET, clock=lambda: 1568098820.0)
    with sync_client(recorder, auth=auth) as client:
        client.projects.get(UUID(UID))
    (request,) = recorder.requests
    assert request.headers["x-bce-date"] == "2019-09-10T07:00:20Z"
    # bce-auth-v1 by hand: signing key = hex HMAC(SK, prefix); signature = hex HMAC(signing key, canonical request).
    prefix = f"bce-auth-v1/{AK}/2019-09-10T07:00:20Z/1800"
    signing_key = hmac.new(SECRET.encode(), prefix.encode(), hashlib.sha256).hexdigest()
    canonical = f"GET\n/v1/project/{UID}\n\nhost:bls-log.bj.baidubce.com\nx-bce-date:2019-09-10T07%3A00%3A20Z"
    signature = hmac.new(signing_key.encode(), canonical.encode(), hashlib.sha256).hexdigest()
    assert request.headers["authorization"] == f"{prefix}/host;x-bce-date/{signature}"


async def test_seed_get_async() -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    async with async_client(recorder) as client:
        result = await client.projects.get(UID.upper())
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("GET", f"/v1/project/{UID}")
    assert result.to_dict() == SEED_PROJECT


@pytest.mark.parametrize(
    ("call", "method", "path", "body", "status"),
    [
        (lambda p: p.create(name="demo", description="demo"), "POST", "", {"name": "demo", "description": "demo"}, 201),
        (lambda p: p.create(name="demo"), "POST", "", {"name": "demo"}, 200),
        (
            lambda p: p.update(UID, description="t", top=True),
            "PUT",
            "",
            {"uuid": UID, "description": "t", "top": True},
            200,
        ),
        (lambda p: p.update(UUID(UID), top=False), "PUT", "", {"uuid": UID, "top": False}, 204),
        (lambda p: p.update(UID, description=""), "PUT", "", {"uuid": UID, "description": ""}, 204),
        (lambda p: p.update(UID), "PUT", "", {"uuid": UID}, 200),
        (lambda p: p.delete(UID), "DELETE", f"/{UID}", None, 204),
        (lambda p: p.delete(UID), "DELETE", f"/{UID}", None, 200),
    ],
    ids=[
        "create-201",
        "create-200",
        "update-all",
        "update-top-204",
        "update-empty-description",
        "update-nothing",
        "delete-204",
        "delete-200",
    ],
)
def test_lifecycle_call_on_the_wire(call: Callable[[Any], Any], method: str, path: str, body: Any, status: int) -> None:
    recorder = Recorder(httpx.Response(status) if status == 204 else httpx.Response(status, json=OK))
    with sync_client(recorder) as client:
        assert call(client.projects) is None
    (request,) = recorder.requests
    assert (request.method, request.url.host, request.url.path) == (
        method,
        "bls-log.bj.baidubce.com",
        "/v1/project" + path,
    )
    assert body_of(request) == body
    if body is not None:
        assert request.headers["content-type"] == "application/json"
        assert signed_headers(request) == "content-length;content-type;host;x-bce-date"


def paged_handler(count: int, seen: list[dict[str, Any]], total_key: str | None = "total", cap: int = 100) -> Handler:
    """A BLS list endpoint over ``count`` projects; ``cap`` is the largest page size it uses."""

    def handler(request: httpx.Request) -> httpx.Response:
        check_signed(request)
        body = body_of(request)
        seen.append(body)
        number, size = body["pageNo"], min(body["pageSize"], cap)
        ids = range((number - 1) * size, min(number * size, count))
        items = [project(uuid=str(UUID(int=i)), name=f"p{i}") for i in ids]
        return httpx.Response(200, json=page(items, number, size, **({total_key: count} if total_key else {})))

    return handler


@pytest.mark.parametrize("total_key", ["total", "totalCount"])
def test_list_follows_page_numbers_in_the_body(total_key: str) -> None:
    seen: list[dict[str, Any]] = []
    with sync_client(paged_handler(5, seen, total_key)) as client:
        names = [p.name for p in client.projects.list(page_size=2, name="web", order_by="name", order="asc")]
    assert names == ["p0", "p1", "p2", "p3", "p4"]
    assert seen == [{"name": "web", "orderBy": "name", "order": "asc", "pageNo": n, "pageSize": 2} for n in (1, 2, 3)]


def test_list_stops_exactly_at_the_total_and_uses_the_servers_page_size() -> None:
    seen: list[dict[str, Any]] = []
    with sync_client(paged_handler(4, seen, cap=2)) as client:
        assert len(list(client.projects.list(page_size=100))) == 4
    assert [b["pageNo"] for b in seen] == [1, 2]


def test_list_without_any_total_reads_until_a_short_page() -> None:
    seen: list[dict[str, Any]] = []
    with sync_client(paged_handler(5, seen, total_key=None)) as client:
        assert len(list(client.projects.list(page_size=2))) == 5
    assert [b["pageNo"] for b in seen] == [1, 2, 3]


def test_list_is_lazy_and_sends_defaults() -> None:
    seen: list[dict[str, Any]] = []
    with sync_client(paged_handler(0, seen)) as client:
        iterator = client.projects.list()
        assert seen == []
        assert list(iterator) == []
    assert seen == [{"pageNo": 1, "pageSize": 10}]


async def test_list_async_stops_on_empty_page() -> None:
    recorder = Recorder(
        httpx.Response(200, json=page([project()], 1, 1, total=10)),
        httpx.Response(200, json=page([], 2, 1, total=10)),
    )
    async with async_client(recorder) as client:
        uuids = [p.uuid async for p in client.projects.list(page_size=1)]
    assert uuids == [UUID(UID)]
    assert [body_of(r)["pageNo"] for r in recorder.requests] == [1, 2]


# --- errors ------------------------------------------------------------------------------------------------------

EXPECTED_CLASS = {
    "InvalidParameter": errors.BadRequestError,
    "Unauthorized": errors.AuthenticationError,
    "AccessDenied": errors.PermissionDeniedError,
    "ProjectNotFound": baidu_bls.ProjectNotFoundError,
    "ProjectAlreadyExist": baidu_bls.ProjectAlreadyExistsError,
    "ProjectLogStoreNotEmpty": baidu_bls.ProjectNotEmptyError,
    "RequestOverload": errors.APIStatusError,
    "RequestLimited": errors.RateLimitError,
    "InternalError": errors.InternalServerError,
    "ServiceUnavailable": errors.InternalServerError,
}


def documented_errors() -> list[Any]:
    """Every (operation, status, example body) of a non-2xx answer in the spec."""
    spec = load_spec("cloudprojects_gen_baidu_bls", "baidu_bls")
    cases = []
    for item in spec["paths"].values():
        for operation in (op for op in item.values() if isinstance(op, dict) and "operationId" in op):
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                for example in response.get("content", {}).get("application/json", {}).get("examples", {}).values():
                    if not status.startswith("2"):
                        value, name = example["value"], operation["operationId"]
                        cases.append(pytest.param(name, int(status), value, id=f"{name}-{status}-{value['code']}"))
    return cases


@pytest.mark.parametrize(("operation", "status", "body"), documented_errors())
def test_documented_error_becomes_typed_error(operation: str, status: int, body: dict[str, Any]) -> None:
    recorder = Recorder(httpx.Response(status, json=body, headers={"x-bce-request-id": "header-id"}))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(errors.APIStatusError) as caught:
        CALLS[operation](client.projects)
    error = caught.value
    assert type(error) is EXPECTED_CLASS[body["code"]]
    assert isinstance(error, errors.status_error_class(status))
    assert (error.status_code, error.code, error.request_id) == (status, body["code"], body["requestId"])
    assert body["message"] in str(error) and error.message.endswith(body["message"])
    assert error.response.status_code == status


def test_request_id_falls_back_to_the_header() -> None:
    body = {"code": "ProjectNotFound", "message": "Project not exists"}
    recorder = Recorder(httpx.Response(404, json=body, headers={"X-Bce-Request-Id": "hdr-7"}))
    with sync_client(recorder) as client, pytest.raises(baidu_bls.ProjectNotFoundError) as caught:
        client.projects.get(UID)
    assert caught.value.request_id == "hdr-7"


@pytest.mark.parametrize(
    ("call", "status", "code", "cls"),
    [
        (CALLS["get_project"], 200, "ProjectNotFound", baidu_bls.ProjectNotFoundError),
        (CALLS["create_project"], 201, "ProjectAlreadyExist", baidu_bls.ProjectAlreadyExistsError),
        (CALLS["list_projects"], 200, "InvalidParameter", errors.BadRequestError),
        (CALLS["update_project"], 200, "SomethingNew", errors.APIStatusError),
        (CALLS["delete_project"], 200, "ProjectLogStoreNotEmpty", baidu_bls.ProjectNotEmptyError),
    ],
    ids=["get", "create", "list", "update-unknown-code", "delete"],
)
def test_envelope_failure_on_2xx_raises(call: Callable[[Any], Any], status: int, code: str, cls: type) -> None:
    body = {"success": False, "code": code, "message": f"failed: {code}", "requestId": "env-id"}
    recorder = Recorder(httpx.Response(status, json=body, headers={"x-bce-request-id": "header-id"}))
    with sync_client(recorder) as client, pytest.raises(errors.APIStatusError) as caught:
        call(client.projects)
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.request_id) == (status, code, "env-id")
    assert f"failed: {code}" in str(error)
    assert len(recorder.requests) == 1


async def test_envelope_failure_async_keeps_the_header_request_id() -> None:
    body = {"success": False, "code": "ProjectNotFound", "message": "Project not exists"}
    recorder = Recorder(httpx.Response(200, json=body, headers={"x-bce-request-id": "header-id"}))
    async with async_client(recorder) as client:
        with pytest.raises(baidu_bls.ProjectNotFoundError) as caught:
            await client.projects.get(UID)
    assert caught.value.request_id == "header-id"


@pytest.mark.parametrize(
    ("call", "status", "content", "content_type", "cls"),
    [
        (CALLS["get_project"], 502, b"<html><body>Bad gateway</body></html>", "text/html", errors.InternalServerError),
        (CALLS["get_project"], 520, b"", "text/plain", errors.InternalServerError),
        (CALLS["get_project"], 200, b'{"success": true, "co', "application/json", errors.ResponseValidationError),
        (CALLS["get_project"], 200, b"<html>login</html>", "text/html", errors.ResponseValidationError),
        (CALLS["get_project"], 200, b'{"unexpected": true}', "application/json", errors.ResponseValidationError),
        (CALLS["get_project"], 200, json.dumps(OK).encode(), "application/json", errors.ResponseValidationError),
        (CALLS["get_project"], 202, b"", "application/json", errors.ResponseValidationError),
        (CALLS["list_projects"], 200, json.dumps(OK).encode(), "application/json", errors.ResponseValidationError),
        (CALLS["update_project"], 202, b"", "application/json", errors.ResponseValidationError),
        (CALLS["update_project"], 200, b"", "application/json", errors.ResponseValidationError),
        (CALLS["delete_project"], 200, b"<html>ok</html>", "text/html", errors.ResponseValidationError),
        (CALLS["create_project"], 204, b"", "application/json", errors.ResponseValidationError),
    ],
    ids=[
        "html-502",
        "520-empty",
        "truncated-200",
        "html-200",
        "wrong-shape-200",
        "get-without-result",
        "undocumented-202",
        "list-without-result",
        "update-202",
        "update-200-empty",
        "delete-html-200",
        "create-204",
    ],
)
def test_malformed_answers_become_typed_errors_keeping_the_response(
    call: Callable[[Any], Any], status: int, content: bytes, content_type: str, cls: type[errors.APIError]
) -> None:
    headers = {"content-type": content_type, "x-bce-request-id": "rid-9"}
    recorder = Recorder(httpx.Response(status, content=content, headers=headers))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        call(client.projects)
    error: Any = caught.value
    assert error.response.status_code == status
    assert error.response.content == content
    assert error.request_id == "rid-9"


def test_connection_errors_and_timeouts_are_typed() -> None:
    with sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.projects.get(UID)
        assert not isinstance(caught.value, errors.APITimeoutError)
    with (
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.projects.get(UID)
