"""cloudprojects.transports: the urllib3 (sync) and httpx-aiohttp (async) transports behave like httpx's own."""

from __future__ import annotations

import http.server
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import errors, gcore_cloud, transports

PROJECT = {"client_id": 1, "created_at": "2019-12-31T23:59:59", "id": 1, "is_default": True, "name": "default"}
PROJECT |= {"state": "ACTIVE", "description": "Project description"}


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {"Content-Type": "application/json"}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.0)
            self._send(200, b"{}")
        elif self.path == "/cookie":
            self._send(200, b"{}", {"Set-Cookie": "session=abc; Path=/", "Content-Type": "application/json"})
        elif self.path == "/repeated":
            self.send_response(200)
            self.send_header("X-Many", "a")
            self.send_header("X-Many", "b")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/cloud/v1/projects/"):
            self._send(200, json.dumps(PROJECT).encode())
        else:
            self._send(404, b'{"message": "no such thing"}')

    def do_PUT(self) -> None:
        if self.headers.get("Transfer-Encoding") == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip(), 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    break
                chunks.append(chunk)
            body = b"".join(chunks)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        echo = {"body": body.decode(), "headers": {k.lower(): v for k, v in self.headers.items()}, "path": self.path}
        self._send(200, json.dumps(echo).encode())


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


# --- urllib3 ------------------------------------------------------------------------------------------------


def test_urllib3_round_trip_keeps_method_path_headers_and_body(server: str) -> None:
    with httpx.Client(transport=transports.urllib3_transport()) as client:
        response = client.put(f"{server}/echo?q=a%20b", content=b'{"name": "x"}', headers={"X-Trace": "t1"})
        assert response.status_code == 200
        assert response.http_version == "HTTP/1.1" and response.reason_phrase == "OK"
        echo = response.json()
    assert echo["path"] == "/echo?q=a%20b" and echo["body"] == '{"name": "x"}'
    assert echo["headers"]["x-trace"] == "t1" and echo["headers"]["content-length"] == "13"
    assert echo["headers"]["host"].startswith("127.0.0.1:")


def test_urllib3_streams_a_request_body(server: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"hello, "
        yield b"world"

    with httpx.Client(transport=transports.urllib3_transport()) as client:
        echo = client.put(f"{server}/echo", content=chunks()).json()
    assert echo["body"] == "hello, world"


def test_urllib3_keeps_repeated_response_headers(server: str) -> None:
    with httpx.Client(transport=transports.urllib3_transport()) as client:
        response = client.get(f"{server}/repeated")
    assert response.headers.get_list("x-many") == ["a", "b"]


def test_urllib3_reuses_one_connection(server: str) -> None:
    transport = transports.urllib3_transport()
    with httpx.Client(transport=transport) as client:
        for _ in range(5):
            assert client.get(f"{server}/cloud/v1/projects/1").status_code == 200
        (pool,) = transport._pools.values()
        assert pool.num_connections == 1


def test_urllib3_maps_timeouts_and_refusals_to_httpx_errors(server: str) -> None:
    with httpx.Client(transport=transports.urllib3_transport(), timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(f"{server}/slow")
        with pytest.raises(httpx.ConnectError):
            client.get(_refused_url())


def test_urllib3_refuses_other_schemes() -> None:
    with httpx.Client(transport=transports.urllib3_transport()) as client, pytest.raises(httpx.UnsupportedProtocol):
        client.get("ftp://example.com/")


def test_facade_over_urllib3_parses_retries_and_types_errors(server: str) -> None:
    sleeps: list[float] = []
    transport = transports.urllib3_transport()
    with gcore_cloud.Client(api_key="k", base_url=server, transport=transport, sleep=sleeps.append) as client:
        assert client.projects.get(1).name == "default"
    with (
        gcore_cloud.Client(
            api_key="k", base_url=_refused_url(), transport=transports.urllib3_transport(), sleep=sleeps.append
        ) as client,
        pytest.raises(errors.APIConnectionError),
    ):
        client.projects.get(1)
    assert len(sleeps) == 2  # connect errors are retried (max_retries=2), as with httpx's transport


# --- aiohttp ------------------------------------------------------------------------------------------------


async def test_aiohttp_facade_round_trip(server: str) -> None:
    async with gcore_cloud.AsyncClient(api_key="k", base_url=server, transport=transports.aiohttp_transport()) as c:
        project = await c.projects.get(1)
    assert project.name == "default"


async def test_aiohttp_maps_refusals_to_the_facade_error() -> None:
    async def no_wait(_: float) -> None:
        return None

    transport = transports.aiohttp_transport()
    async with gcore_cloud.AsyncClient(api_key="k", base_url=_refused_url(), transport=transport, sleep=no_wait) as c:
        with pytest.raises(errors.APIConnectionError):
            await c.projects.get(1)


# --- optional dependencies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "factory", "library"),
    [
        ("urllib3", transports.urllib3_transport, "urllib3"),
        ("httpx_aiohttp", transports.aiohttp_transport, "httpx-aiohttp"),
    ],
)
def test_a_missing_library_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, factory: Any, library: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=rf"needs {library}.*cloudprojects\[fast\]"):
        factory()
