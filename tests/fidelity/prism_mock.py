"""Prism (pinned in package-lock.json) in mock mode on a free loopback port, answering from a given document."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

PRISM = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "prism"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def prism_mock(document: Path, timeout: float = 30.0) -> Iterator[str]:
    """Run ``prism mock --errors <document>``; yield its URL. ``--errors`` turns request violations into errors."""
    port = _free_port()
    command = [str(PRISM), "mock", str(document), "--errors", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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
