"""Every facade, sync and async, against every simulator over real loopback HTTP, under every fault mode:
success after retries or the typed error, within the configured time, and no connection left checked out."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import errors, sim
from cloudprojects.sim import Fault, FaultKind
from cloudprojects.sim.lifecycles import script

TIMEOUT = 0.5
STALL = Fault(FaultKind.STALL, delay=1.5)
# The idempotent read each provider offers, as a facade call (its lifecycle script's read/aread).
READ: dict[str, Callable[[Any], Any]] = {key: script(key).read for key in sim.PROVIDERS}
AREAD: dict[str, Callable[[Any], Any]] = {key: script(key).aread for key in sim.PROVIDERS}
FAILING = [
    (Fault(FaultKind.RESET), errors.APIConnectionError),
    (STALL, errors.APITimeoutError),
    (Fault(FaultKind.TRUNCATED), errors.ResponseValidationError),
    (Fault(FaultKind.MALFORMED_JSON), errors.ResponseValidationError),
    (Fault(FaultKind.HTML_ERROR), errors.InternalServerError),
    (Fault(FaultKind.SERVER_ERROR, status=500), errors.InternalServerError),
]


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("all", seed=21) as s:
        yield s


def _idle(client: Any) -> bool:
    """Every pooled connection is back in the pool (none left checked out by an unread or unclosed response)."""
    pool = client._http._transport._pool
    return all(connection.is_idle() or connection.is_closed() for connection in pool.connections)


@pytest.mark.parametrize(("fault", "error"), FAILING, ids=lambda v: v.kind.value if isinstance(v, Fault) else "")
@pytest.mark.parametrize("provider", sim.PROVIDERS)
def test_sync_fault_ends_in_the_typed_error_in_time(
    provider: str, fault: Fault, error: type[errors.APIError], served: sim.Served
) -> None:
    endpoint = served[provider]
    with endpoint.client(timeout=TIMEOUT, max_retries=0) as client:
        READ[provider](client)
        endpoint.faults.queue(fault)
        started = time.monotonic()
        with pytest.raises(error):
            READ[provider](client)
        assert time.monotonic() - started < TIMEOUT + 1.0
        READ[provider](client)
        assert _idle(client)


@pytest.mark.parametrize(("fault", "error"), FAILING, ids=lambda v: v.kind.value if isinstance(v, Fault) else "")
@pytest.mark.parametrize("provider", sim.PROVIDERS)
async def test_async_fault_ends_in_the_typed_error_in_time(
    provider: str, fault: Fault, error: type[errors.APIError], served: sim.Served
) -> None:
    endpoint = served[provider]
    async with endpoint.async_client(timeout=TIMEOUT, max_retries=0) as client:
        endpoint.faults.queue(fault)
        started = time.monotonic()
        with pytest.raises(error):
            await AREAD[provider](client)
        assert time.monotonic() - started < TIMEOUT + 1.0
        await AREAD[provider](client)


@pytest.mark.parametrize("provider", sim.PROVIDERS)
def test_sync_retries_recover_from_each_retryable_fault(provider: str, served: sim.Served) -> None:
    endpoint = served[provider]
    sleeps: list[float] = []
    with endpoint.client(timeout=TIMEOUT, max_retries=2, sleep=sleeps.append) as client:
        for fault in (
            Fault(FaultKind.RESET),
            STALL,
            Fault(FaultKind.SERVER_ERROR, status=500),
            Fault(FaultKind.LATENCY, delay=0.05),
        ):
            endpoint.faults.queue(fault)
            READ[provider](client)
        assert _idle(client)
    assert len(sleeps) == 3


@pytest.mark.parametrize("provider", sim.PROVIDERS)
async def test_async_retries_recover(provider: str, served: sim.Served) -> None:
    endpoint = served[provider]

    async def no_wait(_: float) -> None:
        return None

    async with endpoint.async_client(timeout=TIMEOUT, max_retries=2, sleep=no_wait) as client:
        endpoint.faults.queue(Fault(FaultKind.RESET), Fault(FaultKind.SERVER_ERROR, status=500))
        await AREAD[provider](client)


def test_command_line_serves_every_provider_until_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "cloudprojects.sim", "--provider", "all", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in sim.PROVIDERS] if process.stdout else []
        assert [line.split()[0] for line in lines] == list(sim.PROVIDERS)
        gcore = next(line for line in lines if line.startswith("gcore_cloud"))
        url = gcore.split()[1]
        assert httpx.get(url + "/cloud/v1/projects").status_code == 401
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
