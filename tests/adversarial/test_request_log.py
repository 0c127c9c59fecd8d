"""The simulator's request log is bounded in count and bytes, and configurable (issue 11, point 5: 2,000 requests
of 50 KB each grew a simulator by 96 MiB)."""

from __future__ import annotations

import tracemalloc

import httpx
import pytest
from hostile_tally import tally

from cloudprojects import sim
from cloudprojects.auth import WireRequest
from cloudprojects.sim import SimLimits
from cloudprojects.sim._request_log import RequestLog, request_size

MIB = 1024 * 1024


def _request(n: int, size: int = 10) -> WireRequest:
    return WireRequest("POST", f"/{n}", headers={"x": "y"}, body=b"b" * size)


def test_the_issue_reproduction_2000_requests_of_50_kb_stay_bounded() -> None:
    simulator = sim.create("gcore_cloud")
    body = b'{"name": "' + b"x" * 50_000 + b'"}'
    headers = {"authorization": "apikey wrong", "content-type": "application/json"}
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tally("simulators: request-log flood (requests)", 2000)
        for _ in range(2000):
            response, _fault = simulator.handle(WireRequest("POST", "/cloud/v1/projects", headers=headers, body=body))
            assert response.status == 401
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    limits = SimLimits()
    assert grown < limits.max_logged_bytes + 8 * MIB, f"grew by {grown / MIB:.1f} MiB"
    assert simulator.requests.total == 2000
    assert simulator.requests.retained_bytes <= limits.max_logged_bytes


def test_the_limits_are_configurable_per_simulator() -> None:
    simulator = sim.create("microvisualizer", limits=SimLimits(max_logged_requests=3))
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as http:
        for n in range(7):
            http.get(f"/v1/projects/p-{n:08d}")
    assert [r.path for r in simulator.requests] == [
        "/v1/projects/p-00000004",
        "/v1/projects/p-00000005",
        "/v1/projects/p-00000006",
    ]
    assert simulator.requests[-1].path.endswith("06") and len(simulator.requests) == 3


def test_oldest_go_first_when_the_bytes_run_out() -> None:
    log = RequestLog(max_requests=100, max_bytes=3 * request_size(_request(0, 1000)))
    for n in range(10):
        log.append(_request(n, 1000))
    assert [r.path for r in log] == ["/7", "/8", "/9"]
    assert log.retained_bytes <= log.max_bytes and log.total == 10


def test_the_newest_is_kept_even_when_alone_it_is_too_big() -> None:
    log = RequestLog(max_requests=10, max_bytes=100)
    log.append(_request(1))
    log.append(_request(2, 5000))
    assert [r.path for r in log] == ["/2"]
    log.clear()
    assert (len(log), log.retained_bytes, log.total) == (0, 0, 2)


@pytest.mark.parametrize(("count", "size"), [(0, 10), (10, 0), (-1, 10)])
def test_a_log_that_keeps_nothing_is_refused(count: int, size: int) -> None:
    with pytest.raises(ValueError, match="at least one"):
        RequestLog(count, size)


def test_an_oversize_body_gets_413_in_process_without_consuming_a_fault() -> None:
    simulator = sim.create("gcore_cloud", limits=SimLimits(max_body_bytes=100))
    simulator.faults.queue(sim.FaultKind.RATE_LIMIT)
    with httpx.Client(transport=sim.SimTransport(simulator), base_url="http://sim") as http:
        response = http.post("/cloud/v1/projects", content=b"x" * 101)
        assert response.status_code == 413
        assert response.json()["exception_class"] == "RequestEntityTooLarge"
        assert http.get("/cloud/v1/projects").status_code == 429


def test_serve_passes_the_limits_to_every_simulator() -> None:
    limits = SimLimits(max_logged_requests=2, max_body_bytes=10)
    with sim.serve("all", limits=limits) as served:
        assert {key: endpoint.simulator.limits for key, endpoint in served.items()} == dict.fromkeys(
            sim.PROVIDERS, limits
        )
        with httpx.Client(base_url=served["gcore_cloud"].url) as http:
            assert http.post("/cloud/v1/projects", content=b"x" * 11).status_code == 413
