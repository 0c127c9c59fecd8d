"""NCP API Gateway signature v2 on the facade's wire: known answers, a fresh signature per attempt, encoded paths."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ncp_mi_support import ACCESS_KEY, SECRET, SEED_RESPONSE, Recorder, async_client, envelope, ok, sync_client, verify

from cloudprojects import errors
from cloudprojects.auth import NcpApiGatewayAuth, SignatureError

KAT_TIME = 1745385320.0  # the vectors of the provider notes: testAccessKey / testSecretKey at 1745385320000 ms
SEED_SIGNATURE = "tK6eZ5pud1GdhHFYCtll/bbWeliNA9L5dK39qD/bSf8="


class FakeClock:
    """Epoch seconds that advance by ``step`` on every reading (one reading per signed attempt)."""

    def __init__(self, start: float = KAT_TIME, step: float = 1.5) -> None:
        self.now, self.step, self.readings = start, step, 0

    def __call__(self) -> float:
        value = self.now + self.step * self.readings
        self.readings += 1
        return value


def expected_signature(method: str, uri: str, timestamp: str, access_key: str, secret: str) -> str:
    """Computed here from the documented algorithm, independently of cloudprojects.auth."""
    message = f"{method} {uri}\n{timestamp}\n{access_key}".encode()
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


@pytest.mark.parametrize(
    ("call", "signature"),
    [
        (lambda p: p.update("my-workspace", "1234", name="updated_project_name"), SEED_SIGNATURE),
        (lambda p: list(p.list("my-workspace")), "cGH+1tmuawYeqq6Qtwk66Zg13enn5VtmjGwQHMpjABY="),
    ],
    ids=["seed-update", "list"],
)
def test_known_answer_vectors_on_the_wire(call: Callable[[Any], Any], signature: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        result = {"projects": []} if request.method == "GET" else SEED_RESPONSE["result"]
        return httpx.Response(200, json=envelope(result))

    auth = NcpApiGatewayAuth("testAccessKey", "testSecretKey", clock=lambda: KAT_TIME)
    with sync_client(handler, auth=auth) as client:
        call(client.projects)
    (request,) = seen
    assert request.headers["x-ncp-apigw-timestamp"] == "1745385320000"
    assert request.headers["x-ncp-iam-access-key"] == "testAccessKey"
    assert request.headers["x-ncp-apigw-signature-v2"] == signature


class Verifying:
    """Answers from a queue and checks each attempt's signature at that attempt's own time."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        verify(request, now=int(request.headers["x-ncp-apigw-timestamp"]) / 1000)
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def _assert_fresh(requests: list[httpx.Request], clock: FakeClock) -> None:
    stamps = [r.headers["x-ncp-apigw-timestamp"] for r in requests]
    assert stamps == [str(int((KAT_TIME + clock.step * i) * 1000)) for i in range(len(requests))]
    signatures = {r.headers["x-ncp-apigw-signature-v2"] for r in requests}
    assert len(signatures) == len(requests)
    assert clock.readings == len(requests)


@pytest.mark.parametrize(
    ("call", "failure", "answer"),
    [
        (lambda p: p.get("ws", 1), httpx.Response(503), SEED_RESPONSE),
        (lambda p: p.delete("ws", 1), httpx.Response(429, headers={"Retry-After": "1"}), envelope()),
        (lambda p: p.update("ws", 1, name="n"), httpx.ConnectError("refused"), SEED_RESPONSE),
        (lambda p: p.create("ws", name="n"), httpx.ConnectError("refused"), SEED_RESPONSE),
    ],
    ids=["get-503", "delete-429", "update-connect-error", "create-connect-error"],
)
def test_every_attempt_is_signed_afresh(
    call: Callable[[Any], Any], failure: httpx.Response | Exception, answer: dict[str, Any]
) -> None:
    clock = FakeClock()
    handler = Verifying(failure, httpx.Response(200, json=answer))
    with sync_client(handler, auth=NcpApiGatewayAuth(ACCESS_KEY, SECRET, clock=clock)) as client:
        call(client.projects)
    assert len(handler.requests) == 2
    _assert_fresh(handler.requests, clock)


async def test_every_attempt_is_signed_afresh_async() -> None:
    clock = FakeClock(step=2.0)
    handler = Verifying(httpx.Response(502), httpx.ReadTimeout("slow"), httpx.Response(200, json=SEED_RESPONSE))
    async with async_client(handler, auth=NcpApiGatewayAuth(ACCESS_KEY, SECRET, clock=clock)) as client:
        assert (await client.projects.get("ws", 1234)).project_id == 1234
    assert len(handler.requests) == 3
    _assert_fresh(handler.requests, clock)


def test_a_stale_signature_is_rejected_by_the_verifier() -> None:
    """The reason for signing afresh: an attempt replayed six minutes later fails the gateway's 5-minute window."""
    recorder = Recorder(ok())
    with sync_client(recorder) as client:
        client.projects.get("ws", 1)
    (request,) = recorder.requests
    stamp = int(request.headers["x-ncp-apigw-timestamp"]) / 1000
    verify(request, now=stamp + 290)
    with pytest.raises(SignatureError) as caught:
        verify(request, now=stamp + 360)
    assert caught.value.reason == "skewed"


ENCODED = [
    ("my workspace", "my%20workspace"),
    ("작업 공간", "%EC%9E%91%EC%97%85%20%EA%B3%B5%EA%B0%84"),
    ("ワークスペース", "%E3%83%AF%E3%83%BC%E3%82%AF%E3%82%B9%E3%83%9A%E3%83%BC%E3%82%B9"),
    ("a/b", "a%2Fb"),
    ("../admin", "..%2Fadmin"),
    ("50%", "50%25"),
    ("?x=1#y", "%3Fx%3D1%23y"),
    ("...", "..."),
]


@pytest.mark.parametrize(("workspace", "encoded"), ENCODED, ids=[e for _, e in ENCODED])
def test_percent_encoded_workspace_names_sign_the_path_as_sent(workspace: str, encoded: str) -> None:
    clock = FakeClock()
    handler = Verifying(ok(), httpx.Response(200, json=envelope({"projects": []})))
    with sync_client(handler, auth=NcpApiGatewayAuth(ACCESS_KEY, SECRET, clock=clock)) as client:
        client.projects.update(workspace, 1234, name="n")
        assert list(client.projects.list(workspace)) == []
    for request, uri in zip(
        handler.requests,
        [f"/api/v1/workspaces/{encoded}/projects/1234", f"/api/v1/workspaces/{encoded}/projects"],
        strict=True,
    ):
        assert request.url.raw_path.decode() == uri
        assert request.url.host == "mi.apigw.ntruss.com"
        stamp = request.headers["x-ncp-apigw-timestamp"]
        assert request.headers["x-ncp-apigw-signature-v2"] == expected_signature(
            request.method, uri, stamp, ACCESS_KEY, SECRET
        )


@pytest.mark.parametrize("workspace", [".", ".."])
def test_dot_segment_workspace_names_are_refused_before_sending(workspace: str) -> None:
    calls: list[Callable[[Any], Any]] = [
        lambda p: p.list(workspace),
        lambda p: p.create(workspace, name="n"),
        lambda p: p.get(workspace, 1),
        lambda p: p.update(workspace, 1, name="n"),
        lambda p: p.delete(workspace, 1),
    ]
    recorder = Recorder(ok())
    with sync_client(recorder) as client:
        for call in calls:
            with pytest.raises(errors.ValidationError) as caught:
                call(client.projects)
            assert caught.value.field == "workspace_name"
            assert caught.value.rule.startswith("pattern")
    assert recorder.requests == []
