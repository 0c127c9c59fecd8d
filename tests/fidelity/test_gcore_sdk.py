"""gcore 0.59.0 (``gcore.Gcore`` and ``gcore.AsyncGcore``) against the Gcore simulator on loopback.

The whole project lifecycle the SDK offers (create, get, update, list with its offset pages, delete), every
field of its ``Project`` and ``TaskIDList`` models, and the typed error each failure maps to.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import datetime

import gcore
import pytest
from gcore.types.cloud import Project, TaskIDList

from cloudprojects import sim

REQUEST_ID = re.compile(r"^[0-9A-F]{24}$")


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Endpoint]:
    with sim.serve_simulator(sim.create("gcore_cloud", seed=13)) as endpoint:
        yield endpoint


@pytest.fixture
def fresh() -> Iterator[sim.Endpoint]:
    """A simulator holding only the default project (the name filter is exact, so pages are checked whole)."""
    with sim.serve_simulator(sim.create("gcore_cloud", seed=14)) as endpoint:
        yield endpoint


def _client(served: sim.Endpoint, **kwargs: object) -> gcore.Gcore:
    return gcore.Gcore(api_key=served.credentials["api_key"], base_url=served.url, **kwargs)  # type: ignore[arg-type]


def _async_client(served: sim.Endpoint, **kwargs: object) -> gcore.AsyncGcore:
    return gcore.AsyncGcore(api_key=served.credentials["api_key"], base_url=served.url, **kwargs)  # type: ignore[arg-type]


def _check_project(project: Project, name: str, description: str | None) -> None:
    assert isinstance(project, Project)
    assert project.name == name and project.description == description
    assert project.id > 1 and project.client_id > 0
    assert isinstance(project.created_at, datetime)
    assert (project.is_default, project.state, project.deleted_at, project.task_id) == (False, "ACTIVE", None, None)


def _check_deleted(tasks: TaskIDList) -> None:
    assert isinstance(tasks, TaskIDList) and len(tasks.tasks) == 1
    assert uuid.UUID(tasks.tasks[0])


def test_lifecycle_sync(served: sim.Endpoint) -> None:
    with _client(served) as client:
        created = client.cloud.projects.create(name="sdk-sync", description="by gcore")
        _check_project(created, "sdk-sync", "by gcore")
        assert client.cloud.projects.get(project_id=created.id) == created
        updated = client.cloud.projects.update(project_id=created.id, name="sdk-sync-2", description="changed")
        _check_project(updated, "sdk-sync-2", "changed")
        assert updated.id == created.id and updated.created_at == created.created_at
        renamed = client.cloud.projects.update(project_id=created.id, name="sdk-sync-3")
        assert renamed.description == "changed"
        _check_deleted(client.cloud.projects.delete(project_id=created.id))
        with pytest.raises(gcore.NotFoundError) as caught:
            client.cloud.projects.get(project_id=created.id)
        listed = client.cloud.projects.list(name="sdk-sync-3", include_deleted=True).results
        assert [(p.state, p.deleted_at is not None) for p in listed] == [("DELETED", True)]
    assert caught.value.status_code == 404
    assert caught.value.body["exception_class"] == "NotFoundError"  # type: ignore[index]
    assert REQUEST_ID.match(caught.value.response.headers["x-request-id"])


async def test_lifecycle_async(served: sim.Endpoint) -> None:
    async with _async_client(served) as client:
        created = await client.cloud.projects.create(name="sdk-async")
        _check_project(created, "sdk-async", None)
        assert await client.cloud.projects.get(project_id=created.id) == created
        updated = await client.cloud.projects.update(project_id=created.id, description="set later")
        _check_project(updated, "sdk-async", "set later")
        _check_deleted(await client.cloud.projects.delete(project_id=created.id))
        with pytest.raises(gcore.NotFoundError):
            await client.cloud.projects.update(project_id=created.id, description="gone")


def test_offset_pages_sync(fresh: sim.Endpoint) -> None:
    names = ["default"] + [f"sdk-page-{n}" for n in range(4)]
    with _client(fresh) as client:
        ids = [client.cloud.projects.create(name=name).id for name in names[1:]]
        first = client.cloud.projects.list(limit=2, order_by="name.asc")
        assert [p.name for p in first.results] == names[:2] and first.count == 5
        assert first.has_next_page()
        pages = list(first.iter_pages())
        assert [[p.name for p in page.results] for page in pages] == [names[:2], names[2:4], names[4:]]
        assert not pages[-1].has_next_page()
        assert [p.name for p in client.cloud.projects.list(limit=2, order_by="name.asc")] == names
        assert [p.name for p in client.cloud.projects.list(limit=3, order_by="name.desc")] == names[::-1]
        assert [p.name for p in client.cloud.projects.list(offset=3, limit=1, order_by="name.asc")] == names[3:]
        assert [p.id for p in client.cloud.projects.list(name="sdk-page-2")] == [ids[2]]
        for project_id in ids:
            client.cloud.projects.delete(project_id=project_id)
        assert [p.name for p in client.cloud.projects.list()] == ["default"]


async def test_offset_pages_async(fresh: sim.Endpoint) -> None:
    names = [f"sdk-apage-{n}" for n in range(3)]
    async with _async_client(fresh) as client:
        for name in names:
            await client.cloud.projects.create(name=name)
        paged = client.cloud.projects.list(limit=1, order_by="created_at.asc")
        assert [p.name async for p in paged] == ["default", *names]
        first = await client.cloud.projects.list(limit=3, order_by="name.asc")
        assert first.count == 4 and first.has_next_page()
        second = await first.get_next_page()
        assert [p.name for p in second.results] == names[2:] and not second.has_next_page()


@pytest.mark.parametrize(
    ("call", "error", "status", "exception_class"),
    [
        (lambda c: c.cloud.projects.get(project_id=999), gcore.NotFoundError, 404, "NotFoundError"),
        (lambda c: c.cloud.projects.create(name="default"), gcore.ConflictError, 409, "ConflictError"),
        (lambda c: c.cloud.projects.create(name="x"), gcore.BadRequestError, 400, "ValidationError"),
        (lambda c: c.cloud.projects.update(project_id=1, name="x"), gcore.BadRequestError, 400, "ValidationError"),
        (lambda c: c.cloud.projects.delete(project_id=1), gcore.BadRequestError, 400, "ValidationError"),
        (lambda c: c.cloud.projects.list(limit=1001), gcore.BadRequestError, 400, "ValidationError"),
    ],
    ids=["not-found", "conflict", "short-name", "short-rename", "delete-default", "limit"],
)
def test_typed_errors(
    served: sim.Endpoint, call: object, error: type[gcore.APIStatusError], status: int, exception_class: str
) -> None:
    assert callable(call)
    with _client(served, max_retries=0) as client, pytest.raises(error) as caught:
        call(client)
    assert caught.value.status_code == status
    body = caught.value.body
    assert isinstance(body, dict) and body["exception_class"] == exception_class and body["message"]
    assert body["request_id"] == caught.value.response.headers["x-request-id"]
    if exception_class == "ValidationError" and "default" not in body["message"]:
        assert body["invalid_fields"]


async def test_authentication_error_async(served: sim.Endpoint) -> None:
    async with gcore.AsyncGcore(api_key="not-the-key", base_url=served.url, max_retries=0) as client:
        with pytest.raises(gcore.AuthenticationError) as caught:
            await client.cloud.projects.get(project_id=1)
    assert caught.value.status_code == 401
    assert caught.value.body["exception_class"] == "AuthenticationFailed"  # type: ignore[index]


def test_rate_limit_is_typed_and_retried(served: sim.Endpoint) -> None:
    served.simulator.faults.queue(sim.FaultKind.RATE_LIMIT)
    with _client(served, max_retries=0) as client, pytest.raises(gcore.RateLimitError) as caught:
        client.cloud.projects.get(project_id=1)
    assert caught.value.response.headers["retry-after"] == "1"
    served.simulator.faults.queue(sim.FaultKind.RATE_LIMIT)
    with _client(served, max_retries=1) as client:
        response = client.cloud.projects.with_raw_response.get(project_id=1)
    assert response.retries_taken == 1 and response.parse().is_default


@pytest.mark.parametrize(
    ("fault", "error", "status"),
    [
        (sim.Fault(sim.FaultKind.SERVER_ERROR, status=500), gcore.InternalServerError, 500),
        (sim.Fault(sim.FaultKind.HTML_ERROR), gcore.InternalServerError, 502),
        (sim.Fault(sim.FaultKind.RESET), gcore.APIConnectionError, None),
    ],
    ids=["500", "html-502", "reset"],
)
def test_server_faults_are_typed(
    served: sim.Endpoint, fault: sim.Fault, error: type[gcore.APIError], status: int | None
) -> None:
    served.simulator.faults.queue(fault)
    with _client(served, max_retries=0) as client, pytest.raises(error) as caught:
        client.cloud.projects.get(project_id=1)
    assert getattr(caught.value, "status_code", None) == status
    if status == 500:
        assert caught.value.body["exception_class"] == "InternalServerError"  # type: ignore[index]


def test_extra_fields_are_refused_as_the_sdk_expects(served: sim.Endpoint) -> None:
    with _client(served, max_retries=0) as client, pytest.raises(gcore.BadRequestError) as caught:
        client.cloud.projects.create(name="sdk-extra", extra_body={"bogus": 1})
    assert caught.value.body["invalid_fields"] == {"bogus": ["Extra inputs are not permitted"]}  # type: ignore[index]
