"""aliyun-log-python-sdk 0.9.52 (``LogClient``, signature v1 and v4) against the SLS simulator on loopback.

Every project operation the SDK offers, every field its response classes parse, and the ``LogException``
it raises for each error the simulator answers. The SDK retries 5xx ten times a second apart, so no test
here provokes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from aliyun.log import LogException
from aliyun.log.project_response import (
    CreateProjectResponse,
    DeleteProjectResponse,
    GetProjectResponse,
    ListProjectResponse,
    UpdateProjectResponse,
)
from sdk_hooks import sls_log_client

from cloudprojects import sim

REQUEST_ID = re.compile(r"^[0-9A-F]{24}$")
SIGNATURES = [("v1", ""), ("v4", "cn-hangzhou")]
IDS = ["v1", "v4"]


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Endpoint]:
    with sim.serve_simulator(sim.create("aliyun_sls", seed=13)) as endpoint:
        yield endpoint


def _raised(call: object, status: int, code: str) -> LogException:
    assert callable(call)
    with pytest.raises(LogException) as caught:
        call()
    error = caught.value
    assert (error.resp_status, error.get_error_code()) == (status, code), error.get_error_message()
    assert REQUEST_ID.match(error.get_request_id())
    return error


@pytest.mark.parametrize(("version", "region"), SIGNATURES, ids=IDS)
def test_project_lifecycle(served: sim.Endpoint, version: str, region: str) -> None:
    client = sls_log_client(served, auth_version=version, region=region)
    name = f"sdk-life-{version}"
    created = client.create_project(name, "made by the SDK", data_redundancy_type="ZRS")
    assert isinstance(created, CreateProjectResponse)
    assert REQUEST_ID.match(created.get_request_id())
    create_request = served.simulator.requests[-1]
    assert (create_request.method, create_request.headers["host"]) == ("POST", f"{name}.{served.host}")

    project = client.get_project(name)
    assert isinstance(project, GetProjectResponse)
    assert project.get_projectname() == name
    assert project.get_description() == "made by the SDK"
    assert project.get_status() == "Normal"
    assert project.get_region() == "cn-hangzhou"
    assert project.get_owner().isdigit()
    assert project.get_create_time().isdigit() and project.get_last_modify_time().isdigit()
    assert project.get_resource_group_id().startswith("rg-")
    assert project.get_data_redundancy_type() == "ZRS"
    assert project.get_request_id() == project.get_all_headers()["x-log-requestid"]

    updated = client.update_project(name, "changed by the SDK")
    assert isinstance(updated, UpdateProjectResponse) and REQUEST_ID.match(updated.get_request_id())
    assert client.get_project(name).get_description() == "changed by the SDK"

    deleted = client.delete_project(name)
    assert isinstance(deleted, DeleteProjectResponse) and REQUEST_ID.match(deleted.get_request_id())
    error = _raised(lambda: client.get_project(name), 404, "ProjectNotExist")
    assert name in error.get_error_message()


@pytest.mark.parametrize(("version", "region"), SIGNATURES, ids=IDS)
def test_list_pages(served: sim.Endpoint, version: str, region: str) -> None:
    client = sls_log_client(served, auth_version=version, region=region)
    names = [f"sdk-page-{version}-{n}" for n in range(5)]
    for name in names:
        client.create_project(name, f"page {name[-1]}")
    seen: list[str] = []
    for offset in range(0, 6, 2):
        page = client.list_project(offset=offset, size=2, project_name_pattern=f"sdk-page-{version}")
        assert isinstance(page, ListProjectResponse)
        assert page.get_total() == 5
        assert page.get_count() == len(page.get_projects()) == min(2, 5 - offset)
        seen += [p["projectName"] for p in page.get_projects()]
    assert seen == names
    everything = client.list_project(size=-1, project_name_pattern=f"sdk-page-{version}")
    assert [p["projectName"] for p in everything.get_projects()] == names
    assert {p["description"] for p in everything.get_projects()} == {f"page {n}" for n in range(5)}
    for name in names:
        client.delete_project(name)
    assert client.list_project(project_name_pattern=f"sdk-page-{version}").get_total() == 0


@pytest.mark.parametrize(("version", "region"), SIGNATURES, ids=IDS)
def test_errors(served: sim.Endpoint, version: str, region: str) -> None:
    client = sls_log_client(served, auth_version=version, region=region)
    name = f"sdk-errors-{version}"
    client.create_project(name, "")
    assert name in _raised(lambda: client.create_project(name, ""), 400, "ProjectAlreadyExist").get_error_message()
    bad = _raised(lambda: client.create_project(f"{name}-x", "", data_redundancy_type="GRS"), 400, "ParameterInvalid")
    assert "dataRedundancyType" in bad.get_error_message()
    _raised(lambda: client.update_project(f"{name}-missing", "x"), 404, "ProjectNotExist")
    _raised(lambda: client.delete_project(f"{name}-missing"), 404, "ProjectNotExist")
    wrong = sls_log_client(served, auth_version=version, region=region, secret="not-the-secret")
    assert (
        "(signature_mismatch)" in _raised(lambda: wrong.get_project(name), 401, "SignatureNotMatch").get_error_message()
    )
    client.delete_project(name)


def test_v4_signed_for_another_region_is_refused(served: sim.Endpoint) -> None:
    client = sls_log_client(served, auth_version="v4", region="xx-nowhere-9")
    error = _raised(lambda: client.list_project(), 401, "Unauthorized")
    assert "another region" in error.get_error_message()


def test_throttling_is_retried_by_the_sdk(served: sim.Endpoint) -> None:
    """The simulator throttles with 500 ``ServerBusy``; the SDK retries a 5xx (after one second) and succeeds."""
    client = sls_log_client(served)
    client.create_project("sdk-throttled", "")
    before = len(served.simulator.requests)
    served.simulator.faults.queue(sim.FaultKind.RATE_LIMIT)
    assert client.get_project("sdk-throttled").get_projectname() == "sdk-throttled"
    assert len(served.simulator.requests) - before == 2
    client.delete_project("sdk-throttled")
