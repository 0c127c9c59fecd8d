"""MicroVisualizer: the scripted lifecycle, an idempotent read, and a call that finds nothing."""

from __future__ import annotations

from typing import Any

from ._steps import Steps, collect, first


def lifecycle(client: Any) -> Steps:
    """create → list → get → the seed operation → delete, one step at a time."""
    holder: dict[str, Any] = {}
    create = lambda: holder.setdefault(  # noqa: E731
        "p", client.projects.create(name="Demo project", description="Made by the demo")
    )
    yield "create(name='Demo project', …)", create, lambda p: f"id {p.id}"
    yield "list()", lambda: first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
    yield "get(id)", lambda: client.projects.get(holder["p"].id), lambda p: f"name {p.name!r}"
    yield (
        "update(id, archived=True, …)  [seed]",
        lambda: client.projects.update(holder["p"].id, description="Updated by the demo", archived=True),
        lambda p: f"archived {p.archived}, only the given fields sent",
    )
    yield "delete(id)", lambda: client.projects.delete(holder["p"].id), lambda _: "204 No Content"


def read(c: Any) -> Any:
    """An idempotent read through the sync facade."""
    return list(c.projects.list())


async def aread(c: Any) -> Any:
    """The same read through the async facade."""
    return await collect(c.projects.list())


def missing(c: Any) -> Any:
    """A call that the provider answers with 404 (raises ``errors.NotFoundError``)."""
    return c.projects.get("no-such-project-1")
