"""The Baidu BLS simulator: behaviour through the facade, in process and over real loopback HTTP, with faults."""

from __future__ import annotations

import json
import time
from calendar import timegm
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import baidu_bls, errors, sim
from cloudprojects.auth import BceAuth, WireRequest
from cloudprojects.sim import Fault, FaultKind
from codegen.providers import SPECS

SEED_RESPONSE = json.loads((SPECS / "examples/baidu_bls/get_project.response.json").read_text())
SEED_PROJECT = SEED_RESPONSE["result"]["project"]
SEED_TIME = timegm(time.strptime(SEED_PROJECT["createdTime"], "%Y-%m-%dT%H:%M:%SZ"))
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def simulator() -> sim.Simulator:
    return sim.create("baidu_bls", seed=7)


@pytest.fixture
def client(simulator: sim.Simulator) -> Iterator[baidu_bls.Client]:
    with baidu_bls.Client(transport=sim.SimTransport(simulator), sleep=lambda _: None, **simulator.credentials) as c:
        yield c


@pytest.fixture
def http(simulator: sim.Simulator) -> Iterator[httpx.Client]:
    """Raw requests, signed with the simulator's keys."""
    auth = BceAuth(**simulator.credentials)
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim", auth=auth) as h:
        yield h


def _uuid(client: baidu_bls.Client, name: str) -> str:
    """BLS's create returns no uuid: find the project by name."""
    return next(str(p.uuid) for p in client.projects.list(name=name) if p.name == name)


def _seed(simulator: Any) -> None:
    simulator.insert("test", "For test only", project_uuid=SEED_PROJECT["uuid"], top=True, at=SEED_TIME)


def test_lifecycle(client: baidu_bls.Client) -> None:
    client.projects.create(name="alpha", description="first")
    assert [p.name for p in client.projects.list()] == ["alpha", "default"]
    uuid = _uuid(client, "alpha")
    assert client.projects.get(uuid).description == "first"
    client.projects.update(uuid, description="second", top=True)
    project = client.projects.get(uuid)
    assert (project.name, project.description, project.top) == ("alpha", "second", True)
    client.projects.delete(uuid)
    with pytest.raises(baidu_bls.ProjectNotFoundError) as caught:
        client.projects.get(uuid)
    assert (caught.value.code, caught.value.status_code) == ("ProjectNotFound", 404)
    assert caught.value.request_id == caught.value.response.headers["x-bce-request-id"]


def test_seed_describe_project_with_the_seeds_values(simulator: sim.Simulator, http: httpx.Client) -> None:
    _seed(simulator)
    response = http.get(f"/v1/project/{SEED_PROJECT['uuid']}")
    assert response.status_code == 200
    assert response.json() == SEED_RESPONSE
    with baidu_bls.Client(transport=sim.SimTransport(simulator), **simulator.credentials) as c:
        assert c.projects.get(SEED_PROJECT["uuid"]).to_dict() == SEED_PROJECT


def test_not_found_has_the_seeds_error_body(http: httpx.Client) -> None:
    response = http.get(f"/v1/project/{UNKNOWN}")
    assert response.status_code == 404
    request_id = response.headers["x-bce-request-id"]
    assert response.json() == {"code": "ProjectNotFound", "message": "Project not exists", "requestId": request_id}
    assert http.put("/v1/project", json={"uuid": UNKNOWN, "top": True}).status_code == 404
    assert http.delete(f"/v1/project/{UNKNOWN}").status_code == 404


def test_envelopes_of_create_update_delete(http: httpx.Client) -> None:
    ok = {"success": True, "code": "success", "message": ""}
    created = http.post("/v1/project", json={"name": "env"})
    assert (created.status_code, created.json()) == (201, ok)
    listed = http.post("/v1/project/list", json={"name": "env"}).json()["result"]
    uuid = listed["projects"][0]["uuid"]
    assert listed["projects"][0]["description"] == ""
    updated = http.put("/v1/project", json={"uuid": uuid, "description": "d"})
    assert (updated.status_code, updated.json()) == (200, ok)
    deleted = http.delete(f"/v1/project/{uuid}")
    assert (deleted.status_code, deleted.json()) == (200, ok)
    assert deleted.headers["x-bce-request-id"] != updated.headers["x-bce-request-id"]


def test_default_project_exists_and_cannot_be_deleted(simulator: Any, client: baidu_bls.Client) -> None:
    default = simulator.default["uuid"]
    assert client.projects.get(default).name == "default"
    with pytest.raises(errors.BadRequestError) as caught:
        client.projects.delete(default)
    assert caught.value.code == "InvalidParameter"


def test_duplicate_name_is_a_conflict(client: baidu_bls.Client) -> None:
    client.projects.create(name="alpha")
    for name in ("alpha", "default"):
        with pytest.raises(baidu_bls.ProjectAlreadyExistsError) as caught:
            client.projects.create(name=name)
        assert (caught.value.code, caught.value.message) == ("ProjectAlreadyExist", "Project already exists")


def test_a_project_with_logstores_cannot_be_deleted(simulator: Any, client: baidu_bls.Client) -> None:
    client.projects.create(name="logs")
    uuid = _uuid(client, "logs")
    simulator.add_logstore(uuid)
    with pytest.raises(baidu_bls.ProjectNotEmptyError) as caught:
        client.projects.delete(uuid)
    assert caught.value.code == "ProjectLogStoreNotEmpty"
    assert client.projects.get(uuid).name == "logs"
    with pytest.raises(KeyError):
        simulator.add_logstore(UNKNOWN)


def test_pagination_over_many_pages(client: baidu_bls.Client, simulator: sim.Simulator) -> None:
    for i in range(7):
        client.projects.create(name=f"p{i:03d}")
    names = [p.name for p in client.projects.list(page_size=3, order_by="name", order="asc")]
    assert names == ["default"] + [f"p{i:03d}" for i in range(7)]
    pages = [json.loads(r.body) for r in simulator.requests if r.path == "/v1/project/list"]
    assert [(b["pageNo"], b["pageSize"]) for b in pages[-3:]] == [(1, 3), (2, 3), (3, 3)]


def test_list_order_filters_and_result_fields(simulator: Any, client: baidu_bls.Client, http: httpx.Client) -> None:
    for name, description in (("web-a", "Frontend logs"), ("web-b", "backend"), ("db", "FRONTEND db")):
        client.projects.create(name=name, description=description)
    assert [p.name for p in client.projects.list()] == ["db", "web-b", "web-a", "default"]
    client.projects.update(_uuid(client, "web-a"), top=True)
    assert [p.name for p in client.projects.list()] == ["web-a", "db", "web-b", "default"]
    assert [p.name for p in client.projects.list(name="WEB")] == ["web-a", "web-b"]
    assert [p.name for p in client.projects.list(description="frontend")] == ["web-a", "db"]
    result = http.post("/v1/project/list", json={"pageNo": 2, "pageSize": 3}).json()["result"]
    assert set(result) == {"order", "orderBy", "pageNo", "pageSize", "total", "default", "projects"}
    assert (result["order"], result["orderBy"], result["pageNo"], result["total"]) == ("desc", "createdAt", 2, 4)
    assert result["default"] == simulator.default
    assert [p["name"] for p in result["projects"]] == ["default"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"secret_access_key": "wrong"}, "signature_mismatch"),
        ({"access_key_id": "unknown-ak"}, "unknown_key"),
        ({"shift": -3600.0}, "expired"),
        ({"shift": 900.0}, "skewed"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_auth_failures_are_401_with_the_verifiers_reason(
    simulator: sim.Simulator, change: dict[str, Any], reason: str
) -> None:
    options: dict[str, Any] = {**simulator.credentials, **change}
    shift = options.pop("shift", 0.0)
    auth = BceAuth(**options, clock=lambda: time.time() + shift)
    with (
        baidu_bls.Client(transport=sim.SimTransport(simulator), auth=auth) as c,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        c.projects.get(UNKNOWN)
    assert caught.value.code == "Unauthorized"
    assert f"Check unauthorized: {reason}:" in caught.value.message


def test_missing_or_tampered_signature_is_401(simulator: sim.Simulator) -> None:
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as raw:
        response = raw.get(f"/v1/project/{UNKNOWN}")
    assert (response.status_code, response.json()["code"]) == (401, "Unauthorized")
    assert "missing" in response.json()["message"]

    def tamper(request: httpx.Request) -> None:
        request.headers["x-bce-request-id"] = "changed-after-signing"

    auth = BceAuth(**simulator.credentials)
    hooks = {"request": [tamper]}
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim", auth=auth, event_hooks=hooks) as h:
        response = h.get(f"/v1/project/{UNKNOWN}", headers={"x-bce-request-id": "original"})
    assert response.status_code == 401
    assert "signature_mismatch" in response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "body", "code"),
    [
        ("POST", "/v1/project", {"name": "bad name!"}, "InvalidParameter"),
        ("POST", "/v1/project", {"name": "x" * 129}, "InvalidParameter"),
        ("POST", "/v1/project", {"description": "no name"}, "InvalidParameter"),
        ("POST", "/v1/project", b"{not json", "MalformedJSON"),
        ("PUT", "/v1/project", {"uuid": UNKNOWN, "name": "renamed"}, "InvalidParameter"),
        ("PUT", "/v1/project", {"uuid": "not-a-uuid"}, "InvalidParameter"),
        ("PUT", "/v1/project", {"uuid": UNKNOWN, "top": "yes"}, "InvalidParameter"),
        ("POST", "/v1/project/list", {"pageSize": 101}, "InvalidParameter"),
        ("POST", "/v1/project/list", {"pageNo": 0}, "InvalidParameter"),
        ("POST", "/v1/project/list", {"pageNo": "1"}, "InvalidParameter"),
        ("POST", "/v1/project/list", {"orderBy": None}, "InvalidParameter"),
        ("POST", "/v1/project/list", {"orderBy": "size"}, "InvalidParameter"),
        ("POST", "/v1/project/list", [], "InvalidParameter"),
        ("POST", "/v1/project/list", b"", "InvalidParameter"),
        ("GET", "/v1/project/not-a-uuid", None, "InvalidParameter"),
        ("DELETE", "/v1/project/12345", None, "InvalidParameter"),
    ],
)
def test_the_server_validates_with_the_generated_models(
    http: httpx.Client, method: str, path: str, body: Any, code: str
) -> None:
    content = body if isinstance(body, bytes) else None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"} if content is not None else {}
    response = http.request(method, path, content=content, headers=headers)
    assert response.status_code == 400
    assert response.json() == {
        "code": code,
        "message": response.json()["message"],
        "requestId": response.headers["x-bce-request-id"],
    }


def test_request_ids_and_uuids_are_deterministic_from_the_seed() -> None:
    runs = []
    for _ in range(2):
        simulator: Any = sim.create("baidu_bls", seed=5)
        response, _ = simulator.handle(WireRequest("GET", "/v1/project/list"))
        runs.append((simulator.default["uuid"], response.headers["x-bce-request-id"]))
    assert runs[0] == runs[1]


async def test_async_in_process(simulator: sim.Simulator) -> None:
    async with baidu_bls.AsyncClient(transport=sim.AsyncSimTransport(simulator), **simulator.credentials) as c:
        await c.projects.create(name="alpha")
        projects = [p async for p in c.projects.list(page_size=1)]
        assert [p.name for p in projects] == ["alpha", "default"]
        await c.projects.update(projects[0].uuid, top=True)
        assert (await c.projects.get(projects[0].uuid)).top is True
        await c.projects.delete(projects[0].uuid)


@pytest.mark.parametrize(
    "fault",
    [
        Fault(FaultKind.RATE_LIMIT),
        Fault(FaultKind.SERVER_ERROR, status=500),
        Fault(FaultKind.SERVER_ERROR, status=503),
        Fault(FaultKind.RESET),
        Fault(FaultKind.STALL),
    ],
    ids=lambda f: f"{f.kind.value}-{f.status}",
)
def test_idempotent_call_recovers_from_one_fault(
    client: baidu_bls.Client, simulator: sim.Simulator, fault: Fault
) -> None:
    _seed(simulator)
    simulator.faults.queue(fault)
    assert client.projects.get(SEED_PROJECT["uuid"]).name == "test"
    assert simulator.faults.injected == [fault]
    assert len(simulator.requests) == 2


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [
        (Fault(FaultKind.RATE_LIMIT), 429, "RequestLimited"),
        (Fault(FaultKind.SERVER_ERROR, status=500), 500, "InternalError"),
        (Fault(FaultKind.SERVER_ERROR, status=503), 503, "ServiceUnavailable"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_rejecting_faults_have_bls_error_bodies(
    simulator: sim.Simulator, http: httpx.Client, fault: Fault, status: int, code: str
) -> None:
    simulator.faults.queue(fault)
    response = http.get(f"/v1/project/{UNKNOWN}")
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert response.json()["requestId"] == response.headers["x-bce-request-id"]
    assert "retry-after" not in response.headers


# --- over real HTTP on loopback ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("baidu_bls", seed=3) as s:
        yield s


def test_loopback_lifecycle_sync(served: sim.Served) -> None:
    assert served.client_kwargs()["endpoint"] == served.url
    with served.client() as c:
        c.projects.create(name="over-http")
        uuid = _uuid(c, "over-http")
        c.projects.update(uuid, description="via loopback")
        assert c.projects.get(uuid).description == "via loopback"
        c.projects.delete(uuid)


async def test_loopback_lifecycle_async(served: sim.Served) -> None:
    async with served.async_client() as c:
        await c.projects.create(name="over-http-async")
        (uuid,) = [p.uuid async for p in c.projects.list(name="over-http-async")]
        assert (await c.projects.get(uuid)).name == "over-http-async"
        await c.projects.delete(uuid)


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
        (Fault(FaultKind.SERVER_ERROR, status=503), errors.InternalServerError),
    ],
    ids=lambda v: v.kind.value if isinstance(v, Fault) else "",
)
def test_loopback_faults_end_in_a_typed_error_within_the_timeout(
    served: sim.Served, fault: Fault, error: type[errors.APIError]
) -> None:
    served.faults.queue(fault)
    started = time.monotonic()
    with served.client(timeout=0.3, max_retries=0) as c, pytest.raises(error):
        c.projects.get(served.simulator.default["uuid"])
    assert time.monotonic() - started < 1.0


def test_loopback_retries_recover_from_faults(served: sim.Served) -> None:
    served.faults.queue(FaultKind.RESET, FaultKind.RATE_LIMIT, Fault(FaultKind.SERVER_ERROR, status=503))
    with served.client(timeout=2.0, max_retries=3, sleep=lambda _: None) as c:
        assert c.projects.get(served.simulator.default["uuid"]).name == "default"
