"""One scripted lifecycle per provider: create → list → get → the seed operation → delete, through the facade.

Used by the demo (``make demo``) and by the contract tests, which validate every exchange against the specs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any


@dataclass(frozen=True)
class Step:
    """What one facade call did."""

    provider: str
    call: str
    outcome: str
    seconds: float


Lifecycle = Callable[[Any], Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]]


def _first(items: Any, n: int = 100) -> list[Any]:
    return list(islice(items, n))


def _gcore(client: Any) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    holder: dict[str, Any] = {}
    yield (
        "create(name='demo-project')",
        lambda: holder.setdefault("p", client.projects.create(name="demo-project")),
        (lambda p: f"id {p.id}, state {p.state}"),
    )
    yield "list()", lambda: _first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
    yield "get(id)", lambda: client.projects.get(holder["p"].id), lambda p: f"name {p.name!r}"
    yield (
        "replace(1, name='New Project')  [seed]",
        lambda: client.projects.replace(1, name="New Project"),
        (lambda p: f"name {p.name!r}, default {p.is_default}"),
    )
    yield (
        "update(id, description=…)",
        lambda: client.projects.update(holder["p"].id, description="patched"),
        (lambda p: f"description {p.description!r}"),
    )
    yield "delete(id)", lambda: client.projects.delete(holder["p"].id), lambda t: f"{len(t.tasks)} task(s)"


def _microvisualizer(client: Any) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    holder: dict[str, Any] = {}
    create = lambda: holder.setdefault(  # noqa: E731
        "p", client.projects.create(name="Demo project", description="Made by the demo")
    )
    yield "create(name='Demo project', …)", create, lambda p: f"id {p.id}"
    yield "list()", lambda: _first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
    yield "get(id)", lambda: client.projects.get(holder["p"].id), lambda p: f"name {p.name!r}"
    yield (
        "update(id, archived=True, …)  [seed]",
        lambda: client.projects.update(holder["p"].id, description="Updated by the demo", archived=True),
        lambda p: f"archived {p.archived}, only the given fields sent",
    )
    yield "delete(id)", lambda: client.projects.delete(holder["p"].id), lambda _: "204 No Content"


def _baidu(client: Any) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    holder: dict[str, Any] = {}
    yield (
        "create(name='demo')",
        lambda: client.projects.create(name="demo", description="Made by the demo"),
        (lambda _: "created"),
    )

    def listing() -> list[Any]:
        projects = _first(client.projects.list(page_size=1))
        holder["uuid"] = next(p.uuid for p in projects if p.name == "demo")
        return projects

    yield "list()", listing, lambda ps: f"{len(ps)} projects, 1 per page"
    yield "get(uuid)  [seed]", lambda: client.projects.get(str(holder["uuid"])), lambda p: f"name {p.name!r}"
    yield (
        "update(uuid, description=…)",
        lambda: client.projects.update(str(holder["uuid"]), description="Updated"),
        lambda _: "updated",
    )
    yield "delete(uuid)", lambda: client.projects.delete(str(holder["uuid"])), lambda _: "deleted"


def _aliyun(client: Any) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    name = "ali-project-test"
    yield (
        f"create({name!r}, …)",
        lambda: client.projects.create(name, description="Made by the demo"),
        (lambda _: "created"),
    )
    yield "list()", lambda: _first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
    yield f"get({name!r})", lambda: client.projects.get(name), lambda p: f"status {p.status}"
    yield (
        f"update({name!r}, description=…)  [seed]",
        lambda: client.projects.update(name, description="Description of my-project-test"),
        lambda _: "PUT / on the project host",
    )
    yield f"delete({name!r})", lambda: client.projects.delete(name), lambda _: "deleted"


def _ncp(client: Any) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    holder: dict[str, Any] = {}
    workspace = "my-workspace"
    yield (
        "create('my-workspace', name=…)",
        lambda: holder.setdefault("p", client.projects.create(workspace, name="demo_project")),
        lambda p: f"projectId {p.project_id}",
    )
    yield "list('my-workspace')", lambda: _first(client.projects.list(workspace)), lambda ps: f"{len(ps)} projects"
    yield "get(ws, id)", lambda: client.projects.get(workspace, holder["p"].project_id), lambda p: f"name {p.name!r}"
    yield (
        "update(ws, id, name=…)  [seed]",
        lambda: client.projects.update(workspace, holder["p"].project_id, name="updated_project_name"),
        lambda p: f"name {p.name!r}",
    )
    yield "delete(ws, id)", lambda: client.projects.delete(workspace, holder["p"].project_id), lambda _: "deleted"


LIFECYCLES: dict[str, Lifecycle] = {
    "aliyun_sls": _aliyun,
    "microvisualizer": _microvisualizer,
    "baidu_bls": _baidu,
    "gcore_cloud": _gcore,
    "ncp_media_intelligence": _ncp,
}


def run(provider: str, client: Any) -> list[Step]:
    """Drive ``client`` through the provider's lifecycle; any failure propagates as the facade raised it."""
    steps = []
    for label, call, describe in LIFECYCLES[provider](client):
        started = time.perf_counter()
        result = call()
        steps.append(Step(provider, label, describe(result), time.perf_counter() - started))
    return steps
