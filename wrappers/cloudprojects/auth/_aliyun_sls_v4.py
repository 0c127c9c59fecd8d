"""Alibaba Cloud SLS signature v4 (``SLS4-HMAC-SHA256``).

Oracle: ``aliyun.log.auth.AuthV4`` (aliyun-log-python-sdk 0.9.52). As there, the canonical path is the
path as sent (percent-encoding included: ``LogClient`` signs the string it appends to the URL), query keys
stay raw, values are RFC 3986 encoded, and a key without a value is written bare.
A repeated query key is signed once per value (sorted); the SDK's dict keeps only the last value.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from urllib.parse import quote

import httpx

from ._aliyun_sls import SLS_API_VERSION, SLS_MAX_SKEW_SECONDS
from ._clock import Clock, format_iso_basic, parse_iso_basic
from ._errors import InvalidCredentialError, InvalidHeaderValueError, SignatureError, SignatureErrorReason
from ._hmac import HmacKey
from ._shell import SigningAuth, as_wire, auth_repr
from ._unpicklable import Unpicklable
from ._wire import SigningResult, WireRequest, check_credential, decoded_query_pairs

ALGORITHM = "SLS4-HMAC-SHA256"
_SERVICE = "sls"
_TERMINATOR = "aliyun_v4_request"
_Reason = SignatureErrorReason


def is_signed_v4_header(name: str) -> bool:
    """``content-type``, ``host``, ``x-acs-*`` and ``x-log-*`` except ``x-log-meta-*`` (lower-case)."""
    if name in ("content-type", "host") or name.startswith("x-acs-"):
        return True
    return name.startswith("x-log-") and not name.startswith("x-log-meta-")


def canonical_query(query: str) -> str:
    """Decoded pairs sorted; ``key=UriEncode(value)``, or the bare key when the value is empty."""
    items = []
    for key, value in sorted(decoded_query_pairs(query)):
        encoded = quote(value, safe="~")
        items.append(f"{key}={encoded}" if encoded else key)
    return "&".join(items)


def canonical_request(request: WireRequest, payload_hash: str) -> tuple[str, str]:
    """Return ``(canonical_request, signed_headers)`` for a request whose headers are final."""
    headers = request.headers
    names = sorted(filter(is_signed_v4_header, headers))
    canonical_headers = "".join(f"{name}:{headers[name].strip()}\n" for name in names)
    signed_headers = ";".join(names)
    text = (
        f"{request.method}\n{request.path}\n{canonical_query(request.query)}\n"
        f"{canonical_headers}\n{signed_headers}\n{payload_hash}"
    )
    return text, signed_headers


def credential_scope(date: str, region: str) -> str:
    """``{YYYYMMDD}/{region}/sls/aliyun_v4_request``."""
    return f"{date}/{region}/{_SERVICE}/{_TERMINATOR}"


def string_to_sign(timestamp: str, scope: str, canonical: str) -> str:
    """``SLS4-HMAC-SHA256\\n{x-log-date}\\n{scope}\\n{hex sha256(canonical request)}``."""
    return f"{ALGORITHM}\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def derive_signing_key(secret: str, date: str, region: str) -> HmacKey:
    """HMAC-SHA256 chain over date, region, ``sls`` and ``aliyun_v4_request``."""
    key = ("aliyun_v4" + secret).encode("utf-8")
    for part in (date, region, _SERVICE, _TERMINATOR):
        key = hmac.digest(key, part.encode("utf-8"), "sha256")
    return HmacKey(key, "sha256")


class SlsV4Signer(Unpicklable):
    """Pure SLS v4 signer; caches the signing key of the latest date."""

    __slots__ = ("_access_key_id", "_cache", "_region", "_secret", "_security_token")

    def __init__(
        self, access_key_id: str, access_key_secret: str, region: str, security_token: str | None = None
    ) -> None:
        self._access_key_id = access_key_id
        self._secret = access_key_secret
        self._region = region
        self._security_token = security_token
        self._cache: tuple[str, HmacKey] | None = None

    def sign(self, request: WireRequest, timestamp: str) -> SigningResult:
        """Sign ``request`` at ``timestamp`` (``YYYYMMDDThhmmssZ``, also set as ``x-log-date``)."""
        current = request.headers
        payload_hash = hashlib.sha256(request.body).hexdigest()
        added = {
            "x-log-apiversion": current.get("x-log-apiversion", SLS_API_VERSION),
            "x-log-bodyrawsize": current.get("x-log-bodyrawsize", str(len(request.body))),
            "x-log-content-sha256": payload_hash,
            "x-log-date": timestamp,
        }
        if self._security_token is not None:
            added["x-acs-security-token"] = self._security_token
        view = WireRequest(request.method, request.path, request.query, {**current, **added})
        canonical, _ = canonical_request(view, payload_hash)
        date = timestamp[:8]
        scope = credential_scope(date, self._region)
        text = string_to_sign(timestamp, scope, canonical)
        signature = self._signing_key(date).digest(text.encode("utf-8")).hex()
        added["Authorization"] = f"{ALGORITHM} Credential={self._access_key_id}/{scope},Signature={signature}"
        return SigningResult(text, signature, added, canonical_request=canonical)

    def _signing_key(self, date: str) -> HmacKey:
        cache = self._cache
        if cache is not None and cache[0] == date:
            return cache[1]
        key = derive_signing_key(self._secret, date, self._region)
        self._cache = (date, key)
        return key


class AliyunSlsV4Auth(SigningAuth):
    """SLS signature v4 for ``httpx.Client`` and ``httpx.AsyncClient``.

    Sets ``x-log-date`` (kept when present), ``x-log-content-sha256``, ``x-log-apiversion``,
    ``x-log-bodyrawsize``, ``x-acs-security-token`` (STS) and ``Authorization``.

    Args:
        access_key_id: AccessKey ID.
        access_key_secret: AccessKey secret.
        region: Region id, e.g. ``cn-hangzhou``.
        security_token: STS token, if the keys are temporary.
        clock: Time source for requests without ``x-log-date``.

    Raises:
        InvalidCredentialError: a credential or the region is empty or holds control characters.
    """

    requires_request_body = True

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        region: str,
        security_token: str | None = None,
        *,
        clock: Clock = time.time,
    ) -> None:
        self._access_key_id = check_credential("access_key_id", access_key_id, header_safe=True)
        check_credential("access_key_secret", access_key_secret, header_safe=False)
        self._region = check_credential("region", region, header_safe=True)
        if "/" in access_key_id or "/" in region:
            raise InvalidCredentialError("access_key_id" if "/" in access_key_id else "region", "must not hold '/'")
        if security_token is not None:
            check_credential("security_token", security_token, header_safe=True)
        self._has_token = security_token is not None
        self._signer = SlsV4Signer(access_key_id, access_key_secret, region, security_token)
        self._clock = clock

    def sign_wire(self, request: WireRequest) -> SigningResult:
        """Sign at the request's ``x-log-date``, else at the clock's time.

        Args:
            request: the request to sign, as the wire carries it.

        Returns:
            The headers to set (and remove) and the intermediate values, for tests and debugging.

        Raises:
            InvalidHeaderValueError: ``x-log-date`` is present but not a ``YYYYMMDDThhmmssZ`` UTC time.
        """
        timestamp = request.headers.get("x-log-date")
        if timestamp is None:
            timestamp = format_iso_basic(self._clock())
        elif parse_iso_basic(timestamp) is None:
            raise InvalidHeaderValueError("header 'x-log-date'", "is not a YYYYMMDDThhmmssZ UTC time")
        return self._signer.sign(request, timestamp)

    def __repr__(self) -> str:
        hidden = ("access_key_secret", "security_token") if self._has_token else ("access_key_secret",)
        return auth_repr(self, {"access_key_id": self._access_key_id, "region": self._region}, hidden)


def verify_aliyun_sls_v4(
    request: WireRequest | httpx.Request,
    secret_lookup: Callable[[str], str | None],
    now: float,
    *,
    region: str | None = None,
    max_skew_seconds: float = SLS_MAX_SKEW_SECONDS,
) -> str:
    """Check an SLS v4 signature as the server does and return the access key id.

    Args:
        request: The received request (a :class:`WireRequest`, e.g. from an ASGI scope, or httpx's).
        secret_lookup: Maps an access key id to its secret, or None when unknown.
        now: The server's time in epoch seconds.
        region: The server's region; when given, the credential scope must name it.
        max_skew_seconds: Allowed distance between ``x-log-date`` and ``now``, either way.

    Raises:
        SignatureError: with reason missing, malformed, skewed, unknown_key, digest_mismatch or
            signature_mismatch.
    """
    wire = as_wire(request)
    headers = wire.headers
    authorization, timestamp = headers.get("authorization"), headers.get("x-log-date")
    if authorization is None or timestamp is None:
        raise SignatureError(_Reason.MISSING, "the Authorization or x-log-date header is missing")
    access_key_id, scope, signature = _parse_authorization(authorization)
    signed_at = parse_iso_basic(timestamp)
    scope_date, _, scope_region = scope.partition("/")
    scope_region = scope_region.partition("/")[0]
    if signed_at is None or scope_date != timestamp[:8] or scope != credential_scope(scope_date, scope_region):
        raise SignatureError(_Reason.MALFORMED, "x-log-date or the credential scope is invalid")
    if region is not None and scope_region != region:
        raise SignatureError(_Reason.MALFORMED, "the credential scope names another region")
    if abs(now - signed_at) > max_skew_seconds:
        raise SignatureError(_Reason.SKEWED, f"the request time is more than {max_skew_seconds:g} s from now")
    secret = secret_lookup(access_key_id)
    if secret is None:
        raise SignatureError(_Reason.UNKNOWN_KEY, "the access key id is not known")
    payload_hash = hashlib.sha256(wire.body).hexdigest()
    if headers.get("x-log-content-sha256") != payload_hash:
        raise SignatureError(_Reason.DIGEST_MISMATCH, "x-log-content-sha256 does not match the body")
    canonical, _ = canonical_request(wire, payload_hash)
    text = string_to_sign(timestamp, scope, canonical)
    expected = derive_signing_key(secret, scope_date, scope_region).digest(text.encode("utf-8"))
    if not hmac.compare_digest(expected.hex().encode(), signature.encode("utf-8", "replace")):
        raise SignatureError(_Reason.SIGNATURE_MISMATCH, "the signature does not match the request")
    return access_key_id


def _parse_authorization(value: str) -> tuple[str, str, str]:
    scheme, _, rest = value.partition(" ")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, _, field_value = part.partition("=")
        fields[name] = field_value
    credential, signature = fields.get("Credential", ""), fields.get("Signature", "")
    access_key_id, _, scope = credential.partition("/")
    if scheme != ALGORITHM or not access_key_id or not scope or not signature:
        raise SignatureError(_Reason.MALFORMED, f"the Authorization header is not '{ALGORITHM} Credential=…'")
    return access_key_id, scope, signature
