"""The httpx.Auth shells: time handling, re-signing, sync/async reuse, input refusal, token schemes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from itertools import count

import httpx
import pytest
from aliyun.log.auth import AuthV1
from aliyun.log.credentials import StaticCredentialsProvider
from auth_support import (
    DISTINCTIVE_SECRET,
    SCHEMES,
    Capture,
    distinctive_credentials,
    frozen,
    key_id_of,
    secret_of,
    sign_with_flow,
)

from cloudprojects.auth import (
    AliyunSlsAuth,
    AliyunSlsV4Auth,
    ApiKeyAuth,
    BceAuth,
    BearerAuth,
    InvalidCredentialError,
    InvalidHeaderValueError,
    NcpApiGatewayAuth,
    verify_aliyun_sls,
)
from cloudprojects.auth._clock import format_rfc1123

T0 = 1_700_000_000.0
ALL = sorted(SCHEMES)


def make_auth(scheme: str, clock: Callable[[], float] | None = None) -> httpx.Auth:
    return SCHEMES[scheme].make_auth(distinctive_credentials(scheme), clock or frozen(T0))


def new_request(scheme: str, headers: dict[str, str] | None = None, body: bytes = b'{"name": "x"}') -> httpx.Request:
    return httpx.Request("PUT", SCHEMES[scheme].url, headers=headers, content=body)


def verifier(scheme: str, now: float) -> Callable[[httpx.Request], httpx.Response]:
    credentials = distinctive_credentials(scheme)
    secrets = {key_id_of(credentials): secret_of(credentials)}

    def respond(request: httpx.Request) -> httpx.Response:
        SCHEMES[scheme].verify(request, secrets.get, now)
        return httpx.Response(200)

    return respond


@pytest.mark.parametrize("scheme", ALL)
def test_missing_time_header_is_stamped_from_the_clock(scheme: str) -> None:
    spec = SCHEMES[scheme]
    signed = sign_with_flow(make_auth(scheme, frozen(T0 + 42)), new_request(scheme))
    assert signed.headers[spec.time_header] == spec.format_time(T0 + 42)


@pytest.mark.parametrize("scheme", ALL)
def test_present_time_header_is_kept(scheme: str) -> None:
    spec = SCHEMES[scheme]
    earlier = spec.format_time(T0 - 100)
    signed = sign_with_flow(make_auth(scheme, frozen(T0)), new_request(scheme, {spec.time_header: earlier}))
    assert signed.headers.get_list(spec.time_header) == [earlier]
    assert spec.verify(signed, {key_id_of(distinctive_credentials(scheme)): DISTINCTIVE_SECRET}.get, T0 - 100)


@pytest.mark.parametrize("scheme", ALL)
def test_resigning_replaces_the_signature_headers(scheme: str) -> None:
    spec = SCHEMES[scheme]
    request = new_request(scheme)
    first = dict(sign_with_flow(make_auth(scheme, frozen(T0)), request).headers)
    other_credentials = distinctive_credentials(scheme) | {
        name: "other-secret" for name in distinctive_credentials(scheme) if "secret" in name
    }
    sign_with_flow(spec.make_auth(other_credentials, frozen(T0 + 5)), request)
    names = [name.lower() for name, _ in request.headers.raw]
    assert len(names) == len(set(names)), names
    assert request.headers[spec.time_header] == first[spec.time_header]
    assert request.headers[spec.signature_headers[0]] != first[spec.signature_headers[0]]
    sign_with_flow(make_auth(scheme, frozen(T0 + 9)), request)
    assert dict(request.headers) == first


@pytest.mark.parametrize("scheme", ALL)
def test_fresh_requests_at_two_clock_values_get_fresh_times_and_signatures(scheme: str) -> None:
    spec = SCHEMES[scheme]
    ticks = count(T0, 61)
    auth = make_auth(scheme, lambda: next(ticks))
    first = sign_with_flow(auth, new_request(scheme))
    second = sign_with_flow(auth, new_request(scheme))
    assert first.headers[spec.time_header] != second.headers[spec.time_header]
    assert first.headers[spec.signature_headers[0]] != second.headers[spec.signature_headers[0]]
    lookup = {key_id_of(distinctive_credentials(scheme)): DISTINCTIVE_SECRET}.get
    assert spec.verify(first, lookup, T0) and spec.verify(second, lookup, T0 + 61)


@pytest.mark.parametrize("scheme", ALL)
def test_one_auth_object_serves_sync_and_async_clients(scheme: str) -> None:
    auth = make_auth(scheme)
    transport = httpx.MockTransport(verifier(scheme, T0))
    with httpx.Client(transport=transport, auth=auth) as client:
        assert client.put(SCHEMES[scheme].url, content=b"{}", params={"q": "a b"}).status_code == 200

    async def send() -> int:
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            return (await client.put(SCHEMES[scheme].url, content=b"{}", params={"q": "a b"})).status_code

    assert asyncio.run(send()) == 200


@pytest.mark.parametrize("scheme", ALL)
def test_auth_flow_yields_the_request_once(scheme: str) -> None:
    request = new_request(scheme)
    flow = make_auth(scheme).sync_auth_flow(request)
    assert next(flow) is request
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401))


def test_body_flags() -> None:
    assert AliyunSlsAuth.requires_request_body and AliyunSlsV4Auth.requires_request_body
    assert not BceAuth.requires_request_body and not NcpApiGatewayAuth.requires_request_body


def test_streaming_bodies_are_read_before_hashing() -> None:
    auth = AliyunSlsAuth("testAccessKeyId", DISTINCTIVE_SECRET, clock=frozen(T0))
    capture = Capture(verifier_for_sls())

    def chunks() -> Iterator[bytes]:
        yield from (b'{"a": ', b"1}")

    async def async_chunks() -> AsyncIterator[bytes]:
        for chunk in (b'{"a": ', b"1}"):
            yield chunk

    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        assert client.post("http://p.example.com/", content=chunks()).status_code == 200

    async def send() -> int:
        async with httpx.AsyncClient(transport=httpx.MockTransport(capture), auth=auth) as client:
            return (await client.post("http://p.example.com/", content=async_chunks())).status_code

    assert asyncio.run(send()) == 200
    assert [r.headers["x-log-bodyrawsize"] for r in capture.requests] == ["8", "8"]


def verifier_for_sls() -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        verify_aliyun_sls(request, {"testAccessKeyId": DISTINCTIVE_SECRET}.get, T0)
        return httpx.Response(200)

    return respond


def test_sls_drops_a_stale_content_md5_and_keeps_a_callers_raw_size() -> None:
    auth = AliyunSlsAuth("testAccessKeyId", DISTINCTIVE_SECRET, clock=frozen(T0))
    request = httpx.Request("POST", "http://p.example.com/", headers={"Content-MD5": "00", "x-log-bodyrawsize": "99"})
    signed = sign_with_flow(auth, request)
    assert "content-md5" not in signed.headers
    assert signed.headers["x-log-bodyrawsize"] == "99"


def test_sls_uses_x_log_date_when_date_is_absent() -> None:
    date = format_rfc1123(T0 - 30)
    auth = AliyunSlsAuth("testAccessKeyId", DISTINCTIVE_SECRET, clock=frozen(T0))
    signed = sign_with_flow(auth, httpx.Request("GET", "http://p.example.com/", headers={"x-log-date": date}))
    assert signed.headers["date"] == signed.headers["x-log-date"] == date


@pytest.mark.parametrize("scheme", ALL)
@pytest.mark.parametrize("value", ["a\r\nInjected: yes", "a\nInjected: yes", "a\rInjected", "a\x00b", "a\x7fb"])
def test_control_characters_in_header_values_are_refused(scheme: str, value: str) -> None:
    request = new_request(scheme, {"X-Custom": "ok"})
    request.headers["X-Custom"] = value
    with pytest.raises(InvalidHeaderValueError) as caught:
        sign_with_flow(make_auth(scheme), request)
    assert isinstance(caught.value, ValueError)
    assert "x-custom" in str(caught.value) and "Injected" not in str(caught.value)
    assert "authorization" not in request.headers


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (lambda bad: AliyunSlsAuth(bad, "s"), "access_key_id"),
        (lambda bad: AliyunSlsAuth("k", bad), "access_key_secret"),
        (lambda bad: AliyunSlsAuth("k", "s", bad), "security_token"),
        (lambda bad: AliyunSlsV4Auth("k", bad, "cn-hangzhou"), "access_key_secret"),
        (lambda bad: AliyunSlsV4Auth("k", "s", bad), "region"),
        (lambda bad: BceAuth(bad, "s"), "access_key_id"),
        (lambda bad: BceAuth("k", bad), "secret_access_key"),
        (lambda bad: BceAuth("k", "s", security_token=bad), "security_token"),
        (lambda bad: NcpApiGatewayAuth(bad, "s"), "access_key"),
        (lambda bad: NcpApiGatewayAuth("k", bad), "secret_key"),
        (lambda bad: ApiKeyAuth(bad), "token"),
        (lambda bad: BearerAuth(bad), "token"),
    ],
)
@pytest.mark.parametrize(
    "bad", [DISTINCTIVE_SECRET + "\r\nX: y", DISTINCTIVE_SECRET + "\n", "\t" + DISTINCTIVE_SECRET, ""]
)
def test_unusable_credentials_are_refused_by_name(factory: Callable[[str], object], field: str, bad: str) -> None:
    with pytest.raises(InvalidCredentialError) as caught:
        factory(bad)
    assert caught.value.field == field and str(caught.value).startswith(field)
    assert DISTINCTIVE_SECRET not in str(caught.value) and DISTINCTIVE_SECRET not in repr(caught.value)


def test_credentials_sent_in_headers_must_be_ascii_but_secrets_may_be_unicode() -> None:
    with pytest.raises(InvalidCredentialError, match="access_key_id"):
        AliyunSlsAuth("ключ-доступа", "s")
    with pytest.raises(InvalidCredentialError, match="access_key_id"):
        BceAuth("ak/with/slash", "s")
    with pytest.raises(InvalidCredentialError, match="must be a str"):
        NcpApiGatewayAuth("k", b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expiration_seconds"):
        BceAuth("k", "s", 0)


def test_unicode_secret_signs_like_the_sdk() -> None:
    secret = "秘密-ключ-é"
    auth = AliyunSlsAuth("testAccessKeyId", secret, clock=frozen(T0))
    signed = sign_with_flow(auth, httpx.Request("GET", "http://p.example.com/"))

    class FrozenAuthV1(AuthV1):
        @staticmethod
        def _getGMT() -> str:
            return format_rfc1123(T0)

    headers = {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": "0"}
    FrozenAuthV1(StaticCredentialsProvider("testAccessKeyId", secret)).sign_request("GET", "/", {}, headers, b"")
    assert signed.headers["authorization"] == headers["Authorization"]


@pytest.mark.parametrize(
    ("auth", "header", "value"),
    [
        (BceAuth("k", "s"), "x-bce-date", "2023-11-14 22:13:20"),
        (NcpApiGatewayAuth("k", "s"), "x-ncp-apigw-timestamp", "1700000000.5"),
        (AliyunSlsV4Auth("k", "s", "cn-hangzhou"), "x-log-date", "2023-11-14T22:13:20Z"),
    ],
)
def test_malformed_time_headers_are_refused(auth: httpx.Auth, header: str, value: str) -> None:
    with pytest.raises(InvalidHeaderValueError, match=header):
        sign_with_flow(auth, httpx.Request("GET", "http://h.example.com/", headers={header: value}))


@pytest.mark.parametrize(
    ("auth", "expected"),
    [
        (ApiKeyAuth("tok-123"), "apikey tok-123"),
        (ApiKeyAuth("tok-123", prefix="APIKey"), "APIKey tok-123"),
        (BearerAuth("tok-123"), "Bearer tok-123"),
    ],
)
def test_token_schemes_set_and_replace_authorization(auth: httpx.Auth, expected: str) -> None:
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.get("https://api.example.com/v1/projects", headers={"Authorization": "stale"})

    async def send() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(capture), auth=auth) as client:
            await client.get("https://api.example.com/v1/projects")

    asyncio.run(send())
    assert [r.headers.get_list("authorization") for r in capture.requests] == [[expected], [expected]]
