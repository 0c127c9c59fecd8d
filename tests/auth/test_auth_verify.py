"""Server-side verification: round trips and every rejection reason, for each signed scheme."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from typing import Any

import httpx
import pytest
from auth_support import (
    DISTINCTIVE_SECRET,
    SCHEMES,
    distinctive_credentials,
    frozen,
    key_id_of,
    sign_with_flow,
)

from cloudprojects.auth import SignatureError, SignatureErrorReason, WireRequest
from cloudprojects.auth._shell import wire_from_httpx

T0 = 1_700_000_000.0
BODY = b'{"description": "caf\xc3\xa9"}'
SIGNED_EXTRA_HEADER = {"aliyun_sls": "x-log-topic", "aliyun_sls_v4": "x-log-topic", "baidu_bls": "x-bce-request-id"}
Reason = SignatureErrorReason


def signed(scheme: str, *, body: bytes = BODY, headers: dict[str, str] | None = None, epoch: float = T0) -> WireRequest:
    spec = SCHEMES[scheme]
    credentials = distinctive_credentials(scheme)
    extra = {SIGNED_EXTRA_HEADER[scheme]: "original"} if scheme in SIGNED_EXTRA_HEADER else {}
    request = httpx.Request("PUT", spec.url + "?b=2&a=caf%C3%A9", headers=extra | (headers or {}), content=body)
    sign_with_flow(spec.make_auth(credentials, frozen(epoch)), request)
    return wire_from_httpx(request)


def lookup(scheme: str, secret: str | None = DISTINCTIVE_SECRET) -> Any:
    key = key_id_of(distinctive_credentials(scheme))
    return {key: secret}.get


def verify(
    scheme: str, wire: WireRequest | httpx.Request, *, now: float = T0, secret: str | None = DISTINCTIVE_SECRET
) -> str:
    return SCHEMES[scheme].verify(wire, lookup(scheme, secret), now)


def rejected(scheme: str, wire: WireRequest, reason: SignatureErrorReason, **kwargs: Any) -> SignatureError:
    with pytest.raises(SignatureError) as caught:
        verify(scheme, wire, **kwargs)
    error = caught.value
    assert error.reason == reason, str(error)
    for text in (str(error), repr(error)):
        assert DISTINCTIVE_SECRET not in text
        for name in SCHEMES[scheme].signature_headers:
            value = wire.headers.get(name, "")
            assert len(value) < 8 or value not in text
    return error


def with_headers(wire: WireRequest, **changes: str | None) -> WireRequest:
    headers = dict(wire.headers)
    for name, value in changes.items():
        name = name.replace("_", "-")
        if value is None:
            headers.pop(name, None)
        else:
            headers[name] = value
    return replace(wire, headers=headers)


ALL = sorted(SCHEMES)
WITH_SIGNED_HEADER = sorted(SIGNED_EXTRA_HEADER)


@pytest.mark.parametrize("scheme", ALL)
def test_round_trip_returns_the_access_key(scheme: str) -> None:
    wire = signed(scheme)
    assert verify(scheme, wire) == key_id_of(distinctive_credentials(scheme))


@pytest.mark.parametrize("scheme", ALL)
def test_round_trip_through_an_asgi_scope(scheme: str) -> None:
    wire = signed(scheme)
    scope = {
        "type": "http",
        "method": wire.method,
        "path": "/ignored-when-raw-path-is-given",
        "raw_path": wire.path.encode(),
        "query_string": wire.query.encode(),
        "headers": [(name.encode(), value.encode()) for name, value in wire.headers.items()],
    }
    assert WireRequest.from_asgi(scope, wire.body) == wire
    assert verify(scheme, WireRequest.from_asgi(scope, wire.body))


@pytest.mark.parametrize("scheme", ALL)
def test_httpx_request_is_accepted_directly(scheme: str) -> None:
    request = httpx.Request("GET", SCHEMES[scheme].url)
    sign_with_flow(SCHEMES[scheme].make_auth(distinctive_credentials(scheme), frozen(T0)), request)
    assert verify(scheme, request)


@pytest.mark.parametrize("scheme", ALL)
def test_unknown_key(scheme: str) -> None:
    rejected(scheme, signed(scheme), Reason.UNKNOWN_KEY, secret=None)


@pytest.mark.parametrize("scheme", ALL)
def test_wrong_secret(scheme: str) -> None:
    rejected(scheme, signed(scheme), Reason.SIGNATURE_MISMATCH, secret="another-secret")


@pytest.mark.parametrize("scheme", ALL)
@pytest.mark.parametrize(
    "change",
    [
        {"path": "/tampered"},
        {"query": "b=2&a=cafe"},
        {"query": "b=2"},
        {"method": "DELETE"},
    ],
    ids=["path", "query-value", "query-dropped", "method"],
)
def test_tampered_request_line(scheme: str, change: dict[str, str]) -> None:
    rejected(scheme, replace(signed(scheme), **change), Reason.SIGNATURE_MISMATCH)


@pytest.mark.parametrize("scheme", WITH_SIGNED_HEADER)
def test_tampered_signed_header(scheme: str) -> None:
    wire = signed(scheme)
    tampered = with_headers(wire, **{SIGNED_EXTRA_HEADER[scheme].replace("-", "_"): "changed"})
    rejected(scheme, tampered, Reason.SIGNATURE_MISMATCH)


@pytest.mark.parametrize("scheme", ["aliyun_sls", "aliyun_sls_v4"])
def test_tampered_body_is_caught_by_the_body_digest(scheme: str) -> None:
    wire = signed(scheme)
    rejected(scheme, replace(wire, body=BODY.replace(b"caf", b"CAF")), Reason.DIGEST_MISMATCH)
    rejected(scheme, replace(wire, body=b""), Reason.DIGEST_MISMATCH)


def test_bce_tampered_body_is_caught_by_content_length_or_md5() -> None:
    wire = signed("baidu_bls")
    rejected("baidu_bls", replace(wire, body=BODY + b" "), Reason.DIGEST_MISMATCH)
    md5 = base64.b64encode(hashlib.md5(BODY).digest()).decode()
    with_md5 = signed("baidu_bls", headers={"Content-MD5": md5})
    assert "content-md5" in with_md5.headers["authorization"]
    rejected("baidu_bls", replace(with_md5, body=BODY.replace(b"caf", b"CAF")), Reason.DIGEST_MISMATCH)


def test_bce_same_length_body_change_without_md5_is_not_detectable() -> None:
    """Pinned limitation: bce-auth-v1 signs no body hash, only Content-Length (and Content-MD5 if sent)."""
    wire = signed("baidu_bls")
    assert verify("baidu_bls", replace(wire, body=BODY.replace(b"caf", b"CAF")))


def test_ncp_body_is_not_signed() -> None:
    """Pinned limitation: the API Gateway signature covers method, URI, timestamp and access key only."""
    assert verify("ncp_media_intelligence", replace(signed("ncp_media_intelligence"), body=b"other"))


@pytest.mark.parametrize("scheme", ALL)
def test_missing_signature_headers(scheme: str) -> None:
    wire = signed(scheme)
    for name in SCHEMES[scheme].signature_headers:
        if name in ("content-md5", "x-log-signaturemethod", "x-log-content-sha256"):
            continue
        stripped = with_headers(wire, **{name.replace("-", "_"): None})
        if scheme == "aliyun_sls" and name in ("date", "x-log-date"):
            assert verify(scheme, stripped), "either Date or x-log-date is enough"
            continue
        rejected(scheme, stripped, Reason.MISSING)


@pytest.mark.parametrize(
    ("scheme", "header", "value"),
    [
        ("aliyun_sls", "authorization", "Bearer abc"),
        ("aliyun_sls", "authorization", "LOG no-colon"),
        ("aliyun_sls", "date", "2023-11-14T22:13:20Z"),
        ("aliyun_sls_v4", "authorization", "SLS4-HMAC-SHA256 Credential=ak"),
        ("aliyun_sls_v4", "authorization", "SLS4-HMAC-SHA256 Credential=ak/20231114/cn-hangzhou/sls/x,Signature=00"),
        ("aliyun_sls_v4", "x-log-date", "Tue, 14 Nov 2023 22:13:20 GMT"),
        ("baidu_bls", "authorization", "bce-auth-v1/ak/2023-11-14T22:13:20Z/1800/host"),
        ("baidu_bls", "authorization", "bce-auth-v2/ak/2023-11-14T22:13:20Z/1800/host/00"),
        ("baidu_bls", "authorization", "bce-auth-v1/ak/2023-11-14 22:13:20/1800/host/00"),
        ("baidu_bls", "authorization", "bce-auth-v1/ak/2023-11-14T22:13:20Z/-5/host/00"),
        ("ncp_media_intelligence", "x-ncp-apigw-timestamp", "1700000000.5"),
        ("ncp_media_intelligence", "x-ncp-iam-access-key", ""),
    ],
)
def test_malformed_headers(scheme: str, header: str, value: str) -> None:
    if scheme == "aliyun_sls" and header == "date":
        wire = with_headers(signed(scheme), date=value, x_log_date=value)
    else:
        wire = with_headers(signed(scheme), **{header.replace("-", "_"): value})
    rejected(scheme, wire, Reason.MALFORMED)


TIME_WINDOWS = {
    "aliyun_sls": [(899, None), (-899, None), (901, Reason.SKEWED), (-901, Reason.SKEWED)],
    "aliyun_sls_v4": [(899, None), (-899, None), (901, Reason.SKEWED), (-901, Reason.SKEWED)],
    "baidu_bls": [(1799, None), (-299, None), (1801, Reason.EXPIRED), (-301, Reason.SKEWED)],
    "ncp_media_intelligence": [(299, None), (-299, None), (301, Reason.SKEWED), (-301, Reason.SKEWED)],
}


@pytest.mark.parametrize(
    ("scheme", "offset", "reason"),
    [(scheme, offset, reason) for scheme, cases in TIME_WINDOWS.items() for offset, reason in cases],
)
def test_time_window(scheme: str, offset: int, reason: SignatureErrorReason | None) -> None:
    wire = signed(scheme)
    if reason is None:
        assert verify(scheme, wire, now=T0 + offset)
    else:
        rejected(scheme, wire, reason, now=T0 + offset)


def test_sls_body_without_content_md5_is_missing() -> None:
    rejected("aliyun_sls", with_headers(signed("aliyun_sls"), content_md5=None), Reason.MISSING)


def test_sls_x_log_date_must_agree_with_date() -> None:
    wire = signed("aliyun_sls")
    rejected("aliyun_sls", with_headers(wire, x_log_date="Tue, 14 Nov 2023 22:13:21 GMT"), Reason.MALFORMED)


def test_bce_signed_headers_must_include_host() -> None:
    wire = signed("baidu_bls")
    prefix, signed_names, signature = wire.headers["authorization"].rsplit("/", 2)
    assert "host" in signed_names.split(";")
    without_host = ";".join(name for name in signed_names.split(";") if name != "host")
    rejected("baidu_bls", with_headers(wire, authorization=f"{prefix}/{without_host}/{signature}"), Reason.MALFORMED)


def test_bce_empty_signed_headers_uses_the_default_set_like_the_python_sdk() -> None:
    wire = signed("baidu_bls")
    prefix, _, signature = wire.headers["authorization"].rsplit("/", 2)
    assert verify("baidu_bls", with_headers(wire, authorization=f"{prefix}//{signature}"))


def test_bce_authorization_query_parameter_is_not_signed() -> None:
    wire = signed("baidu_bls")
    assert verify("baidu_bls", replace(wire, query=wire.query + "&authorization=anything"))


def test_ncp_accepts_the_python_sdk_header_name() -> None:
    wire = signed("ncp_media_intelligence")
    signature = wire.headers["x-ncp-apigw-signature-v2"]
    legacy = with_headers(wire, x_ncp_apigw_signature_v2=None, x_ncp_apigw_signature_v1=signature)
    assert verify("ncp_media_intelligence", legacy)


def test_sls_v4_scope_must_name_the_servers_region() -> None:
    wire = signed("aliyun_sls_v4")
    verify_v4 = SCHEMES["aliyun_sls_v4"].verify
    assert verify_v4(wire, lookup("aliyun_sls_v4"), T0, region="cn-hangzhou")
    with pytest.raises(SignatureError) as caught:
        verify_v4(wire, lookup("aliyun_sls_v4"), T0, region="cn-beijing")
    assert caught.value.reason == Reason.MALFORMED


def test_reason_values_are_stable_strings() -> None:
    assert [reason.value for reason in Reason] == [
        "missing",
        "malformed",
        "unknown_key",
        "signature_mismatch",
        "digest_mismatch",
        "expired",
        "skewed",
    ]


@pytest.mark.parametrize(
    "authorization",
    [
        "bce-auth-v1/ak/0000-01-01T00:00:00Z/1800/host/" + "0" * 64,
        "bce-auth-v1/ak/2019-09-10T07:00:20Z/" + "9" * 5000 + "/host/" + "0" * 64,
    ],
    ids=["year-zero", "huge-expiration"],
)
def test_bce_absurd_auth_strings_are_malformed_not_crashes(authorization: str) -> None:
    from cloudprojects.auth import SignatureError, WireRequest, verify_bce

    wire = WireRequest.build("GET", "/v1/project/x", {"host": "h", "authorization": authorization})
    with pytest.raises(SignatureError) as caught:
        verify_bce(wire, lambda _: "sk", now=1_568_098_820)
    assert caught.value.reason == "malformed"
