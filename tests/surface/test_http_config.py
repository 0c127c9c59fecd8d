"""Issue 10, point 1: HTTP configuration behaves as a plain httpx client would.

A real forward proxy on loopback (threaded, written here) shows requests routed through ``HTTP_PROXY``/``ALL_PROXY``/
``HTTPS_PROXY`` and ``proxy=``, and bypassing it for ``NO_PROXY`` hosts and with ``trust_env=False``; the targets are
the simulators served on loopback. A user's ``http_client`` is used (its event hooks fire) and left open; transport
settings are accepted and applied; conflicting combinations are refused, naming them.
"""

from __future__ import annotations

import http.client
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from surface_support import OPERATIONS, PROVIDERS, Wire, async_no_sleep, client_class, make_client, no_sleep, prepare

from cloudprojects import errors, sim

VIA = "1.1 surface-test-proxy"
HOP_BY_HOP = {"connection", "proxy-connection", "keep-alive", "proxy-authorization", "transfer-encoding"}


class _ProxyHandler(BaseHTTPRequestHandler):
    server: _ProxyServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_CONNECT(self) -> None:
        # a tunnel request (https through the proxy): recorded and refused, there is no TLS peer to reach here
        self.server.seen.append(f"CONNECT {self.path}")
        self.send_response_only(403, "Tunnel refused by the test proxy")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def _forward(self) -> None:
        self.server.seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Via"] = VIA
        connection = http.client.HTTPConnection(target.hostname or "", target.port or 80, timeout=10)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            connection.request(self.command, path, body=body or None, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
        finally:
            connection.close()
        self.send_response_only(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP | {"content-length"}:
                self.send_header(name, value)
        self.send_header("Via", VIA)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[str]


class ForwardProxy:
    """An HTTP forward proxy on loopback that records each request line it receives."""

    def __init__(self) -> None:
        self.server = _ProxyServer(("127.0.0.1", 0), _ProxyHandler)
        self.server.seen = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def seen(self) -> list[str]:
        return self.server.seen

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def proxy_server() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.close()


@pytest.fixture
def proxy(proxy_server: ForwardProxy) -> ForwardProxy:
    proxy_server.seen.clear()
    return proxy_server


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("all") as running:
        yield running


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def address(provider: str, scheme: str, host: str, port: int) -> dict[str, str]:
    if provider == "aliyun_sls":
        return {"endpoint": f"{host}:{port}", "scheme": scheme}
    if provider == "baidu_bls":
        return {"endpoint": f"{scheme}://{host}:{port}"}
    return {"base_url": f"{scheme}://{host}:{port}"}


async def list_first_page(client: Any, provider: str, asynchronous: bool) -> list[Any]:
    pager = OPERATIONS[provider][0].call(client.projects, {})  # list
    try:
        if asynchronous:
            async for page in pager.pages():
                return list(page.items)
        return list(next(iter(pager.pages())).items)
    finally:
        if asynchronous:
            await client.close()
        else:
            client.close()
    raise AssertionError("no page")


def loopback_client(endpoint: Any, asynchronous: bool, **kwargs: Any) -> Any:
    cls = client_class(endpoint.provider, asynchronous)
    sleep = async_no_sleep if asynchronous else no_sleep
    return cls(**endpoint.client_kwargs(), sleep=sleep, **kwargs)


def came_through_proxy(endpoint: Any) -> bool:
    return dict(endpoint.simulator.requests[-1].headers).get("via") == VIA


def proxied_lines(proxy: ForwardProxy, endpoint: Any) -> list[str]:
    return [line for line in proxy.seen if f"http://{endpoint.host}:{endpoint.port}/" in line]


# --- proxies from the environment, through the proxy to the loopback simulators -------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_env_proxy_routes_requests_through_the_proxy(
    provider: str,
    variable: str,
    asynchronous: bool,
    proxy: ForwardProxy,
    served: sim.Served,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    endpoint = served[provider]
    items = await list_first_page(loopback_client(endpoint, asynchronous), provider, asynchronous)
    assert isinstance(items, list)  # the simulator answered, signatures verified, through the proxy
    assert came_through_proxy(endpoint)
    lines = proxied_lines(proxy, endpoint)
    assert len(lines) == 1, proxy.seen
    assert lines[0].split()[0] in ("GET", "POST")


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
async def test_no_proxy_hosts_bypass_the_proxy(
    provider: str,
    no_proxy: str,
    asynchronous: bool,
    proxy: ForwardProxy,
    served: sim.Served,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    items = await list_first_page(loopback_client(served[provider], asynchronous), provider, asynchronous)
    assert isinstance(items, list)
    assert not came_through_proxy(served[provider])
    assert proxy.seen == []


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_trust_env_false_ignores_env_proxies(
    provider: str, asynchronous: bool, proxy: ForwardProxy, served: sim.Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    client = loopback_client(served[provider], asynchronous, trust_env=False)
    assert isinstance(await list_first_page(client, provider, asynchronous), list)
    assert not came_through_proxy(served[provider])
    assert proxy.seen == []


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_proxy_keyword_routes_requests_through_the_proxy(
    provider: str, asynchronous: bool, proxy: ForwardProxy, served: sim.Served
) -> None:
    endpoint = served[provider]
    client = loopback_client(endpoint, asynchronous, proxy=proxy.url)
    assert isinstance(await list_first_page(client, provider, asynchronous), list)
    assert came_through_proxy(endpoint)
    assert len(proxied_lines(proxy, endpoint)) == 1


async def test_the_seed_client_kwargs_work_through_the_proxy(
    asynchronous: bool, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with sim.serve("gcore_cloud") as s:
        cls = client_class("gcore_cloud", asynchronous)
        client = cls(**s.client_kwargs())
        if asynchronous:
            async with client:
                project = await client.projects.update(1, name="New Project")
        else:
            with client:
                project = client.projects.update(1, name="New Project")
        assert project.name == "New Project"
        assert proxy.seen == [f"PATCH http://127.0.0.1:{s.port}/cloud/v1/projects/1"]


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_https_proxy_is_used_for_https_and_no_proxy_bypasses_it(
    provider: str, asynchronous: bool, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = closed_port()
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    cls = client_class(provider, asynchronous)
    credentials = sim.create(provider).credentials

    # https through the proxy: a CONNECT tunnel to the provider's address (refused by this proxy)
    client = cls(**credentials, **address(provider, "https", "127.0.0.1", port), max_retries=0)
    with pytest.raises(errors.APIConnectionError):
        await list_first_page(client, provider, asynchronous)
    assert proxy.seen == [f"CONNECT 127.0.0.1:{port}"]

    # the same host in NO_PROXY: straight to it (nothing listens: connection refused), the proxy sees nothing
    proxy.seen.clear()
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = cls(**credentials, **address(provider, "https", "127.0.0.1", port), max_retries=0)
    with pytest.raises(errors.APIConnectionError):
        await list_first_page(client, provider, asynchronous)
    assert proxy.seen == []


async def test_https_proxy_is_not_used_for_plain_http(
    asynchronous: bool, proxy: ForwardProxy, served: sim.Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert await list_first_page(loopback_client(served["gcore_cloud"], asynchronous), "gcore_cloud", asynchronous)
    assert not came_through_proxy(served["gcore_cloud"])
    assert proxy.seen == []


async def test_the_default_address_goes_through_https_proxy(
    asynchronous: bool, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client = client_class("gcore_cloud", asynchronous)(api_key="k", max_retries=0)
    with pytest.raises(errors.APIConnectionError):
        await list_first_page(client, "gcore_cloud", asynchronous)
    assert proxy.seen == ["CONNECT api.gcore.com:443"]


# --- a user's http_client --------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_users_http_client_is_used_and_left_open(provider: str, asynchronous: bool) -> None:
    simulator = sim.create(provider)
    context = prepare(provider, simulator)
    wire = Wire(simulator)
    hooked: list[str] = []
    if asynchronous:

        async def on_request(request: httpx.Request) -> None:
            hooked.append(f"{request.method} {request.url.path}")

        user: Any = httpx.AsyncClient(transport=wire, event_hooks={"request": [on_request]})
    else:
        user = httpx.Client(
            transport=wire, event_hooks={"request": [lambda r: hooked.append(f"{r.method} {r.url.path}")]}
        )
    cls = client_class(provider, asynchronous)
    client = cls(**simulator.credentials, http_client=user)
    get = next(op for op in OPERATIONS[provider] if op.name == "get")
    result = get.call(client.projects, context)
    if asynchronous:
        await result
        await client.close()
    else:
        client.close()
    assert len(hooked) == 1
    assert len(wire.requests) == 1
    assert hooked[0].startswith(wire.requests[0].method)
    assert client._http.is_closed
    assert not user.is_closed  # the user's client is the user's to close
    # still usable by the user, and the facade refuses politely once the user closed it
    if asynchronous:
        assert (await user.get("https://example.invalid/")).status_code in (200, 400, 401, 403, 404)
        await user.aclose()
    else:
        assert user.get("https://example.invalid/").status_code in (200, 400, 401, 403, 404)
        user.close()
    second = cls(**simulator.credentials, http_client=user)
    with pytest.raises(errors.ClientClosedError):
        result = get.call(second.projects, context)
        if asynchronous:
            await result


async def test_a_users_http_client_with_a_proxy_routes_through_it(
    asynchronous: bool, proxy: ForwardProxy, served: sim.Served
) -> None:
    endpoint = served["microvisualizer"]
    user: Any = httpx.AsyncClient(proxy=proxy.url) if asynchronous else httpx.Client(proxy=proxy.url)
    client = loopback_client(endpoint, asynchronous, http_client=user)
    assert await list_first_page(client, "microvisualizer", asynchronous)
    assert came_through_proxy(endpoint)
    assert len(proxied_lines(proxy, endpoint)) == 1
    assert not user.is_closed
    if asynchronous:
        await user.aclose()
    else:
        user.close()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_wrong_kind_of_http_client_or_transport_is_refused(provider: str) -> None:
    credentials = sim.create(provider).credentials
    with httpx.Client() as sync_user:
        with pytest.raises(TypeError, match="http_client"):
            client_class(provider, True)(**credentials, http_client=sync_user)
        with pytest.raises(TypeError, match="http_client"):
            client_class(provider, False)(**credentials, http_client="http://x")
    with pytest.raises(TypeError, match="transport"):
        client_class(provider, True)(**credentials, transport=httpx.HTTPTransport())
    with pytest.raises(TypeError, match="transport"):
        client_class(provider, False)(**credentials, transport=httpx.AsyncHTTPTransport())


# --- transport settings ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "surface-client")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("cert")
    cert_file, key_file = folder / "client.pem", folder / "client.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(cert_file), str(key_file)


def _pool(client: Any) -> Any:
    return client._http._transport._pool


@pytest.mark.filterwarnings("ignore:`cert=...` is deprecated:DeprecationWarning")  # httpx 0.28's, passed through
@pytest.mark.parametrize("provider", PROVIDERS)
def test_verify_cert_and_limits_are_applied(
    provider: str, asynchronous: bool, client_certificate: tuple[str, str]
) -> None:
    cls = client_class(provider, asynchronous)
    credentials = sim.create(provider).credentials
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    client = cls(**credentials, verify=False, limits=limits, cert=client_certificate)
    pool = _pool(client)
    assert pool._max_connections == 3
    assert pool._max_keepalive_connections == 1
    assert pool._ssl_context.verify_mode == ssl.CERT_NONE
    context = ssl.create_default_context()
    assert cls(**credentials, verify=context)._http._transport._pool._ssl_context is context
    # a certificate that cannot be read fails at construction, not on the first request
    with pytest.raises((OSError, ssl.SSLError)):
        cls(**credentials, cert=str(Path(client_certificate[0]).with_name("missing.pem")))


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_transport_is_used_as_given(provider: str, asynchronous: bool) -> None:
    simulator = sim.create(provider)
    context = prepare(provider, simulator)
    wire = Wire(simulator)
    client = make_client(provider, wire, asynchronous, simulator)
    assert client._http._transport is wire
    get = next(op for op in OPERATIONS[provider] if op.name == "get")
    result = get.call(client.projects, context)
    if asynchronous:
        await result
    assert len(wire.requests) == 1


CONFLICTS = [
    ({"http_client": "USER", "transport": "TRANSPORT"}, ["http_client", "transport"]),
    ({"http_client": "USER", "proxy": "http://127.0.0.1:9"}, ["http_client", "proxy"]),
    ({"http_client": "USER", "verify": False}, ["http_client", "verify"]),
    ({"http_client": "USER", "cert": "/tmp/c.pem"}, ["http_client", "cert"]),
    ({"http_client": "USER", "limits": httpx.Limits(max_connections=1)}, ["http_client", "limits"]),
    ({"transport": "TRANSPORT", "proxy": "http://127.0.0.1:9"}, ["transport", "proxy"]),
    ({"transport": "TRANSPORT", "verify": False}, ["transport", "verify"]),
    ({"transport": "TRANSPORT", "cert": "/tmp/c.pem"}, ["transport", "cert"]),
    ({"transport": "TRANSPORT", "limits": httpx.Limits(max_connections=1)}, ["transport", "limits"]),
]


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(("options", "named"), CONFLICTS, ids=["+".join(n) for _, n in CONFLICTS])
def test_conflicting_combinations_are_refused_naming_them(
    provider: str, asynchronous: bool, options: dict[str, Any], named: list[str]
) -> None:
    simulator = sim.create(provider)
    user: Any = httpx.AsyncClient() if asynchronous else httpx.Client()
    transport = sim.AsyncSimTransport(simulator) if asynchronous else sim.SimTransport(simulator)
    resolved = {k: user if v == "USER" else transport if v == "TRANSPORT" else v for k, v in options.items()}
    with pytest.raises(TypeError) as caught:
        client_class(provider, asynchronous)(**simulator.credentials, **resolved)
    for name in named:
        assert name in str(caught.value)
    assert not user.is_closed


# --- TLS settings from the environment, as httpx reads them ---------------------------------------------------


async def test_ssl_cert_file_is_honoured_like_httpx(
    asynchronous: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a CA bundle with no usable certificate: httpx refuses to build its TLS context from it; so must the facade,
    # on the first request at the latest (the default transport may be built lazily)
    bundle = tmp_path / "empty-bundle.pem"
    bundle.write_text("not a certificate\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with pytest.raises(ssl.SSLError):
        httpx.Client(trust_env=True)
    client = client_class("gcore_cloud", asynchronous)(api_key="k", max_retries=0)
    with pytest.raises(errors.APIConnectionError, match="SSL_CERT_FILE"):
        await list_first_page(client, "gcore_cloud", asynchronous)
    # and trust_env=False ignores it, as httpx does
    httpx.Client(trust_env=False).close()
    client_class("gcore_cloud", asynchronous)(api_key="k", trust_env=False)
