"""Prism (the npm package pinned in package-lock.json) in proxy mode, and a transport that reads its verdicts."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def prism_proxy(spec: str, upstream: str, timeout: float = 30.0) -> Iterator[str]:
    """Run ``prism proxy specs/<spec> <upstream>`` on a free loopback port; yield its URL."""
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "proxy", str(ROOT / "specs" / spec), upstream, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"prism exited: {process.stdout.read() if process.stdout else ''}")
            try:
                httpx.get(url + "/__prism_ready__", timeout=0.5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("prism did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class ViolationRecorder(httpx.BaseTransport):
    """A real HTTP transport that records Prism's ``sl-violations`` verdict on every response."""

    inner: httpx.BaseTransport = field(default_factory=httpx.HTTPTransport)
    violations: list[str] = field(default_factory=list)
    responses: int = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.responses += 1
        verdict = response.headers.get("sl-violations")
        if verdict:
            for item in json.loads(verdict):
                self.violations.append(f"{request.method} {request.url.path}: {item['message']} at {item['location']}")
        return response

    def close(self) -> None:
        self.inner.close()
