"""Baidu AI Cloud BLS: a project's whole lifecycle (create, list, get, update, delete), signed with bce-auth-v1.

Runs against the local BLS simulator. To run it against Baidu, build the client with
`baidu_bls.Client(region="bj")` (keys from `BCE_ACCESS_KEY_ID` / `BCE_SECRET_ACCESS_KEY`) and call
`lifecycle(client)`.
"""

from __future__ import annotations

from cloudprojects import baidu_bls, sim


def lifecycle(client: baidu_bls.Client) -> None:
    """Create a project, find its uuid by listing (BLS answers a create without it), update it, delete it."""
    client.projects.create(name="docs-example", description="Made by examples/")
    print("created project docs-example")
    projects = list(client.projects.list(name="docs-example"))
    uuid = projects[0].uuid
    print(f"listed {len(projects)} project(s) named docs-example: uuid {uuid}")
    print(f"got project {client.projects.get(str(uuid)).name}")
    client.projects.update(str(uuid), description="Updated by examples/")
    print(f"description now {client.projects.get(str(uuid)).description!r}")
    client.projects.delete(str(uuid))
    print("deleted")


def main() -> None:
    with sim.serve("baidu_bls") as server, baidu_bls.Client(**server.client_kwargs()) as client:
        lifecycle(client)


if __name__ == "__main__":
    main()
