"""Shared fixtures of the BLS facade tests: fake keys, a signature-checking MockTransport recorder, clients."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import mock_http

from cloudprojects import baidu_bls
from cloudprojects.auth import verify_bce
from codegen.providers import SPECS

AK = "AKIDbls0123456789abcdef"
SECRET = "bls-SECRET-sk-9f8e7d6c5b4a-XYZZY"
UID = "276c6cce-0350-4719-856d-ba675fa52c06"
SEED_RESPONSE = json.loads((SPECS / "examples/baidu_bls/get_project.response.json").read_text())
SEED_PROJECT = SEED_RESPONSE["result"]["project"]
OK = {"success": True, "code": "success", "message": ""}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
AUTHORIZATION = re.compile(rf"bce-auth-v1/{AK}/(?P<ts>[^/]+)/1800/(?P<signed>[a-z;-]+)/[0-9a-f]{{64}}")
ENV_VARS = ("BCE_ACCESS_KEY_ID", "BCE_SECRET_ACCESS_KEY", "BAIDU_BCE_AK", "BAIDU_BCE_SK", "BCE_SESSION_TOKEN")
Handler = Callable[[httpx.Request], httpx.Response]


def check_signed(request: httpx.Request, now: float | None = None) -> None:
    """The server-side verifier accepts the signature; ``x-bce-date`` is the auth string's timestamp."""
    assert verify_bce(request, {AK: SECRET}.get, time.time() if now is None else now) == AK
    match = AUTHORIZATION.fullmatch(request.headers["authorization"])
    assert match is not None and match["ts"] == request.headers["x-bce-date"]
    assert DATE.fullmatch(request.headers["x-bce-date"])


def signed_headers(request: httpx.Request) -> str:
    """The ``signedHeaders`` part of the request's bce-auth-v1 string."""
    match = AUTHORIZATION.fullmatch(request.headers["authorization"])
    assert match is not None
    return match["signed"]


class Recorder(mock_http.Recorder):
    """Records requests and answers from a queue, after checking each signature.

    ``clock`` is the server's time for the check (the real time unless the client's auth has a fake clock).
    """

    def __init__(self, *answers: httpx.Response | Exception, clock: Callable[[], float] = time.time) -> None:
        super().__init__(*answers)
        self.clock = clock

    def check(self, request: httpx.Request) -> None:
        check_signed(request, now=self.clock())


class FakeClock:
    """Epoch seconds that advance by ``step`` on every reading (one reading per signature)."""

    def __init__(self, start: float = 1_700_000_000.0, step: float = 7.0) -> None:
        self.now, self.step = start, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def envelope(**result: Any) -> dict[str, Any]:
    return {**OK, "result": result} if result else dict(OK)


def project(**overrides: Any) -> dict[str, Any]:
    return {**SEED_PROJECT, **overrides}


def page(items: list[dict[str, Any]], page_no: int, page_size: int, **total: int) -> dict[str, Any]:
    return envelope(order="desc", orderBy="createdAt", pageNo=page_no, pageSize=page_size, projects=items, **total)


def sync_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> baidu_bls.Client:
    record = sleeps if sleeps is not None else []
    kwargs.setdefault("access_key_id", AK)
    kwargs.setdefault("secret_access_key", SECRET)
    return baidu_bls.Client(transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> baidu_bls.AsyncClient:
    record = sleeps if sleeps is not None else []

    async def sleep(delay: float) -> None:
        record.append(delay)

    kwargs.setdefault("access_key_id", AK)
    kwargs.setdefault("secret_access_key", SECRET)
    return baidu_bls.AsyncClient(transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


CALLS: dict[str, Callable[[Any], Any]] = {
    "list_projects": lambda p: list(p.list()),
    "create_project": lambda p: p.create(name="demo"),
    "get_project": lambda p: p.get(UID),
    "update_project": lambda p: p.update(UID, top=True),
    "delete_project": lambda p: p.delete(UID),
}
