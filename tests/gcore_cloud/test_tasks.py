"""``client.tasks`` (Gcore): get and wait, sync and async, against the simulator's tasks on a controlled clock."""

from __future__ import annotations

import json

import httpx
import pytest
from mock_http import Recorder

from cloudprojects import errors, gcore_cloud, sim
from cloudprojects.gcore_cloud._tasks import AsyncTasks, Tasks
from cloudprojects.sim._gcore_cloud import TASK_ERROR, TASK_SECONDS

KEY = "k$task-test"


class Clock:
    """The simulator's clock, advanced by the facade's (recorded) sleeps."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def simulator(clock: Clock) -> sim.Simulator:
    return sim.create("gcore_cloud", seed=3, clock=clock)


def _client(simulator: sim.Simulator, clock: Clock) -> gcore_cloud.Client:
    client = gcore_cloud.Client(transport=sim.SimTransport(simulator), **simulator.credentials)
    client.__dict__["tasks"] = Tasks(client, sleep=clock.sleep, clock=clock)  # the cached property, with our clock
    return client


def test_get_sends_the_documented_request_and_parses_the_task() -> None:
    body = {
        "id": "d478ae29-dedc-4869-82f0-96104425f565",
        "task_type": "delete_project",
        "state": "RUNNING",
        "user_id": 123,
        "created_resources": {"projects": [2]},
    }
    recorder = Recorder(httpx.Response(200, json=body))
    with gcore_cloud.Client(api_key=KEY, transport=httpx.MockTransport(recorder)) as client:
        task = client.tasks.get(body["id"])
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("GET", f"https://api.gcore.com/cloud/v1/tasks/{body['id']}")
    assert request.headers["authorization"] == f"apikey {KEY}"
    assert task.state == "RUNNING" and task.to_dict() == body


def test_a_bad_task_id_is_refused_before_sending() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with gcore_cloud.Client(api_key=KEY, transport=httpx.MockTransport(recorder)) as client:
        with pytest.raises(errors.ValidationError) as caught:
            client.tasks.get("../projects/1")
        with pytest.raises(errors.ValidationError):
            client.tasks.wait(["ok-id", ""])
    assert caught.value.field == "task_id"
    assert recorder.requests == []


def test_wait_polls_until_finished(simulator: sim.Simulator, clock: Clock) -> None:
    with _client(simulator, clock) as client:
        project = client.projects.create(name="doomed")
        ids = client.projects.delete(project.id).tasks
        assert client.tasks.get(ids[0]).state == "RUNNING"
        (task,) = client.tasks.wait(ids, poll_interval=0.1)
    assert task.state == "FINISHED" and task.error is None and task.project_id == project.id
    assert task.finished_on is not None
    assert sum(clock.sleeps) == pytest.approx(TASK_SECONDS, abs=0.11)


def test_wait_returns_failed_tasks_in_order(simulator: sim.Simulator, clock: Clock) -> None:
    with _client(simulator, clock) as client:
        first = client.projects.delete(client.projects.create(name="one").id).tasks[0]
        simulator.fail_next_tasks()
        second = client.projects.delete(client.projects.create(name="two").id).tasks[0]
        done = client.tasks.wait([second, first], poll_interval=0.1)
    assert [(t.id, t.state, t.error) for t in done] == [(second, "ERROR", TASK_ERROR), (first, "FINISHED", None)]


def test_wait_times_out(simulator: sim.Simulator, clock: Clock) -> None:
    with _client(simulator, clock) as client:
        ids = client.projects.delete(client.projects.create(name="slow").id).tasks
        with pytest.raises(TimeoutError) as caught:
            client.tasks.wait(ids, timeout=0.1, poll_interval=0.05)
    assert ids[0] in str(caught.value)
    with pytest.raises(ValueError):
        client.tasks.wait(ids, timeout=0)


def test_unknown_task_is_not_found(simulator: sim.Simulator, clock: Clock) -> None:
    with _client(simulator, clock) as client, pytest.raises(errors.NotFoundError) as caught:
        client.tasks.get("00000000-0000-4000-8000-000000000000")
    assert caught.value.code == "NotFoundError"


async def test_async_wait(simulator: sim.Simulator, clock: Clock) -> None:
    async with gcore_cloud.AsyncClient(transport=sim.AsyncSimTransport(simulator), **simulator.credentials) as client:
        client.__dict__["tasks"] = AsyncTasks(client, sleep=clock.asleep)
        created = [await client.projects.create(name=n) for n in ("aaa", "bbb")]
        simulator.fail_next_tasks()
        ids = [(await client.projects.delete(p.id)).tasks[0] for p in created]
        assert (await client.tasks.get(ids[0])).state == "RUNNING"
        done = await client.tasks.wait(ids, poll_interval=0.1)
    assert [t.state for t in done] == ["ERROR", "FINISHED"]


def test_task_view_matches_the_spec_example_shape(simulator: sim.Simulator, clock: Clock) -> None:
    with _client(simulator, clock) as client:
        ids = client.projects.delete(client.projects.create(name="shape").id).tasks
        clock.now += TASK_SECONDS
        task = client.tasks.get(ids[0])
    body = json.loads(json.dumps(task.to_dict()))
    assert set(body) >= {"id", "task_type", "state", "user_id", "created_on", "finished_on", "error"}
    assert body["state"] == "FINISHED"


@pytest.mark.parametrize("task_ids", [5, None, b"abc", 1.5])
def test_wait_refuses_what_is_not_task_ids_before_sending(task_ids: object) -> None:
    recorder = Recorder()
    client = gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(recorder))
    with client, pytest.raises(errors.ValidationError) as caught:
        client.tasks.wait(task_ids)  # type: ignore[arg-type]
    assert caught.value.field == "task_ids"
    assert recorder.requests == []


@pytest.mark.parametrize("timeout", [float("nan"), float("inf"), "5", True, 0, -1])
def test_wait_refuses_a_nonsense_timeout(timeout: object) -> None:
    client = gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(Recorder()))
    with client, pytest.raises(ValueError, match="timeout"):
        client.tasks.wait(["a1"], timeout=timeout)  # type: ignore[arg-type]
