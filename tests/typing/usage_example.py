"""A user's typed code against the five facades; tests/typing/test_usage_types.py runs mypy --strict on it."""

from __future__ import annotations

from cloudprojects import aliyun_sls, baidu_bls, errors, gcore_cloud, microvisualizer, ncp_media_intelligence


def seed_calls() -> list[str]:
    with aliyun_sls.Client(access_key_id="ak", access_key_secret="sk") as sls:
        sls.projects.update("ali-project-test", description="Description of my-project-test")
        names = [p.project_name for p in sls.projects.list(page_size=50)]
    with microvisualizer.Client(api_key="key") as mv:
        updated: str = mv.projects.update("my-project-a1b2c", archived=True).id
    with baidu_bls.Client(region="bj", access_key_id="ak", secret_access_key="sk") as bls:
        project_name: str = bls.projects.get("276c6cce-0350-4719-856d-ba675fa52c06").name
    with gcore_cloud.Client(api_key="key") as gcore:
        replaced_id: int = gcore.projects.replace(1, name="New Project").id
    with ncp_media_intelligence.Client(access_key="ak", secret_key="sk") as ncp:
        renamed: str = ncp.projects.update("my-workspace", "1234", name="updated_project_name").name
    return [*names, updated, project_name, str(replaced_id), renamed]


async def async_calls() -> int:
    async with gcore_cloud.AsyncClient(api_key="key") as gcore:
        try:
            project = await gcore.projects.get(1)
        except errors.NotFoundError as exc:
            status: int = exc.status_code
            return status
        return sum([p.id async for p in gcore.projects.list(page_size=10)]) + project.id
