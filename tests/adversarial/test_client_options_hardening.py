"""Issue 11, points 8 (a password in the base URL), 9 (bad options fail at construction), 10 (plain http:// only to
loopback unless ``allow_insecure_http=True``) and 12 (a call on a closed client), for the five facades, sync and
async. Every refusal happens before a request is sent."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from adversarial.hostile_support import PROVIDER, PROVIDERS, SECRETS, Provider, json_bytes

from cloudprojects import RetryPolicy, errors

PASSWORD = "pw-URL-SECRET"


class Wire:
    """A MockTransport handler that answers the provider's valid body and records what was sent."""

    def __init__(self, provider: Provider, *answers: httpx.Response | Exception) -> None:
        self.provider = provider
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answers:
            answer = self.answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return httpx.Response(200, content=json_bytes(self.provider.good), headers={"Content-Type": "application/json"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


async def _no_wait(_: float) -> None:
    return None


def _list(provider: Provider, client: Any) -> Any:
    args = ("my-workspace",) if provider.key == "ncp_media_intelligence" else ()
    return client.projects.list(*args)


# --- point 8: a password in the base URL ------------------------------------------------------------------------

URL_PROVIDERS = [key for key in PROVIDERS if key != "aliyun_sls"]  # SLS takes a host[:port], not a URL
# BLS (like SLS) refuses user info in its endpoint outright: see test_bls_refuses_user_info_in_its_endpoint.
BASE_URL_PROVIDERS = [key for key in URL_PROVIDERS if key != "baidu_bls"]


def test_bls_refuses_user_info_in_its_endpoint() -> None:
    provider = PROVIDER["baidu_bls"]
    with pytest.raises(errors.ValidationError) as caught:
        provider.module().Client(**provider.credentials, **_with_password("baidu_bls"))
    assert caught.value.field == "endpoint"
    _no_password_anywhere(str(caught.value), repr(caught.value))


def _with_password(key: str) -> dict[str, Any]:
    url = f"https://user:{PASSWORD}@api.example.com"
    return {"endpoint": url} if key == "baidu_bls" else {"base_url": url}


def _no_password_anywhere(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text
        assert PASSWORD.replace("-", "%2D") not in text


@pytest.mark.parametrize("key", BASE_URL_PROVIDERS)
def test_sync_password_in_the_base_url_is_in_no_repr_and_no_log(key: str, caplog: pytest.LogCaptureFixture) -> None:
    provider = PROVIDER[key]
    caplog.set_level(logging.DEBUG)  # every logger: cloudprojects, httpx, httpcore
    wire = Wire(provider, httpx.Response(503, json={"message": "busy"}), httpx.ConnectError("refused"))
    module = provider.module()
    client = module.Client(
        **provider.credentials, **_with_password(key), transport=wire.transport(), sleep=lambda _: None
    )
    with client:
        assert provider.call(client) is not None  # 503, connection refused, then the project: three attempts logged
        wire.answers.append(httpx.Response(404, json={"message": "gone"}))
        with pytest.raises(errors.NotFoundError) as caught:
            provider.call(client.with_options(max_retries=0), extra_headers={"X-Trace": "1"})
        clone = client.with_options(timeout=3)
        _no_password_anywhere(
            repr(client),
            str(client),
            repr(client.raw),
            repr(vars(client)),
            repr(clone),
            repr(vars(clone)),
            caplog.text,
            *(str(record.args) for record in caplog.records),
            str(caught.value),
            repr(caught.value),
        )
        assert "***" in repr(client)  # the URL is shown, masked
    assert len(wire.requests) == 4
    assert not any(request.url.userinfo for request in wire.requests)
    assert any(record.name == "cloudprojects" for record in caplog.records)
    assert any(record.name == "httpx" for record in caplog.records)


@pytest.mark.parametrize("key", BASE_URL_PROVIDERS)
async def test_async_password_in_the_base_url_is_in_no_repr_and_no_log(
    key: str, caplog: pytest.LogCaptureFixture
) -> None:
    provider = PROVIDER[key]
    caplog.set_level(logging.DEBUG)
    wire = Wire(provider, httpx.Response(503, json={"message": "busy"}), httpx.ConnectError("refused"))
    client = provider.module().AsyncClient(
        **provider.credentials, **_with_password(key), transport=wire.transport(), sleep=_no_wait
    )
    async with client:
        assert await provider.acall(client) is not None
        _no_password_anywhere(repr(client), repr(client.raw), repr(vars(client)), caplog.text)
    assert len(wire.requests) == 3
    assert not any(request.url.userinfo for request in wire.requests)


REFUSED_URLS = [
    f"http://user:{PASSWORD}@api.example.com",  # refused: plain http
    f"https://user:{PASSWORD}@api.example.com:port",
    f"https://user:{PASSWORD}@api.exa\x00mple.com",
    f"https://user:{PASSWORD}@[::1",
    f"ftp://user:{PASSWORD}@api.example.com",
    f"user:{PASSWORD}@api.example.com",
]


@pytest.mark.parametrize(
    ("key", "url"),
    [pytest.param(key, url) for key in URL_PROVIDERS for url in REFUSED_URLS],
)
def test_a_refused_base_url_does_not_echo_its_password(key: str, url: str) -> None:
    provider = PROVIDER[key]
    where = {"endpoint": url} if key == "baidu_bls" else {"base_url": url}
    with pytest.raises((ValueError, TypeError)) as caught:
        provider.module().Client(**provider.credentials, **where)
    _no_password_anywhere(str(caught.value), repr(caught.value))


def test_sls_refused_endpoint_does_not_echo_its_password() -> None:
    provider = PROVIDER["aliyun_sls"]
    with pytest.raises(ValueError) as caught:
        provider.module().Client(**provider.credentials, endpoint=f"user:{PASSWORD}@cn-hangzhou.log.aliyuncs.com")
    _no_password_anywhere(str(caught.value))


# --- point 9: bad options fail at construction -------------------------------------------------------------------

BAD_OPTIONS: list[tuple[str, Any, type[Exception]]] = [
    ("timeout", "5", TypeError),
    ("timeout", -1, ValueError),
    ("timeout", 0, ValueError),
    ("timeout", math.nan, ValueError),
    ("timeout", math.inf, ValueError),
    ("timeout", True, TypeError),
    ("timeout", [5], TypeError),
    ("timeout", httpx.Timeout(5, read=-1), ValueError),
    ("timeout", httpx.Timeout(5, connect=math.nan), ValueError),
    ("total_timeout", "5", TypeError),
    ("total_timeout", -1, ValueError),
    ("total_timeout", 0, ValueError),
    ("total_timeout", math.nan, ValueError),
    ("total_timeout", math.inf, ValueError),
    ("total_timeout", httpx.Timeout(5), TypeError),
    ("max_retries", 10**9, ValueError),
    ("max_retries", 101, ValueError),
    ("max_retries", -1, ValueError),
    ("max_retries", 1.5, TypeError),
    ("max_retries", True, TypeError),
    ("max_retries", "3", TypeError),
    ("max_retries", None, TypeError),
    ("retry_policy", "x", TypeError),
    ("retry_policy", {"max_retries": 1}, TypeError),
    ("retry_policy", RetryPolicy(max_retries=10**9), ValueError),
    ("retry_policy", RetryPolicy(max_retries=-1), ValueError),
    ("retry_policy", RetryPolicy(initial_backoff=math.nan), ValueError),
    ("retry_policy", RetryPolicy(initial_backoff=-1), ValueError),
    ("retry_policy", RetryPolicy(total_budget=math.nan), ValueError),
    ("retry_policy", RetryPolicy(max_retry_after=-1), ValueError),
    ("retry_policy", RetryPolicy(max_backoff="8"), TypeError),  # type: ignore[arg-type]
    ("retry_policy", RetryPolicy(random=0.5), TypeError),  # type: ignore[arg-type]
    ("sleep", 5, TypeError),
    ("sleep", "time.sleep", TypeError),
    ("allow_insecure_http", "yes", TypeError),
    ("allow_insecure_http", 1, TypeError),
    ("default_headers", "X-A: 1", TypeError),
    ("default_headers", {"X-A": 1}, TypeError),
    ("default_headers", {"X-A": "a\r\nX-Injected: 1"}, ValueError),
    ("default_headers", {"Authorization": "Bearer other"}, ValueError),
    ("limits", {"max_connections": 1}, TypeError),
    ("trust_env", "no", TypeError),
    ("verify", 1, TypeError),
]


def _option_id(value: Any) -> str:
    return repr(value)[:24] if not isinstance(value, type) else value.__name__


BAD = [pytest.param(name, value, error, id=f"{name}={_option_id(value)}") for name, value, error in BAD_OPTIONS]


@pytest.mark.parametrize(("name", "value", "error"), BAD)
@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_bad_option_fails_at_construction(key: str, name: str, value: Any, error: type[Exception]) -> None:
    provider = PROVIDER[key]
    kwargs = {name: value}
    if name not in ("limits", "verify"):  # transport settings cannot be combined with transport=
        kwargs["transport"] = Wire(provider).transport()
    with pytest.raises(error) as caught:
        provider.client(**kwargs)
    assert name.split("_")[0] in str(caught.value).lower() or name in str(caught.value)


@pytest.mark.parametrize(("name", "value", "error"), BAD)
@pytest.mark.parametrize("key", PROVIDERS)
def test_async_bad_option_fails_at_construction(key: str, name: str, value: Any, error: type[Exception]) -> None:
    provider = PROVIDER[key]
    kwargs = {name: value}
    if name not in ("limits", "verify"):
        kwargs["transport"] = httpx.MockTransport(Wire(provider))
    with pytest.raises(error):
        provider.async_client(**kwargs)


PER_CALL = [
    pytest.param(name, value, error, id=f"{name}={_option_id(value)}")
    for name, value, error in BAD_OPTIONS
    if name in ("timeout", "total_timeout", "max_retries") and value is not None
] + [
    pytest.param("extra_headers", {"Authorization": "x"}, ValueError, id="extra_headers=Authorization"),
    pytest.param("extra_headers", {"X-A": "1\n2"}, ValueError, id="extra_headers=newline"),
    pytest.param("extra_query", ["a"], TypeError, id="extra_query=list"),
]


@pytest.mark.parametrize(("name", "value", "error"), PER_CALL)
@pytest.mark.parametrize("key", PROVIDERS)
async def test_bad_per_call_option_fails_before_sending(
    key: str, name: str, value: Any, error: type[Exception]
) -> None:
    provider = PROVIDER[key]
    wire = Wire(provider)
    with provider.client(transport=wire.transport()) as client:
        with pytest.raises(error):
            provider.call(client, **{name: value})
        if name in ("timeout", "total_timeout", "max_retries"):
            with pytest.raises(error):
                client.with_options(**{name: value})
    async with provider.async_client(transport=httpx.MockTransport(wire)) as aclient:
        with pytest.raises(error):
            await provider.acall(aclient, **{name: value})
    assert wire.requests == []


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_largest_allowed_max_retries_never_overflows(key: str) -> None:
    """The cap (100) keeps the exponential backoff finite: 100 retries of a 503 end in its typed error."""
    provider = PROVIDER[key]
    wire = Wire(provider, *[httpx.Response(503, json={"message": "busy"}) for _ in range(101)])
    slept: list[float] = []
    policy = RetryPolicy(max_retries=100, total_budget=math.inf)
    client = provider.client(transport=wire.transport(), retry_policy=policy, sleep=slept.append)
    with client, pytest.raises(errors.InternalServerError):
        provider.call(client)
    assert len(wire.requests) == 101 and all(math.isfinite(s) for s in slept)


# --- point 10: plain http:// only to loopback ----------------------------------------------------------------------

INSECURE = [
    "http://api.example.com",
    "http://10.0.0.1:8080",
    "http://192.168.1.10",
    "http://169.254.169.254",
    "http://0.0.0.0:8080",
    "http://127.0.0.1.nip.io",
    "http://localhost.example.com",
    "http://2130706433",
    "HTTP://API.EXAMPLE.COM",
]
LOOPBACK = [
    "http://127.0.0.1:8080",
    "http://127.8.9.10",
    "http://localhost:8080",
    "http://LOCALHOST",
    "http://[::1]:80",
]


def _factory(provider: Provider, asynchronous: bool) -> Callable[..., Any]:
    return provider.async_client if asynchronous else provider.client


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("url", INSECURE)
@pytest.mark.parametrize("key", PROVIDERS)
def test_plain_http_to_another_host_is_refused(key: str, url: str, asynchronous: bool) -> None:
    provider = PROVIDER[key]
    with pytest.raises(ValueError, match=r"allow_insecure_http|scheme must be"):  # SLS: scheme= is lower-case only
        _factory(provider, asynchronous)(url=url)


@pytest.mark.parametrize("key", PROVIDERS)
async def test_plain_http_is_sent_only_when_the_caller_opts_in(key: str) -> None:
    provider = PROVIDER[key]
    wire = Wire(provider)
    with provider.client(url="http://api.example.com", allow_insecure_http=True, transport=wire.transport()) as c:
        assert provider.call(c) is not None
    async with provider.async_client(
        url="http://api.example.com", allow_insecure_http=True, transport=httpx.MockTransport(wire)
    ) as ac:
        assert await provider.acall(ac) is not None
    assert [r.url.scheme for r in wire.requests] == ["http", "http"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("url", LOOPBACK)
@pytest.mark.parametrize("key", PROVIDERS)
def test_plain_http_to_loopback_is_allowed(key: str, url: str, asynchronous: bool) -> None:
    assert _factory(PROVIDER[key], asynchronous)(url=url) is not None


def test_bls_plain_http_scheme_for_a_region_host_is_refused() -> None:
    provider = PROVIDER["baidu_bls"]
    for factory in (provider.module().Client, provider.module().AsyncClient):
        with pytest.raises(ValueError, match="allow_insecure_http"):
            factory(**provider.credentials, region="gz", scheme="http")
        assert factory(**provider.credentials, region="gz", scheme="http", allow_insecure_http=True) is not None


def test_the_default_addresses_are_https() -> None:
    for key in PROVIDERS:
        client = PROVIDER[key].client()
        assert client._http.base_url.scheme == "https", key
        client.close()


# --- point 12: a call on a closed client ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_call_on_a_closed_client_raises_client_closed_error(key: str) -> None:
    provider = PROVIDER[key]
    wire = Wire(provider)
    with provider.client(transport=wire.transport()) as client:
        clone = client.with_options(max_retries=0)
    for target in (client, clone):
        with pytest.raises(errors.ClientClosedError, match="closed"):
            provider.call(target)
        with pytest.raises(errors.ClientClosedError):
            list(_list(provider, target))
    assert isinstance(errors.ClientClosedError("x"), RuntimeError)
    assert wire.requests == []


@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_call_on_a_closed_client_raises_client_closed_error(key: str) -> None:
    provider = PROVIDER[key]
    wire = Wire(provider)
    client = provider.async_client(transport=httpx.MockTransport(wire))
    await client.close()
    with pytest.raises(errors.ClientClosedError, match="closed"):
        await provider.acall(client)
    with pytest.raises(errors.ClientClosedError):
        [item async for item in _list(provider, client)]
    assert wire.requests == []


@pytest.mark.parametrize("key", PROVIDERS)
async def test_a_closed_user_http_client_raises_client_closed_error(key: str) -> None:
    provider = PROVIDER[key]
    wire = Wire(provider)
    http = httpx.Client(transport=wire.transport())
    client = provider.client(http_client=http)
    assert provider.call(client) is not None
    http.close()
    with pytest.raises(errors.ClientClosedError, match="http_client"):
        provider.call(client)
    ahttp = httpx.AsyncClient(transport=httpx.MockTransport(wire))
    aclient = provider.async_client(http_client=ahttp)
    assert await provider.acall(aclient) is not None
    await ahttp.aclose()
    with pytest.raises(errors.ClientClosedError, match="http_client"):
        await provider.acall(aclient)
    assert len(wire.requests) == 2


def test_secrets_of_the_test_credentials_are_distinct() -> None:
    assert len(set(SECRETS.values())) == len(PROVIDERS)
