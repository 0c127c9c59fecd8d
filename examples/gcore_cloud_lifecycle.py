"""Gcore Cloud: a project's whole lifecycle (create, list, get, update, delete).

Runs against the local Gcore simulator. To run it against Gcore itself, build the client with
`gcore_cloud.Client()` (the API key from `GCORE_API_KEY`) and call `lifecycle(client)`.
"""

from __future__ import annotations

from cloudprojects import gcore_cloud, sim


def lifecycle(client: gcore_cloud.Client) -> None:
    """Create a project, find it, rename it, delete it."""
    project = client.projects.create(name="docs-example", description="Made by examples/")
    print(f"created project {project.id} ({project.name}, {project.state})")
    names = [p.name for p in client.projects.list(page_size=10)]
    print(f"listed {len(names)} projects: {', '.join(names)}")
    fetched = client.projects.get(project.id)
    print(f"got project {fetched.id}: {fetched.name}")
    renamed = client.projects.update(project.id, name="docs-example-renamed")
    print(f"renamed to {renamed.name}")
    tasks = client.projects.delete(project.id)
    print(f"deleted: {len(tasks.tasks)} deletion task(s) started")


def main() -> None:
    with sim.serve("gcore_cloud") as server, gcore_cloud.Client(**server.client_kwargs()) as client:
        lifecycle(client)


if __name__ == "__main__":
    main()
