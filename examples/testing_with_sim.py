"""Testing your own code with `cloudprojects.sim`: no network, no credentials, deterministic faults.

`archive_stale` below is "your code": it takes any MicroVisualizer client. The tests build a simulator in
process (`sim.create`), hand it to the facade as an httpx transport (`sim.SimTransport`), seed data through the
facade, and inject faults to check that the code copes. Run them with `pytest examples/testing_with_sim.py`,
or as a script.
"""

from __future__ import annotations

import pytest

from cloudprojects import errors, microvisualizer, sim


def archive_stale(client: microvisualizer.Client, keep: set[str]) -> list[str]:
    """Your code: archive every project whose name is not in ``keep``; return the names archived."""
    archived = []
    for project in client.projects.list():
        if project.name not in keep and not project.archived:
            client.projects.update(project.id, archived=True)
            archived.append(project.name)
    return archived


def make_client(simulator: sim.Simulator, max_retries: int = 2) -> microvisualizer.Client:
    """A facade client wired to an in-process simulator (no sockets), with the key the simulator accepts."""
    return microvisualizer.Client(
        api_key=simulator.credentials["api_key"], transport=sim.SimTransport(simulator), max_retries=max_retries
    )


def test_archives_only_the_stale_projects() -> None:
    simulator = sim.create("microvisualizer")
    with make_client(simulator) as client:
        for name in ("Keep me", "Old one", "Older one"):
            client.projects.create(name=name, description="test data")
        archived = archive_stale(client, keep={"Keep me", "Payments Platform"})
        assert sorted(archived) == ["Old one", "Older one"]
        assert {p.name for p in client.projects.list(archived=True)} == {"Old one", "Older one"}


def test_survives_a_transient_server_error() -> None:
    simulator = sim.create("microvisualizer")
    with make_client(simulator) as client:
        client.projects.create(name="Old one", description="test data")
        simulator.faults.queue(sim.FaultKind.SERVER_ERROR)  # the next request gets a 503; the facade retries
        assert archive_stale(client, keep={"Payments Platform"}) == ["Old one"]


def test_reports_rate_limiting_when_retries_are_off() -> None:
    simulator = sim.create("microvisualizer")
    with make_client(simulator, max_retries=0) as client:
        simulator.faults.queue(sim.FaultKind.RATE_LIMIT)
        with pytest.raises(errors.RateLimitError):
            archive_stale(client, keep=set())


if __name__ == "__main__":
    for test in (
        test_archives_only_the_stale_projects,
        test_survives_a_transient_server_error,
        test_reports_rate_limiting_when_retries_are_off,
    ):
        test()
        print(f"passed: {test.__name__}")
