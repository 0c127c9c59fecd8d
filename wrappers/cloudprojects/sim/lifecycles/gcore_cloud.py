"""Gcore Cloud: the scripted lifecycle, an idempotent read, and a call that finds nothing."""

from __future__ import annotations

from typing import Any

from ._steps import Steps, first


def lifecycle(client: Any) -> Steps:
    """create → list → get → the seed operation → delete, one step at a time."""
    holder: dict[str, Any] = {}
    yield (
        "create(name='demo-project')",
        lambda: holder.setdefault("p", client.projects.create(name="demo-project")),
        (lambda p: f"id {p.id}, state {p.state}"),
    )
    yield "list()", lambda: first(client.projects.list(page_size=1)), lambda ps: f"{len(ps)} projects, 1 per page"
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


def read(c: Any) -> Any:
    """An idempotent read through the sync facade."""
    return c.projects.get(1)


async def aread(c: Any) -> Any:
    """The same read through the async facade."""
    return await c.projects.get(1)


def missing(c: Any) -> Any:
    """A call that the provider answers with 404 (raises ``errors.NotFoundError``)."""
    return c.projects.get(999)
