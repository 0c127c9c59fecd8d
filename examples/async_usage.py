"""Async usage: `AsyncClient` has the same methods as `Client`, awaitable; `list` is an async iterator.

Creates three projects concurrently on the local Gcore simulator, lists them with `async for`, then deletes
them concurrently. Every call is validated, signed, retried and typed exactly as the sync one.
"""

from __future__ import annotations

import asyncio

from cloudprojects import gcore_cloud, sim


async def run(client: gcore_cloud.AsyncClient) -> None:
    """Create, list and delete projects with several requests in flight on one connection pool."""
    created = await asyncio.gather(*(client.projects.create(name=f"async-{i}") for i in range(3)))
    print(f"created {len(created)} projects concurrently: {', '.join(p.name for p in created)}")
    names = [project.name async for project in client.projects.list(page_size=2)]
    print(f"listed {len(names)} projects, two per page")
    await asyncio.gather(*(client.projects.delete(p.id) for p in created))
    print(f"deleted {len(created)} projects concurrently")


async def main() -> None:
    with sim.serve("gcore_cloud") as server:
        async with gcore_cloud.AsyncClient(**server.client_kwargs()) as client:
            await run(client)


if __name__ == "__main__":
    asyncio.run(main())
