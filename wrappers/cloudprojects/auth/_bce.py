"""Baidu AI Cloud ``bce-auth-v1`` signing (BLS and every other BCE service).

Oracle: ``baidubce.auth.bce_v1_signer.sign`` (bce-python-sdk 0.9.79) called with an explicit
``headers_to_sign``. Differences, both deliberate and following the BCE docs and the Go SDK:
a query parameter named ``authorization`` is not signed (the Python SDK means to skip it but compares
a bound method to a string, so it never does), and ``signedHeaders`` is always written out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from urllib.parse import quote, unquote_to_bytes

import httpx

from ._clock import Clock, format_iso_extended, parse_iso_extended
from ._errors import InvalidCredentialError, InvalidHeaderValueError, SignatureError, SignatureErrorReason
from ._hmac import HmacKey
from ._shell import SigningAuth, as_wire, auth_repr
from ._unpicklable import Unpicklable
from ._wire import SigningResult, WireRequest, check_credential, decoded_query_byte_pairs

BCE_AUTH_VERSION = "bce-auth-v1"
BCE_DEFAULT_EXPIRATION_SECONDS = 1800
BCE_MAX_FUTURE_SKEW_SECONDS = 300
DEFAULT_SIGNED_HEADERS = frozenset({"host", "content-length", "content-type", "content-md5"})
_WHITESPACE = " \t\n\r\x0b\x0c"
_SECURITY_TOKEN = "x-bce-security-token"
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")
_UNRESERVED_OR_SLASH = re.compile(r"[A-Za-z0-9._~/-]*")
_Reason = SignatureErrorReason


def uri_encode(data: str | bytes, *, keep_slash: bool = False) -> str:
    """BCE UriEncode: keep ``A-Z a-z 0-9 - . _ ~`` (and ``/`` if asked), ``%XX`` every other UTF-8 byte."""
    if isinstance(data, str) and (_UNRESERVED_OR_SLASH if keep_slash else _UNRESERVED).fullmatch(data):
        return data
    return quote(data, safe="/" if keep_slash else "")


def canonical_uri(path: str) -> str:
    """Decode the path as sent, then re-encode it with :func:`uri_encode`, keeping ``/``."""
    if _UNRESERVED_OR_SLASH.fullmatch(path):
        return path or "/"
    return uri_encode(unquote_to_bytes(path), keep_slash=True) or "/"


def canonical_query(query: str) -> str:
    """``UriEncode(k)=UriEncode(v)`` for each decoded parameter except ``authorization``, sorted."""
    items = (
        f"{uri_encode(key)}={uri_encode(value)}"
        for key, value in decoded_query_byte_pairs(query)
        if key.lower() != b"authorization"
    )
    return "&".join(sorted(items))


def default_signed_headers(headers: Mapping[str, str]) -> list[str]:
    """Host, Content-Length/Type/MD5 and every ``x-bce-*`` header with a non-blank value, sorted."""
    return sorted(
        name
        for name, value in headers.items()
        if (name in DEFAULT_SIGNED_HEADERS or name.startswith("x-bce-")) and value.strip(_WHITESPACE)
    )


def canonical_headers(headers: Mapping[str, str], names: Iterable[str]) -> str:
    """``UriEncode(name):UriEncode(trimmed value)`` for each named, non-blank header, sorted."""
    lines = []
    for name in names:
        value = headers.get(name, "").strip(_WHITESPACE)
        if value:
            # The STS token is a credential: never kept in a cache beyond this request.
            secret = name == _SECURITY_TOKEN
            lines.append(f"{name}:{quote(value, safe='')}" if secret else _header_line(name, value))
    return "\n".join(sorted(lines))


@lru_cache(maxsize=512)
def _header_line(name: str, value: str) -> str:
    """``UriEncode(name):UriEncode(value)``; the same host, type and date lines recur on every request."""
    return f"{uri_encode(name)}:{uri_encode(value)}"


def canonical_request(request: WireRequest, signed_headers: Iterable[str]) -> str:
    """``METHOD\\nCanonicalURI\\nCanonicalQuery\\nCanonicalHeaders`` (no body hash)."""
    return "\n".join(
        (
            request.method,
            canonical_uri(request.path),
            canonical_query(request.query),
            canonical_headers(request.headers, signed_headers),
        )
    )


def auth_string_prefix(access_key_id: str, timestamp: str, expiration_seconds: int) -> str:
    """``bce-auth-v1/{ak}/{timestamp}/{expiration}``, the HMAC input of the signing key."""
    return f"{BCE_AUTH_VERSION}/{access_key_id}/{timestamp}/{expiration_seconds}"


def derive_signing_key(secret: bytes, prefix: str) -> str:
    """Lower-case hex HMAC-SHA256(secret, prefix); the hex text is the key of the final HMAC."""
    return hmac.digest(secret, prefix.encode("utf-8"), "sha256").hex()


def _signature(signing_key: HmacKey, text: str) -> str:
    return signing_key.digest(text.encode("utf-8")).hex()


class BceSigner(Unpicklable):
    """Pure bce-auth-v1 signer; caches the signing key of the latest timestamp."""

    __slots__ = ("_access_key_id", "_cache", "_expiration", "_secret", "_security_token")

    def __init__(
        self,
        access_key_id: str,
        secret_access_key: str,
        expiration_seconds: int = BCE_DEFAULT_EXPIRATION_SECONDS,
        security_token: str | None = None,
    ) -> None:
        self._access_key_id = access_key_id
        self._secret = secret_access_key.encode("utf-8")
        self._expiration = expiration_seconds
        self._security_token = security_token
        self._cache: tuple[str, str, HmacKey] | None = None

    def sign(self, request: WireRequest, timestamp: str) -> SigningResult:
        """Sign ``request`` at ``timestamp`` (``YYYY-MM-DDThh:mm:ssZ``), also set as ``x-bce-date``."""
        added = {"x-bce-date": timestamp}
        if self._security_token is not None:
            added[_SECURITY_TOKEN] = self._security_token
        view = WireRequest(request.method, request.path, request.query, {**request.headers, **added})
        names = default_signed_headers(view.headers)
        prefix = auth_string_prefix(self._access_key_id, timestamp, self._expiration)
        signing_key, key = self._signing_key(prefix)
        text = canonical_request(view, names)
        signature = _signature(key, text)
        added["Authorization"] = f"{prefix}/{';'.join(names)}/{signature}"
        return SigningResult(text, signature, added, canonical_request=text, signing_key=signing_key)

    def _signing_key(self, prefix: str) -> tuple[str, HmacKey]:
        cache = self._cache
        if cache is not None and cache[0] == prefix:
            return cache[1], cache[2]
        signing_key = derive_signing_key(self._secret, prefix)
        key = HmacKey(signing_key.encode("ascii"), "sha256")
        self._cache = (prefix, signing_key, key)
        return signing_key, key


class BceAuth(SigningAuth):
    """bce-auth-v1 for ``httpx.Client`` and ``httpx.AsyncClient`` (Baidu BLS).

    Sets ``x-bce-date`` (kept when present), ``x-bce-security-token`` (STS) and ``Authorization``, signing
    host, content-type, content-length, content-md5 and every non-blank ``x-bce-*`` header.

    Args:
        access_key_id: Access key (AK).
        secret_access_key: Secret key (SK).
        expiration_seconds: Validity of each signature.
        security_token: STS session token, if the keys are temporary.
        clock: Time source for requests without ``x-bce-date``.

    Raises:
        InvalidCredentialError: a credential is empty, holds control characters, or the AK holds ``/``.
    """

    requires_request_body = False

    def __init__(
        self,
        access_key_id: str,
        secret_access_key: str,
        expiration_seconds: int = BCE_DEFAULT_EXPIRATION_SECONDS,
        *,
        security_token: str | None = None,
        clock: Clock = time.time,
    ) -> None:
        self._access_key_id = check_credential("access_key_id", access_key_id, header_safe=True)
        if "/" in access_key_id:
            raise InvalidCredentialError("access_key_id", "must not contain '/'")
        check_credential("secret_access_key", secret_access_key, header_safe=False)
        if security_token is not None:
            check_credential("security_token", security_token, header_safe=True)
        if isinstance(expiration_seconds, bool) or not isinstance(expiration_seconds, int):
            raise TypeError("expiration_seconds must be an int")
        if expiration_seconds <= 0:
            raise ValueError("expiration_seconds must be positive")
        self._has_token = security_token is not None
        self._signer = BceSigner(access_key_id, secret_access_key, expiration_seconds, security_token)
        self._clock = clock

    def sign_wire(self, request: WireRequest) -> SigningResult:
        """Sign at the request's ``x-bce-date``, else at the clock's time.

        Args:
            request: the request to sign, as the wire carries it.

        Returns:
            The headers to set (and remove) and the intermediate values, for tests and debugging.

        Raises:
            InvalidHeaderValueError: ``x-bce-date`` is present but not a ``YYYY-MM-DDThh:mm:ssZ`` UTC time.
        """
        timestamp = request.headers.get("x-bce-date")
        if timestamp is None:
            timestamp = format_iso_extended(self._clock())
        elif parse_iso_extended(timestamp) is None:
            raise InvalidHeaderValueError("header 'x-bce-date'", "is not a YYYY-MM-DDThh:mm:ssZ UTC time")
        return self._signer.sign(request, timestamp)

    def __repr__(self) -> str:
        hidden = ("secret_access_key", "security_token") if self._has_token else ("secret_access_key",)
        return auth_repr(self, {"access_key_id": self._access_key_id}, hidden)


MAX_EXPIRATION_DIGITS = 10  # a decade fits in 9 digits; longer values would only strain int()


def verify_bce(
    request: WireRequest | httpx.Request,
    secret_lookup: Callable[[str], str | None],
    now: float,
    *,
    max_future_skew_seconds: float = BCE_MAX_FUTURE_SKEW_SECONDS,
) -> str:
    """Check a bce-auth-v1 signature as the server does and return the access key id.

    The signature is recomputed over the headers named in ``signedHeaders`` (which must include
    ``host`` and be present), or the default set when the list is empty. A present ``Content-Length`` or
    ``Content-MD5`` (RFC 1864 base64) must match the body.

    Args:
        request: The received request (a :class:`WireRequest`, e.g. from an ASGI scope, or httpx's).
        secret_lookup: Maps an access key id to its secret, or None when unknown.
        now: The server's time in epoch seconds.
        max_future_skew_seconds: How far the signed timestamp may lie ahead of ``now``.

    Raises:
        SignatureError: with reason missing, malformed, expired, skewed, unknown_key, digest_mismatch
            or signature_mismatch.
    """
    wire = as_wire(request)
    authorization = wire.headers.get("authorization")
    if authorization is None:
        raise SignatureError(_Reason.MISSING, "the Authorization header is missing")
    parts = authorization.split("/")
    if len(parts) != 6 or parts[0] != BCE_AUTH_VERSION or not parts[1]:
        raise SignatureError(_Reason.MALFORMED, "the Authorization header is not a bce-auth-v1 string")
    _, access_key_id, timestamp, expiration, signed, signature = parts
    signed_at = parse_iso_extended(timestamp)
    if signed_at is None or not (
        expiration.isascii() and expiration.isdigit() and len(expiration) <= MAX_EXPIRATION_DIGITS
    ):
        raise SignatureError(_Reason.MALFORMED, "the auth string's timestamp or expiration is invalid")
    if now > signed_at + int(expiration):
        raise SignatureError(_Reason.EXPIRED, "the signature has expired")
    if signed_at - now > max_future_skew_seconds:
        raise SignatureError(_Reason.SKEWED, "the signature's timestamp lies in the future")
    names = [name.strip().lower() for name in signed.split(";")] if signed else None
    if names is not None and ("" in names or "host" not in names):
        raise SignatureError(_Reason.MALFORMED, "signedHeaders must name host and no empty header")
    absent = [name for name in names or () if name not in wire.headers]
    if absent:
        raise SignatureError(_Reason.MISSING, f"signed header {absent[0]!r} is absent")
    secret = secret_lookup(access_key_id)
    if secret is None:
        raise SignatureError(_Reason.UNKNOWN_KEY, "the access key id is not known")
    _check_body(wire)
    prefix = auth_string_prefix(access_key_id, timestamp, int(expiration))
    signing_key = derive_signing_key(secret.encode("utf-8"), prefix)
    text = canonical_request(wire, names if names is not None else default_signed_headers(wire.headers))
    expected = _signature(HmacKey(signing_key.encode("ascii"), "sha256"), text)
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise SignatureError(_Reason.SIGNATURE_MISMATCH, "the signature does not match the request")
    return access_key_id


def _check_body(wire: WireRequest) -> None:
    length = wire.headers.get("content-length")
    if length is not None and length.strip() != str(len(wire.body)):
        raise SignatureError(_Reason.DIGEST_MISMATCH, "Content-Length does not match the body")
    md5 = wire.headers.get("content-md5")
    if md5 is not None and md5.strip() != base64.b64encode(hashlib.md5(wire.body).digest()).decode():
        raise SignatureError(_Reason.DIGEST_MISMATCH, "Content-MD5 does not match the body")
