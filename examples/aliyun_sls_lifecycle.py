"""Alibaba Cloud SLS: a project's whole lifecycle (create, list, get, update, delete), signed with LOG v1.

Runs against the local SLS simulator. To run it against Alibaba Cloud, build the client with
`aliyun_sls.Client(endpoint="cn-hangzhou.log.aliyuncs.com")` (keys from `ALIBABA_CLOUD_ACCESS_KEY_ID` /
`ALIBABA_CLOUD_ACCESS_KEY_SECRET`) and call `lifecycle(client)`.
"""

from __future__ import annotations

from cloudprojects import aliyun_sls, sim


def lifecycle(client: aliyun_sls.Client) -> None:
    """Create a project, find it, change its description, delete it."""
    name = "docs-example"
    client.projects.create(name, description="Made by examples/")
    print(f"created project {name}")
    names = [p.project_name for p in client.projects.list(page_size=10)]
    print(f"listed {len(names)} projects: {', '.join(names)}")
    print(f"got project {name}: status {client.projects.get(name).status}")
    client.projects.update(name, description="Updated by examples/")  # PUT / on docs-example.<endpoint>
    print(f"description now {client.projects.get(name).description!r}")
    client.projects.delete(name)
    print("deleted")


def main() -> None:
    with sim.serve("aliyun_sls") as server, aliyun_sls.Client(**server.client_kwargs()) as client:
        lifecycle(client)


if __name__ == "__main__":
    main()
