"""Hostile requests against each simulator on loopback (issue 11, point 5): never a 500, memory bounded, and the
server keeps serving. Bodies are correctly signed unless the case is about the signature."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hostile_tally import tally
from sim_targets import TARGETS, Target

from cloudprojects import sim
from cloudprojects.sim import SimLimits

LIMITS = SimLimits(max_logged_requests=50, max_logged_bytes=256 * 1024, max_body_bytes=64 * 1024)
DEEP = 30_000  # far beyond any recursion limit, and within LIMITS.max_body_bytes


@dataclass
class Live:
    """One simulator on loopback with a signing and a plain client (built once: TLS contexts are costly)."""

    endpoint: sim.Endpoint
    target: Target
    signed: httpx.Client
    unsigned: httpx.Client


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Live]]:
    with ExitStack() as stack:
        live: dict[str, Live] = {}
        for provider, target in TARGETS.items():
            endpoint = stack.enter_context(sim.serve_simulator(sim.create(provider, seed=11, limits=LIMITS)))
            signed = httpx.Client(
                base_url=endpoint.url,
                auth=target.make_auth(endpoint.credentials),
                headers={"Content-Type": "application/json"},
                timeout=30,
            )
            unsigned = httpx.Client(base_url=endpoint.url, timeout=30)
            live[provider] = Live(endpoint, target, stack.enter_context(signed), stack.enter_context(unsigned))
        yield live


def still_serving(live: Live) -> None:
    method, path = live.target.read_route
    response = live.signed.request(method, path, json={} if method == "POST" else None)
    assert response.status_code == 200, response.text[:300]


def body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


NESTED_BODIES: dict[str, bytes] = {
    "arrays-30k-deep": b"[" * DEEP + b"]" * DEEP,
    "objects-10k-deep": b'{"a":' * (DEEP // 3) + b"1" + b"}" * (DEEP // 3),
    "field-holds-arrays-5k-deep": b'{"name":' + b"[" * 5000 + b"]" * 5000 + b"}",
    "field-holds-arrays-500-deep": b'{"name":' + b"[" * 500 + b"]" * 500 + b"}",
    "field-holds-objects-900-deep": b'{"name":' + b'{"a":' * 900 + b"1" + b"}" * 900 + b"}",
    "unclosed-60k": b"[" * 2 * DEEP,
}


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("case", sorted(NESTED_BODIES))
def test_deeply_nested_json_gets_the_providers_400(served: dict[str, Live], provider: str, case: str) -> None:
    live = served[provider]
    target = live.target
    http = live.signed
    for method, path in target.body_routes:
        tally("simulators: nested JSON")
        response = http.request(method, path, content=NESTED_BODIES[case])
        assert response.status_code == 400, (method, path, response.status_code, response.text[:300])
        assert target.error_shaped(body_of(response)), response.text[:300]
    still_serving(live)


ENCODED_BODIES: dict[str, tuple[bytes, dict[str, str]]] = {
    "invalid-utf8": (b'{"name": "\xff\xfe\xfa"}', {}),
    "utf16-with-bom": ('{"name": "x"}'.encode("utf-16"), {}),
    "latin1-declared": ('{"name": "caf\xe9"}'.encode("latin-1"), {"Content-Type": "application/json; charset=latin-1"}),
    "lone-surrogate-escape": (b'{"name": "\\ud800"}', {}),
    "nul-bytes": (b'{"name": "a\x00b"}', {}),
    "gzip-claimed-garbage": (b"not gzip at all", {"Content-Encoding": "gzip"}),
    "gzip-real": (gzip.compress(b'{"name": "zipped"}'), {"Content-Encoding": "gzip"}),
    "text-plain": (b"name=x", {"Content-Type": "text/plain"}),
    "form-encoded": (b"name=x&description=y", {"Content-Type": "application/x-www-form-urlencoded"}),
    "empty": (b"", {}),
    "json-null": (b"null", {}),
    "json-number-huge": (b"1" * 5000, {}),
    "json-float-overflow": (b'{"name": 1e999999}', {}),
    "json-nan": (b'{"name": NaN}', {}),
    "json-duplicate-keys": (b'{"name": "a", "name": "b"}', {}),
    "json-wrong-shape": (b'["name", "x"]', {}),
    "bom-utf8": (b'\xef\xbb\xbf{"name": "x"}', {}),
}


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("case", sorted(ENCODED_BODIES))
def test_bad_encodings_and_shapes_are_answered_below_500(served: dict[str, Live], provider: str, case: str) -> None:
    live = served[provider]
    target = live.target
    content, headers = ENCODED_BODIES[case]
    http = live.signed
    for method, path in target.body_routes:
        tally("simulators: bad encodings and shapes")
        response = http.request(method, path, content=content, headers=headers)
        assert response.status_code < 500, (method, path, response.status_code, response.text[:300])
        if response.status_code >= 400:
            assert target.error_shaped(body_of(response)), response.text[:300]
    still_serving(live)


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("size", [LIMITS.max_body_bytes + 1, 4 * 1024 * 1024])
def test_huge_bodies_get_413_and_are_not_kept(served: dict[str, Live], provider: str, size: int) -> None:
    live = served[provider]
    target = live.target
    method, path = target.body_routes[0]
    body = b'{"name": "' + b"x" * size + b'"}'
    http = live.signed
    for _ in range(3):
        tally("simulators: huge bodies")
        response = http.request(method, path, content=body)
        assert response.status_code == 413, response.text[:300]
        assert target.error_shaped(body_of(response))
    log = live.endpoint.simulator.requests
    assert log.retained_bytes <= LIMITS.max_logged_bytes + LIMITS.max_body_bytes + 64 * 1024
    assert all(len(r.body) <= LIMITS.max_body_bytes + 1 for r in log)
    still_serving(live)


def test_the_request_log_stays_within_its_limits_on_loopback(served: dict[str, Live]) -> None:
    live = served["gcore_cloud"]
    http = live.signed
    tally("simulators: request-log flood (requests)", 120)
    for _ in range(120):
        http.post("/cloud/v1/projects", content=b'{"name": "' + b"x" * 50_000 + b'"}')
    log = live.endpoint.simulator.requests
    assert len(log) <= LIMITS.max_logged_requests
    assert log.retained_bytes <= LIMITS.max_logged_bytes + LIMITS.max_body_bytes
    assert log.total >= 120


NCP_TIMESTAMPS = ["9" * 5000, "9" * 17, "-1", "1.5e12", "", "\u0661\u0662\u0663", "0x1F", "nan", "1" * 100_000]


@pytest.mark.parametrize("timestamp", NCP_TIMESTAMPS, ids=lambda t: f"{t[:12]!r}x{len(t)}")
def test_ncp_absurd_timestamps_are_refused_as_unauthorised(served: dict[str, Live], timestamp: str) -> None:
    live = served["ncp_media_intelligence"]
    headers = {
        "x-ncp-apigw-timestamp": timestamp.encode("utf-8"),
        "x-ncp-iam-access-key": live.endpoint.credentials["access_key"],
        "x-ncp-apigw-signature-v2": "c2lnbmF0dXJl",
    }
    tally("simulators: absurd NCP timestamps")
    response = live.unsigned.get("/api/v1/workspaces/my-workspace/projects", headers=headers)
    assert response.status_code in (400, 401, 403, 431), response.text[:300]
    if response.status_code != 431:
        assert TARGETS["ncp_media_intelligence"].error_shaped(body_of(response))
    still_serving(live)


BAD_AUTH: dict[str, list[dict[str, bytes | str]]] = {
    "aliyun_sls": [
        {"Authorization": "LOG x", "Date": "Mon, 01 Jan 99999 00:00:00 GMT"},
        {"Authorization": "LOG a:b:c", "Date": "Mon, \u0660\u0661 Jan 2024 00:00:00 GMT".encode()},
        {"Authorization": "LOG " + "a" * 10_000 + ":sig", "Date": "Mon, 01 Jan 2024 00:00:00 GMT"},
        {"Authorization": "SLS4-HMAC-SHA256 Credential=" + "/" * 500, "x-log-date": "99999999T999999Z"},
        {"Authorization": b"LOG \xff\xfe:\xff"},
    ],
    "microvisualizer": [
        {"Authorization": "Bearer " + "a" * 10_000},
        {"Authorization": b"Bearer \xff\xfe"},
        {"Authorization": "Basic Zm9vOmJhcg=="},
        {"Authorization": "Bearer"},
    ],
    "baidu_bls": [
        {"Authorization": "bce-auth-v1/ak/2024-01-01T00:00:00Z/" + "9" * 5000 + "/host/sig"},
        {"Authorization": "bce-auth-v1/ak/9999-99-99T99:99:99Z/1800/host/sig"},
        {"Authorization": "bce-auth-v1/ak/\u0662024-01-01T00:00:00Z/1800/host/sig".encode()},
        {"Authorization": "bce-auth-v1/" + "/" * 5000},
        {"Authorization": "bce-auth-v1/ak/2024-01-01T00:00:00Z/1800/" + ";" * 3000 + "/sig"},
        {"Authorization": b"bce-auth-v1/\xff/\xfe/1/host/\xfa"},
    ],
    "gcore_cloud": [
        {"Authorization": "apikey " + "a" * 10_000},
        {"Authorization": b"apikey \xff\xfe"},
        {"Authorization": "APIKEY"},
    ],
    "ncp_media_intelligence": [
        {"x-ncp-apigw-timestamp": "1", "x-ncp-iam-access-key": b"\xff\xfe", "x-ncp-apigw-signature-v2": "x"},
        {"x-ncp-apigw-timestamp": "1", "x-ncp-iam-access-key": "k" * 10_000, "x-ncp-apigw-signature-v2": "x"},
        {"x-ncp-apigw-timestamp": "1", "x-ncp-iam-access-key": "k", "x-ncp-apigw-signature-v2": b"\xff" * 100},
    ],
}


@pytest.mark.parametrize(
    ("provider", "index"), [(p, i) for p, cases in sorted(BAD_AUTH.items()) for i in range(len(cases))]
)
def test_bad_signatures_are_refused_below_500(served: dict[str, Live], provider: str, index: int) -> None:
    live = served[provider]
    target = live.target
    method, path = target.read_route
    tally("simulators: bad signatures")
    response = live.unsigned.request(method, path, headers=BAD_AUTH[provider][index], content=b"{}")
    assert 400 <= response.status_code < 500, response.text[:300]
    if response.status_code != 431:
        assert target.error_shaped(body_of(response)), response.text[:300]
    still_serving(live)


JUNK_HEADERS: dict[str, dict[str, bytes | str]] = {
    "latin1-bytes": {"X-Junk": b"\xff\xfe\xfd"},
    "huge-value": {"X-Junk": "v" * 60_000},
    "many-headers": {f"X-Junk-{i}": "v" for i in range(500)},
    "content-type-junk": {"Content-Type": "application/json; charset=\xff".encode("latin-1")},
    "content-md5-junk": {"Content-MD5": "not-base64!!"},
    "content-length-mismatch-signed-header": {"x-log-bodyrawsize": "-1"},
    "host-junk": {"Host": "\xff\xfe.example".encode("latin-1")},
    "host-huge": {"Host": "h" * 5000 + ".example"},
    "date-junk": {"Date": ("\u0661" * 10).encode()},
    "transfer-encoding-chunked-empty": {"Transfer-Encoding": "chunked"},
}


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("case", sorted(JUNK_HEADERS))
def test_junk_headers_are_answered_below_500(served: dict[str, Live], provider: str, case: str) -> None:
    live = served[provider]
    target = live.target
    method, path = target.read_route
    http = live.signed
    try:
        tally("simulators: junk headers")
        response = http.request(method, path, headers=JUNK_HEADERS[case], content=b"{}")
    except httpx.RemoteProtocolError:
        response = None  # the HTTP server itself refused the message and closed: not a 500
    assert response is None or response.status_code < 500, response.text[:300] if response else None
    still_serving(live)


JUNK_TARGETS = [
    "/%zz",
    "/%00",
    "/" + "a" * 8000,
    "/../../etc/passwd",
    "/v1/projects/%2e%2e",
    "/\u00e9\u4e2d",
    "/?" + "&".join(f"k{i}=v" for i in range(5000)),
    "/?size=1e999&offset=-1&limit=nan&page=%ff",
    "/?projectName=%ff%fe&query=%00",
    "//double//slashes//",
]


@pytest.mark.parametrize("provider", sorted(TARGETS))
@pytest.mark.parametrize("target_url", JUNK_TARGETS, ids=lambda u: f"{u[:24]!r}x{len(u)}")
@pytest.mark.parametrize("method", ["GET", "POST", "DELETE", "PROPFIND"])
def test_junk_paths_and_methods_are_answered_below_500(
    served: dict[str, Live], provider: str, target_url: str, method: str
) -> None:
    live = served[provider]
    http = live.signed
    try:
        tally("simulators: junk paths and methods")
        response = http.request(method, target_url, content=b"{}")
    except httpx.RemoteProtocolError:
        response = None
    assert response is None or response.status_code < 500, response.text[:300] if response else None
    still_serving(live)


@pytest.mark.parametrize("provider", sorted(TARGETS))
def test_every_field_of_the_wrong_type_is_a_400(served: dict[str, Live], provider: str) -> None:
    live = served[provider]
    target = live.target
    junk: list[Any] = [None, True, -1, 2**64, 1.5, "", "x" * 10_000, [], {}, [[[]]], {"a": {"b": {}}}]
    names = ["name", "description", "projectName", "archived", "top", "uuid", "pageNo", "pageSize", "projectId"]
    http = live.signed
    for method, path in target.body_routes:
        for value in junk:
            body = json.dumps({name: value for name in names}).encode()
            tally("simulators: wrong-typed fields")
            response = http.request(method, path, content=body)
            assert response.status_code < 500, (method, path, value, response.text[:300])
    still_serving(live)
