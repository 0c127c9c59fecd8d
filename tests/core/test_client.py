"""The client core's speed-ups change nothing observable: cookies, the deferred default transport, URL joining."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cloudprojects import gcore_cloud
from cloudprojects._core import http as core
from cloudprojects._core.call import Call

PROJECT = {"client_id": 1, "created_at": "2019-12-31T23:59:59", "id": 1, "is_default": True, "name": "default"}
PROJECT |= {"state": "ACTIVE"}


def test_a_set_cookie_response_is_still_stored_and_sent_back() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=PROJECT, headers={"Set-Cookie": "session=abc; Path=/"})

    with gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(handler)) as client:
        client.projects.get(1)
        client.projects.get(1)
        assert client._http.cookies.get("session") == "abc"
    assert "cookie" not in seen[0].headers and seen[1].headers["cookie"] == "session=abc"


def test_a_response_without_set_cookie_leaves_the_jar_alone() -> None:
    def handler(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=PROJECT)

    with gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(handler)) as client:
        client.projects.get(1)
        assert isinstance(client._http.cookies, core._SetCookieOnly)
        assert not client._http.cookies


def test_the_default_transport_is_built_on_first_use_with_one_shared_tls_context() -> None:
    first = gcore_cloud.Client(api_key="k")
    second = gcore_cloud.Client(api_key="k")
    transport: Any = first._http._transport
    assert isinstance(first._http._transport, httpx.HTTPTransport) and not transport._built
    first.close()  # closing an unused client builds nothing
    assert not transport._built
    other: Any = second._http._transport
    pool = other._pool  # any access builds it, as httpx's own transport would be
    assert other._built and pool is other._pool
    assert core.default_tls_context() is core.default_tls_context()
    second.close()


async def test_the_async_default_transport_is_deferred_too() -> None:
    client = gcore_cloud.AsyncClient(api_key="k")
    transport: Any = client._http._transport
    assert isinstance(client._http._transport, httpx.AsyncHTTPTransport) and not transport._built
    await client.close()
    assert not transport._built


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8",
        "http://127.0.0.1:8/prefix",
        "https://api.example.com/a%20b/",
        "http://[::1]:8080",
        "https://user:secret@api.example.com/x",
        "https://api.example.com/x?token=1",
    ],
)
def test_joining_relative_urls_gives_the_request_httpx_would_build(base_url: str) -> None:
    with gcore_cloud.Client(api_key="k", base_url=base_url) as client:
        http, executor = client._http, client._executor
        for url in ["/cloud/v1/projects/1", "/cloud/v1/projects/a%2Fb", "/cloud/v1/projects?x=1"]:
            call = Call("op", {"method": "get", "url": url, "params": {"q": "a b"}}, parse=lambda **_: None)
            joined, merged = call.build(http, executor._base()), call.build(http)
            assert joined.url == merged.url and joined.url.raw_path == merged.url.raw_path
            assert joined.headers.raw == merged.headers.raw


@pytest.mark.parametrize("params", [{}, {"q": "a b"}, None])
@pytest.mark.parametrize("url", ["/cloud/v1/projects/1", "/cloud/v1/projects/a%2Fb", "/cloud/v1/projects?x=1"])
def test_cached_urls_and_empty_params_give_the_request_httpx_would_build(url: str, params: Any) -> None:
    """The parsed-URL cache and skipping an empty ``params`` build exactly what ``httpx.Client.build_request``
    builds, for relative URLs (joined to the base) and absolute ones (SLS's project host), again and again."""
    with gcore_cloud.Client(api_key="k", base_url="https://api.example.com/base") as client:
        http, executor = client._http, client._executor
        kwargs: dict[str, Any] = {"method": "get", "url": url} | ({} if params is None else {"params": params})
        absolute = "https://p.example.com" + url
        for call, expected in (
            (Call("op", kwargs, parse=lambda **_: None), http.build_request(**kwargs)),
            (
                Call("op", kwargs, parse=lambda **_: None, url=absolute),
                http.build_request(**(kwargs | {"url": absolute})),
            ),
        ):
            first, again = call.build(http, executor._base()), call.build(http, executor._base())
            assert str(first.url) == str(again.url) == str(expected.url)
            assert first.url.raw_path == expected.url.raw_path and first.headers.raw == expected.headers.raw
