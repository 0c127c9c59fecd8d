"""Secrets never show up in repr/str, logs or errors; the redaction helper masks auth headers."""

from __future__ import annotations

import logging

import httpx
import pytest
from auth_support import (
    DISTINCTIVE_KEY_ID,
    DISTINCTIVE_SECRET,
    DISTINCTIVE_TOKEN,
    SCHEMES,
    distinctive_credentials,
    frozen,
    sign_with_flow,
)

from cloudprojects._core.redaction import REDACTED, SENSITIVE_HEADERS, mask_identifier, redact_headers
from cloudprojects.auth import (
    AliyunSlsAuth,
    AliyunSlsV4Auth,
    ApiKeyAuth,
    BceAuth,
    BearerAuth,
    NcpApiGatewayAuth,
    SignatureError,
    SignatureErrorReason,
)
from cloudprojects.auth._bce import BceSigner
from cloudprojects.auth._wire import WireRequest

AUTH_OBJECTS = [
    AliyunSlsAuth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET, DISTINCTIVE_TOKEN),
    AliyunSlsV4Auth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET, "cn-hangzhou", DISTINCTIVE_TOKEN),
    BceAuth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET, security_token=DISTINCTIVE_TOKEN),
    NcpApiGatewayAuth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET),
    ApiKeyAuth(DISTINCTIVE_TOKEN),
    BearerAuth(DISTINCTIVE_TOKEN),
]


@pytest.mark.parametrize("auth", AUTH_OBJECTS, ids=lambda auth: type(auth).__name__)
def test_repr_and_str_hide_every_secret(auth: httpx.Auth) -> None:
    for text in (repr(auth), str(auth), f"{auth!r} {auth}"):
        assert DISTINCTIVE_SECRET not in text and DISTINCTIVE_TOKEN not in text
        assert DISTINCTIVE_KEY_ID not in text
        assert text.startswith(type(auth).__name__ + "(") and REDACTED in text


def test_repr_shows_a_recognisable_key_id() -> None:
    auth = AliyunSlsAuth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET)
    assert repr(auth) == "AliyunSlsAuth(access_key_id='LTAI…abcd', access_key_secret=<redacted>)"
    assert repr(BearerAuth("t")) == "BearerAuth(token=<redacted>)"
    assert repr(ApiKeyAuth("t")) == "ApiKeyAuth(token=<redacted>, prefix='apikey')"


def test_short_identifiers_are_fully_redacted() -> None:
    assert mask_identifier("shortkey") == REDACTED
    assert mask_identifier(DISTINCTIVE_KEY_ID) == "LTAI…abcd"
    assert repr(NcpApiGatewayAuth("k", "s")) == "NcpApiGatewayAuth(access_key=<redacted>, secret_key=<redacted>)"


def test_signing_result_repr_hides_the_bce_signing_key() -> None:
    result = BceSigner("ak", DISTINCTIVE_SECRET).sign(
        WireRequest("GET", "/", headers={"host": "h"}), "2023-11-14T22:13:20Z"
    )
    assert result.signing_key and result.signing_key not in repr(result)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_signing_and_sending_log_no_secret(scheme: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    auth = SCHEMES[scheme].make_auth(distinctive_credentials(scheme), frozen(1_700_000_000))
    with httpx.Client(transport=httpx.MockTransport(lambda _r: httpx.Response(200)), auth=auth) as client:
        client.get(SCHEMES[scheme].url)
    assert caplog.records, "httpx logs at DEBUG; an empty capture would make this test vacuous"
    assert DISTINCTIVE_SECRET not in caplog.text


def test_signature_error_text_has_reason_and_message_only() -> None:
    error = SignatureError(SignatureErrorReason.SKEWED, "the request time is too far from now")
    assert str(error) == "the request time is too far from now"
    assert repr(error) == "SignatureError(reason='skewed', message='the request time is too far from now')"
    assert error.reason == "skewed"


def test_redact_headers_masks_every_sensitive_header_in_any_case() -> None:
    headers = {
        "Authorization": "LOG ak:sig",
        "x-ncp-apigw-signature-v2": "sig",
        "X-NCP-IAM-ACCESS-KEY": "ak",
        "x-acs-security-token": DISTINCTIVE_TOKEN,
        "X-Bce-Security-Token": DISTINCTIVE_TOKEN,
        "Content-Type": "application/json",
        "x-log-date": "Tue, 14 Nov 2023 22:13:20 GMT",
    }
    redacted = redact_headers(headers)
    assert redacted == {
        "Authorization": REDACTED,
        "x-ncp-apigw-signature-v2": REDACTED,
        "X-NCP-IAM-ACCESS-KEY": REDACTED,
        "x-acs-security-token": REDACTED,
        "X-Bce-Security-Token": REDACTED,
        "Content-Type": "application/json",
        "x-log-date": "Tue, 14 Nov 2023 22:13:20 GMT",
    }
    assert headers["Authorization"] == "LOG ak:sig", "the input is not modified"


def test_redact_headers_keeps_repeated_pairs_and_accepts_httpx_headers() -> None:
    pairs = [("Cookie", "a=1"), ("Cookie", "b=2"), ("Accept", "*/*")]
    assert redact_headers(pairs) == [("Cookie", REDACTED), ("Cookie", REDACTED), ("Accept", "*/*")]
    signed = sign_with_flow(
        SCHEMES["ncp_media_intelligence"].make_auth(distinctive_credentials("ncp_media_intelligence"), frozen(1.0)),
        httpx.Request("GET", "https://mi.apigw.ntruss.com/api/v1/workspaces/w/projects"),
    )
    redacted = redact_headers(signed.headers)
    assert redacted["x-ncp-apigw-signature-v2"] == redacted["x-ncp-iam-access-key"] == REDACTED
    assert redacted["x-ncp-apigw-timestamp"] == "1000"


def test_sensitive_header_list_covers_every_credential_header_we_set() -> None:
    assert {
        "authorization",
        "x-ncp-apigw-signature-v2",
        "x-ncp-iam-access-key",
        "x-acs-security-token",
        "x-bce-security-token",
    } <= SENSITIVE_HEADERS


def test_bce_signing_caches_never_hold_the_security_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quoted host and date lines are cached across requests; the STS token must never reach that cache."""
    from cloudprojects.auth import _bce

    seen: list[tuple[object, ...]] = []

    def recording(function: object) -> object:
        def record(*args: object) -> object:
            seen.append(args)
            return function.__wrapped__(*args)  # type: ignore[attr-defined]

        return record

    monkeypatch.setattr(_bce, "_header_line", recording(_bce._header_line))
    token = DISTINCTIVE_TOKEN + "/+=:"  # characters that must be percent-encoded, so quoting runs
    auth = BceAuth(DISTINCTIVE_KEY_ID, DISTINCTIVE_SECRET, security_token=token)
    request = httpx.Request("GET", "https://bls-log.bj.baidubce.com/v1/project/x?name=a:b")
    signed = sign_with_flow(auth, request)
    assert signed.headers["x-bce-security-token"] == token
    assert seen, "the cached helpers were not used at all"
    assert not [args for args in seen if any(token in str(arg) for arg in args)]
