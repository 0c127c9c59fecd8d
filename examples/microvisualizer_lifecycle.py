"""MicroVisualizer: a project's whole lifecycle (create, list, get, update, pin, delete).

Runs against the local MicroVisualizer simulator. To run it against the real API, build the client with
`microvisualizer.Client()` (the key from `MICROVISUALIZER_API_KEY`) and call `lifecycle(client)`.
"""

from __future__ import annotations

from cloudprojects import microvisualizer, sim


def lifecycle(client: microvisualizer.Client) -> None:
    """Create a project, find it, archive it, pin and unpin it, delete it."""
    project = client.projects.create(name="Docs example", description="Made by examples/")
    print(f"created project {project.id} ({project.name})")
    names = [p.name for p in client.projects.list(page_size=10)]
    print(f"listed {len(names)} projects: {', '.join(names)}")
    print(f"got project {client.projects.get(project.id).name}")
    updated = client.projects.update(project.id, archived=True)  # only the fields given are sent
    print(f"archived: {updated.archived}")
    client.projects.pin(project.id)
    print(f"pinned projects: {len(client.projects.list_pinned())}")
    client.projects.unpin(project.id)
    client.projects.delete(project.id)
    print("deleted")


def main() -> None:
    with sim.serve("microvisualizer") as server, microvisualizer.Client(**server.client_kwargs()) as client:
        lifecycle(client)


if __name__ == "__main__":
    main()
