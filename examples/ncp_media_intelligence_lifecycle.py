"""NAVER Cloud Media Intelligence: a project's whole lifecycle in a workspace, signed with API Gateway v2.

Runs against the local Media Intelligence simulator. To run it against NAVER Cloud, build the client with
`ncp_media_intelligence.Client()` (keys from `NCLOUD_ACCESS_KEY` / `NCLOUD_SECRET_KEY`) and call
`lifecycle(client)`.
"""

from __future__ import annotations

from cloudprojects import ncp_media_intelligence, sim

WORKSPACE = "my-workspace"


def lifecycle(client: ncp_media_intelligence.Client) -> None:
    """Create a project in the workspace, find it, rename it, delete it."""
    project = client.projects.create(WORKSPACE, name="docs_example")
    print(f"created project {project.project_id} ({project.name})")
    names = [p.name for p in client.projects.list(WORKSPACE)]
    print(f"listed {len(names)} projects: {', '.join(names)}")
    print(f"got project {client.projects.get(WORKSPACE, project.project_id).name}")
    renamed = client.projects.update(WORKSPACE, project.project_id, name="docs_example_renamed")
    print(f"renamed to {renamed.name}")
    client.projects.delete(WORKSPACE, project.project_id)
    print("deleted")


def main() -> None:
    with (
        sim.serve("ncp_media_intelligence") as server,
        ncp_media_intelligence.Client(**server.client_kwargs()) as client,
    ):
        lifecycle(client)


if __name__ == "__main__":
    main()
