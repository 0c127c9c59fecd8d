"""Property tests: for random requests our httpx.Auth signs exactly as the official SDK function does.

The SDKs get the *original* decoded path, query and headers the strategy produced; we get the request
httpx builds from them (percent-encoded), so our decoding of the wire form is under test too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import string
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from aliyun.log.auth import AuthV1, AuthV4
from aliyun.log.credentials import StaticCredentialsProvider
from auth_support import frozen, sign_with_flow
from baidubce import utils as bce_utils
from baidubce.auth import bce_v1_signer
from baidubce.auth.bce_credentials import BceCredentials
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ncloud_server.api_client import ApiClient

from cloudprojects.auth import (
    AliyunSlsAuth,
    AliyunSlsV4Auth,
    BceAuth,
    NcpApiGatewayAuth,
    verify_aliyun_sls,
    verify_aliyun_sls_v4,
    verify_bce,
    verify_ncp_api_gateway,
)
from cloudprojects.auth._clock import format_iso_basic, format_rfc1123

EPOCH = 1_700_000_000.0
PROPERTY_SETTINGS = settings(
    max_examples=1000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
SUB_DELIMS = "!$'()*,;:@~"

segments = st.text(st.characters(exclude_categories=("Cs",)), max_size=8).filter(lambda s: s not in (".", ".."))
query_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
header_value = st.text(
    st.sampled_from(string.ascii_letters + string.digits + " \t!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~"), max_size=16
)
methods = st.sampled_from(["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"])
bodies = st.one_of(st.just(b""), st.binary(max_size=64), st.text(max_size=32).map(str.encode))
content_types = st.sampled_from([None, "application/json", "application/json; charset=UTF-8", "text/plain"])


def mixed_case(prefix: str) -> st.SearchStrategy[str]:
    """A header name under ``prefix``, in one of several spellings, with a mixed-case suffix."""
    spellings = sorted({prefix, prefix.upper(), prefix.title(), prefix[:1].upper() + prefix[1:]})
    suffix = st.text(st.sampled_from(string.ascii_letters + string.digits + "-_"), min_size=1, max_size=10)
    return st.builds(str.__add__, st.sampled_from(spellings), suffix)


@dataclass
class RandomRequest:
    method: str
    segments: list[str]
    query: list[tuple[str, str]]
    headers: dict[str, str]
    content_type: str | None
    body: bytes
    encode_query_plus: bool
    safe_path_chars: str

    @property
    def decoded_path(self) -> str:
        return "/" + "/".join(self.segments)

    def url(self, base: str) -> str:
        path = "/" + "/".join(quote(segment, safe=self.safe_path_chars) for segment in self.segments)
        if not self.query:
            return base + path
        if self.encode_query_plus:
            return f"{base}{path}?{urlencode(self.query)}"
        return f"{base}{path}?" + "&".join(
            f"{quote(k, safe=SUB_DELIMS)}={quote(v, safe=SUB_DELIMS)}" for k, v in self.query
        )

    def httpx_request(self, base: str) -> httpx.Request:
        headers = dict(self.headers)
        if self.content_type is not None:
            headers["Content-Type"] = self.content_type
        return httpx.Request(self.method, self.url(base), headers=headers, content=self.body)


def random_requests(header_prefixes: tuple[str, ...], excluded: set[str], unique_keys: bool = False) -> Any:
    names = st.one_of(*(mixed_case(prefix) for prefix in header_prefixes)).filter(lambda n: n.lower() not in excluded)
    header_maps = st.dictionaries(names, header_value, max_size=3)
    pairs = st.lists(st.tuples(query_text, query_text), max_size=4)
    if unique_keys:
        pairs = pairs.map(lambda items: list(dict(items).items()))
    return st.builds(
        RandomRequest,
        methods,
        st.lists(segments, min_size=1, max_size=3),
        pairs,
        header_maps.map(_dedupe_case_insensitive),
        content_types,
        bodies,
        st.booleans(),
        st.sampled_from(["", SUB_DELIMS, "~@:"]),
    )


def _dedupe_case_insensitive(headers: dict[str, str]) -> dict[str, str]:
    seen: dict[str, tuple[str, str]] = {}
    for name, value in headers.items():
        seen.setdefault(name.lower(), (name, value))
    return dict(seen.values())


class PairsAsParams(list[tuple[str, Any]]):
    """Feeds repeated query keys to an SDK whose ``params`` is a dict: ``items()`` yields every pair."""

    def items(self) -> list[tuple[str, Any]]:
        return list(self)


def sdk_params(pairs: list[tuple[Any, Any]]) -> Any:
    keys = [key for key, _ in pairs]
    return dict(pairs) if len(set(keys)) == len(keys) else PairsAsParams(pairs)


SLS_OWN = {"x-log-apiversion", "x-log-bodyrawsize", "x-log-signaturemethod", "x-log-date", "x-log-content-sha256"}


@PROPERTY_SETTINGS
@given(random_requests(("x-log-", "x-acs-", "x-log-meta-", "x-other-"), SLS_OWN))
def test_sls_v1_matches_sdk(req: RandomRequest) -> None:
    auth = AliyunSlsAuth("testAccessKeyId", "testAccessKeySecret", clock=frozen(EPOCH))
    ours = sign_with_flow(auth, req.httpx_request("http://p.cn-hangzhou.log.aliyuncs.com"))

    class FrozenAuthV1(AuthV1):
        @staticmethod
        def _getGMT() -> str:
            return format_rfc1123(EPOCH)

    # Header names lower-cased for the SDK: it signs names as given; HTTP names are case-insensitive.
    headers = {name.lower(): value for name, value in req.headers.items()}
    headers |= {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": str(len(req.body))}
    if req.content_type is not None:
        headers["Content-Type"] = req.content_type
    sdk = FrozenAuthV1(StaticCredentialsProvider("testAccessKeyId", "testAccessKeySecret"))
    # The SDK signs the resource string it sends, so it gets the path as sent (percent-encoded).
    sent_path = ours.url.raw_path.decode().partition("?")[0]
    sdk.sign_request(req.method, sent_path, sdk_params(req.query), headers, req.body)
    assert ours.headers["authorization"] == headers["Authorization"]
    assert ours.headers.get("content-md5") == headers.get("Content-MD5")
    assert verify_aliyun_sls(ours, {"testAccessKeyId": "testAccessKeySecret"}.get, EPOCH) == "testAccessKeyId"


@PROPERTY_SETTINGS
@given(random_requests(("x-log-", "x-acs-", "x-log-meta-"), SLS_OWN, unique_keys=True))
def test_sls_v4_matches_sdk(req: RandomRequest) -> None:
    auth = AliyunSlsV4Auth("testAccessKeyId", "testAccessKeySecret", "cn-hangzhou", clock=frozen(EPOCH))
    request = req.httpx_request("http://p.cn-hangzhou.log.aliyuncs.com")
    ours = sign_with_flow(auth, request)
    headers = dict(req.headers) | {"Host": "p.cn-hangzhou.log.aliyuncs.com"}
    headers |= {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": str(len(req.body))}
    if req.content_type is not None:
        headers["Content-Type"] = req.content_type
    sdk = AuthV4(StaticCredentialsProvider("testAccessKeyId", "testAccessKeySecret"), "cn-hangzhou")
    sent_path = ours.url.raw_path.decode().partition("?")[0]
    expected = sdk._do_sign_request(req.method, sent_path, dict(req.query), headers, req.body, format_iso_basic(EPOCH))
    assert ours.headers["authorization"] == expected
    assert ours.headers["x-log-content-sha256"] == hashlib.sha256(req.body).hexdigest()
    assert verify_aliyun_sls_v4(ours, {"testAccessKeyId": "testAccessKeySecret"}.get, EPOCH) == "testAccessKeyId"


@PROPERTY_SETTINGS
@given(random_requests(("x-bce-", "x-other-"), {"x-bce-date", "x-bce-security-token"}))
def test_bce_matches_sdk(req: RandomRequest) -> None:
    req.query = [(k, v) for k, v in req.query if k.lower() != "authorization"]
    auth = BceAuth("testAK", "testSK", clock=frozen(EPOCH))
    request = req.httpx_request("http://bls-log.bj.baidubce.com")
    ours = sign_with_flow(auth, request)
    # The SDK gets the caller's mixed-case names (it lower-cases them itself) plus the headers httpx adds.
    headers = {name.encode(): value.encode() for name, value in req.headers.items()}
    for name in ("host", "content-length", "content-type", "x-bce-date"):
        if name in request.headers:
            headers[name.encode()] = request.headers[name].encode()
    path = bce_utils.normalize_string(req.decoded_path.encode(), False)
    params = sdk_params([(k.encode(), v.encode()) for k, v in req.query])
    authorization = bce_v1_signer.sign(
        BceCredentials("testAK", "testSK"), req.method.encode(), path, headers, params, int(EPOCH), 1800, None
    ).decode()
    assert ours.headers["authorization"].rpartition("/")[2] == authorization.rpartition("/")[2]
    assert verify_bce(ours, {"testAK": "testSK"}.get, EPOCH) == "testAK"


@PROPERTY_SETTINGS
@given(random_requests(("x-ncp-custom-",), set()))
def test_ncp_matches_sdk(req: RandomRequest) -> None:
    auth = NcpApiGatewayAuth("testAccessKey", "testSecretKey", clock=frozen(EPOCH))
    ours = sign_with_flow(auth, req.httpx_request("https://mi.apigw.ntruss.com"))
    sent_path, _, sent_query = ours.url.raw_path.decode().partition("?")
    pieces = [tuple(piece.split("=", 1)) for piece in sent_query.split("&")] if sent_query else []
    config = SimpleNamespace(
        host="https://mi.apigw.ntruss.com/", access_key="testAccessKey", secret_key="testSecretKey"
    )
    timestamp = str(int(EPOCH * 1000))
    sdk = ApiClient.make_signature(SimpleNamespace(configuration=config), req.method, sent_path[1:], pieces, timestamp)
    assert ours.headers["x-ncp-apigw-signature-v2"] == sdk.decode()
    documented = f"{req.method} {ours.url.raw_path.decode()}\n{timestamp}\ntestAccessKey"
    digest = hmac.new(b"testSecretKey", documented.encode(), "sha256").digest()
    assert ours.headers["x-ncp-apigw-signature-v2"] == base64.b64encode(digest).decode()
    assert verify_ncp_api_gateway(ours, {"testAccessKey": "testSecretKey"}.get, EPOCH) == "testAccessKey"


def test_strategies_produce_the_hard_cases() -> None:
    """Guard against a strategy that silently stops covering what the properties claim."""
    seen = {"repeated_key": False, "non_ascii_path": False, "mixed_case_header": False, "binary_body": False}

    @settings(max_examples=300, database=None, deadline=None)
    @given(random_requests(("x-log-",), SLS_OWN))
    def observe(req: RandomRequest) -> None:
        keys = [k for k, _ in req.query]
        seen["repeated_key"] |= len(keys) != len(set(keys))
        seen["non_ascii_path"] |= any(not s.isascii() for s in req.segments)
        seen["mixed_case_header"] |= any(name != name.lower() for name in req.headers)
        try:
            req.body.decode("utf-8")
        except UnicodeDecodeError:
            seen["binary_body"] = True

    observe()
    assert all(seen.values()), json.dumps(seen)
