"""Alibaba Cloud SLS: the scripted lifecycle, an idempotent read, and a call that finds nothing."""

from __future__ import annotations

from typing import Any

from ._steps import Steps, collect, first


def lifecycle(client: Any) -> Steps:
    """create → list → get → the seed operation → delete, one step at a time."""
    name = "ali-project-test"
    yield (
        f"create({name!r}, …)",
        lambda: client.projects.create(name, description="Made by the demo"),
        (lambda _: "created"),
    )
    yield "list()", lambda: first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
    yield f"get({name!r})", lambda: client.projects.get(name), lambda p: f"status {p.status}"
    yield (
        f"update({name!r}, description=…)  [seed]",
        lambda: client.projects.update(name, description="Description of my-project-test"),
        lambda _: "PUT / on the project host",
    )
    yield f"delete({name!r})", lambda: client.projects.delete(name), lambda _: "deleted"


def read(c: Any) -> Any:
    """An idempotent read through the sync facade."""
    return list(c.projects.list())


async def aread(c: Any) -> Any:
    """The same read through the async facade."""
    return await collect(c.projects.list())


def missing(c: Any) -> Any:
    """A call that the provider answers with 404 (raises ``errors.NotFoundError``)."""
    return c.projects.get("no-such-project")
