"""Issue 10 (the facade surface): helpers shared by the tests in ``tests/surface``.

Every provider's operations are driven against its in-process simulator (``cloudprojects.sim``), through
:class:`Wire`, a transport (sync and async) that records each request and can fail the first attempts on demand.
``OPERATIONS`` lists every public operation of every facade's ``client.projects`` with arguments the simulator
accepts after :func:`prepare` (one project created); a test in ``test_per_request_options.py`` checks the table
covers every public method, so a new operation cannot go untested.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from cloudprojects import sim

PROVIDERS = ("aliyun_sls", "microvisualizer", "baidu_bls", "gcore_cloud", "ncp_media_intelligence")
WORKSPACE = "my-workspace"

REQUEST_ID_HEADER = {
    "aliyun_sls": "x-log-requestid",
    "microvisualizer": None,  # no request id is documented (specs/microvisualizer.yaml)
    "baidu_bls": "x-bce-request-id",
    "gcore_cloud": "x-request-id",
    "ncp_media_intelligence": "x-ncp-trace-id",
}


def facade(provider: str) -> Any:
    return importlib.import_module(f"cloudprojects.{provider}")


def client_class(provider: str, asynchronous: bool) -> type[Any]:
    module = facade(provider)
    return module.AsyncClient if asynchronous else module.Client


def public_methods(cls: type[Any]) -> list[str]:
    return sorted(name for name, member in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_"))


def projects_class(provider: str, asynchronous: bool) -> type[Any]:
    module = importlib.import_module(f"cloudprojects.{provider}._projects")
    return module.AsyncProjects if asynchronous else module.Projects


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers from a simulator, recording every request; ``fail`` holds answers (exceptions or responses) for the
    first attempts, before the simulator sees anything."""

    def __init__(self, simulator: sim.Simulator) -> None:
        self.simulator = simulator
        self._sync = sim.SimTransport(simulator)
        self._async = sim.AsyncSimTransport(simulator)
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []  # what the simulator answered (injected answers excluded)
        self.fail: list[Exception | httpx.Response] = []

    def _injected(self, request: httpx.Request) -> httpx.Response | None:
        self.requests.append(request)
        if not self.fail:
            return None
        answer = self.fail.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        injected = self._injected(request)
        if injected is not None:
            return injected
        response = self._sync.handle_request(request)
        self.responses.append(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        injected = self._injected(request)
        if injected is not None:
            return injected
        response = await self._async.handle_async_request(request)
        self.responses.append(response)
        return response

    def connect_errors(self, n: int) -> None:
        """The next ``n`` attempts fail to connect (retryable for every method: the request never left)."""
        self.fail.extend(httpx.ConnectError("refused") for _ in range(n))


def no_sleep(_: float) -> None:
    return None


async def async_no_sleep(_: float) -> None:
    return None


def make_client(provider: str, transport: Any, asynchronous: bool, simulator: sim.Simulator, **kwargs: Any) -> Any:
    """A facade client on ``transport`` with the simulator's credentials, never really sleeping."""
    cls = client_class(provider, asynchronous)
    sleep = async_no_sleep if asynchronous else no_sleep
    return cls(**simulator.credentials, transport=transport, sleep=sleep, **kwargs)


@dataclass
class Op:
    """One facade operation: its name, how to call it (from the prepared context), what it sends."""

    name: str
    call: Callable[[Any, dict[str, Any]], Any]  # (projects, context) -> the call's result (or coroutine, or pager)
    json_body: bool = False
    paged: bool = False
    result: Any = field(default=None)  # the type the plain call returns (None: returns None)


def _ops() -> dict[str, list[Op]]:
    from cloudprojects_gen_aliyun_sls.project.models import Project as SlsProject
    from cloudprojects_gen_baidu_bls.models import Project as BlsProject
    from cloudprojects_gen_gcore_cloud.models import Project as GcoreProject
    from cloudprojects_gen_gcore_cloud.models import TaskIdList
    from cloudprojects_gen_microvisualizer.models import PinnedProject
    from cloudprojects_gen_microvisualizer.models import Project as MvProject
    from cloudprojects_gen_ncp_media_intelligence.models import Project as NcpProject

    return {
        "aliyun_sls": [
            Op("list", lambda p, _: p.list(page_size=2), paged=True, result=None),
            Op("create", lambda p, _: p.create("surface-other", description="other"), json_body=True),
            Op("get", lambda p, c: p.get(c["id"]), result=SlsProject),
            Op("update", lambda p, c: p.update(c["id"], description="changed"), json_body=True),
            Op("delete", lambda p, c: p.delete(c["id"])),
        ],
        "microvisualizer": [
            Op("list", lambda p, _: p.list(page_size=2), paged=True),
            Op("list_pinned", lambda p, _: p.list_pinned(), result=list),
            Op("create", lambda p, _: p.create(name="Other", description="other"), json_body=True, result=MvProject),
            Op("get", lambda p, c: p.get(c["id"]), result=MvProject),
            Op("update", lambda p, c: p.update(c["id"], archived=True), json_body=True, result=MvProject),
            Op("duplicate", lambda p, c: p.duplicate(c["id"], name="Copy"), json_body=True, result=MvProject),
            Op("pin", lambda p, c: p.pin(c["id"]), json_body=True, result=PinnedProject),
            Op("unpin", lambda p, c: p.unpin(c["pinned"])),
            Op("delete", lambda p, c: p.delete(c["id"])),
        ],
        "baidu_bls": [
            Op("list", lambda p, _: p.list(page_size=2), paged=True),
            Op("create", lambda p, _: p.create(name="surface-other", description="other"), json_body=True),
            Op("get", lambda p, c: p.get(c["id"]), result=BlsProject),
            Op("update", lambda p, c: p.update(c["id"], description="changed"), json_body=True),
            Op("delete", lambda p, c: p.delete(c["id"])),
        ],
        "gcore_cloud": [
            Op("list", lambda p, _: p.list(page_size=2), paged=True),
            Op("create", lambda p, _: p.create(name="surface-other"), json_body=True, result=GcoreProject),
            Op("get", lambda p, c: p.get(c["id"]), result=GcoreProject),
            Op("update", lambda p, c: p.update(c["id"], description="changed"), json_body=True, result=GcoreProject),
            Op("replace", lambda p, c: p.replace(c["id"], name="Renamed"), json_body=True, result=GcoreProject),
            Op("delete", lambda p, c: p.delete(c["id"]), result=TaskIdList),
        ],
        "ncp_media_intelligence": [
            Op("list", lambda p, _: p.list(WORKSPACE), paged=True),
            Op("create", lambda p, _: p.create(WORKSPACE, name="other_project"), json_body=True, result=NcpProject),
            Op("get", lambda p, c: p.get(WORKSPACE, c["id"]), result=NcpProject),
            Op(
                "update",
                lambda p, c: p.update(WORKSPACE, c["id"], name="renamed_project"),
                json_body=True,
                result=NcpProject,
            ),
            Op("delete", lambda p, c: p.delete(WORKSPACE, c["id"])),
        ],
    }


OPERATIONS = _ops()
CASES = [
    pytest.param(provider, op, id=f"{provider}.{op.name}") for provider in PROVIDERS for op in OPERATIONS[provider]
]


def prepare(provider: str, simulator: sim.Simulator, more: int = 0) -> dict[str, Any]:
    """Create the project the operations work on (and ``more`` others) with a plain sync client; return its ids."""
    with make_client(provider, sim.SimTransport(simulator), False, simulator) as client:
        p = client.projects
        for n in range(more):
            if provider == "aliyun_sls":
                p.create(f"surface-more-{n}", description="more")
            elif provider == "microvisualizer":
                p.create(name=f"More {n}", description="more")
            elif provider in ("baidu_bls", "gcore_cloud"):
                p.create(name=f"surface-more-{n}")
            else:
                p.create(WORKSPACE, name=f"more_project_{n}")
        if provider == "aliyun_sls":
            p.create("surface-project", description="surface")
            context: dict[str, Any] = {"id": "surface-project"}
        elif provider == "microvisualizer":
            created = p.create(name="Surface", description="surface")
            pinned = p.create(name="Pinned", description="pinned")
            p.pin(pinned.id)
            context = {"id": created.id, "pinned": pinned.id}
        elif provider == "baidu_bls":
            p.create(name="surface", description="surface")
            context = {"id": str(next(x.uuid for x in p.list() if x.name == "surface"))}
        elif provider == "gcore_cloud":
            context = {"id": p.create(name="surface-project").id}
        else:
            context = {"id": p.create(WORKSPACE, name="surface_project").project_id}
    simulator.requests.clear()
    return context


async def invoke(op: Op, projects: Any, context: dict[str, Any], asynchronous: bool) -> Any:
    """Run ``op`` to completion (a list: all its items), sync or async."""
    result = op.call(projects, context)
    if op.paged:
        if asynchronous:
            return [item async for item in result]
        return list(result)
    if asynchronous:
        return await result
    return result


def call_with(op: Op, **options: Any) -> Op:
    """``op`` with per-request options added to its call."""

    def call(projects: Any, context: dict[str, Any]) -> Any:
        bound = _Bind(projects, options)
        return op.call(bound, context)

    return Op(op.name, call, op.json_body, op.paged, op.result)


class _Bind:
    """``projects`` whose every method gets ``options`` as extra keywords."""

    def __init__(self, projects: Any, options: dict[str, Any]) -> None:
        self._projects, self._options = projects, options

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._projects, name)
        return lambda *args, **kwargs: method(*args, **kwargs, **self._options)
