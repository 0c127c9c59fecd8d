"""The input reproductions of issue 11 (points 6 and 7), one test each: refused before sending, field named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hostile_tally import tally

from cloudprojects import aliyun_sls, baidu_bls, errors, gcore_cloud, microvisualizer, ncp_media_intelligence

Attempt = Callable[[Any], Any]


class NothingSent:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(str(request.url))
        raise AssertionError(f"sent {request.url}")


FACTORIES: dict[str, Callable[[httpx.MockTransport], Any]] = {
    "gcore_cloud": lambda t: gcore_cloud.Client(api_key="k", transport=t),
    "aliyun_sls": lambda t: aliyun_sls.Client(access_key_id="LTAI5tReproduction01", access_key_secret="s", transport=t),
    "microvisualizer": lambda t: microvisualizer.Client(api_key="k", transport=t),
    "baidu_bls": lambda t: baidu_bls.Client(access_key_id="a", secret_access_key="s", transport=t),
    "ncp_media_intelligence": lambda t: ncp_media_intelligence.Client(access_key="a", secret_key="s", transport=t),
}

CASES: list[tuple[str, str, Attempt, str]] = [
    ("gcore get(1.0) sent /projects/1.0", "gcore_cloud", lambda p: p.get(1.0), "project_id"),
    ("gcore get(2**63) beyond int64", "gcore_cloud", lambda p: p.get(2**63), "project_id"),
    ("gcore get(-(2**63) - 1) beyond int64", "gcore_cloud", lambda p: p.get(-(2**63) - 1), "project_id"),
    ("gcore list(client_id=2**70)", "gcore_cloud", lambda p: p.list(client_id=2**70), "client_id"),
    ("gcore list(page_size=10.0)", "gcore_cloud", lambda p: p.list(page_size=10.0), "limit"),
    ("gcore list(page_size=2**64) beyond int64", "gcore_cloud", lambda p: p.list(page_size=2**64), "limit"),
    ("gcore get(b'1')", "gcore_cloud", lambda p: p.get(b"1"), "project_id"),
    ("gcore get(object())", "gcore_cloud", lambda p: p.get(object()), "project_id"),
    ("gcore create(name=b'x')", "gcore_cloud", lambda p: p.create(name=b"New Project"), "name"),
    ("gcore list(name=100 KB)", "gcore_cloud", lambda p: p.list(name="n" * 100_000), "name"),
    ("sls list(page_size=10.0)", "aliyun_sls", lambda p: p.list(page_size=10.0), "size"),
    ("sls list(fetch_quota=[]) was silently False", "aliyun_sls", lambda p: p.list(fetch_quota=[]), "fetchQuota"),
    ("sls list(fetch_quota=0)", "aliyun_sls", lambda p: p.list(fetch_quota=0), "fetchQuota"),
    ("sls list(project_name=object())", "aliyun_sls", lambda p: p.list(project_name=object()), "projectName"),
    (
        "sls update(description=100 KB)",
        "aliyun_sls",
        lambda p: p.update("ali-project", description="d" * 100_000),
        "description",
    ),
    ("mv list(page_size=10.0)", "microvisualizer", lambda p: p.list(page_size=10.0), "size"),
    ("mv list(query=bytes)", "microvisualizer", lambda p: p.list(query=b"payments"), "query"),
    ("mv list(created_by=100 KB)", "microvisualizer", lambda p: p.list(created_by="u" * 100_000), "createdBy"),
    ("bls list(page_size=10.0)", "baidu_bls", lambda p: p.list(page_size=10.0), "pageSize"),
    ("bls list(description=100 KB)", "baidu_bls", lambda p: p.list(description="d" * 100_000), "description"),
    (
        "bls create(description=object())",
        "baidu_bls",
        lambda p: p.create(name="demo", description=object()),
        "description",
    ),
    ("ncp get(ws, 2**63) beyond int64", "ncp_media_intelligence", lambda p: p.get("ws", 2**63), "project_id"),
    ("ncp get(ws, 10**5000)", "ncp_media_intelligence", lambda p: p.get("ws", 10**5000), "project_id"),
    ("ncp get(ws, '1' * 100_000)", "ncp_media_intelligence", lambda p: p.get("ws", "1" * 100_000), "project_id"),
    (
        "ncp get(100 KB ws) raised httpx.InvalidURL",
        "ncp_media_intelligence",
        lambda p: p.get("w" * 100_000, "1"),
        "workspace_name",
    ),
    ("ncp list(bytes ws)", "ncp_media_intelligence", lambda p: p.list(b"ws"), "workspace_name"),
    ("ncp create(name=object())", "ncp_media_intelligence", lambda p: p.create("ws", name=object()), "name"),
]


@pytest.mark.parametrize(("provider", "attempt", "field"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reproduction_is_refused_before_sending(provider: str, attempt: Attempt, field: str) -> None:
    tally("inputs: issue reproductions")
    handler = NothingSent()
    with FACTORIES[provider](httpx.MockTransport(handler)) as client, pytest.raises(errors.ValidationError) as caught:
        attempt(client.projects)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert len(str(caught.value)) < 1000
    assert handler.sent == []


@pytest.mark.parametrize("value", [0, 1, 2**63 - 1, -(2**63)])
def test_int64_bounds_themselves_are_accepted(value: int) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"exception_class": "NotFound", "message": "no", "request_id": "r"})

    with (
        gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(answer)) as client,
        pytest.raises(errors.NotFoundError),
    ):
        client.projects.get(value)
    assert sent[0].url.path == f"/cloud/v1/projects/{value}"
