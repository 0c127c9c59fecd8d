"""Prism in proxy mode in front of the simulators: the facades' traffic produces no request or response violation."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Generator, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from prism_proxy import ViolationRecorder, prism_proxy

from cloudprojects import auth, sim
from cloudprojects._providers import PROVIDERS
from cloudprojects.sim.lifecycles import run

# Prism proxies one document; SLS routes by host between two, which Prism cannot.
SINGLE_SPEC = {key: info.specs[0] for key, info in PROVIDERS.items() if len(info.specs) == 1}


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("all", seed=5) as s:
        yield s


class UpstreamHost(httpx.Auth):
    """Prism forwards requests with the upstream's Host; a host-signing scheme (BCE) must sign that host."""

    requires_request_body = True

    def __init__(self, inner: httpx.Auth, host: str) -> None:
        self.inner, self.host = inner, host

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Host"] = self.host
        yield from self.inner.auth_flow(request)


def _facade(provider: str, endpoint: sim.Endpoint, url: str, transport: ViolationRecorder) -> object:
    options = endpoint.client_kwargs()
    for key in ("base_url", "endpoint"):
        if key in options:
            options[key] = url
    if provider == "baidu_bls":
        signer = auth.BceAuth(options.pop("access_key_id"), options.pop("secret_access_key"))
        options["auth"] = UpstreamHost(signer, f"{endpoint.host}:{endpoint.port}")
    module = importlib.import_module(f"cloudprojects.{provider}")
    return module.Client(transport=transport, **options)


@pytest.mark.parametrize("provider", sorted(SINGLE_SPEC))
def test_lifecycle_through_prism_has_no_violations(provider: str, served: sim.Served) -> None:
    endpoint = served[provider]
    recorder = ViolationRecorder()
    with prism_proxy(SINGLE_SPEC[provider], endpoint.url) as url, _facade(provider, endpoint, url, recorder) as client:  # type: ignore[attr-defined]
        steps = run(provider, client)
    assert len(steps) >= 5
    assert recorder.responses >= len(steps)
    assert recorder.violations == []


def test_prism_reports_a_response_that_breaks_the_spec() -> None:
    class Broken(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"id": "not-an-integer"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    upstream = HTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    recorder = ViolationRecorder()
    try:
        with (
            prism_proxy("gcore_cloud.yaml", f"http://127.0.0.1:{upstream.server_address[1]}") as url,
            httpx.Client(transport=recorder) as http,
        ):
            http.get(url + "/cloud/v1/projects/1", headers={"Authorization": "apikey x"})
    finally:
        upstream.shutdown()
    assert any("id must be integer" in v for v in recorder.violations)
