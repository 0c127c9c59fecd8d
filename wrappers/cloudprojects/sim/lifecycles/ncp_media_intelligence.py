"""NAVER Cloud Media Intelligence: the scripted lifecycle, an idempotent read, and a call that finds nothing."""

from __future__ import annotations

from typing import Any

from ._steps import Steps, collect, first


def lifecycle(client: Any) -> Steps:
    """create → list → get → the seed operation → delete, one step at a time."""
    holder: dict[str, Any] = {}
    workspace = "my-workspace"
    yield (
        "create('my-workspace', name=…)",
        lambda: holder.setdefault("p", client.projects.create(workspace, name="demo_project")),
        lambda p: f"projectId {p.project_id}",
    )
    yield "list('my-workspace')", lambda: first(client.projects.list(workspace)), lambda ps: f"{len(ps)} projects"
    yield "get(ws, id)", lambda: client.projects.get(workspace, holder["p"].project_id), lambda p: f"name {p.name!r}"
    yield (
        "update(ws, id, name=…)  [seed]",
        lambda: client.projects.update(workspace, holder["p"].project_id, name="updated_project_name"),
        lambda p: f"name {p.name!r}",
    )
    yield "delete(ws, id)", lambda: client.projects.delete(workspace, holder["p"].project_id), lambda _: "deleted"


def read(c: Any) -> Any:
    """An idempotent read through the sync facade."""
    return list(c.projects.list("my-workspace"))


async def aread(c: Any) -> Any:
    """The same read through the async facade."""
    return await collect(c.projects.list("my-workspace"))


def missing(c: Any) -> Any:
    """A call that the provider answers with 404 (raises ``errors.NotFoundError``)."""
    return c.projects.get("my-workspace", 99999)
