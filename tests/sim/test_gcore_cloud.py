"""The Gcore Cloud simulator: behaviour through the facade, in process and over real loopback HTTP, with faults."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from cloudprojects import errors, gcore_cloud, sim
from cloudprojects.sim import Fault, FaultKind


@pytest.fixture
def simulator() -> sim.Simulator:
    return sim.create("gcore_cloud", seed=7)


@pytest.fixture
def client(simulator: sim.Simulator) -> Iterator[gcore_cloud.Client]:
    with gcore_cloud.Client(transport=sim.SimTransport(simulator), sleep=lambda _: None, **simulator.credentials) as c:
        yield c


def test_lifecycle(client: gcore_cloud.Client) -> None:
    created = client.projects.create(name="alpha", description="first")
    assert created.name == "alpha"
    assert [p.name for p in client.projects.list()] == ["alpha", "default"]
    assert client.projects.get(created.id).description == "first"
    assert client.projects.update(created.id, description="second").description == "second"
    with pytest.warns(DeprecationWarning, match=r"use projects\.update\(\)"):
        replaced = client.projects.replace(created.id, name="beta")
    assert (replaced.name, replaced.description) == ("beta", None)
    tasks = client.projects.delete(created.id)
    assert len(tasks.tasks) == 1
    with pytest.raises(errors.NotFoundError) as caught:
        client.projects.get(created.id)
    assert caught.value.code == "NotFoundError"
    assert caught.value.request_id


def test_seed_replace_of_the_default_project(client: gcore_cloud.Client) -> None:
    project = client.projects.replace(1, name="New Project")
    assert (project.id, project.name, project.is_default, project.state) == (1, "New Project", True, "ACTIVE")


def test_duplicate_name_is_a_conflict(client: gcore_cloud.Client) -> None:
    client.projects.create(name="alpha")
    with pytest.raises(errors.ConflictError):
        client.projects.create(name="alpha")


def test_pagination_over_many_pages(client: gcore_cloud.Client, simulator: sim.Simulator) -> None:
    for i in range(7):
        client.projects.create(name=f"p{i:03d}")
    names = [p.name for p in client.projects.list(page_size=3, order_by="name.asc")]
    assert names == ["default"] + [f"p{i:03d}" for i in range(7)]
    offsets = [r.query for r in simulator.requests if r.method == "GET"]
    assert len(offsets) == 3


def test_wrong_key_is_rejected(simulator: sim.Simulator) -> None:
    with (
        gcore_cloud.Client(api_key="wrong", transport=sim.SimTransport(simulator)) as c,
        pytest.raises(errors.AuthenticationError),
    ):
        c.projects.get(1)


def test_the_server_validates_with_the_generated_models(simulator: sim.Simulator) -> None:
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as http:
        headers = {"Authorization": f"apikey {simulator.credentials['api_key']}"}
        response = http.post("/cloud/v1/projects", json={"name": "ab"}, headers=headers)
        assert response.status_code == 400
        assert response.json()["exception_class"] == "ValidationError"
        assert "name" in response.json()["invalid_fields"]
        response = http.get("/cloud/v1/projects", params={"limit": 5000}, headers=headers)
        assert response.status_code == 400


async def test_async_in_process(simulator: sim.Simulator) -> None:
    async with gcore_cloud.AsyncClient(transport=sim.AsyncSimTransport(simulator), **simulator.credentials) as c:
        await c.projects.create(name="alpha")
        assert [p.name async for p in c.projects.list(page_size=1)] == ["alpha", "default"]


@pytest.mark.parametrize(
    "fault",
    [Fault(FaultKind.RATE_LIMIT), Fault(FaultKind.SERVER_ERROR), Fault(FaultKind.RESET), Fault(FaultKind.STALL)],
    ids=lambda f: f.kind.value,
)
def test_idempotent_call_recovers_from_one_fault(
    client: gcore_cloud.Client, simulator: sim.Simulator, fault: Fault
) -> None:
    simulator.faults.queue(fault)
    assert client.projects.replace(1, name="New Project").name == "New Project"
    assert simulator.faults.injected == [fault]
    assert len(simulator.requests) == 2


# --- over real HTTP on loopback ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("gcore_cloud", seed=3) as s:
        yield s


def test_loopback_lifecycle_sync(served: sim.Served) -> None:
    with served.client() as c:
        project = c.projects.create(name="over-http")
        assert c.projects.get(project.id).name == "over-http"
        c.projects.delete(project.id)


async def test_loopback_lifecycle_async(served: sim.Served) -> None:
    async with served.async_client() as c:
        project = await c.projects.create(name="over-http-async")
        assert (await c.projects.replace(project.id, name="renamed")).name == "renamed"
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
        c.projects.get(1)
    assert time.monotonic() - started < 1.0


def test_loopback_retries_recover_from_faults(served: sim.Served) -> None:
    served.faults.queue(FaultKind.RESET, Fault(FaultKind.RATE_LIMIT, retry_after=0))
    with served.client(timeout=2.0) as c:
        assert c.projects.get(1).id == 1


def test_random_faults_are_deterministic_from_the_seed() -> None:
    draws = []
    for _ in range(2):
        plan = sim.FaultPlan(seed=11, rate=0.5)
        draws.append([plan.draw() for _ in range(50)])
    assert draws[0] == draws[1]
    assert any(draws[0]) and not all(draws[0])


def test_patch_refuses_an_explicit_null_as_the_spec_types_every_field_a_string() -> None:
    simulator = sim.create("gcore_cloud")
    transport = sim.SimTransport(simulator)
    key = simulator.credentials["api_key"]
    with httpx.Client(transport=transport, base_url="https://api.gcore.com") as http:
        answer = http.patch(
            "/cloud/v1/projects/1", json={"description": None}, headers={"Authorization": f"apikey {key}"}
        )
    assert answer.status_code == 400
    assert "description" in answer.json()["message"]
