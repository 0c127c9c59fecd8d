"""Shared helpers of the SLS facade tests: fake credentials, a signature-checking recorder, client factories."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import mock_http

from cloudprojects import aliyun_sls
from cloudprojects._core.validation import load_spec
from cloudprojects.auth import verify_aliyun_sls
from codegen.providers import SPECS

KEY_ID = "LTAI5tFakeKeyId0123abcd"
SECRET = "sls-Secret-c767e4b0-XYZZY"
TOKEN = "sts-Token-5f1e9a-XYZZY"
SECRETS = {KEY_ID: SECRET}
ENDPOINT = "cn-hangzhou.log.aliyuncs.com"
PROJECT = "ali-project-test"
PROJECT_URL = f"https://{PROJECT}.{ENDPOINT}/"
REQUEST_ID = "5B0A6B60BB6EE39764D458B5"
SEED_FILE = SPECS / "examples/aliyun_sls/update_project.request.json"
SEED_REQUEST = json.loads(SEED_FILE.read_text())
ACCOUNT_SPEC = load_spec("cloudprojects_gen_aliyun_sls", "aliyun_sls")
PROJECT_SPEC = load_spec("cloudprojects_gen_aliyun_sls", "aliyun_sls_project")


def spec_example(document: dict[str, Any], method: str, status: str, name: str) -> Any:
    """A response example of ``/``'s ``method`` in one of the two SLS specs."""
    return document["paths"]["/"][method]["responses"][status]["content"]["application/json"]["examples"][name]["value"]


PROJECT_BODY = spec_example(PROJECT_SPEC, "get", "200", "project")
PAGE_BODY = spec_example(ACCOUNT_SPEC, "get", "200", "page")


def project(**overrides: Any) -> dict[str, Any]:
    return {**PROJECT_BODY, **overrides}


def empty(status: int = 200) -> httpx.Response:
    """SLS's success answer for create, update and delete: no body, the request id header."""
    return httpx.Response(status, headers={"x-log-requestid": REQUEST_ID, "content-length": "0"})


Answer = mock_http.Answer


class Recorder(mock_http.Recorder):
    """Records requests and answers from a queue, after checking each request's SLS signature as the server
    would. ``now`` is the server's clock."""

    def __init__(self, *answers: Answer, now: Callable[[], float] = time.time) -> None:
        super().__init__(*answers)
        self.now = now

    def check(self, request: httpx.Request) -> None:
        assert verify_aliyun_sls(request, SECRETS.get, now=self.now()) == KEY_ID


class FakeClock:
    """The signer's clock: each reading is ``step`` seconds after the previous one."""

    def __init__(self, start: float = 1_527_409_504.0, step: float = 61.0) -> None:
        self.next, self.step = start, step

    def __call__(self) -> float:
        now, self.next = self.next, self.next + self.step
        return now


Handler = Callable[[httpx.Request], httpx.Response]


def sync_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> aliyun_sls.Client:
    record = sleeps if sleeps is not None else []
    kwargs.setdefault("access_key_id", KEY_ID)
    kwargs.setdefault("access_key_secret", SECRET)
    return aliyun_sls.Client(transport=httpx.MockTransport(handler), sleep=record.append, **kwargs)


def async_client(handler: Handler, sleeps: list[float] | None = None, **kwargs: Any) -> aliyun_sls.AsyncClient:
    record = sleeps if sleeps is not None else []

    async def sleep(delay: float) -> None:
        record.append(delay)

    kwargs.setdefault("access_key_id", KEY_ID)
    kwargs.setdefault("access_key_secret", SECRET)
    return aliyun_sls.AsyncClient(transport=httpx.MockTransport(handler), sleep=sleep, **kwargs)
