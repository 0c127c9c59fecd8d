"""Regenerate the signing vectors in this folder with the official SDKs (test-only oracles).

Run ``python tests/auth/vectors/make_vectors.py`` to rewrite the JSON files, or add ``--check`` to exit
non-zero when a file differs from what the installed SDKs compute. Each case is sent through httpx
only to learn the exact wire form (encoded path and query, Host, Content-Length); every expected value
comes from an SDK function, and the values quoted in the provider notes are asserted on the way.
Nothing here imports cloudprojects.
"""

from __future__ import annotations

import base64
import calendar
import hmac
import json
import sys
import time
from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

import httpx
from aliyun.log.auth import AuthV1, AuthV4
from aliyun.log.credentials import StaticCredentialsProvider
from aliyun.log.util import Util, object_name_encode
from baidubce import utils as bce_utils
from baidubce.auth import bce_v1_signer
from baidubce.auth.bce_credentials import BceCredentials
from baidubce.http import http_headers as bce_http_headers
from ncloud_server.api_client import ApiClient

HERE = Path(__file__).parent
UPDATE_BODY = json.dumps({"description": "Description of my-project-test"})
BINARY_BODY = base64.b64encode(bytes(range(256)) + "é中".encode()).decode()
SLS_KEYS = {"access_key_id": "testAccessKeyId", "access_key_secret": "testAccessKeySecret"}
SLS_DATE = "Sun, 27 May 2018 08:25:04 GMT"
SLS_EPOCH = calendar.timegm(time.strptime(SLS_DATE, "%a, %d %b %Y %H:%M:%S GMT"))
SLS_V4_TIME = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(SLS_EPOCH))
BCE_KEYS = {"access_key_id": "testAK", "secret_access_key": "testSK"}
BCE_TIME = "2019-09-10T07:00:20Z"
BCE_EPOCH = calendar.timegm(time.strptime(BCE_TIME, "%Y-%m-%dT%H:%M:%SZ"))
NCP_KEYS = {"access_key": "testAccessKey", "secret_key": "testSecretKey"}
NCP_MILLIS = 1745385320000
NOTES_VECTORS = {
    ("aliyun_sls", "update_project"): "LOG testAccessKeyId:F8649sbDfc5q7u7zW6aeHRVEuWo=",
    ("aliyun_sls", "list_project"): "LOG testAccessKeyId:F23C4FAGLa4vG/4P+sdoVvGo1Ho=",
    ("baidu_bls", "describe_project"): "bce-auth-v1/testAK/2019-09-10T07:00:20Z/1800/"
    "content-type;host;x-bce-date;x-bce-request-id/"
    "97d381321105c9c6fa1acb529dc08e698257e6e4c18bedb5a31623df556237f3",
    ("ncp_media_intelligence", "update_project"): "tK6eZ5pud1GdhHFYCtll/bbWeliNA9L5dK39qD/bSf8=",
    ("ncp_media_intelligence", "list_projects"): "cGH+1tmuawYeqq6Qtwk66Zg13enn5VtmjGwQHMpjABY=",
    ("aliyun_sls_v4", "update_project"): "afdd9beb4f674cbc195b331372e40b3ed9888c1f10119df674025be5ce63fb2e",
}
SDK_VERSIONS = {name: version(name) for name in ("aliyun-log-python-sdk", "bce-python-sdk", "ncloud-server")}


def request(method: str, url: str, headers: dict[str, str] | None = None, **body: str) -> dict[str, Any]:
    """One case's request as the caller builds it (before signing)."""
    return {"method": method, "url": url, "headers": headers or {}, **body}


def body_bytes(spec: dict[str, Any]) -> bytes:
    if "body_base64" in spec:
        return base64.b64decode(spec["body_base64"])
    return str(spec.get("body_text", "")).encode("utf-8")


def wire_view(spec: dict[str, Any]) -> dict[str, Any]:
    """What httpx puts on the wire before any auth runs: encoded path/query, lower-case headers."""
    sent = httpx.Request(spec["method"], spec["url"], headers=spec["headers"], content=body_bytes(spec))
    path, _, query = sent.url.raw_path.decode("ascii").partition("?")
    return {"method": sent.method, "path": path, "query": query, "headers": dict(sent.headers.multi_items())}


def sdk_object_resource(logstore: str, object_name: str) -> str:
    """The resource ``LogClient.put_object``/``get_object`` build, sign and send (the name percent-encoded)."""
    return "/logstores/" + logstore + "/objects/" + object_name_encode(object_name)


def decoded_params(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))


def sls_v1_case(name: str, spec: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    wire, body = wire_view(spec), body_bytes(spec)
    headers = {("Content-Type" if k == "content-type" else k): v for k, v in wire["headers"].items()}
    headers = {k: v for k, v in headers.items() if k not in ("host", "content-length")}
    headers |= {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": str(len(body))}
    captured: list[str] = []
    original = Util.hmac_sha1
    Util.hmac_sha1 = staticmethod(lambda content, key: captured.append(content) or original(content, key))
    try:
        frozen_v1(token).sign_request(wire["method"], wire["path"], decoded_params(wire["query"]), headers, body)
    finally:
        Util.hmac_sha1 = staticmethod(original)
    signed = changed_headers(wire, headers)
    credentials = SLS_KEYS | ({"security_token": token} if token else {})
    expected = {"string_to_sign": captured[0], "signature": headers["Authorization"].rpartition(":")[2]}
    return case(name, "aliyun_sls", spec, wire, credentials, {"epoch": SLS_EPOCH}, expected, signed)


def changed_headers(wire: dict[str, Any], headers: dict[str, str]) -> dict[str, str]:
    """The headers the SDK added or changed compared with the wire view (what a signer sets)."""
    return {k: v for k, v in headers.items() if wire["headers"].get(k.lower()) != v}


def frozen_v1(token: str | None) -> AuthV1:
    class FrozenAuthV1(AuthV1):
        @staticmethod
        def _getGMT() -> str:
            return SLS_DATE

    return FrozenAuthV1(StaticCredentialsProvider(**SLS_KEYS, security_token=token or ""))


def sls_v4_case(name: str, spec: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    wire, body = wire_view(spec), body_bytes(spec)
    headers = {k: v for k, v in wire["headers"].items() if k != "content-length"}
    headers |= {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": str(len(body))}
    captured: dict[str, str] = {}
    build_request, build_key = AuthV4.build_canonical_request, AuthV4.build_sign_key

    def spy_request(*args: Any) -> str:
        captured["canonical_request"] = build_request(*args)
        return captured["canonical_request"]

    def spy_key(key: str, region: str, date: str, string_to_sign: str) -> str:
        captured["string_to_sign"] = string_to_sign
        return build_key(key, region, date, string_to_sign)

    AuthV4.build_canonical_request, AuthV4.build_sign_key = staticmethod(spy_request), staticmethod(spy_key)
    try:
        auth = AuthV4(StaticCredentialsProvider(**SLS_KEYS, security_token=token or ""), "cn-hangzhou")
        authorization = auth._do_sign_request(
            wire["method"], wire["path"], decoded_params(wire["query"]), headers, body, SLS_V4_TIME
        )
    finally:
        AuthV4.build_canonical_request = staticmethod(build_request)
        AuthV4.build_sign_key = staticmethod(build_key)
    signed = changed_headers(wire, headers) | {"Authorization": authorization}
    credentials = SLS_KEYS | {"region": "cn-hangzhou"} | ({"security_token": token} if token else {})
    expected = captured | {"signature": authorization.rpartition("Signature=")[2]}
    return case(name, "aliyun_sls_v4", spec, wire, credentials, {"epoch": SLS_EPOCH}, expected, signed)


def bce_case(name: str, spec: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    wire = wire_view(spec)
    timestamp = wire["headers"].get("x-bce-date", BCE_TIME)
    headers = {k.encode(): v.encode() for k, v in wire["headers"].items()} | {b"x-bce-date": timestamp.encode()}
    if token:
        headers[b"x-bce-security-token"] = token.encode()
    path = bce_utils.normalize_string(unquote_to_bytes(wire["path"]), False)
    params = {k.encode(): v.encode() for k, v in parse_qsl(wire["query"], keep_blank_values=True)}
    default_set = {b"host", b"content-md5", b"content-length", b"content-type"}
    prefix = bce_http_headers.BCE_PREFIX
    names = sorted(k for k, v in headers.items() if (k in default_set or k.startswith(prefix)) and v.strip())
    recorded: list[tuple[bytes, bytes]] = []

    def recording_new(key: bytes, msg: bytes, digestmod: Any) -> Any:
        recorded.append((key, msg))
        return hmac.new(key, msg, digestmod)

    bce_v1_signer.hmac = SimpleNamespace(new=recording_new)  # type: ignore[attr-defined]
    try:
        args = (BceCredentials(*BCE_KEYS.values()), spec["method"].encode(), path, headers, params, BCE_EPOCH)
        implicit = bce_v1_signer.sign(*args, 1800, None).decode()
        authorization = bce_v1_signer.sign(*args, 1800, names).decode()
    finally:
        bce_v1_signer.hmac = hmac  # type: ignore[attr-defined]
    assert implicit.rpartition("/")[2] == authorization.rpartition("/")[2], name
    signed = {"x-bce-date": timestamp, "Authorization": authorization}
    signed |= {"x-bce-security-token": token} if token else {}
    expected = {
        "signing_key": recorded[1][0].decode(),
        "canonical_request": recorded[1][1].decode(),
        "string_to_sign": recorded[1][1].decode(),
        "signature": authorization.rpartition("/")[2],
    }
    credentials = BCE_KEYS | {"expiration_seconds": 1800} | ({"security_token": token} if token else {})
    return case(name, "baidu_bls", spec, wire, credentials, {"epoch": BCE_EPOCH}, expected, signed)


def ncp_case(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    wire = wire_view(spec)
    timestamp = str(NCP_MILLIS)
    uri = wire["path"] + (f"?{wire['query']}" if wire["query"] else "")
    message = f"{wire['method']} {uri}\n{timestamp}\n{NCP_KEYS['access_key']}"
    documented = base64.b64encode(hmac.new(NCP_KEYS["secret_key"].encode(), message.encode(), "sha256").digest())
    pieces = [tuple(piece.split("=", 1)) for piece in wire["query"].split("&")] if wire["query"] else []
    stub = SimpleNamespace(configuration=SimpleNamespace(host="https://mi.apigw.ntruss.com/", **NCP_KEYS))
    sdk = ApiClient.make_signature(stub, wire["method"], wire["path"][1:], pieces, timestamp)
    assert sdk == documented, name
    signature = sdk.decode()
    signed = {
        "x-ncp-apigw-timestamp": timestamp,
        "x-ncp-iam-access-key": NCP_KEYS["access_key"],
        "x-ncp-apigw-signature-v2": signature,
    }
    expected = {"string_to_sign": message, "signature": signature}
    time_spec = {"epoch": NCP_MILLIS / 1000}
    return case(name, "ncp_media_intelligence", spec, wire, NCP_KEYS, time_spec, expected, signed)


def case(
    name: str,
    scheme: str,
    spec: dict[str, Any],
    wire: dict[str, Any],
    credentials: dict[str, Any],
    time_spec: dict[str, Any],
    expected: dict[str, str],
    signed_headers: dict[str, str],
) -> dict[str, Any]:
    quoted = NOTES_VECTORS.get((scheme, name))
    if quoted is not None:
        assert quoted in (signed_headers.get("Authorization"), expected["signature"]), (scheme, name)
    wire_with_body = wire | {k: v for k, v in spec.items() if k.startswith("body_")}
    return {
        "name": name,
        "from_provider_notes": quoted is not None,
        "credentials": credentials,
        "time": time_spec,
        "request": spec,
        "wire": wire_with_body,
        "expected": expected | {"headers": signed_headers},
    }


def build_files() -> dict[str, dict[str, Any]]:
    """Compute every vector file's content with the installed SDKs."""
    sls = "http://ali-project-test.cn-hangzhou.log.aliyuncs.com"
    json_type = {"Content-Type": "application/json"}
    unicode_url = f"{sls}/logstores/%E6%97%A5%E5%BF%97/a%20b%2Fc!*'()?q=a%2Bb%26c%3Dd+e&z=%E4%B8%AD&empty="
    unicode_headers = {"X-Log-Topic": "Topic A", "X-Acs-Custom": "v", "X-Log-Meta-Tag": "excluded"}
    object_url = sls + sdk_object_resource("web", "résumé v2.txt")
    assert object_url.endswith("/logstores/web/objects/r%C3%A9sum%C3%A9%20v2.txt"), object_url
    bls = "http://bls-log.bj.baidubce.com"
    describe_headers = {
        "content-type": "application/json;charset=UTF-8",
        "x-bce-date": BCE_TIME,
        "x-bce-request-id": "2eeba101-4cc7-4cfe-b5ac-a3be8d060e33",
    }
    ncp = "https://mi.apigw.ntruss.com/api/v1/workspaces/my-workspace/projects"
    return {
        "aliyun_sls": [
            sls_v1_case("update_project", request("PUT", f"{sls}/", json_type, body_text=UPDATE_BODY)),
            sls_v1_case(
                "list_project",
                request("GET", "http://cn-hangzhou.log.aliyuncs.com/?offset=0&resourceGroupId=&size=100"),
            ),
            sls_v1_case("get_project_sts", request("GET", f"{sls}/"), token="fakeStsToken/+="),
            sls_v1_case(
                "unicode_path_query_binary_body",
                request(
                    "POST",
                    unicode_url,
                    unicode_headers | {"Content-Type": "application/x-protobuf"},
                    body_base64=BINARY_BODY,
                ),
            ),
            sls_v1_case("encoded_object_path", request("GET", object_url)),
        ],
        "aliyun_sls_v4": [
            sls_v4_case("update_project", request("PUT", f"{sls}/", json_type, body_text=UPDATE_BODY)),
            sls_v4_case(
                "list_project_sts",
                request("GET", "http://cn-hangzhou.log.aliyuncs.com/?offset=0&resourceGroupId=&size=100"),
                token="fakeStsToken/+=",
            ),
            sls_v4_case(
                "unicode_path_query_binary_body",
                request("POST", unicode_url, unicode_headers, body_base64=BINARY_BODY),
            ),
            sls_v4_case("encoded_object_path", request("GET", object_url)),
        ],
        "baidu_bls": [
            bce_case(
                "describe_project",
                request("GET", f"{bls}/v1/project/276c6cce-0350-4719-856d-ba675fa52c06", describe_headers),
            ),
            bce_case(
                "list_project",
                request(
                    "POST",
                    f"{bls}/v1/project/list",
                    {"Content-Type": "application/json"},
                    body_text=json.dumps({"pageNo": 1, "pageSize": 10}),
                ),
            ),
            bce_case(
                "unicode_path_query_sts",
                request(
                    "GET",
                    f"{bls}/v1/%E9%A1%B9%E7%9B%AE/a%20b!*'()~?k=v+w&z=%2F%E4%B8%AD&empty=",
                    {"X-Bce-Custom": "  Mixed Case  ", "x-bce-blank": ""},
                ),
                token="fakeStsToken/+=",
            ),
        ],
        "ncp_media_intelligence": [
            ncp_case("update_project", request("PATCH", f"{ncp}/1234", json_type, body_text='{"name": "p"}')),
            ncp_case("list_projects", request("GET", ncp)),
            ncp_case("query_as_sent", request("GET", f"{ncp}?name=a+b&path=%2Fx%2F%EC%95%88&empty=")),
        ],
    }


COMMENTS = {
    "aliyun_sls": "SLS signature v1. Expected values computed by aliyun.log.auth.AuthV1.sign_request "
    "(aliyun-log-python-sdk {aliyun-log-python-sdk}) at a frozen Date, with x-log-apiversion and "
    "x-log-bodyrawsize set as LogClient._send does; string_to_sign recorded from Util.hmac_sha1. "
    "update_project and list_project are the vectors quoted in /work/shared/providers/aliyun_sls.md. "
    "The SDK is given the path as sent (LogClient signs the resource string it appends to the URL; "
    "encoded_object_path is the resource put_object/get_object build). "
    "Header names are given to the SDK lower-cased (see _aliyun_sls.py).",
    "aliyun_sls_v4": "SLS signature v4. Expected values computed by aliyun.log.auth.AuthV4._do_sign_request "
    "(aliyun-log-python-sdk {aliyun-log-python-sdk}) at a frozen x-log-date; canonical_request and "
    "string_to_sign recorded from AuthV4.build_canonical_request / build_sign_key, given the path as sent. "
    "update_project is the vector quoted in aliyun_sls.md.",
    "baidu_bls": "bce-auth-v1. Expected values computed by baidubce.auth.bce_v1_signer.sign "
    "(bce-python-sdk {bce-python-sdk}) with an explicit headers_to_sign (and cross-checked against "
    "headers_to_sign=None); signing_key and canonical_request recorded from its HMAC calls. "
    "describe_project is the vector quoted in /work/shared/providers/baidu_bls.md.",
    "ncp_media_intelligence": "NCP API Gateway signature v2, computed per the documented algorithm "
    "(message = METHOD URI\\nTIMESTAMP\\nACCESSKEY, URI as sent) and cross-checked with "
    "ncloud_server.api_client.ApiClient.make_signature (ncloud-server {ncloud-server}), which sends the "
    "same value under the header x-ncp-apigw-signature-v1. update_project and list_projects are the "
    "vectors quoted in /work/shared/providers/ncp_media_intelligence.md.",
}


def render(scheme: str, cases: list[dict[str, Any]]) -> str:
    document = {
        "$comment": COMMENTS[scheme].format(**SDK_VERSIONS)
        + " Regenerate with tests/auth/vectors/make_vectors.py. All credentials are fake.",
        "sdk_versions": SDK_VERSIONS,
        "cases": cases,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) every vector file; print the SDK versions used."""
    say("SDK versions: " + ", ".join(f"{k}=={v}" for k, v in SDK_VERSIONS.items()))
    stale = []
    for scheme, cases in build_files().items():
        path = HERE / f"{scheme}.json"
        text = render(scheme, cases)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            say(f"wrote {path.name}: {len(cases)} cases")
    if stale:
        say("out of date: " + ", ".join(stale))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
