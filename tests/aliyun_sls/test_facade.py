"""cloudprojects.aliyun_sls: the seed and every lifecycle call on the wire (signed), pages, errors, sync and async."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sls_support import (
    ACCOUNT_SPEC,
    ENDPOINT,
    KEY_ID,
    PAGE_BODY,
    PROJECT,
    PROJECT_BODY,
    PROJECT_SPEC,
    PROJECT_URL,
    REQUEST_ID,
    SEED_REQUEST,
    Recorder,
    async_client,
    empty,
    project,
    sync_client,
)

from cloudprojects import aliyun_sls, errors
from cloudprojects_gen_aliyun_sls.account.models import Project as ListedProject
from cloudprojects_gen_aliyun_sls.project.models import Project

RFC1123 = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT")
AUTHORIZATION = re.compile(rf"LOG {KEY_ID}:[A-Za-z0-9+/]{{27}}=")

# --- the seed and the lifecycle on the wire -------------------------------------------------------------------


def assert_signed(request: httpx.Request) -> None:
    """The V1 headers' presence and shape (the Recorder has already verified the signature itself)."""
    headers = request.headers
    assert AUTHORIZATION.fullmatch(headers["authorization"])
    assert RFC1123.fullmatch(headers["date"])
    assert (headers["x-log-apiversion"], headers["x-log-signaturemethod"]) == ("0.6.0", "hmac-sha1")
    assert headers["x-log-bodyrawsize"] == str(len(request.content))
    if request.content:
        assert headers["content-md5"] == hashlib.md5(request.content).hexdigest().upper()


def test_seed_update_exact_wire_request() -> None:
    recorder = Recorder(empty())
    with sync_client(recorder) as client:
        result = client.projects.update(PROJECT, description="Description of my-project-test")
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("PUT", PROJECT_URL)
    assert request.headers["host"] == f"{PROJECT}.{ENDPOINT}"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == SEED_REQUEST
    assert request.content == json.dumps(SEED_REQUEST, separators=(",", ":")).encode()
    assert_signed(request)
    assert result is None


async def test_seed_update_async() -> None:
    recorder = Recorder(empty())
    async with async_client(recorder) as client:
        assert await client.projects.update(PROJECT, description="Description of my-project-test") is None
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("PUT", PROJECT_URL)
    assert json.loads(request.content) == SEED_REQUEST
    assert_signed(request)


LIFECYCLE = [
    (lambda p: p.get(PROJECT), "GET", PROJECT_URL, None, lambda: httpx.Response(200, json=PROJECT_BODY)),
    (
        lambda p: p.create(PROJECT, description="d"),
        "POST",
        f"https://{ENDPOINT}/",
        {"projectName": PROJECT, "description": "d"},
        empty,
    ),
    (
        lambda p: p.create(
            PROJECT, description="", resource_group_id="rg-1", data_redundancy_type="ZRS", recycle_bin_enabled=True
        ),
        "POST",
        f"https://{ENDPOINT}/",
        {
            "projectName": PROJECT,
            "description": "",
            "resourceGroupId": "rg-1",
            "dataRedundancyType": "ZRS",
            "recycleBinEnabled": True,
        },
        empty,
    ),
    (
        lambda p: p.update(PROJECT, description="x", recycle_bin_enabled=False),
        "PUT",
        PROJECT_URL,
        {"description": "x", "recycleBinEnabled": False},
        empty,
    ),
    (lambda p: p.delete(PROJECT), "DELETE", PROJECT_URL, None, empty),
    (lambda p: p.delete(PROJECT, force_delete=True), "DELETE", f"{PROJECT_URL}?forceDelete=true", None, empty),
    (lambda p: p.delete(PROJECT), "DELETE", PROJECT_URL, None, lambda: httpx.Response(200, json={})),
]
LIFECYCLE_IDS = ["get", "create", "create-full", "update-recycle-bin", "delete", "delete-force", "delete-{}-body"]


@pytest.mark.parametrize(("call", "method", "url", "body", "answer"), LIFECYCLE, ids=LIFECYCLE_IDS)
def test_lifecycle_call_on_the_wire(
    call: Callable[[Any], Any], method: str, url: str, body: Any, answer: Callable[[], httpx.Response]
) -> None:
    recorder = Recorder(answer())
    with sync_client(recorder) as client:
        result = call(client.projects)
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == (method, url)
    assert (json.loads(request.content) if request.content else None) == body
    assert_signed(request)
    if method == "GET":
        assert isinstance(result, Project)
        assert result.to_dict() == PROJECT_BODY
    else:
        assert result is None


@pytest.mark.parametrize(("call", "method", "url", "body", "answer"), LIFECYCLE, ids=LIFECYCLE_IDS)
async def test_lifecycle_call_on_the_wire_async(
    call: Callable[[Any], Any], method: str, url: str, body: Any, answer: Callable[[], httpx.Response]
) -> None:
    recorder = Recorder(answer())
    async with async_client(recorder) as client:
        result = await call(client.projects)
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == (method, url)
    assert (json.loads(request.content) if request.content else None) == body
    assert_signed(request)
    assert (result.to_dict() if result is not None else None) == (PROJECT_BODY if method == "GET" else None)


def paged(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """A ListProject server holding ``total`` projects."""

    def answer(request: httpx.Request) -> httpx.Response:
        offset, size = int(request.url.params["offset"]), int(request.url.params["size"])
        names = [f"project-{i:03d}" for i in range(offset, min(offset + size, total))]
        body = {"count": len(names), "total": total, "projects": [project(projectName=n) for n in names]}
        return httpx.Response(200, json=body)

    return answer


def test_list_follows_offset_size_pages_until_total() -> None:
    recorder = Recorder(paged(5))
    with sync_client(recorder) as client:
        projects = list(client.projects.list(page_size=2, project_name="project", fetch_quota=True))
    assert [p.project_name for p in projects] == [f"project-{i:03d}" for i in range(5)]
    assert all(isinstance(p, ListedProject) for p in projects)
    assert {(r.method, r.url.host, r.url.path) for r in recorder.requests} == {("GET", ENDPOINT, "/")}
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"offset": str(offset), "size": "2", "projectName": "project", "fetchQuota": "true"} for offset in (0, 2, 4)
    ]


def test_list_sends_only_the_filters_given_and_stops_at_total() -> None:
    recorder = Recorder(httpx.Response(200, json=PAGE_BODY))
    with sync_client(recorder) as client:
        projects = list(client.projects.list(description="logs", resource_group_id=""))
    assert [p.to_dict() for p in projects] == PAGE_BODY["projects"]
    (request,) = recorder.requests  # count 2 reaches total 2: no second request
    assert dict(request.url.params) == {"offset": "0", "size": "100", "description": "logs", "resourceGroupId": ""}


async def test_list_async_follows_count_and_stops_on_count_zero() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"count": 1, "total": 10, "projects": [project(projectName="a-1")]}),
        httpx.Response(200, json={"count": 0, "total": 10, "projects": []}),
    )
    async with async_client(recorder) as client:
        names = [p.project_name async for p in client.projects.list(page_size=3)]
    assert names == ["a-1"]
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "1"]


async def test_list_async_pages() -> None:
    recorder = Recorder(paged(7))
    async with async_client(recorder) as client:
        names = [p.project_name async for p in client.projects.list(page_size=3)]
    assert len(names) == 7
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "3", "6"]


def test_list_without_projects_member_is_empty() -> None:
    with sync_client(Recorder(httpx.Response(200, json={"count": 0, "total": 0}))) as client:
        assert list(client.projects.list()) == []


# --- errors ------------------------------------------------------------------------------------------------------

CALLS: dict[str, Callable[[Any], Any]] = {
    "list_projects": lambda p: list(p.list()),
    "create_project": lambda p: p.create(PROJECT, description="d"),
    "get_project": lambda p: p.get(PROJECT),
    "update_project": lambda p: p.update(PROJECT, description="d"),
    "delete_project": lambda p: p.delete(PROJECT),
}


def documented_errors() -> list[Any]:
    """Every error example of both specs, as (operation, status, body)."""
    cases = []
    for document in (ACCOUNT_SPEC, PROJECT_SPEC):
        for operation in document["paths"]["/"].values():
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                examples = response.get("content", {}).get("application/json", {}).get("examples", {})
                for name, example in examples.items() if status != "200" else ():
                    case_id = f"{operation['operationId']}-{status}-{name}"
                    cases.append(pytest.param(operation["operationId"], int(status), example["value"], id=case_id))
    return cases


STATUS_CLASSES = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    404: errors.NotFoundError,
    411: errors.APIStatusError,
    415: errors.APIStatusError,
    500: errors.InternalServerError,
}
CODE_CLASSES = {
    "ProjectNotExist": aliyun_sls.ProjectNotFoundError,
    "ProjectAlreadyExist": aliyun_sls.ProjectAlreadyExistsError,
    "SignatureNotMatch": aliyun_sls.SignatureMismatchError,
}


@pytest.mark.parametrize(("operation_id", "status", "body"), documented_errors())
def test_every_documented_error_becomes_its_typed_error(operation_id: str, status: int, body: dict[str, str]) -> None:
    answer = httpx.Response(status, json=body, headers={"x-log-requestid": REQUEST_ID})
    with sync_client(Recorder(answer), max_retries=0) as client, pytest.raises(errors.APIStatusError) as caught:
        CALLS[operation_id](client.projects)
    error = caught.value
    assert type(error) is CODE_CLASSES.get(body["errorCode"], STATUS_CLASSES[status])
    assert (error.status_code, error.code, error.request_id) == (status, body["errorCode"], REQUEST_ID)
    assert error.message == body["errorMessage"]
    assert (error.body, error.response.status_code) == (body, status)


@pytest.mark.parametrize(
    ("status", "code", "message", "family"),
    [
        (404, "ProjectNotExist", f"The Project does not exist: {PROJECT}", errors.NotFoundError),
        (400, "ProjectAlreadyExist", f"Project {PROJECT} already exist.", errors.ConflictError),
        (401, "SignatureNotMatch", "Signature F8649sbDfc5q7u7zW6aeHRVEuWo= not matched.", errors.AuthenticationError),
    ],
)
async def test_provider_codes_belong_to_their_status_family_async(
    status: int, code: str, message: str, family: type[errors.APIStatusError]
) -> None:
    answer = httpx.Response(status, json={"errorCode": code, "errorMessage": message})
    async with async_client(Recorder(answer), max_retries=0) as client:
        with pytest.raises(family) as caught:
            await client.projects.create(PROJECT, description="d")
    assert caught.value.status_code == status  # ProjectAlreadyExist keeps its 400 although it is a ConflictError
    assert str(caught.value) == f"aliyun_sls: [{status} {code}] {message}"


@pytest.mark.parametrize(
    ("operation_id", "status", "content", "content_type", "cls"),
    [
        ("get_project", 502, b"<html><body>Bad gateway</body></html>", "text/html", errors.InternalServerError),
        ("get_project", 520, b"", "text/plain", errors.InternalServerError),
        ("get_project", 403, b"<html>denied</html>", "text/html", errors.PermissionDeniedError),
        ("get_project", 200, b'{"projectName": "a', "application/json", errors.ResponseValidationError),
        ("get_project", 200, b"<html>login</html>", "text/html", errors.ResponseValidationError),
        ("get_project", 200, b'{"unexpected": true}', "application/json", errors.ResponseValidationError),
        ("get_project", 202, b"", "application/json", errors.ResponseValidationError),
        ("list_projects", 200, b'{"projects": []}', "application/json", errors.ResponseValidationError),
        ("update_project", 202, b"", "text/plain", errors.ResponseValidationError),
        ("delete_project", 204, b"", "text/plain", errors.ResponseValidationError),
        ("update_project", 404, b"not json", "text/plain", errors.NotFoundError),
    ],
    ids=[
        "html-502",
        "520-empty",
        "html-403",
        "truncated-200",
        "html-200",
        "wrong-shape-200",
        "undocumented-202",
        "list-wrong-shape",
        "update-202",
        "delete-204",
        "update-404-text",
    ],
)
def test_malformed_answers_become_typed_errors_keeping_the_response(
    operation_id: str, status: int, content: bytes, content_type: str, cls: type[errors.APIError]
) -> None:
    headers = {"content-type": content_type, "x-log-requestid": REQUEST_ID}
    recorder = Recorder(httpx.Response(status, content=content, headers=headers))
    with sync_client(recorder, max_retries=0) as client, pytest.raises(cls) as caught:
        CALLS[operation_id](client.projects)
    error: Any = caught.value
    assert (error.response.status_code, error.response.content) == (status, content)
    assert error.request_id == REQUEST_ID


def test_connection_errors_and_timeouts_are_typed() -> None:
    with sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.projects.get(PROJECT)
        assert not isinstance(caught.value, errors.APITimeoutError)
    with (
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.projects.get(PROJECT)
