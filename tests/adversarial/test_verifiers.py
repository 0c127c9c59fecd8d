"""Server-side verifiers refuse any header text with a SignatureError, never another exception (issue 11, point 5:
a 5,000-digit ``x-ncp-apigw-timestamp`` raised ValueError and the simulator answered 500)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hostile_tally import tally
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudprojects.auth import (
    SignatureError,
    SignatureErrorReason,
    WireRequest,
    verify_aliyun_sls,
    verify_aliyun_sls_v4,
    verify_bce,
    verify_ncp_api_gateway,
)

NOW = 1_700_000_000.0
Verify = Callable[[WireRequest], str]
VERIFIERS: dict[str, tuple[Verify, tuple[str, ...]]] = {
    "sls_v1": (
        lambda r: verify_aliyun_sls(r, lambda _k: "secret", NOW),
        ("authorization", "date", "x-log-date", "content-md5", "x-log-bodyrawsize"),
    ),
    "sls_v4": (
        lambda r: verify_aliyun_sls_v4(r, lambda _k: "secret", NOW, region="cn-hangzhou"),
        ("authorization", "x-log-date", "x-log-content-sha256", "content-md5"),
    ),
    "bce": (
        lambda r: verify_bce(r, lambda _k: "secret", NOW),
        ("authorization", "host", "x-bce-date", "content-length", "content-md5"),
    ),
    "ncp": (
        lambda r: verify_ncp_api_gateway(r, lambda _k: "secret", NOW),
        ("x-ncp-apigw-timestamp", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2", "x-ncp-apigw-signature-v1"),
    ),
}
ABSURD = [
    "9" * 5000,
    "1" * 100_000,
    "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662\u0663",
    "-1",
    "",
    "bce-auth-v1/ak/2023-11-14T22:13:20Z/" + "9" * 5000 + "/host/sig",
    "bce-auth-v1/ak/\u0662023-11-14T22:13:20Z/1800/host/sig",
    "LOG " + ":" * 5000,
    "SLS4-HMAC-SHA256 Credential=" + "/" * 5000,
    "Tue, 14 Nov 99999 22:13:20 GMT",
    "Tue, \u0661\u0664 Nov 2023 22:13:20 GMT",
    "99999999T999999Z",
]


def test_the_issue_reproduction_a_5000_digit_ncp_timestamp_is_malformed() -> None:
    request = WireRequest(
        "GET",
        "/api/v1/workspaces/w/projects",
        headers={"x-ncp-apigw-timestamp": "9" * 5000, "x-ncp-iam-access-key": "k", "x-ncp-apigw-signature-v2": "s"},
    )
    with pytest.raises(SignatureError) as caught:
        verify_ncp_api_gateway(request, lambda _k: "secret", NOW)
    assert caught.value.reason is SignatureErrorReason.MALFORMED


@pytest.mark.parametrize("scheme", sorted(VERIFIERS))
@pytest.mark.parametrize("value", ABSURD, ids=lambda v: f"{v[:16]!r}x{len(v)}")
def test_absurd_values_in_every_header_give_a_signature_error(scheme: str, value: str) -> None:
    verify, names = VERIFIERS[scheme]
    for name in names:
        tally("verifiers: absurd header values")
        headers = {other: "1" for other in names} | {"host": "h", name: value}
        with pytest.raises(SignatureError):
            verify(WireRequest("GET", "/", headers=headers))


@pytest.mark.parametrize("scheme", sorted(VERIFIERS))
def test_any_header_text_gives_a_signature_error(scheme: str) -> None:
    verify, names = VERIFIERS[scheme]

    @settings(max_examples=150, deadline=None)
    @given(st.fixed_dictionaries({}, optional={name: st.text(max_size=60) for name in names}), st.binary(max_size=40))
    def check(headers: dict[str, str], body: bytes) -> None:
        tally("verifiers: fuzzed header text")
        with pytest.raises(SignatureError):
            verify(WireRequest("PUT", "/", headers={"host": "h", **headers}, body=body))

    check()
