"""The contenders, per provider operation: our facade, raw httpx sending the same bytes, and the official SDK.

Every contender is a factory ``(port) -> (call, close)``: ``call()`` performs one complete call (request sent,
answer read and parsed the way that client parses it), ``close()`` releases the client. Heavy imports happen
inside the factories, so importing this module costs little.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from _wire import BLS_UUID, GCORE_PROJECT, MV_PROJECT, NCP_PROJECT, NCP_WORKSPACE, SLS_PROJECT

Call = Callable[[], object]
Close = Callable[[], object]
SyncFactory = Callable[[int, "httpx.BaseTransport | None"], tuple[Call, Close]]
AsyncCall = Callable[[], Awaitable[object]]
AsyncClose = Callable[[], Awaitable[object]]

# Fake credentials: the server checks nothing.
SLS_AK, SLS_SK = "LTAI5tBenchmarkKeyId00", "benchmarkAccessKeySecret000000"
BCE_AK, BCE_SK = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1"
NCP_AK, NCP_SK = "ncpBenchmarkAccessKey", "ncpBenchmarkSecretKey000000000000000000"
TOKEN = "benchmark-api-token-0123456789abcdef"

SLS_DESCRIPTION = "Description of my-project-test"
MV_NAME, MV_DESCRIPTION = "Payments Platform", "Microservices behind checkout and payment processing"
GCORE_NAME = "New Project"
NCP_NAME = "updated_project_name"


def base_url(port: int) -> str:
    return f"http://127.0.0.1:{port}"


# --- our facades ----------------------------------------------------------------------------------------------


def facade(provider: str, port: int, *, transport: Any = None, asynchronous: bool = False) -> Any:
    """Our ``Client`` (or ``AsyncClient``) of ``provider`` against the loopback server."""
    import importlib

    module = importlib.import_module(f"cloudprojects.{provider}")
    cls = module.AsyncClient if asynchronous else module.Client
    url = base_url(port)
    if provider == "aliyun_sls":
        kwargs: dict[str, Any] = {"endpoint": f"127.0.0.1:{port}", "scheme": "http"}
        kwargs |= {"access_key_id": SLS_AK, "access_key_secret": SLS_SK}
    elif provider == "baidu_bls":
        kwargs = {"endpoint": url, "access_key_id": BCE_AK, "secret_access_key": BCE_SK}
    elif provider == "ncp_media_intelligence":
        kwargs = {"base_url": url, "access_key": NCP_AK, "secret_key": NCP_SK}
    else:
        kwargs = {"base_url": url, "api_key": TOKEN}
    return cls(transport=transport, **kwargs)


def _invoke(client: Any, provider: str, operation: str) -> Any:
    """One facade call (sync: the result; async: the awaitable)."""
    projects = client.projects
    match provider, operation:
        case "aliyun_sls", "seed":
            return projects.update(SLS_PROJECT, description=SLS_DESCRIPTION)
        case "aliyun_sls", "get":
            return projects.get(SLS_PROJECT)
        case "microvisualizer", "seed":
            return projects.update(MV_PROJECT, name=MV_NAME, description=MV_DESCRIPTION)
        case "microvisualizer", "get":
            return projects.get(MV_PROJECT)
        case "baidu_bls", "seed" | "get":
            return projects.get(BLS_UUID)
        case "gcore_cloud", "seed":
            return projects.replace(GCORE_PROJECT, name=GCORE_NAME)
        case "gcore_cloud", "get":
            return projects.get(GCORE_PROJECT)
        case "ncp_media_intelligence", "seed":
            return projects.update(NCP_WORKSPACE, NCP_PROJECT, name=NCP_NAME)
        case "ncp_media_intelligence", "get":
            return projects.get(NCP_WORKSPACE, NCP_PROJECT)
    raise LookupError(f"{provider} {operation}")


def ours(provider: str, operation: str, transport: Callable[[], Any] | None = None) -> SyncFactory:
    def make(port: int, _: Any = None) -> tuple[Call, Close]:
        client = facade(provider, port, transport=transport() if transport else None)
        return (lambda: _invoke(client, provider, operation)), client.close

    return make


def ours_async(provider: str, operation: str, transport: Callable[[], Any] | None = None) -> Any:
    def make(port: int) -> tuple[AsyncCall, AsyncClose]:
        client = facade(provider, port, transport=transport() if transport else None, asynchronous=True)
        return (lambda: _invoke(client, provider, operation)), client.close

    return make


# --- raw httpx: the same bytes, no signing, no validation, json.loads of the body ----------------------------


@dataclass(frozen=True)
class Captured:
    """A request exactly as our facade sends it (signature and time headers frozen)."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    body: bytes


def capture(provider: str, operation: str, port: int) -> Captured:
    """The bytes our facade sends for the operation (captured once, answered by a canned 200)."""
    from _wire import routes

    seen: list[httpx.Request] = []
    answers = {(r.method, r.path): r for r in routes()}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        route = answers[(request.method, request.url.path)]
        return httpx.Response(route.status, headers=list(route.headers), content=route.body)

    with facade(provider, port, transport=httpx.MockTransport(handler)) as client:
        _invoke(client, provider, operation)
    (request,) = seen
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
    return Captured(request.method, str(request.url), headers, request.content)


def raw_httpx(provider: str, operation: str, transport: Callable[[], Any] | None = None) -> SyncFactory:
    def make(port: int, _: Any = None) -> tuple[Call, Close]:
        sent = capture(provider, operation, port)
        client = httpx.Client(transport=transport() if transport else None)
        url = sent.url

        def call() -> object:
            response = client.request(sent.method, url, headers=sent.headers, content=sent.body or None)
            response.raise_for_status()
            return response.json() if response.content else None

        return call, client.close

    return make


def raw_httpx_async(provider: str, operation: str, transport: Callable[[], Any] | None = None) -> Any:
    def make(port: int) -> tuple[AsyncCall, AsyncClose]:
        sent = capture(provider, operation, port)
        client = httpx.AsyncClient(transport=transport() if transport else None)
        url = sent.url

        async def call() -> object:
            response = await client.request(sent.method, url, headers=sent.headers, content=sent.body or None)
            response.raise_for_status()
            return response.json() if response.content else None

        return call, client.aclose

    return make


# --- official SDKs ----------------------------------------------------------------------------------------------


def gcore_sdk(operation: str) -> SyncFactory:
    """gcore (Stainless): ``cloud.projects.get``; the SDK has no replace, so the seed PUT goes through its
    generic ``put`` with the same path, body and model, as the SDK's own resources do."""

    def make(port: int, _: Any = None) -> tuple[Call, Close]:
        from gcore import Gcore
        from gcore.types.cloud import Project

        client = Gcore(api_key=TOKEN, base_url=base_url(port))
        if operation == "get":
            return (lambda: client.cloud.projects.get(project_id=GCORE_PROJECT)), client.close
        path = f"/cloud/v1/projects/{GCORE_PROJECT}"
        return (lambda: client.put(path, body={"name": GCORE_NAME}, cast_to=Project)), client.close

    return make


def gcore_sdk_async(operation: str, aiohttp: bool = False) -> Any:
    def make(port: int) -> tuple[AsyncCall, AsyncClose]:
        from gcore import AsyncGcore, DefaultAioHttpClient
        from gcore.types.cloud import Project

        http = DefaultAioHttpClient() if aiohttp else None
        client = AsyncGcore(api_key=TOKEN, base_url=base_url(port), http_client=http)
        if operation == "get":
            return (lambda: client.cloud.projects.get(project_id=GCORE_PROJECT)), client.close
        path = f"/cloud/v1/projects/{GCORE_PROJECT}"
        return (lambda: client.put(path, body={"name": GCORE_NAME}, cast_to=Project)), client.close

    return make


def aliyun_sdk(operation: str) -> SyncFactory:
    """aliyun-log-python-sdk: ``LogClient.update_project`` / ``get_project`` (requests, keep-alive session)."""

    def make(port: int, _: Any = None) -> tuple[Call, Close]:
        from aliyun.log import LogClient

        # The SDK connects directly only to a bare IP (no port); give it the port afterwards.
        client: Any = LogClient("127.0.0.1", SLS_AK, SLS_SK)
        client._setendpoint(f"127.0.0.1:{port}")
        if operation == "get":
            return (lambda: client.get_project(SLS_PROJECT)), client._session.close
        return (lambda: client.update_project(SLS_PROJECT, SLS_DESCRIPTION)), client._session.close

    return make


def bce_sdk(operation: str) -> SyncFactory:
    """bce-python-sdk: ``bce_http_client.send_request`` with ``bce_v1_signer.sign`` and BLS's handlers, as
    ``BlsClient._send_request`` calls them (the SDK's BLS client has no project API). As shipped, it opens a new
    connection per call (no keep-alive pool)."""
    del operation

    def make(port: int, _: Any = None) -> tuple[Call, Close]:
        import uuid

        from baidubce.auth import bce_v1_signer  # type: ignore[import-untyped]
        from baidubce.auth.bce_credentials import BceCredentials  # type: ignore[import-untyped]
        from baidubce.bce_client_configuration import BceClientConfiguration  # type: ignore[import-untyped]
        from baidubce.http import bce_http_client, handler  # type: ignore[import-untyped]
        from baidubce.services.bls import bls_handler  # type: ignore[import-untyped]
        from baidubce.services.bls.bls_client import BlsClient  # type: ignore[import-untyped]

        config = BlsClient(
            BceClientConfiguration(credentials=BceCredentials(BCE_AK, BCE_SK), endpoint=base_url(port).encode())
        ).config
        path = f"/v1/project/{BLS_UUID}".encode()

        def call() -> object:
            headers = {b"content-type": b"application/json;charset=UTF-8", b"x-bce-request-id": uuid.uuid4()}
            return bce_http_client.send_request(
                config,
                bce_v1_signer.sign,
                [bls_handler.parse_error, handler.parse_json],
                b"GET",
                path,
                None,
                headers,
                {},
            )

        return call, lambda: None

    return make
