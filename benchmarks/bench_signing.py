"""Time to sign one request, per scheme: our pure core, our httpx.Auth flow and the official SDK function.

Usage: ``python benchmarks/bench_signing.py [--smoke] [--rounds N] [--iterations N]``.
Each cell is the median time per signature over the rounds, with the min-max across rounds, in µs.
The SDK functions run as shipped (they read the clock themselves); ours stamp a fresh time too: the
flow column deletes the time header before each signing so every iteration signs a fresh request.
The token schemes have no separate core, so both of their columns time the flow.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import httpx
from aliyun.log.auth import AuthV1, AuthV4
from aliyun.log.credentials import StaticCredentialsProvider
from baidubce.auth import bce_v1_signer  # type: ignore[import-untyped]
from baidubce.auth.bce_credentials import BceCredentials  # type: ignore[import-untyped]
from ncloud_server.api_client import ApiClient  # type: ignore[import-untyped]

from cloudprojects.auth import (
    AliyunSlsAuth,
    AliyunSlsV4Auth,
    ApiKeyAuth,
    BceAuth,
    BearerAuth,
    NcpApiGatewayAuth,
)
from cloudprojects.auth._aliyun_sls import SlsV1Signer
from cloudprojects.auth._aliyun_sls_v4 import SlsV4Signer
from cloudprojects.auth._bce import BceSigner
from cloudprojects.auth._clock import format_iso_basic, format_iso_extended, format_rfc1123
from cloudprojects.auth._ncp import NcpSigner
from cloudprojects.auth._shell import wire_from_httpx

Action = Callable[[], object]
SLS_URL = "http://ali-project-test.cn-hangzhou.log.aliyuncs.com/"
SLS_BODY = json.dumps({"description": "Description of my-project-test"}).encode()
BLS_URL = "http://bls-log.bj.baidubce.com/v1/project/276c6cce-0350-4719-856d-ba675fa52c06"
BLS_HEADERS = {
    "Content-Type": "application/json;charset=UTF-8",
    "x-bce-request-id": "2eeba101-4cc7-4cfe-b5ac-a3be8d060e33",
}
NCP_PATH = "/api/v1/workspaces/my-workspace/projects/1234"


@dataclass(frozen=True)
class Bench:
    """One scheme's three ways to sign the same seed request (``sdk`` is None without an SDK)."""

    scheme: str
    core: Action
    flow: Action
    sdk: Action | None


@dataclass(frozen=True)
class Timing:
    median: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.median:7.1f} ({self.low:.1f}-{self.high:.1f})"


def flow_action(auth: httpx.Auth, request: httpx.Request, time_header: str | None) -> Action:
    """Sign ``request`` afresh: drop the time header, then run the auth flow once."""

    def sign() -> httpx.Request:
        if time_header is not None and time_header in request.headers:
            del request.headers[time_header]
        return next(auth.sync_auth_flow(request))

    return sign


def sls_v1() -> Bench:
    signer = SlsV1Signer("testAccessKeyId", "testAccessKeySecret")
    request = httpx.Request("PUT", SLS_URL, headers={"Content-Type": "application/json"}, content=SLS_BODY)
    wire = wire_from_httpx(request)
    auth = AliyunSlsAuth("testAccessKeyId", "testAccessKeySecret")
    sdk = AuthV1(StaticCredentialsProvider("testAccessKeyId", "testAccessKeySecret"))  # type: ignore[no-untyped-call]
    headers = {"Content-Type": "application/json", "x-log-apiversion": "0.6.0", "x-log-bodyrawsize": "49"}
    return Bench(
        "aliyun_sls (v1)",
        lambda: signer.sign(wire, format_rfc1123(time.time())),
        flow_action(auth, request, "date"),
        lambda: sdk.sign_request("PUT", "/", {}, dict(headers), SLS_BODY),  # type: ignore[no-untyped-call]
    )


def sls_v4() -> Bench:
    signer = SlsV4Signer("testAccessKeyId", "testAccessKeySecret", "cn-hangzhou")
    request = httpx.Request("PUT", SLS_URL, headers={"Content-Type": "application/json"}, content=SLS_BODY)
    wire = wire_from_httpx(request)
    auth = AliyunSlsV4Auth("testAccessKeyId", "testAccessKeySecret", "cn-hangzhou")
    sdk = AuthV4(StaticCredentialsProvider("testAccessKeyId", "testAccessKeySecret"), "cn-hangzhou")  # type: ignore[no-untyped-call]
    headers = {"Content-Type": "application/json", "Host": wire.headers["host"], "x-log-apiversion": "0.6.0"}
    return Bench(
        "aliyun_sls_v4",
        lambda: signer.sign(wire, format_iso_basic(time.time())),
        flow_action(auth, request, "x-log-date"),
        lambda: sdk.sign_request("PUT", "/", {}, dict(headers), SLS_BODY),  # type: ignore[no-untyped-call]
    )


def bce() -> Bench:
    signer = BceSigner("testAK", "testSK")
    request = httpx.Request("GET", BLS_URL, headers=BLS_HEADERS)
    wire = wire_from_httpx(request)
    auth = BceAuth("testAK", "testSK")
    credentials = BceCredentials("testAK", "testSK")
    headers = {name.lower().encode(): value.encode() for name, value in wire.headers.items()}
    path = wire.path.encode()

    def sdk() -> bytes:
        signed = dict(headers)
        signed[b"x-bce-date"] = format_iso_extended(time.time()).encode()
        signature: bytes = bce_v1_signer.sign(credentials, b"GET", path, signed, {}, 0, 1800, None)
        return signature

    return Bench(
        "baidu_bls",
        lambda: signer.sign(wire, format_iso_extended(time.time())),
        flow_action(auth, request, "x-bce-date"),
        sdk,
    )


def ncp() -> Bench:
    signer = NcpSigner("testAccessKey", "testSecretKey")
    request = httpx.Request("PATCH", "https://mi.apigw.ntruss.com" + NCP_PATH, content=b'{"name": "p"}')
    wire = wire_from_httpx(request, with_body=False)
    auth = NcpApiGatewayAuth("testAccessKey", "testSecretKey")
    config = {"host": "https://mi.apigw.ntruss.com/", "access_key": "testAccessKey", "secret_key": "testSecretKey"}
    client = SimpleNamespace(configuration=SimpleNamespace(**config))
    return Bench(
        "ncp_media_intelligence",
        lambda: signer.sign(wire, str(int(time.time() * 1000))),
        flow_action(auth, request, "x-ncp-apigw-timestamp"),
        lambda: ApiClient.make_signature(client, "PATCH", NCP_PATH[1:], [], str(int(time.time() * 1000))),
    )


def token(name: str, auth: httpx.Auth) -> Bench:
    request = httpx.Request("PUT", "https://api.example.com/v1/projects/1", content=b"{}")
    flow = flow_action(auth, request, None)
    return Bench(name, flow, flow, None)


def benches() -> list[Bench]:
    return [
        sls_v1(),
        sls_v4(),
        bce(),
        ncp(),
        token("gcore_cloud (apikey)", ApiKeyAuth("token")),
        token("microvisualizer (bearer)", BearerAuth("token")),
    ]


def samples(actions: list[Action | None], *, rounds: int, iterations: int, warmup: int) -> list[list[float] | None]:
    """Per-call time in µs of each action, one sample per round of ``iterations`` calls (None for no action).

    The actions take turns within each round, so a change in machine load affects them alike.
    """
    for action in actions:
        if action is not None:
            for _ in range(warmup):
                action()
    per_call: list[list[float]] = [[] for _ in actions]
    for _ in range(rounds):
        for index, action in enumerate(actions):
            if action is None:
                continue
            start = time.perf_counter_ns()
            for _ in range(iterations):
                action()
            per_call[index].append((time.perf_counter_ns() - start) / iterations / 1000)
    return [t if t else None for t in per_call]


def measure(actions: list[Action | None], *, rounds: int, iterations: int, warmup: int) -> list[Timing | None]:
    """Per-call time in µs of each action: median and min-max over ``rounds`` rounds of ``iterations`` calls."""
    found = samples(actions, rounds=rounds, iterations=iterations, warmup=warmup)
    return [Timing(statistics.median(t), min(t), max(t)) if t else None for t in found]


def main(argv: list[str] | None = None) -> list[tuple[str, Timing, Timing, Timing | None]]:
    """Measure every scheme, print the table and return its rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a handful of iterations, for tests")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--iterations", type=int, default=2000)
    args = parser.parse_args(argv)
    rounds, iterations, warmup = (3, 10, 3) if args.smoke else (args.rounds, args.iterations, args.iterations // 4)
    rows = []
    for bench in benches():
        core, flow, sdk = measure(
            [bench.core, bench.flow, bench.sdk], rounds=rounds, iterations=iterations, warmup=warmup
        )
        assert core is not None and flow is not None
        rows.append((bench.scheme, core, flow, sdk))
    print(f"signing time per request, µs: median (min-max) over {rounds} rounds x {iterations} calls")
    header = f"{'scheme':26} | {'ours: pure core':22} | {'ours: httpx.Auth flow':22} | {'official SDK':22}"
    print(header)
    print("-" * len(header))
    for scheme, core, flow, sdk in rows:
        print(f"{scheme:26} | {core!s:22} | {flow!s:22} | {sdk if sdk else '—'!s:22}")
    return rows


if __name__ == "__main__":
    main()
