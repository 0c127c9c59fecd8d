"""Shared helpers of the auth tests: scheme table, vector loading, capture transports."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from cloudprojects.auth import (
    AliyunSlsAuth,
    AliyunSlsV4Auth,
    BceAuth,
    NcpApiGatewayAuth,
    WireRequest,
    verify_aliyun_sls,
    verify_aliyun_sls_v4,
    verify_bce,
    verify_ncp_api_gateway,
)
from cloudprojects.auth._aliyun_sls import SlsV1Signer
from cloudprojects.auth._aliyun_sls_v4 import SlsV4Signer
from cloudprojects.auth._bce import BceSigner
from cloudprojects.auth._clock import format_iso_basic, format_iso_extended, format_rfc1123
from cloudprojects.auth._ncp import NcpSigner
from cloudprojects.auth._shell import SigningAuth

VECTORS = Path(__file__).parent / "vectors"
DISTINCTIVE_SECRET = "SeCrEt-9f8e7d6c5b4a-do-not-leak"
DISTINCTIVE_KEY_ID = "LTAI5tDistinctKeyIdabcd"
DISTINCTIVE_TOKEN = "StsToken-0a1b2c3d-do-not-leak"

Signer = SlsV1Signer | SlsV4Signer | BceSigner | NcpSigner
Verifier = Callable[..., str]


@dataclass(frozen=True)
class Scheme:
    """How to build, drive and verify one signing scheme in tests."""

    name: str
    time_header: str
    format_time: Callable[[float], str]
    make_auth: Callable[[dict[str, Any], Callable[[], float]], SigningAuth]
    make_signer: Callable[[dict[str, Any]], Signer]
    verify: Verifier
    signature_headers: tuple[str, ...]
    url: str


def _ncp_time(epoch: float) -> str:
    return str(int(epoch * 1000))


SCHEMES: dict[str, Scheme] = {
    "aliyun_sls": Scheme(
        "aliyun_sls",
        "date",
        format_rfc1123,
        lambda c, clock: AliyunSlsAuth(
            c["access_key_id"], c["access_key_secret"], c.get("security_token"), clock=clock
        ),
        lambda c: SlsV1Signer(c["access_key_id"], c["access_key_secret"], c.get("security_token")),
        verify_aliyun_sls,
        ("authorization", "date", "content-md5", "x-log-signaturemethod", "x-log-date"),
        "http://ali-project-test.cn-hangzhou.log.aliyuncs.com/",
    ),
    "aliyun_sls_v4": Scheme(
        "aliyun_sls_v4",
        "x-log-date",
        format_iso_basic,
        lambda c, clock: AliyunSlsV4Auth(
            c["access_key_id"], c["access_key_secret"], c["region"], c.get("security_token"), clock=clock
        ),
        lambda c: SlsV4Signer(c["access_key_id"], c["access_key_secret"], c["region"], c.get("security_token")),
        verify_aliyun_sls_v4,
        ("authorization", "x-log-date", "x-log-content-sha256"),
        "http://ali-project-test.cn-hangzhou.log.aliyuncs.com/",
    ),
    "baidu_bls": Scheme(
        "baidu_bls",
        "x-bce-date",
        format_iso_extended,
        lambda c, clock: BceAuth(
            c["access_key_id"],
            c["secret_access_key"],
            c.get("expiration_seconds", 1800),
            security_token=c.get("security_token"),
            clock=clock,
        ),
        lambda c: BceSigner(
            c["access_key_id"], c["secret_access_key"], c.get("expiration_seconds", 1800), c.get("security_token")
        ),
        verify_bce,
        ("authorization", "x-bce-date"),
        "http://bls-log.bj.baidubce.com/v1/project/276c6cce-0350-4719-856d-ba675fa52c06",
    ),
    "ncp_media_intelligence": Scheme(
        "ncp_media_intelligence",
        "x-ncp-apigw-timestamp",
        _ncp_time,
        lambda c, clock: NcpApiGatewayAuth(c["access_key"], c["secret_key"], clock=clock),
        lambda c: NcpSigner(c["access_key"], c["secret_key"]),
        verify_ncp_api_gateway,
        ("x-ncp-apigw-signature-v2", "x-ncp-apigw-timestamp", "x-ncp-iam-access-key"),
        "https://mi.apigw.ntruss.com/api/v1/workspaces/my-workspace/projects/1234",
    ),
}


def distinctive_credentials(scheme: str) -> dict[str, Any]:
    """Fake credentials with a secret that is easy to search for in any output."""
    if scheme == "baidu_bls":
        return {"access_key_id": DISTINCTIVE_KEY_ID, "secret_access_key": DISTINCTIVE_SECRET}
    if scheme == "ncp_media_intelligence":
        return {"access_key": DISTINCTIVE_KEY_ID, "secret_key": DISTINCTIVE_SECRET}
    region = {"region": "cn-hangzhou"} if scheme == "aliyun_sls_v4" else {}
    return {"access_key_id": DISTINCTIVE_KEY_ID, "access_key_secret": DISTINCTIVE_SECRET} | region


def secret_of(credentials: dict[str, Any]) -> str:
    return str(
        credentials.get("access_key_secret") or credentials.get("secret_access_key") or credentials["secret_key"]
    )


def key_id_of(credentials: dict[str, Any]) -> str:
    return str(credentials.get("access_key_id") or credentials["access_key"])


def load_cases(scheme: str) -> list[dict[str, Any]]:
    document = json.loads((VECTORS / f"{scheme}.json").read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = document["cases"]
    return cases


def all_cases() -> list[tuple[str, dict[str, Any]]]:
    return [(scheme, case) for scheme in SCHEMES for case in load_cases(scheme)]


def body_of(spec: dict[str, Any]) -> bytes:
    if "body_base64" in spec:
        return base64.b64decode(spec["body_base64"])
    return str(spec.get("body_text", "")).encode("utf-8")


def wire_of(case: dict[str, Any]) -> WireRequest:
    wire = case["wire"]
    return WireRequest(wire["method"], wire["path"], wire["query"], dict(wire["headers"]), body_of(wire))


def httpx_request_of(case: dict[str, Any]) -> httpx.Request:
    spec = case["request"]
    return httpx.Request(spec["method"], spec["url"], headers=spec["headers"], content=body_of(spec))


class Capture:
    """A MockTransport handler that records every request it receives and answers 200."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._respond(request) if self._respond else httpx.Response(200)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def sign_with_flow(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    """Run the auth flow once without a client (as httpx does before sending)."""
    flow = auth.sync_auth_flow(request)
    signed = next(flow)
    flow.close()
    return signed


def frozen(epoch: float) -> Callable[[], float]:
    return lambda: epoch
