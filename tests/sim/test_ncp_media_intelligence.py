"""The NCP Media Intelligence simulator: behaviour through the facade, in process and over real loopback HTTP."""

from __future__ import annotations

import calendar
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import errors, ncp_media_intelligence, sim
from cloudprojects.auth import NcpApiGatewayAuth
from cloudprojects.sim import Fault, FaultKind
from cloudprojects.sim._ncp_media_intelligence import NcpMediaIntelligenceSimulator

WS = "my-workspace"
BASE = f"/api/v1/workspaces/{WS}/projects"
SEED_UPDATED_AT = calendar.timegm((2025, 4, 23, 15, 45, 4)) + 0.680736168
TIME_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6}|\.\d{9})?$")


@pytest.fixture
def simulator() -> sim.Simulator:
    return sim.create("ncp_media_intelligence", seed=7)


@pytest.fixture
def client(simulator: sim.Simulator) -> Iterator[ncp_media_intelligence.Client]:
    with ncp_media_intelligence.Client(
        transport=sim.SimTransport(simulator), sleep=lambda _: None, **simulator.credentials
    ) as c:
        yield c


def signed_http(simulator: sim.Simulator, **auth: Any) -> httpx.Client:
    """A raw httpx client signing with the simulator's credentials (overridden by ``auth``)."""
    signer = NcpApiGatewayAuth(**{**simulator.credentials, **auth})
    return httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim", auth=signer)


def test_lifecycle(client: ncp_media_intelligence.Client) -> None:
    created = client.projects.create(WS, name="alpha")
    assert (created.project_id, created.is_base_project, created.created_user_name) == (1235, False, "sim-user")
    assert TIME_PATTERN.match(created.created_time) and created.updated_time == created.created_time
    assert [p.name for p in client.projects.list(WS)] == ["default", "my_project", "alpha"]
    assert client.projects.get(WS, created.project_id).name == "alpha"
    assert client.projects.update(WS, str(created.project_id), name="beta").name == "beta"
    client.projects.delete(WS, created.project_id)
    with pytest.raises(errors.NotFoundError) as caught:
        client.projects.get(WS, created.project_id)
    assert (caught.value.code, caught.value.status_code) == ("300", 404)
    assert caught.value.request_id


def test_seed_edit_of_project_1234() -> None:
    simulator = sim.create("ncp_media_intelligence", clock=lambda: SEED_UPDATED_AT)
    auth = NcpApiGatewayAuth(**simulator.credentials, clock=lambda: SEED_UPDATED_AT)
    with ncp_media_intelligence.Client(transport=sim.SimTransport(simulator), auth=auth) as c:
        project = c.projects.update(WS, "1234", name="updated_project_name")
    assert (project.project_id, project.name, project.is_base_project) == (1234, "updated_project_name", False)
    assert (project.created_user_name, project.created_time) == ("username", "2025-04-23T14:15:20")
    assert project.updated_user_name == "sim-user"
    assert project.updated_time == "2025-04-23T15:45:04.680736"  # the seed's instant, to a float clock's precision


def test_the_default_project_can_be_neither_edited_nor_deleted(client: ncp_media_intelligence.Client) -> None:
    default = next(p for p in client.projects.list(WS) if p.is_base_project)
    with pytest.raises(errors.BadRequestError, match="default project cannot be edited") as caught:
        client.projects.update(WS, default.project_id, name="renamed")
    assert caught.value.code == "10001"
    with pytest.raises(errors.BadRequestError, match="default project cannot be deleted"):
        client.projects.delete(WS, default.project_id)


def test_duplicate_names_are_rejected(client: ncp_media_intelligence.Client) -> None:
    alpha = client.projects.create(WS, name="alpha")
    with pytest.raises(errors.BadRequestError, match="already exists") as caught:
        client.projects.create(WS, name="my_project")
    assert caught.value.code == "10001"
    with pytest.raises(errors.BadRequestError, match="already exists"):
        client.projects.update(WS, alpha.project_id, name="my_project")
    assert client.projects.update(WS, alpha.project_id, name="alpha").name == "alpha"


def test_unknown_workspace_and_project_get_the_gateway_not_found(simulator: sim.Simulator) -> None:
    with signed_http(simulator) as http:
        for path in (f"{BASE}/999", "/api/v1/workspaces/elsewhere/projects", "/api/v1/nothing"):
            response = http.get(path)
            assert response.status_code == 404
            error = response.json()["error"]
            assert (error["errorCode"], error["message"]) == ("300", "Not Found Exception")
            assert response.headers["x-ncp-trace-id"]
        assert (
            http.get(f"{BASE}/999").json()["error"]["details"]
            == "Project 999 was not found in workspace 'my-workspace'."
        )
        assert http.put(f"{BASE}/1234", json={"name": "x"}).status_code == 404


def test_added_workspaces_start_with_their_own_default_project() -> None:
    simulator = NcpMediaIntelligenceSimulator()
    default = simulator.add_workspace("second")
    with ncp_media_intelligence.Client(transport=sim.SimTransport(simulator), **simulator.credentials) as c:
        assert [(p.project_id, p.name, p.is_base_project) for p in c.projects.list("second")] == [
            (default["projectId"], "default", True)
        ]
        assert c.projects.create("second", name="my_project").name == "my_project"


def test_the_whole_list_comes_in_one_response_up_to_1000_projects(
    client: ncp_media_intelligence.Client, simulator: sim.Simulator
) -> None:
    for i in range(998):
        client.projects.create(WS, name=f"p{i:03d}")
    before = len(simulator.requests)
    assert len(list(client.projects.list(WS))) == 1000
    assert len(simulator.requests) == before + 1
    with signed_http(simulator) as http:
        assert http.get(BASE).json()["result"]["totalCount"] == 1000
    with pytest.raises(errors.BadRequestError, match="at most 1000 projects"):
        client.projects.create(WS, name="one-too-many")


@pytest.mark.parametrize(
    ("auth", "reason"),
    [
        ({"access_key": "ncp_iam_UNKNOWN"}, "unknown_key"),
        ({"secret_key": "not-the-secret"}, "signature_mismatch"),
        ({"clock": lambda: time.time() - 301}, "skewed"),
        ({"clock": lambda: time.time() + 301}, "skewed"),
    ],
    ids=["wrong-key", "wrong-secret", "expired", "future"],
)
def test_bad_signatures_are_rejected_with_the_reason(
    simulator: sim.Simulator, auth: dict[str, Any], reason: str
) -> None:
    signer = NcpApiGatewayAuth(**{**simulator.credentials, **auth})
    with (
        ncp_media_intelligence.Client(transport=sim.SimTransport(simulator), auth=signer) as c,
        pytest.raises(errors.AuthenticationError, match=reason) as caught,
    ):
        c.projects.get(WS, 1234)
    assert (caught.value.code, caught.value.status_code) == ("200", 401)


def test_unsigned_and_tampered_requests_are_rejected(simulator: sim.Simulator) -> None:
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as http:
        response = http.get(BASE)
        assert response.status_code == 401
        assert response.json() == {
            "error": {
                "errorCode": "200",
                "message": "Authentication Failed",
                "details": "missing: a timestamp, access key or signature header is missing",
            }
        }
        signed = next(NcpApiGatewayAuth(**simulator.credentials).auth_flow(httpx.Request("GET", f"http://sim{BASE}")))
        response = http.get(f"{BASE}/1234", headers=dict(signed.headers))  # signed for another path
        assert response.status_code == 401 and "signature_mismatch" in response.text


def test_the_server_validates_with_the_generated_models(simulator: sim.Simulator) -> None:
    with signed_http(simulator) as http:
        bad = [
            http.post(BASE, json={"name": "a" * 101}),
            http.post(BASE, json={"name": "semi;colon"}),
            http.post(BASE, json={"name": ""}),
            http.post(BASE, json={"title": "x"}),
            http.post(BASE, json=["name"]),
            http.post(BASE, content=b"{not json"),
            http.patch(f"{BASE}/1234", json={"name": "back`tick"}),
            http.patch(f"{BASE}/1234", json={"name": "ok", "extra": 1}),
            http.get(f"{BASE}/12ab"),
            http.delete(f"{BASE}/-1"),
            http.get("/api/v1/workspaces/%2E%2E/projects"),
        ]
    for response in bad:
        assert response.status_code == 400, response.text
        body = response.json()
        assert set(body) == {"code", "message"} and body["code"] == "10001"
        assert body["message"].startswith("Invalid Request")
    assert "name" in bad[0].json()["message"] and "project_id" in bad[8].json()["message"]


async def test_async_in_process(simulator: sim.Simulator) -> None:
    transport = sim.AsyncSimTransport(simulator)
    async with ncp_media_intelligence.AsyncClient(transport=transport, **simulator.credentials) as c:
        created = await c.projects.create(WS, name="alpha")
        assert [p.name async for p in c.projects.list(WS)] == ["default", "my_project", "alpha"]
        assert (await c.projects.update(WS, created.project_id, name="beta")).name == "beta"
        await c.projects.delete(WS, created.project_id)
        with pytest.raises(errors.NotFoundError):
            await c.projects.get(WS, created.project_id)


@pytest.mark.parametrize(
    "fault",
    [Fault(FaultKind.RATE_LIMIT), Fault(FaultKind.SERVER_ERROR), Fault(FaultKind.RESET), Fault(FaultKind.STALL)],
    ids=lambda f: f.kind.value,
)
def test_idempotent_call_recovers_from_one_fault(
    client: ncp_media_intelligence.Client, simulator: sim.Simulator, fault: Fault
) -> None:
    simulator.faults.queue(fault)
    assert client.projects.update(WS, 1234, name="updated_project_name").name == "updated_project_name"
    assert simulator.faults.injected == [fault]
    assert len(simulator.requests) == 2


def test_rate_limit_and_server_error_bodies(simulator: sim.Simulator) -> None:
    simulator.faults.queue(Fault(FaultKind.RATE_LIMIT), Fault(FaultKind.SERVER_ERROR, status=503))
    with signed_http(simulator) as http:
        throttled, failed = http.get(BASE), http.get(BASE)
    assert throttled.status_code == 429 and "retry-after" not in throttled.headers
    assert throttled.json()["error"] == {"errorCode": "400", "message": "Quota Exceeded", "details": "Quota exceeded."}
    assert (failed.status_code, json.loads(failed.content)) == (503, {"code": "503", "message": "Service Unavailable"})


# --- over real HTTP on loopback ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("ncp_media_intelligence", seed=3) as s:
        yield s


def test_loopback_lifecycle_sync(served: sim.Served) -> None:
    with served.client() as c:
        project = c.projects.create(WS, name="over-http")
        assert c.projects.get(WS, project.project_id).name == "over-http"
        assert c.projects.update(WS, project.project_id, name="renamed").name == "renamed"
        c.projects.delete(WS, project.project_id)


async def test_loopback_lifecycle_async(served: sim.Served) -> None:
    async with served.async_client() as c:
        project = await c.projects.create(WS, name="over-http-async")
        assert project.project_id in [p.project_id async for p in c.projects.list(WS)]
        assert (await c.projects.update(WS, project.project_id, name="renamed-async")).name == "renamed-async"
        await c.projects.delete(WS, project.project_id)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(FaultKind.RESET), errors.APIConnectionError),
        (Fault(FaultKind.STALL, delay=1.0), errors.APITimeoutError),
        (Fault(FaultKind.TRUNCATED), errors.ResponseValidationError),
        (Fault(FaultKind.MALFORMED_JSON), errors.ResponseValidationError),
        (Fault(FaultKind.HTML_ERROR), errors.InternalServerError),
        (Fault(FaultKind.RATE_LIMIT), errors.RateLimitError),
        (Fault(FaultKind.SERVER_ERROR, status=500), errors.InternalServerError),
    ],
    ids=lambda v: v.kind.value if isinstance(v, Fault) else "",
)
def test_loopback_faults_end_in_a_typed_error_within_the_timeout(
    served: sim.Served, fault: Fault, error: type[errors.APIError]
) -> None:
    served.faults.queue(fault)
    started = time.monotonic()
    with served.client(timeout=0.3, max_retries=0) as c, pytest.raises(error):
        c.projects.get(WS, 1234)
    assert time.monotonic() - started < 1.0


def test_loopback_retries_recover_from_faults(served: sim.Served) -> None:
    served.faults.queue(FaultKind.RESET, FaultKind.RATE_LIMIT)
    with served.client(timeout=2.0, sleep=lambda _: None) as c:
        assert c.projects.get(WS, 1234).project_id == 1234
