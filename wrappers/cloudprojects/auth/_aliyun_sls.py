"""Alibaba Cloud SLS signature v1 (``Authorization: LOG <ak>:<sig>``, HMAC-SHA1).

Oracle: ``aliyun.log.auth.AuthV1`` (aliyun-log-python-sdk 0.9.52). Differences, all deliberate:
header names are lower-cased before canonicalization (HTTP names are case-insensitive and servers see
them lower-cased; the SDK only ever sends lower-case ``x-log-*`` names), and ``x-log-date`` is never
signed (the SDK adds it after signing, so servers cannot include it either). As in the SDK, the resource
path is signed as it is sent, percent-encoding included (``LogClient`` signs the very string it appends to
the URL, e.g. ``/logstores/web/objects/r%C3%A9sum%C3%A9%20v2.txt`` from ``put_object``); query values are
signed decoded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Mapping

import httpx

from ._clock import Clock, format_rfc1123, parse_rfc1123
from ._errors import SignatureError, SignatureErrorReason
from ._hmac import HmacKey
from ._shell import SigningAuth, as_wire, auth_repr
from ._unpicklable import Unpicklable
from ._wire import SigningResult, WireRequest, check_credential, decoded_query_pairs

SLS_API_VERSION = "0.6.0"
SLS_MAX_SKEW_SECONDS = 900
_SIGNATURE_METHOD = "hmac-sha1"
_SCHEME_PREFIX = "LOG "
_SIGNED_PREFIXES = ("x-log-", "x-acs-")
_UNSIGNED_PREFIX = "x-log-meta-"
_Reason = SignatureErrorReason


def is_signed_log_header(name: str) -> bool:
    """``x-acs-*`` and ``x-log-*`` (lower-case), except ``x-log-meta-*`` and ``x-log-date``."""
    return name.startswith(_SIGNED_PREFIXES) and not name.startswith(_UNSIGNED_PREFIX) and name != "x-log-date"


def canonical_log_headers(headers: Mapping[str, str]) -> str:
    """``name:value\\n`` for each signed header, sorted by name; values are not trimmed."""
    return "".join([f"{name}:{headers[name]}\n" for name in sorted(filter(is_signed_log_header, headers))])


def canonical_resource(path: str, query_pairs: list[tuple[str, str]]) -> str:
    """The path as sent, then ``?`` and the decoded ``key=value`` pairs sorted (raw, not re-encoded)."""
    if not query_pairs:
        return path
    return path + "?" + "&".join(f"{key}={value}" for key, value in sorted(query_pairs))


def string_to_sign(request: WireRequest, date: str) -> str:
    """Build the v1 string to sign from a request's headers as they are (the server's view)."""
    return _string_to_sign(request.method, request.path, request.query, request.headers, date)


def _string_to_sign(method: str, path: str, query: str, headers: Mapping[str, str], date: str) -> str:
    resource = canonical_resource(path, decoded_query_pairs(query))
    return (
        f"{method}\n{headers.get('content-md5', '')}\n{headers.get('content-type', '')}\n{date}\n"
        f"{canonical_log_headers(headers)}{resource}"
    )


def content_md5(body: bytes) -> str:
    """Upper-case hex MD5 of the body (SLS's Content-MD5, not RFC 1864 base64)."""
    return hashlib.md5(body).hexdigest().upper()


class SlsV1Signer(Unpicklable):
    """Pure SLS v1 signer: a request and a ``Date`` value in, the headers to set out."""

    __slots__ = ("_access_key_id", "_key", "_security_token")

    def __init__(self, access_key_id: str, access_key_secret: str, security_token: str | None = None) -> None:
        self._access_key_id = access_key_id
        self._key = HmacKey(access_key_secret.encode("utf-8"), "sha1")
        self._security_token = security_token

    def sign(self, request: WireRequest, date: str) -> SigningResult:
        """Sign ``request`` at ``date`` (RFC 1123 GMT); see :class:`SigningResult`."""
        current, body = request.headers, request.body
        added = {
            "x-log-apiversion": current.get("x-log-apiversion", SLS_API_VERSION),
            "x-log-bodyrawsize": current.get("x-log-bodyrawsize") or str(len(body)),
            "x-log-signaturemethod": _SIGNATURE_METHOD,
        }
        if self._security_token is not None:
            added["x-acs-security-token"] = self._security_token
        view = {**current, **added}
        remove: tuple[str, ...] = ()
        if body:
            added["Content-MD5"] = view["content-md5"] = content_md5(body)
        elif "content-md5" in view:
            del view["content-md5"]
            remove = ("content-md5",)
        text = _string_to_sign(request.method, request.path, request.query, view, date)
        signature = _encode(self._key.digest(text.encode("utf-8")))
        added["Date"] = added["x-log-date"] = date
        added["Authorization"] = f"{_SCHEME_PREFIX}{self._access_key_id}:{signature}"
        return SigningResult(text, signature, added, remove)


def _encode(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


class AliyunSlsAuth(SigningAuth):
    """SLS signature v1 for ``httpx.Client`` and ``httpx.AsyncClient``.

    Sets ``Date`` and ``x-log-date`` (the request's ``Date`` is kept), ``x-log-apiversion: 0.6.0`` and
    ``x-log-bodyrawsize`` (unless the request sets them, e.g. for a compressed body),
    ``x-log-signaturemethod: hmac-sha1``, ``Content-MD5`` (upper-case hex, when there is a body),
    ``x-acs-security-token`` (STS) and ``Authorization: LOG <ak>:<sig>``.

    Args:
        access_key_id: AccessKey ID.
        access_key_secret: AccessKey secret.
        security_token: STS token, if the keys are temporary.
        clock: Time source for requests without a ``Date`` header.

    Raises:
        InvalidCredentialError: a credential is empty or holds control characters.
    """

    requires_request_body = True

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        security_token: str | None = None,
        *,
        clock: Clock = time.time,
    ) -> None:
        self._access_key_id = check_credential("access_key_id", access_key_id, header_safe=True)
        check_credential("access_key_secret", access_key_secret, header_safe=False)
        if security_token is not None:
            check_credential("security_token", security_token, header_safe=True)
        self._has_token = security_token is not None
        self._signer = SlsV1Signer(access_key_id, access_key_secret, security_token)
        self._clock = clock

    def sign_wire(self, request: WireRequest) -> SigningResult:
        """Sign at the request's ``Date`` (or ``x-log-date``), else at the clock's time.

        Args:
            request: the request to sign, as the wire carries it.

        Returns:
            The headers to set (and remove) and the intermediate values, for tests and debugging.
        """
        headers = request.headers
        date = headers.get("date") or headers.get("x-log-date") or format_rfc1123(self._clock())
        return self._signer.sign(request, date)

    def __repr__(self) -> str:
        hidden = ("access_key_secret", "security_token") if self._has_token else ("access_key_secret",)
        return auth_repr(self, {"access_key_id": self._access_key_id}, hidden)


def verify_aliyun_sls(
    request: WireRequest | httpx.Request,
    secret_lookup: Callable[[str], str | None],
    now: float,
    *,
    max_skew_seconds: float = SLS_MAX_SKEW_SECONDS,
) -> str:
    """Check an SLS v1 signature as the server does and return the access key id.

    The signed time is ``Date`` (or ``x-log-date`` when a proxy dropped ``Date``; when both are
    present they must agree). A body must carry a matching ``Content-MD5``.

    Args:
        request: The received request (a :class:`WireRequest`, e.g. from an ASGI scope, or httpx's).
        secret_lookup: Maps an access key id to its secret, or None when unknown.
        now: The server's time in epoch seconds.
        max_skew_seconds: Allowed distance between the signed time and ``now``, either way.

    Raises:
        SignatureError: with reason missing, malformed, skewed, unknown_key, digest_mismatch or
            signature_mismatch.
    """
    wire = as_wire(request)
    headers = wire.headers
    authorization = headers.get("authorization")
    if authorization is None:
        raise SignatureError(_Reason.MISSING, "the Authorization header is missing")
    access_key_id, _, signature = authorization.removeprefix(_SCHEME_PREFIX).rpartition(":")
    if not authorization.startswith(_SCHEME_PREFIX) or not access_key_id or not signature:
        raise SignatureError(_Reason.MALFORMED, "the Authorization header is not 'LOG <AccessKeyId>:<Signature>'")
    date = _signed_date(headers)
    signed_at = parse_rfc1123(date)
    if signed_at is None:
        raise SignatureError(_Reason.MALFORMED, "the Date header is not an RFC 1123 GMT date")
    if abs(now - signed_at) > max_skew_seconds:
        raise SignatureError(_Reason.SKEWED, f"the request time is more than {max_skew_seconds:g} s from now")
    secret = secret_lookup(access_key_id)
    if secret is None:
        raise SignatureError(_Reason.UNKNOWN_KEY, "the access key id is not known")
    if "content-md5" in headers:
        if headers["content-md5"] != content_md5(wire.body):
            raise SignatureError(_Reason.DIGEST_MISMATCH, "Content-MD5 does not match the body")
    elif wire.body:
        raise SignatureError(_Reason.MISSING, "the Content-MD5 header is required with a body")
    expected = _encode(HmacKey(secret.encode("utf-8"), "sha1").digest(string_to_sign(wire, date).encode("utf-8")))
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace")):
        raise SignatureError(_Reason.SIGNATURE_MISMATCH, "the signature does not match the request")
    return access_key_id


def _signed_date(headers: Mapping[str, str]) -> str:
    date, log_date = headers.get("date"), headers.get("x-log-date")
    if date is None and log_date is None:
        raise SignatureError(_Reason.MISSING, "the Date header is missing")
    if date is not None and log_date is not None and date != log_date:
        raise SignatureError(_Reason.MALFORMED, "x-log-date differs from Date")
    return date or log_date or ""
