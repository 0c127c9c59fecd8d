"""cloudprojects.aliyun_sls: the project host, direct endpoints (IP, localhost) and ``client.raw``."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from sls_support import (
    ENDPOINT,
    KEY_ID,
    PAGE_BODY,
    PROJECT,
    PROJECT_BODY,
    PROJECT_URL,
    SECRET,
    SECRETS,
    SEED_REQUEST,
    Recorder,
    async_client,
    empty,
    sync_client,
)

from cloudprojects import aliyun_sls, errors
from cloudprojects._core.client import user_agent
from cloudprojects.auth import AliyunSlsV4Auth, SignatureError, WireRequest, verify_aliyun_sls, verify_aliyun_sls_v4
from cloudprojects_gen_aliyun_sls.account.api.projects import list_projects
from cloudprojects_gen_aliyun_sls.project.api.projects import get_project, update_project
from cloudprojects_gen_aliyun_sls.project.models import ProjectUpdateRequest

# --- where requests go -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("endpoint", "scheme", "account_url", "project_url"),
    [
        (ENDPOINT, "https", f"https://{ENDPOINT}/", PROJECT_URL),
        (
            "CN-Hangzhou-Intranet.log.aliyuncs.com",
            "http",
            "http://cn-hangzhou-intranet.log.aliyuncs.com/",
            f"http://{PROJECT}.cn-hangzhou-intranet.log.aliyuncs.com/",
        ),
        ("sls.example.com:8443", "https", "https://sls.example.com:8443/", f"https://{PROJECT}.sls.example.com:8443/"),
    ],
)
def test_project_calls_go_to_the_project_host(endpoint: str, scheme: str, account_url: str, project_url: str) -> None:
    recorder = Recorder(httpx.Response(200, json=PAGE_BODY), httpx.Response(200, json=PROJECT_BODY))
    with sync_client(recorder, endpoint=endpoint, scheme=scheme, allow_insecure_http=True) as client:
        list(client.projects.list())
        client.projects.get(PROJECT)
    listing, getting = recorder.requests
    assert str(listing.url) == f"{account_url}?offset=0&size=100"
    assert str(getting.url) == project_url
    assert getting.headers["host"] == httpx.URL(project_url).netloc.decode()


@pytest.mark.parametrize("endpoint", ["127.0.0.1", "127.0.0.1:8080", "localhost", "localhost:9000", "[::1]:8080"])
def test_a_direct_endpoint_is_connected_to_with_the_project_in_host(endpoint: str) -> None:
    recorder = Recorder(empty(), httpx.Response(200, json=PAGE_BODY))
    with sync_client(recorder, endpoint=endpoint, scheme="http") as client:
        client.projects.update(PROJECT, description="Description of my-project-test")
        list(client.projects.list())
    updating, listing = recorder.requests
    assert str(updating.url) == f"http://{endpoint}/"
    assert updating.headers["host"] == f"{PROJECT}.{endpoint}"
    assert json.loads(updating.content) == SEED_REQUEST
    assert listing.headers["host"] == endpoint  # account calls name the endpoint itself


async def test_a_direct_endpoint_async() -> None:
    recorder = Recorder(httpx.Response(200, json=PROJECT_BODY))
    async with async_client(recorder, endpoint="10.0.0.7:80", scheme="http", allow_insecure_http=True) as client:
        await client.projects.get(PROJECT)
    (request,) = recorder.requests
    assert (str(request.url), request.headers["host"]) == ("http://10.0.0.7/", f"{PROJECT}.10.0.0.7")


class V4Server:
    """A server checking SLS signature V4, which signs ``host``: whatever Host it received."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        verify_aliyun_sls_v4(request, SECRETS.get, now=time.time(), region="cn-hangzhou")
        self.requests.append(request)
        return empty()


def test_the_signature_covers_the_host_the_server_sees_on_a_direct_endpoint() -> None:
    server = V4Server()
    auth = AliyunSlsV4Auth(KEY_ID, SECRET, "cn-hangzhou")
    with aliyun_sls.Client(
        endpoint="127.0.0.1:8080", scheme="http", auth=auth, transport=httpx.MockTransport(server)
    ) as client:
        client.projects.update(PROJECT, description="d")
    (request,) = server.requests
    assert request.headers["host"] == f"{PROJECT}.127.0.0.1:8080"
    headers = [(k, "127.0.0.1:8080" if k == "host" else v) for k, v in request.headers.multi_items()]
    seen_without_project = WireRequest.build("PUT", "/", headers, request.content)
    with pytest.raises(SignatureError):
        verify_aliyun_sls_v4(seen_without_project, SECRETS.get, now=time.time())


@pytest.mark.parametrize(
    ("endpoint", "scheme"),
    [
        ("https://cn-hangzhou.log.aliyuncs.com", "https"),
        ("cn-hangzhou.log.aliyuncs.com/", "https"),
        ("cn-hangzhou.log.aliyuncs.com/path", "https"),
        ("cn-hangzhou.log.aliyuncs.com?x=1", "https"),
        ("user@cn-hangzhou.log.aliyuncs.com", "https"),
        ("cn hangzhou", "https"),
        ("%", "https"),
        (":8080", "https"),
        ("host:99999", "https"),
        ("host:port", "https"),
        (ENDPOINT, "ftp"),
    ],
)
def test_a_malformed_endpoint_or_scheme_is_refused(endpoint: str, scheme: str) -> None:
    with pytest.raises(ValueError, match=r"endpoint|scheme"):
        aliyun_sls.Client(endpoint=endpoint, scheme=scheme, access_key_id=KEY_ID, access_key_secret=SECRET)


# --- client.raw --------------------------------------------------------------------------------------------------


def test_raw_account_is_the_generated_client_sharing_the_pool() -> None:
    recorder = Recorder(httpx.Response(200, json=PAGE_BODY))
    with sync_client(recorder) as client:
        response = list_projects.sync_detailed(client=client.raw.account, size=10)
    assert response.status_code == 200
    (request,) = recorder.requests  # signed: the Recorder verified it
    assert str(request.url) == f"https://{ENDPOINT}/?offset=0&size=10"


def test_raw_project_clients_send_through_the_facade() -> None:
    recorder = Recorder(httpx.Response(200, json=PROJECT_BODY), empty(), httpx.Response(200, json=PROJECT_BODY))
    with sync_client(recorder) as client:
        with client.raw.project(PROJECT) as raw:
            assert get_project.sync(client=raw).to_dict() == PROJECT_BODY  # type: ignore[union-attr]
            body = ProjectUpdateRequest.from_dict(SEED_REQUEST)
            assert update_project.sync_detailed(client=raw, body=body).status_code == 200
        client.projects.get(PROJECT)  # closing a raw project client leaves the pool open
    assert [(r.method, str(r.url)) for r in recorder.requests] == [
        ("GET", PROJECT_URL),
        ("PUT", PROJECT_URL),
        ("GET", PROJECT_URL),
    ]
    assert {r.headers["user-agent"] for r in recorder.requests} == {user_agent("aliyun_sls")}


async def test_raw_clients_async() -> None:
    recorder = Recorder(httpx.Response(200, json=PAGE_BODY), httpx.Response(200, json=PROJECT_BODY))
    async with async_client(recorder, endpoint="localhost:8080", scheme="http") as client:
        page = await list_projects.asyncio(client=client.raw.account)
        project = await get_project.asyncio(client=client.raw.project(PROJECT))
    assert (page.to_dict(), project.to_dict()) == (PAGE_BODY, PROJECT_BODY)  # type: ignore[union-attr]
    listing, getting = recorder.requests
    assert (str(getting.url), getting.headers["host"]) == ("http://localhost:8080/", f"{PROJECT}.localhost:8080")
    assert listing.headers["host"] == "localhost:8080"


def test_raw_project_refuses_an_invalid_name() -> None:
    with sync_client(Recorder(empty())) as client, pytest.raises(errors.ValidationError) as caught:
        client.raw.project("evil.com/")
    assert caught.value.field == "project"


def test_raw_project_requests_are_signed_but_not_retried() -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=PROJECT_BODY))
    with sync_client(recorder) as client:
        raw = client.raw.project(PROJECT)
        assert get_project.sync_detailed(client=raw).status_code == 503
        assert get_project.sync_detailed(client=raw).status_code == 200
    first, second = recorder.requests
    assert first.headers["authorization"].startswith(f"LOG {KEY_ID}:")
    assert second.headers["authorization"].startswith(f"LOG {KEY_ID}:")


# --- over real loopback HTTP ---------------------------------------------------------------------------------------


class _SlsHandler(BaseHTTPRequestHandler):
    """Verifies the V1 signature of what actually arrived and records (method, target, Host, client port)."""

    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, str, str, int]]] = []

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        wire = WireRequest.build(self.command, self.path, list(self.headers.items()), body)
        verify_aliyun_sls(wire, SECRETS.get, now=time.time())
        self.seen.append((self.command, self.path, self.headers["Host"], self.client_address[1]))
        out = json.dumps(PROJECT_BODY).encode() if self.command == "GET" else b""
        self.send_response(200)
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    do_GET = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlsHandler)
    _SlsHandler.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_over_loopback_one_connection_serves_every_project_host(loopback: str) -> None:
    with aliyun_sls.Client(endpoint=loopback, scheme="http", access_key_id=KEY_ID, access_key_secret=SECRET) as client:
        client.projects.update(PROJECT, description="d")
        client.projects.get(PROJECT)
        assert get_project.sync_detailed(client=client.raw.project("other-project")).status_code == 200
        client.projects.delete(PROJECT, force_delete=True)
    seen = _SlsHandler.seen
    assert [(method, target, host) for method, target, host, _ in seen] == [
        ("PUT", "/", f"{PROJECT}.{loopback}"),
        ("GET", "/", f"{PROJECT}.{loopback}"),
        ("GET", "/", f"other-project.{loopback}"),
        ("DELETE", "/?forceDelete=true", f"{PROJECT}.{loopback}"),
    ]
    assert len({port for *_, port in seen}) == 1, "one pooled connection for all project hosts"


async def test_over_loopback_async(loopback: str) -> None:
    async with aliyun_sls.AsyncClient(
        endpoint=loopback, scheme="http", access_key_id=KEY_ID, access_key_secret=SECRET
    ) as client:
        assert (await client.projects.get(PROJECT)).project_name == PROJECT_BODY["projectName"]
        await client.projects.update("other-project", description="d")
    assert [host for _, _, host, _ in _SlsHandler.seen] == [f"{PROJECT}.{loopback}", f"other-project.{loopback}"]
    assert len({port for *_, port in _SlsHandler.seen}) == 1
