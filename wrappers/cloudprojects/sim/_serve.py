"""Real HTTP on loopback: each provider's simulator behind its own uvicorn server, in a background thread."""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from ._asgi import SimASGIApp, SimulatedReset
from ._base import SimLimits, Simulator
from ._faults import FaultPlan
from ._registry import PROVIDERS, create

STARTUP_TIMEOUT = 10.0


@dataclass
class Endpoint:
    """One running simulator: where it listens and how to reach it.

    Attributes:
        provider: the provider key.
        simulator: the simulator answering on this endpoint (its state, faults and recorded requests).
        host: the address it listens on.
        port: the port it listens on.
    """

    provider: str
    simulator: Simulator
    host: str
    port: int

    @property
    def url(self) -> str:
        """The base URL, ``http://host:port``."""
        return f"http://{self.host}:{self.port}"

    @property
    def credentials(self) -> dict[str, str]:
        """The test credentials the simulator accepts, as the facade's constructor keywords."""
        return self.simulator.credentials

    @property
    def faults(self) -> FaultPlan:
        """The simulator's fault plan: queue faults here to inject them into the next requests."""
        return self.simulator.faults

    def client_kwargs(self) -> dict[str, Any]:
        """Keywords for ``cloudprojects.<provider>.Client`` / ``AsyncClient`` to talk to this server."""
        return self.simulator.facade_kwargs(self.host, self.port)

    def client(self, **kwargs: Any) -> Any:
        """A facade ``Client`` pointed at this server.

        Args:
            **kwargs: more constructor keywords (e.g. ``max_retries``).

        Returns:
            A ``cloudprojects.<provider>.Client``.
        """
        return importlib.import_module(f"cloudprojects.{self.provider}").Client(**self.client_kwargs(), **kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        """A facade ``AsyncClient`` pointed at this server.

        Args:
            **kwargs: more constructor keywords (e.g. ``max_retries``).

        Returns:
            A ``cloudprojects.<provider>.AsyncClient``.
        """
        module = importlib.import_module(f"cloudprojects.{self.provider}")
        return module.AsyncClient(**self.client_kwargs(), **kwargs)


class Served(dict[str, Endpoint]):
    """The running simulators by provider; with one provider, its Endpoint's attributes are here too."""

    def _only(self) -> Endpoint:
        if len(self) != 1:
            raise AttributeError("several providers are served: index by provider, e.g. served['gcore_cloud']")
        return next(iter(self.values()))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._only(), name)


class _HideSimulatedResets(logging.Filter):
    """An injected RESET is raised on purpose; keep it out of the server's error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], SimulatedReset))


def _start(simulator: Simulator, host: str, port: int) -> tuple[Any, threading.Thread, int]:
    import uvicorn

    error_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideSimulatedResets) for f in error_log.filters):
        error_log.addFilter(_HideSimulatedResets())

    config = uvicorn.Config(
        SimASGIApp(simulator),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        date_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"sim-{simulator.provider}", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the {simulator.provider} simulator did not start on {host}:{port}")
        time.sleep(0.005)
    bound = server.servers[0].sockets[0].getsockname()[1]
    simulator.bound(host, bound)
    return server, thread, bound


@contextmanager
def serve_simulator(simulator: Simulator, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[Endpoint]:
    """Serve one given simulator instance (e.g. a customised subclass) on loopback.

    Args:
        simulator: the simulator to serve.
        host: the address to listen on.
        port: the port to listen on; 0 picks a free one.

    Yields:
        Where the simulator listens, until the ``with`` block ends.
    """
    server, thread, bound = _start(simulator, host, port)
    try:
        yield Endpoint(simulator.provider, simulator, host, bound)
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@contextmanager
def serve(
    provider: str = "all",
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    seed: int = 0,
    faults: FaultPlan | None = None,
    limits: SimLimits | None = None,
) -> Iterator[Served]:
    """Run simulators on loopback for the duration of the ``with`` block.

    Args:
        provider: a provider key, or ``"all"`` (each provider on its own port).
        host: the loopback address to listen on.
        port: the port for a single provider, or the first of consecutive ports for ``"all"``; 0 picks free ones.
        seed: seeds request ids and random faults.
        faults: a FaultPlan for a single provider (``"all"`` gives each provider its own, empty plan).
        limits: what each simulator keeps and accepts (request log size, largest body); defaults otherwise.

    Yields:
        The running simulators by provider; with one provider, its endpoint's attributes too (``url``,
        ``faults``, ``client()``, ``client_kwargs()``, …).

    Raises:
        ValueError: a FaultPlan was given for several providers.
    """
    providers = PROVIDERS if provider == "all" else (provider,)
    if faults is not None and len(providers) > 1:
        raise ValueError("a FaultPlan drives one simulator; serve a single provider to use it")
    served = Served()
    with ExitStack() as stack:
        for index, key in enumerate(providers):
            simulator = create(key, seed=seed, faults=faults, limits=limits)
            served[key] = stack.enter_context(serve_simulator(simulator, host=host, port=port + index if port else 0))
        yield served
