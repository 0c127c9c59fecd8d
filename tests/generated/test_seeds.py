"""Each seed operation, through its generated client, is exactly what its seed document says on the wire."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import yaml

from codegen.providers import SPECS

EXAMPLES = SPECS / "examples"


@dataclass(frozen=True)
class Seed:
    provider: str
    spec: str
    package: str
    operation: str
    method: str
    path: str
    server: str
    path_params: tuple[str, ...]
    args: tuple[Any, ...]
    url: str
    body_fields: tuple[str, ...] = ()
    required_body_fields: tuple[str, ...] = ()
    body_model: str | None = None
    status: int = 200
    request_example: dict[str, Any] | None = field(default=None)


def _example(provider: str, name: str) -> Any:
    return json.loads((EXAMPLES / provider / name).read_text(encoding="utf-8"))


SEEDS = [
    Seed(
        provider="aliyun_sls",
        spec="aliyun_sls_project.yaml",
        package="cloudprojects_gen_aliyun_sls.project",
        operation="update_project",
        method="PUT",
        path="/",
        server="https://{project}.{endpoint}",
        path_params=(),
        args=(),
        url="https://ali-project-test.cn-hangzhou.log.aliyuncs.com/",
        body_fields=("description",),
        required_body_fields=("description",),
        body_model="ProjectUpdateRequest",
    ),
    Seed(
        provider="microvisualizer",
        spec="microvisualizer.yaml",
        package="cloudprojects_gen_microvisualizer",
        operation="update_project",
        method="PUT",
        path="/v1/projects/{projectId}",
        server="https://api.microvisualizer.com",
        path_params=("projectId",),
        args=("my-project-a1b2c",),
        url="https://api.microvisualizer.com/v1/projects/my-project-a1b2c",
        body_fields=("archived", "description", "name"),
        required_body_fields=(),
        body_model="ProjectUpdateRequest",
    ),
    Seed(
        provider="baidu_bls",
        spec="baidu_bls.yaml",
        package="cloudprojects_gen_baidu_bls",
        operation="get_project",
        method="GET",
        path="/v1/project/{uuid}",
        server="https://bls-log.{region}.baidubce.com",
        path_params=("uuid",),
        args=("276c6cce-0350-4719-856d-ba675fa52c06",),
        url="https://bls-log.bj.baidubce.com/v1/project/276c6cce-0350-4719-856d-ba675fa52c06",
    ),
    Seed(
        provider="gcore_cloud",
        spec="gcore_cloud.yaml",
        package="cloudprojects_gen_gcore_cloud",
        operation="replace_project",
        method="PUT",
        path="/cloud/v1/projects/{project_id}",
        server="https://api.gcore.com",
        path_params=("project_id",),
        args=(1,),
        url="https://api.gcore.com/cloud/v1/projects/1",
        body_fields=("description", "name"),
        required_body_fields=("name",),
        body_model="ProjectReplaceRequest",
    ),
    Seed(
        provider="ncp_media_intelligence",
        spec="ncp_media_intelligence.yaml",
        package="cloudprojects_gen_ncp_media_intelligence",
        operation="update_project",
        method="PATCH",
        path="/api/v1/workspaces/{workspace_name}/projects/{project_id}",
        server="https://mi.apigw.ntruss.com",
        path_params=("workspace_name", "project_id"),
        args=("my-workspace", "1234"),
        url="https://mi.apigw.ntruss.com/api/v1/workspaces/my-workspace/projects/1234",
        body_fields=("name",),
        required_body_fields=("name",),
        body_model="ProjectUpdateRequest",
    ),
]
IDS = [s.provider for s in SEEDS]


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_seed_operation_in_spec(seed: Seed) -> None:
    document = yaml.safe_load((SPECS / seed.spec).read_text(encoding="utf-8"))
    operation = document["paths"][seed.path][seed.method.lower()]
    assert operation["operationId"] == seed.operation
    assert operation.get("x-cloudprojects-seed", "").endswith(".txt")
    servers = operation.get("servers") or document["paths"][seed.path].get("servers") or document["servers"]
    assert servers[0]["url"] == seed.server
    shared = document["paths"][seed.path].get("parameters", [])
    params = [_resolve(document, p) for p in shared + operation.get("parameters", [])]
    assert tuple(p["name"] for p in params if p["in"] == "path") == seed.path_params
    assert all(not p.get("required") for p in params if p["in"] != "path"), "the seed takes no other required input"
    if seed.body_fields:
        media = operation["requestBody"]["content"]["application/json"]
        schema = _resolve(document, media["schema"])
        assert set(seed.body_fields) <= set(schema["properties"])
        assert tuple(sorted(schema.get("required", []))) == seed.required_body_fields
        deviations = " ".join(operation.get("x-cloudprojects-seed-deviations", []))
        for extra in set(schema["properties"]) - set(seed.body_fields):
            assert f"`{extra}`" in deviations, f"{extra} is not in the seed: say so in x-cloudprojects-seed-deviations"
    else:
        assert "requestBody" not in operation


def _call(seed: Seed, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    package = importlib.import_module(seed.package)
    module = importlib.import_module(f"{seed.package}.api.projects.{seed.operation}")
    client = package.Client(base_url=seed.url.split("/", 3)[:3] and "/".join(seed.url.split("/")[:3]))
    client = client.with_timeout(httpx.Timeout(5.0))
    client._httpx_args = {"transport": httpx.MockTransport(handler)}
    kwargs: dict[str, Any] = {"client": client}
    if seed.body_model:
        models = importlib.import_module(f"{seed.package}.models")
        body = _example(seed.provider, f"{seed.operation}.request.json")
        kwargs["body"] = getattr(models, seed.body_model).from_dict(body)
    return module.sync_detailed(*seed.args, **kwargs)


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_seed_request_and_response_on_the_wire(seed: Seed) -> None:
    sent: list[httpx.Request] = []
    response_file = EXAMPLES / seed.provider / f"{seed.operation}.response.json"
    response_body = json.loads(response_file.read_text()) if response_file.exists() else None

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if response_body is None:
            return httpx.Response(seed.status, headers={"Content-Length": "0"})
        return httpx.Response(seed.status, json=response_body)

    result = _call(seed, handler)
    (request,) = sent
    assert request.method == seed.method
    assert str(request.url) == seed.url
    if seed.body_model:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == _example(seed.provider, f"{seed.operation}.request.json")
    else:
        assert request.content == b""
    assert result.status_code == seed.status
    if response_body is None:
        assert result.parsed is None
    else:
        assert result.parsed.to_dict() == response_body
