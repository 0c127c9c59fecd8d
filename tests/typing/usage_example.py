"""A user's typed code against the five facades; tests/typing/test_usage_types.py runs mypy --strict on it."""

from __future__ import annotations

from cloudprojects import aliyun_sls, baidu_bls, errors, gcore_cloud, microvisualizer, ncp_media_intelligence
from cloudprojects_gen_gcore_cloud import models as gcore_cloud_models


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


def per_request_options_raw_responses_and_pages() -> tuple[int, str | None, int | None, list[str]]:
    with gcore_cloud.Client(api_key="key", timeout=10, total_timeout=60, max_retries=3) as gcore:
        fast = gcore.with_options(timeout=2.5, max_retries=0)
        project = fast.projects.get(
            1, timeout=1.0, max_retries=1, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1"}
        )
        raw = gcore.projects.with_raw_response.update(1, name="Renamed", extra_body={"labels": {}})
        status: int = raw.status_code
        request_id: str | None = raw.request_id
        retries: int = raw.retries_taken
        renamed: gcore_cloud_models.Project = raw.parse()
        totals: list[int | None] = [page.total for page in gcore.projects.list(page_size=50).pages()]
        first = gcore.projects.with_raw_response.list(page_size=10).parse()
        names = [p.name for p in first.items] + [renamed.name]
    with baidu_bls.Client(region="bj", access_key_id="ak", secret_access_key="sk") as bls:
        bls.projects.create(name="logs", extra_headers={"x-bce-request-id": "r-1"})
    return status + retries + project.id, request_id, totals[0] if totals else None, names


async def async_pages() -> list[str]:
    async with microvisualizer.AsyncClient(api_key="key") as mv:
        ids = [p.id async for p in mv.projects.list(page_size=20)]
        async for page in mv.projects.list().pages():
            ids.extend(p.id for p in page.items)
        raw = await mv.projects.with_raw_response.get("my-project-a1b2c", timeout=3)
        ids.append(raw.parse().id)
    return ids
