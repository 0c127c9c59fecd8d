"""Local simulators of every provider's project API, for demos and tests (``pip install cloudprojects[sim]``).

In process::

    sim = cloudprojects.sim.create("gcore_cloud")
    client = gcore_cloud.Client(api_key=sim.credentials["api_key"], transport=cloudprojects.sim.SimTransport(sim))

On loopback (real HTTP)::

    with cloudprojects.sim.serve("gcore_cloud") as s:
        client = s.client()            # or gcore_cloud.Client(**s.client_kwargs())

Limits: ``create(provider, limits=SimLimits(max_logged_requests=…, max_logged_bytes=…, max_body_bytes=…))``.

Faults (deterministic): ``s.faults.queue(FaultKind.RATE_LIMIT, FaultKind.RESET)`` or ``FaultPlan(seed=1, rate=0.2)``.
"""

from ._asgi import SimASGIApp
from ._base import HttpError, SimLimits, SimResponse, Simulator
from ._faults import Fault, FaultKind, FaultPlan
from ._registry import PROVIDERS, create, simulator_class
from ._serve import Endpoint, Served, serve, serve_simulator
from ._transport import AsyncSimTransport, SimTransport

__all__ = [
    "PROVIDERS",
    "AsyncSimTransport",
    "Endpoint",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "HttpError",
    "Served",
    "SimASGIApp",
    "SimLimits",
    "SimResponse",
    "SimTransport",
    "Simulator",
    "create",
    "serve",
    "serve_simulator",
    "simulator_class",
]
