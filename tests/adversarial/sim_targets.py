"""Per provider: how to sign a raw request for its simulator, which routes take a body, and its error shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from cloudprojects.auth import AliyunSlsAuth, ApiKeyAuth, BceAuth, BearerAuth, NcpApiGatewayAuth


@dataclass(frozen=True)
class Target:
    """One simulator's surface for raw requests."""

    provider: str
    make_auth: Callable[[dict[str, str]], httpx.Auth]
    body_routes: tuple[tuple[str, str], ...]
    read_route: tuple[str, str]
    error_keys: frozenset[str]

    def error_shaped(self, body: Any) -> bool:
        """Whether ``body`` is this provider's error body (NCP gateway errors nest under ``error``)."""
        if not isinstance(body, dict):
            return False
        if self.provider == "ncp_media_intelligence" and isinstance(body.get("error"), dict):
            return {"errorCode", "message"} <= body["error"].keys()
        return self.error_keys <= body.keys()


TARGETS: dict[str, Target] = {
    "aliyun_sls": Target(
        "aliyun_sls",
        lambda c: AliyunSlsAuth(c["access_key_id"], c["access_key_secret"]),
        (("POST", "/"),),
        ("GET", "/"),
        frozenset({"errorCode", "errorMessage"}),
    ),
    "microvisualizer": Target(
        "microvisualizer",
        lambda c: BearerAuth(c["api_key"]),
        (
            ("POST", "/v1/projects"),
            ("PUT", "/v1/projects/my-project-a1b2c"),
            ("POST", "/v1/pinned"),
            ("POST", "/v1/projects/my-project-a1b2c/duplicate"),
        ),
        ("GET", "/v1/projects"),
        frozenset({"status", "code", "message"}),
    ),
    "baidu_bls": Target(
        "baidu_bls",
        lambda c: BceAuth(c["access_key_id"], c["secret_access_key"]),
        (("POST", "/v1/project"), ("PUT", "/v1/project"), ("POST", "/v1/project/list")),
        ("POST", "/v1/project/list"),
        frozenset({"code", "message", "requestId"}),
    ),
    "gcore_cloud": Target(
        "gcore_cloud",
        lambda c: ApiKeyAuth(c["api_key"]),
        (("POST", "/cloud/v1/projects"), ("PATCH", "/cloud/v1/projects/1"), ("PUT", "/cloud/v1/projects/1")),
        ("GET", "/cloud/v1/projects"),
        frozenset({"exception_class", "message"}),
    ),
    "ncp_media_intelligence": Target(
        "ncp_media_intelligence",
        lambda c: NcpApiGatewayAuth(c["access_key"], c["secret_key"]),
        (
            ("POST", "/api/v1/workspaces/my-workspace/projects"),
            ("PATCH", "/api/v1/workspaces/my-workspace/projects/1234"),
        ),
        ("GET", "/api/v1/workspaces/my-workspace/projects"),
        frozenset({"code", "message"}),
    ),
}
