"""Known-answer vectors (computed by the official SDKs) against our pure core and our httpx shell."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from typing import Any

import httpx
import pytest
from auth_support import (
    SCHEMES,
    VECTORS,
    Capture,
    all_cases,
    frozen,
    httpx_request_of,
    load_cases,
    wire_of,
)

from cloudprojects.auth._shell import wire_from_httpx

CASES = all_cases()
CASE_IDS = [f"{scheme}:{case['name']}" for scheme, case in CASES]

QUOTED_IN_PROVIDER_NOTES = {
    ("aliyun_sls", "update_project"): "LOG testAccessKeyId:F8649sbDfc5q7u7zW6aeHRVEuWo=",
    ("aliyun_sls", "list_project"): "LOG testAccessKeyId:F23C4FAGLa4vG/4P+sdoVvGo1Ho=",
    ("baidu_bls", "describe_project"): "bce-auth-v1/testAK/2019-09-10T07:00:20Z/1800/"
    "content-type;host;x-bce-date;x-bce-request-id/"
    "97d381321105c9c6fa1acb529dc08e698257e6e4c18bedb5a31623df556237f3",
    ("ncp_media_intelligence", "update_project"): "tK6eZ5pud1GdhHFYCtll/bbWeliNA9L5dK39qD/bSf8=",
    ("ncp_media_intelligence", "list_projects"): "cGH+1tmuawYeqq6Qtwk66Zg13enn5VtmjGwQHMpjABY=",
    ("aliyun_sls_v4", "update_project"): "afdd9beb4f674cbc195b331372e40b3ed9888c1f10119df674025be5ce63fb2e",
}


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _assert_signed(request: httpx.Request, expected: dict[str, str]) -> None:
    for name, value in expected.items():
        assert request.headers.get_list(name) == [value], name


def test_every_scheme_has_vectors_with_provenance() -> None:
    for scheme in SCHEMES:
        document = json.loads((VECTORS / f"{scheme}.json").read_text(encoding="utf-8"))
        assert "computed" in document["$comment"] and "make_vectors.py" in document["$comment"]
        assert any(version in document["$comment"] for version in document["sdk_versions"].values())
        assert len(document["cases"]) >= 3


@pytest.mark.parametrize(("scheme", "name"), sorted(QUOTED_IN_PROVIDER_NOTES))
def test_provider_notes_vectors_are_present_verbatim(scheme: str, name: str) -> None:
    case = next(case for case in load_cases(scheme) if case["name"] == name)
    quoted = QUOTED_IN_PROVIDER_NOTES[(scheme, name)]
    assert quoted in (case["expected"]["headers"].get("Authorization"), case["expected"]["signature"])


@pytest.mark.parametrize(("scheme", "case"), CASES, ids=CASE_IDS)
def test_pure_core_reproduces_vector(scheme: str, case: dict[str, Any]) -> None:
    spec = SCHEMES[scheme]
    signer = spec.make_signer(case["credentials"])
    wire = wire_of(case)
    time_value = wire.headers.get(spec.time_header) or spec.format_time(case["time"]["epoch"])
    result = signer.sign(wire, time_value)
    expected = case["expected"]
    assert result.string_to_sign == expected["string_to_sign"]
    assert result.signature == expected["signature"]
    assert result.canonical_request == expected.get("canonical_request", "")
    assert result.signing_key == expected.get("signing_key", "")
    assert _lower(result.headers) == _lower(expected["headers"])


@pytest.mark.parametrize(("scheme", "case"), CASES, ids=CASE_IDS)
def test_httpx_builds_the_recorded_wire_form(scheme: str, case: dict[str, Any]) -> None:
    assert wire_from_httpx(httpx_request_of(case)) == wire_of(case), scheme


@pytest.mark.parametrize(("scheme", "case"), CASES, ids=CASE_IDS)
def test_sync_client_sends_vector_headers(scheme: str, case: dict[str, Any]) -> None:
    auth = SCHEMES[scheme].make_auth(case["credentials"], frozen(case["time"]["epoch"]))
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        response = client.send(httpx_request_of(case))
    assert response.status_code == 200
    _assert_signed(capture.last, case["expected"]["headers"])


@pytest.mark.parametrize(("scheme", "case"), CASES, ids=CASE_IDS)
def test_async_client_sends_vector_headers(scheme: str, case: dict[str, Any]) -> None:
    auth = SCHEMES[scheme].make_auth(case["credentials"], frozen(case["time"]["epoch"]))
    capture = Capture()

    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.MockTransport(capture), auth=auth) as client:
            return await client.send(httpx_request_of(case))

    assert asyncio.run(send()).status_code == 200
    _assert_signed(capture.last, case["expected"]["headers"])


@pytest.mark.parametrize(("scheme", "case"), CASES, ids=CASE_IDS)
def test_our_verifier_accepts_vector_requests(scheme: str, case: dict[str, Any]) -> None:
    spec = SCHEMES[scheme]
    auth = spec.make_auth(case["credentials"], frozen(case["time"]["epoch"]))
    capture = Capture()
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.send(httpx_request_of(case))
    secrets = {k: v for k, v in case["credentials"].items() if "secret" in k}
    (secret,) = secrets.values()
    assert spec.verify(capture.last, lambda _key: secret, case["time"]["epoch"] + 1)


def test_generator_reproduces_the_committed_files(capsys: pytest.CaptureFixture[str]) -> None:
    module_spec = importlib.util.spec_from_file_location("make_vectors", VECTORS / "make_vectors.py")
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules["make_vectors"] = module
    module_spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, capsys.readouterr().out
    assert "aliyun-log-python-sdk==0.9.52" in capsys.readouterr().out
