"""bce-python-sdk (``bce_v1_signer`` and the response handlers) on BLS's project paths, against the BLS simulator.

The SDK's BLS client has no project API, so each call goes through ``bce_http_client.send_request`` the way
``BlsClient._send_request`` does (see ``sdk_hooks``). Both error handlers are judged: BLS's own
``bls_handler.parse_error`` and the generic ``handler.parse_error`` (which needs ``code``, ``message`` and
``requestId`` in every error body).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from baidubce.exception import BceHttpClientError, BceServerError  # type: ignore[import-untyped]
from sdk_hooks import BlsProjects

from cloudprojects import sim

HANDLERS = ["bls_handler", "generic"]
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
UNKNOWN = "276c6cce-0350-4719-856d-ba675fa52c06"


@pytest.fixture
def served() -> Iterator[sim.Endpoint]:
    with sim.serve_simulator(sim.create("baidu_bls", seed=13)) as endpoint:
        yield endpoint


def _ok(response: object, status: int) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    assert (response.success, response.code, response.message) == (True, "success", "")  # type: ignore[attr-defined]
    assert uuid.UUID(response.metadata.bce_request_id)  # type: ignore[attr-defined]


def _error(projects: BlsProjects, method: str, path: str, body: object, status: int, code: str) -> BceServerError:
    with pytest.raises(BceHttpClientError) as caught:
        projects.send(method, path, body)  # type: ignore[arg-type]
    error = caught.value.last_error
    assert isinstance(error, BceServerError)
    assert (error.status_code, error.code) == (status, code), str(error)
    assert uuid.UUID(error.request_id) and str(error)
    assert caught.value.status_code == status and caught.value.code == code
    return error


@pytest.mark.parametrize("handlers", HANDLERS)
def test_lifecycle(served: sim.Endpoint, handlers: str) -> None:
    projects = BlsProjects(served, handlers=handlers)
    _ok(projects.send("POST", "/v1/project", {"name": "sdk-bls", "description": "by bce"}), 201)
    listed = projects.send("POST", "/v1/project/list", {"pageNo": 1, "pageSize": 10})
    _ok(listed, 200)
    page = listed.result
    assert (page.page_no, page.page_size, page.total, page.order_by, page.order) == (1, 10, 2, "createdAt", "desc")
    assert page.default.name == "default"
    assert [p.name for p in page.projects] == ["sdk-bls", "default"]
    project_id = page.projects[0].uuid

    got = projects.send("GET", f"/v1/project/{project_id}")
    _ok(got, 200)
    project = got.result.project
    assert (project.uuid, project.name, project.description, project.top) == (project_id, "sdk-bls", "by bce", False)
    assert TIMESTAMP.match(project.created_time) and TIMESTAMP.match(project.updated_time)

    _ok(projects.send("PUT", "/v1/project", {"uuid": project_id, "description": "changed", "top": True}), 200)
    changed = projects.send("GET", f"/v1/project/{project_id}").result.project
    assert (changed.description, changed.top) == ("changed", True)

    _ok(projects.send("DELETE", f"/v1/project/{project_id}"), 200)
    _error(projects, "GET", f"/v1/project/{project_id}", None, 404, "ProjectNotFound")


@pytest.mark.parametrize("handlers", HANDLERS)
def test_pages(served: sim.Endpoint, handlers: str) -> None:
    projects = BlsProjects(served, handlers=handlers)
    names = [f"sdk-page-{n}" for n in range(4)]
    for name in names:
        projects.send("POST", "/v1/project", {"name": name, "description": ""})
    seen = []
    for page_no in (1, 2, 3):
        body = {"pageNo": page_no, "pageSize": 2, "orderBy": "name", "order": "asc"}
        result = projects.send("POST", "/v1/project/list", body).result
        assert result.total == 5 and result.page_no == page_no
        seen += [p.name for p in result.projects]
    assert seen == sorted(["default", *names])


@pytest.mark.parametrize("handlers", HANDLERS)
def test_errors(served: sim.Endpoint, handlers: str) -> None:
    projects = BlsProjects(served, handlers=handlers)
    projects.send("POST", "/v1/project", {"name": "taken", "description": ""})
    _error(projects, "POST", "/v1/project", {"name": "taken", "description": ""}, 409, "ProjectAlreadyExist")
    assert "name" in str(_error(projects, "POST", "/v1/project", {"name": ""}, 400, "InvalidParameter"))
    _error(projects, "GET", f"/v1/project/{UNKNOWN}", None, 404, "ProjectNotFound")
    _error(projects, "PUT", "/v1/project", {"uuid": UNKNOWN, "description": "x"}, 404, "ProjectNotFound")
    _error(projects, "DELETE", f"/v1/project/{UNKNOWN}", None, 404, "ProjectNotFound")
    wrong = BlsProjects(served, handlers=handlers, secret="not-the-secret")
    assert "signature" in str(_error(wrong, "GET", f"/v1/project/{UNKNOWN}", None, 401, "Unauthorized"))
