"""The MicroVisualizer simulator: behaviour through the facade, in process and over real loopback HTTP, with faults."""

from __future__ import annotations

import calendar
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import errors, microvisualizer, sim
from cloudprojects.microvisualizer import ProjectLimitReachedError, ProjectNotFoundError
from cloudprojects.sim import Fault, FaultKind
from cloudprojects_gen_microvisualizer_pydantic import models as m
from codegen.providers import SPECS

SEED_ID = "my-project-a1b2c"
KEY_NAME = "ci-pipeline"
SEED_REQUEST = json.loads((SPECS / "examples/microvisualizer/update_project.request.json").read_text())
SEED_RESPONSE = json.loads((SPECS / "examples/microvisualizer/update_project.response.json").read_text())
SEED_UPDATED_AT = calendar.timegm((2026, 4, 10, 14, 2, 37, 0, 0, 0))
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")


class Clock:
    """A settable clock for the simulator."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(SEED_UPDATED_AT + 3600)


@pytest.fixture
def simulator(clock: Clock) -> sim.Simulator:
    return sim.create("microvisualizer", seed=7, clock=clock)


@pytest.fixture
def client(simulator: sim.Simulator) -> Iterator[microvisualizer.Client]:
    transport = sim.SimTransport(simulator)
    with microvisualizer.Client(transport=transport, sleep=lambda _: None, **simulator.credentials) as c:
        yield c


@pytest.fixture
def http(simulator: sim.Simulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {simulator.credentials['api_key']}"}
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim", headers=headers) as h:
        yield h


def test_lifecycle(client: microvisualizer.Client, clock: Clock) -> None:
    created = client.projects.create(name="Order Flows", description="first")
    assert ID_PATTERN.match(created.id) and created.id.startswith("order-flows-") and len(created.id) == 17
    assert (created.service_count, created.is_owner, created.pinned) == (0, True, False)
    actors = (created.created_by, created.created_by_type, created.updated_by, created.updated_by_type)
    assert actors == (KEY_NAME, "API_KEY", KEY_NAME, "API_KEY")
    assert created.created_at == created.updated_at
    assert [p.id for p in client.projects.list()] == [created.id, SEED_ID]
    assert client.projects.get(created.id).description == "first"
    clock.now += 60
    updated = client.projects.update(created.id, archived=True)
    assert (updated.name, updated.description, updated.archived) == ("Order Flows", "first", True)
    assert (updated.updated_at - created.updated_at).total_seconds() == 60
    copy = client.projects.duplicate(created.id)
    assert (copy.name, copy.description, copy.archived) == ("Order Flows", "first", False)
    assert copy.id not in (created.id, SEED_ID)
    client.projects.delete(created.id)
    with pytest.raises(ProjectNotFoundError) as caught:
        client.projects.get(created.id)
    assert (caught.value.status_code, caught.value.code) == (404, "project_not_found")
    assert caught.value.body == {
        "status": 404,
        "code": "project_not_found",
        "message": "Project not found",
        "details": f"No project with id {created.id}",
    }
    with pytest.raises(ProjectNotFoundError):
        client.projects.delete(created.id)


def test_seed_update_reproduces_the_seed_response(simulator: sim.Simulator, clock: Clock) -> None:
    clock.now = SEED_UPDATED_AT
    with microvisualizer.Client(transport=sim.SimTransport(simulator), **simulator.credentials) as c:
        project = c.projects.update(SEED_ID, name=SEED_REQUEST["name"], description=SEED_REQUEST["description"])
    assert project.to_dict() == SEED_RESPONSE


def test_seed_update_on_the_wire(http: httpx.Client, clock: Clock) -> None:
    clock.now = SEED_UPDATED_AT
    response = http.put(f"/v1/projects/{SEED_ID}", json=SEED_REQUEST)
    assert (response.status_code, response.json()) == (200, SEED_RESPONSE)


def test_partial_update_changes_only_the_fields_sent(client: microvisualizer.Client, clock: Clock) -> None:
    before = client.projects.get(SEED_ID)
    assert client.projects.update(SEED_ID) == before  # an empty body changes nothing, updatedAt included
    clock.now += 5
    after = client.projects.update(SEED_ID, description="")
    assert (after.name, after.description, after.archived) == (before.name, "", False)
    assert (after.created_by, after.updated_by, after.updated_by_type) == (before.created_by, KEY_NAME, "API_KEY")
    assert after.updated_at.timestamp() == clock.now


def test_duplicate_names_are_allowed(client: microvisualizer.Client) -> None:
    first = client.projects.create(name="Twin", description="")
    second = client.projects.create(name="Twin", description="")
    named = client.projects.duplicate(SEED_ID, name="Payments (staging)")
    assert first.id != second.id and first.name == second.name
    assert named.id.startswith("payments-staging-") and named.service_count == 12


def test_ids_are_deterministic_from_the_seed() -> None:
    ids = []
    for _ in range(2):
        simulator = sim.create("microvisualizer", seed=3)
        with microvisualizer.Client(transport=sim.SimTransport(simulator), **simulator.credentials) as c:
            ids.append([c.projects.create(name=n, description="").id for n in ("Café Ops", "a!!", "x" * 60)])
    assert ids[0] == ids[1]
    assert ids[0][0].startswith("cafe-ops-") and ids[0][1].startswith("project-")
    assert all(ID_PATTERN.match(i) and 8 <= len(i) <= 60 for i in ids[0])


def test_project_limit_is_a_403() -> None:
    simulator = sim.create("microvisualizer", project_limit=2)
    with microvisualizer.Client(transport=sim.SimTransport(simulator), **simulator.credentials) as c:
        c.projects.create(name="second", description="")
        with pytest.raises(ProjectLimitReachedError) as caught:
            c.projects.create(name="third", description="")
        assert (caught.value.status_code, caught.value.code) == (403, "project_limit_reached")
        with pytest.raises(ProjectLimitReachedError):
            c.projects.duplicate(SEED_ID)


def test_pagination_over_many_pages(client: microvisualizer.Client, simulator: sim.Simulator) -> None:
    for i in range(7):
        client.projects.create(name=f"p{i:03d}", description="")
    names = [p.name for p in client.projects.list(page_size=3)]
    assert names == [f"p{i:03d}" for i in reversed(range(7))] + ["Payments Platform"]
    assert [r.query for r in simulator.requests if r.method == "GET"] == [f"page={n}&size=3" for n in range(3)]


def test_page_fields(http: httpx.Client) -> None:
    for i in range(4):
        http.post("/v1/projects", json={"name": f"p{i:03d}", "description": ""})
    body = http.get("/v1/projects", params={"page": 1, "size": 2}).json()
    assert {k: v for k, v in body.items() if k != "data"} == {
        "page": 1,
        "size": 2,
        "total": 5,
        "totalPages": 3,
        "first": False,
        "last": False,
    }
    beyond = http.get("/v1/projects", params={"page": 9}).json()
    assert (beyond["data"], beyond["last"], beyond["total"]) == ([], True, 5)


def test_list_filters(client: microvisualizer.Client) -> None:
    client.projects.create(name="Checkout API", description="")
    archived = client.projects.create(name="Old Checkout", description="")
    client.projects.update(archived.id, archived=True)

    def names(**filters: Any) -> list[str]:
        return [p.name for p in client.projects.list(**filters)]

    assert names(query="CHECKOUT") == ["Old Checkout", "Checkout API"]
    assert names(archived=True) == ["Old Checkout"]
    assert names(pinned=True) == ["Payments Platform"]
    assert names(pinned=False, archived=False) == ["Checkout API"]
    assert names(created_by="jane.doe@example.com") == ["Payments Platform"]
    assert names(query="nothing matches") == []


def test_pins(client: microvisualizer.Client, clock: Clock) -> None:
    other = client.projects.create(name="Other", description="")
    clock.now += 1
    pin = client.projects.pin(other.id)
    assert pin.pinned_at.timestamp() == clock.now
    assert client.projects.pin(other.id) == pin  # pinning again keeps the pin
    assert [p.project_id for p in client.projects.list_pinned()] == [other.id, SEED_ID]
    assert client.projects.get(other.id).pinned
    client.projects.unpin(other.id)
    with pytest.raises(ProjectNotFoundError):
        client.projects.unpin(other.id)
    with pytest.raises(ProjectNotFoundError):
        client.projects.pin("no-such-project")
    client.projects.delete(SEED_ID)
    assert client.projects.list_pinned() == []


def test_wrong_key_is_rejected(simulator: sim.Simulator) -> None:
    with (
        microvisualizer.Client(api_key="wrong", transport=sim.SimTransport(simulator)) as c,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        c.projects.get(SEED_ID)
    assert caught.value.code == "unauthorized"
    assert caught.value.body["details"] == "invalid or revoked API key"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing Authorization header"),
        ({"Authorization": "Basic Zm9vOmJhcg=="}, "unsupported authorization scheme 'Basic', expected Bearer"),
        ({"Authorization": "Bearer"}, "invalid or revoked API key"),
    ],
    ids=["missing", "scheme", "empty-token"],
)
def test_missing_or_malformed_credentials(simulator: sim.Simulator, headers: dict[str, str], reason: str) -> None:
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as h:
        response = h.get("/v1/projects", headers=headers)
    assert response.status_code == 401
    expected = {"status": 401, "code": "unauthorized", "message": "Authentication required", "details": reason}
    assert response.json() == expected


@pytest.mark.parametrize(
    ("method", "path", "body", "field", "rejected"),
    [
        ("POST", "/v1/projects", {"name": "ab", "description": ""}, "name", "ab"),
        ("POST", "/v1/projects", {"name": "abc"}, "description", None),
        ("POST", "/v1/projects", {"name": "abc", "description": "", "owner": "x"}, "owner", "x"),
        ("PUT", f"/v1/projects/{SEED_ID}", {"archived": "true"}, "archived", "true"),
        ("PUT", f"/v1/projects/{SEED_ID}", {"name": None}, "name", None),
        ("PUT", "/v1/projects/Not_An_Id", {}, "projectId", "Not_An_Id"),
        ("POST", f"/v1/projects/{SEED_ID}/duplicate", {"name": 42}, "name", 42),
        ("POST", "/v1/pinned", {"projectId": "short"}, "projectId", "short"),
        ("POST", "/v1/pinned", {"projectId": SEED_ID, "pinnedAt": 5}, "pinnedAt", 5),
        ("POST", "/v1/projects", ["name"], "body", ["name"]),
    ],
    ids=["short-name", "missing", "extra", "str-bool", "null", "bad-path-id", "int-name", "pin-id", "pin-time", "list"],
)
def test_the_server_validates_bodies_with_the_generated_models(
    http: httpx.Client, method: str, path: str, body: Any, field: str, rejected: Any
) -> None:
    response = http.request(method, path, json=body)
    assert response.status_code == 400
    payload = m.ValidationErrorResponse.model_validate(response.json())
    assert (payload.code, payload.message) == ("validation_failed", "Validation failed")
    (violation,) = payload.violations
    assert (violation.field, violation.rejectedValue) == (field, rejected)


@pytest.mark.parametrize("content", [b'{"name": ', b'{"name": NaN, "description": ""}', b'{"name": "a\\ud800b"}'])
def test_bodies_that_are_not_json(http: httpx.Client, content: bytes) -> None:
    response = http.post("/v1/projects", content=content, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["violations"][0]["field"]) == (400, "body")


@pytest.mark.parametrize(
    "params", [{"size": 0}, {"size": 101}, {"page": -1}, {"page": "x"}, {"pinned": "maybe"}], ids=str
)
def test_bad_query_values_get_the_list_400(http: httpx.Client, params: dict[str, Any]) -> None:
    response = http.get("/v1/projects", params=params)
    assert response.status_code == 400
    body = m.ErrorResponse.model_validate(response.json())
    assert (body.code, body.message) == ("bad_request", "Invalid query parameters")
    assert body.details and body.details.startswith(next(iter(params)))


@pytest.mark.parametrize("path", ["/v1/projects/Not_An_Id", "/v1/projects/x", "/v1/pinned/UPPER-CASE-ID"])
def test_bad_ids_where_no_400_is_documented_are_not_found(http: httpx.Client, path: str) -> None:
    response = http.delete(path) if path.startswith("/v1/pinned") else http.get(path)
    assert (response.status_code, response.json()["code"]) == (404, "project_not_found")


def test_unsupported_methods_and_unknown_paths(http: httpx.Client) -> None:
    response = http.patch(f"/v1/projects/{SEED_ID}", json={})
    assert (response.status_code, response.headers["allow"]) == (405, "GET, PUT, DELETE")
    assert http.get(f"/v1/projects/{SEED_ID}/duplicate").headers["allow"] == "POST"
    response = http.get("/v1/nothing")
    assert (response.status_code, response.json()["code"]) == (404, "not_found")


def test_every_success_body_fits_the_generated_models(http: httpx.Client) -> None:
    created = m.Project.model_validate(http.post("/v1/projects", json={"name": "abc", "description": ""}).json())
    m.Project.model_validate(http.post(f"/v1/projects/{created.id}/duplicate").json())
    m.ProjectPage.model_validate(http.get("/v1/projects").json())
    m.PinnedProject.model_validate(http.post("/v1/pinned", json={"projectId": created.id}).json())
    m.PinnedProjectList.model_validate(http.get("/v1/pinned").json())
    assert http.delete(f"/v1/pinned/{created.id}").status_code == 204
    response = http.delete(f"/v1/projects/{created.id}")
    assert (response.status_code, response.content) == (204, b"")


def test_fault_bodies_are_the_providers(http: httpx.Client, simulator: sim.Simulator) -> None:
    simulator.faults.queue(Fault(FaultKind.RATE_LIMIT, retry_after=7), Fault(FaultKind.SERVER_ERROR, status=500))
    limited = http.get("/v1/projects")
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "7")
    assert limited.json() == {"status": 429, "code": "rate_limited", "message": "Too many requests", "retryAfter": 7}
    failed = http.get("/v1/projects")
    assert failed.json() == {"status": 500, "code": "internal_error", "message": "Internal server error"}


async def test_async_in_process(simulator: sim.Simulator) -> None:
    transport = sim.AsyncSimTransport(simulator)
    async with microvisualizer.AsyncClient(transport=transport, **simulator.credentials) as c:
        created = await c.projects.create(name="alpha", description="")
        assert [p.id async for p in c.projects.list(page_size=1)] == [created.id, SEED_ID]
        assert (await c.projects.update(created.id, name="beta")).name == "beta"
        await c.projects.delete(created.id)


@pytest.mark.parametrize(
    "fault",
    [Fault(FaultKind.RATE_LIMIT), Fault(FaultKind.SERVER_ERROR), Fault(FaultKind.RESET), Fault(FaultKind.STALL)],
    ids=lambda f: f.kind.value,
)
def test_idempotent_call_recovers_from_one_fault(
    client: microvisualizer.Client, simulator: sim.Simulator, fault: Fault
) -> None:
    simulator.faults.queue(fault)
    assert client.projects.update(SEED_ID, archived=True).archived
    assert simulator.faults.injected == [fault]
    assert len(simulator.requests) == 2


# --- over real HTTP on loopback ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("microvisualizer", seed=3) as s:
        yield s


def test_loopback_lifecycle_sync(served: sim.Served) -> None:
    with served.client() as c:
        project = c.projects.create(name="over-http", description="")
        assert c.projects.get(project.id).name == "over-http"
        assert c.projects.pin(project.id).project_id == project.id
        c.projects.delete(project.id)


async def test_loopback_lifecycle_async(served: sim.Served) -> None:
    async with served.async_client() as c:
        project = await c.projects.create(name="over-http-async", description="")
        assert (await c.projects.update(project.id, name="renamed")).name == "renamed"
        await c.projects.delete(project.id)


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
        c.projects.get(SEED_ID)
    assert time.monotonic() - started < 1.0


def test_loopback_retries_recover_from_faults(served: sim.Served) -> None:
    served.faults.queue(FaultKind.RESET, Fault(FaultKind.RATE_LIMIT, retry_after=0))
    with served.client(timeout=2.0) as c:
        assert c.projects.get(SEED_ID).id == SEED_ID


def test_loopback_unsupported_method_answers_405_with_allow(served: sim.Served) -> None:
    headers = {"Authorization": f"Bearer {served.credentials['api_key']}"}
    for method in ("HEAD", "OPTIONS", "PATCH"):
        response = httpx.request(method, f"{served.url}/v1/pinned", headers=headers)
        assert (response.status_code, response.headers["allow"]) == (405, "GET, POST")
