"""Shared helpers of the NCP Media Intelligence facade tests: fake credentials, recorders, clients."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import mock_http

from cloudprojects import ncp_media_intelligence
from cloudprojects._core.validation import load_spec
from cloudprojects.auth import verify_ncp_api_gateway
from codegen.providers import SPECS

ACCESS_KEY = "ncp_iam_BPAMKR5xQ9dL2vW7"
SECRET = "mi-XYZZY-secret-key-7f3a9c"
SEED_REQUEST_BYTES = (SPECS / "examples/ncp_media_intelligence/update_project.request.json").read_bytes()
SEED_REQUEST = json.loads(SEED_REQUEST_BYTES)
SEED_RESPONSE = json.loads((SPECS / "examples/ncp_media_intelligence/update_project.response.json").read_text())
SEED_PROJECT = SEED_RESPONSE["result"]
SPEC = load_spec("cloudprojects_gen_ncp_media_intelligence", "ncp_media_intelligence")
Handler = Callable[[httpx.Request], httpx.Response]


def verify(request: httpx.Request, now: float | None = None) -> None:
    """The server-side check of the signature on the wire (raises SignatureError)."""
    verify_ncp_api_gateway(request, {ACCESS_KEY: SECRET}.get, time.time() if now is None else now)


class Recorder(mock_http.Recorder):
    """Records requests and answers from a queue, after verifying each signature."""

    def check(self, request: httpx.Request) -> None:
        verify(request)


def envelope(result: Any = None, code: str = "0", message: str = "success") -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if result is not None:
        body["result"] = result
    return body


def project(**overrides: Any) -> dict[str, Any]:
    return {**SEED_PROJECT, **overrides}


def ok(result: Any = None) -> httpx.Response:
    return httpx.Response(200, json=envelope(result if result is not None else project()))


def sync_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> ncp_media_intelligence.Client:
    record = sleeps if sleeps is not None else []
    kwargs.setdefault("access_key", ACCESS_KEY)
    kwargs.setdefault("secret_key", SECRET)
    return ncp_media_intelligence.Client(transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_client(
    handler: Handler, sleeps: list[float] | None = None, **kwargs: Any
) -> ncp_media_intelligence.AsyncClient:
    record = sleeps if sleeps is not None else []

    async def sleep(delay: float) -> None:
        record.append(delay)

    kwargs.setdefault("access_key", ACCESS_KEY)
    kwargs.setdefault("secret_key", SECRET)
    return ncp_media_intelligence.AsyncClient(transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)
