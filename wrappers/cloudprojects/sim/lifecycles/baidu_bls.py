"""Baidu AI Cloud BLS: the scripted lifecycle, an idempotent read, and a call that finds nothing."""

from __future__ import annotations

from typing import Any

from ._steps import Steps, collect, first


def lifecycle(client: Any) -> Steps:
    """create → list → get → the seed operation → delete, one step at a time."""
    holder: dict[str, Any] = {}
    yield (
        "create(name='demo')",
        lambda: client.projects.create(name="demo", description="Made by the demo"),
        (lambda _: "created"),
    )

    def listing() -> list[Any]:
        projects = first(client.projects.list(page_size=1))
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


def read(c: Any) -> Any:
    """An idempotent read through the sync facade."""
    return list(c.projects.list())


async def aread(c: Any) -> Any:
    """The same read through the async facade."""
    return await collect(c.projects.list())


def missing(c: Any) -> Any:
    """A call that the provider answers with 404 (raises ``errors.NotFoundError``)."""
    return c.projects.get("00000000-0000-4000-8000-000000000000")
