"""What the loopback server answers: each provider's seed operation and ``get``, as the provider sends them.

Bodies are the documented examples of the specs (``specs/examples/<provider>/`` for the seed operations, the
spec's own response example otherwise), serialised compactly as the services send JSON; headers are the ones
each provider documents or is seen sending. Standard library only: the server process imports nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "specs" / "examples"
DATE = "Sun, 27 May 2018 08:25:04 GMT"

SLS_PROJECT = "ali-project-test"
MV_PROJECT = "my-project-a1b2c"
BLS_UUID = "276c6cce-0350-4719-856d-ba675fa52c06"
GCORE_PROJECT = 1
NCP_WORKSPACE, NCP_PROJECT = "my-workspace", "1234"


@dataclass(frozen=True)
class Route:
    """One canned answer: ``method path`` in, status, headers and body out."""

    method: str
    path: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def wire(self) -> bytes:
        """The whole HTTP/1.1 response, head and body."""
        reason = {200: "OK", 204: "No Content"}[self.status]
        lines = [f"HTTP/1.1 {self.status} {reason}", *(f"{k}: {v}" for k, v in self.headers)]
        lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


def _spec(package: str, name: str) -> dict[str, Any]:
    path = ROOT / "generated" / package.removeprefix("cloudprojects_gen_") / package / "openapi" / f"{name}.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _spec_example(document: dict[str, Any], path: str, method: str) -> Any:
    """The first example of the operation's 2xx JSON response."""
    responses = document["paths"][path][method]["responses"]
    for status, response in responses.items():
        content = response.get("content", {}).get("application/json") if status.startswith("2") else None
        if content is None:
            continue
        if "example" in content:
            return content["example"]
        return next(iter(content["examples"].values()))["value"]
    raise LookupError(f"no 2xx JSON example for {method.upper()} {path}")


def _file_example(provider: str, name: str) -> Any:
    return json.loads((EXAMPLES / provider / f"{name}.json").read_text(encoding="utf-8"))


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def routes() -> list[Route]:
    """Every route the server answers."""
    sls = _spec("cloudprojects_gen_aliyun_sls", "aliyun_sls_project")
    mv = _spec("cloudprojects_gen_microvisualizer", "microvisualizer")
    gcore = _spec("cloudprojects_gen_gcore_cloud", "gcore_cloud")
    ncp = _spec("cloudprojects_gen_ncp_media_intelligence", "ncp_media_intelligence")
    sls_headers = (
        ("Server", "nginx"),
        ("Connection", "keep-alive"),
        ("Access-Control-Allow-Origin", "*"),
        ("Date", DATE),
        ("x-log-time", "1527409504"),
        ("x-log-requestid", "5B0A6B60BB6EE39764D458B5"),
    )
    json_type = ("Content-Type", "application/json")
    bce_headers = (
        ("Content-Type", "application/json;charset=UTF-8"),
        ("Date", DATE),
        ("Server", "BWS"),
        ("x-bce-request-id", "2eeba101-4cc7-4cfe-b5ac-a3be8d060e33"),
    )
    gcore_headers = (
        json_type,
        ("Date", DATE),
        ("Server", "nginx"),
        ("X-Request-ID", "5f1c4e2a9b7d4c3e8a6f0b1d2c3e4f5a"),
    )
    mv_headers = (json_type, ("Date", DATE), ("Vary", "Origin"))
    ncp_headers = (
        ("Content-Type", "application/json;charset=UTF-8"),
        ("Date", DATE),
        ("x-ncp-trace-id", "3d7fd4l6c6b9m8ljcsc2e5cb8l3jdg5q"),
    )
    mv_path, gcore_path = f"/v1/projects/{MV_PROJECT}", f"/cloud/v1/projects/{GCORE_PROJECT}"
    ncp_path = f"/api/v1/workspaces/{NCP_WORKSPACE}/projects/{NCP_PROJECT}"
    ncp_template = "/api/v1/workspaces/{workspace_name}/projects/{project_id}"
    return [
        Route("PUT", "/", 200, sls_headers, b""),
        Route("GET", "/", 200, (json_type, *sls_headers), _compact(_spec_example(sls, "/", "get"))),
        Route("PUT", mv_path, 200, mv_headers, _compact(_file_example("microvisualizer", "update_project.response"))),
        Route("GET", mv_path, 200, mv_headers, _compact(_spec_example(mv, "/v1/projects/{projectId}", "get"))),
        Route(
            "GET",
            f"/v1/project/{BLS_UUID}",
            200,
            bce_headers,
            _compact(_file_example("baidu_bls", "get_project.response")),
        ),
        Route(
            "PUT", gcore_path, 200, gcore_headers, _compact(_file_example("gcore_cloud", "replace_project.response"))
        ),
        Route(
            "GET",
            gcore_path,
            200,
            gcore_headers,
            _compact(_spec_example(gcore, "/cloud/v1/projects/{project_id}", "get")),
        ),
        Route(
            "PATCH",
            ncp_path,
            200,
            ncp_headers,
            _compact(_file_example("ncp_media_intelligence", "update_project.response")),
        ),
        Route("GET", ncp_path, 200, ncp_headers, _compact(_spec_example(ncp, ncp_template, "get"))),
    ]
