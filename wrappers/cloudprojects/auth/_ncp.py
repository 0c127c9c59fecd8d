"""NAVER Cloud Platform API Gateway signature v2 (``x-ncp-apigw-signature-v2``, HMAC-SHA256).

Message: ``"{METHOD} {URI}\\n{timestamp}\\n{access_key}"`` with URI the path and query exactly as sent,
as the Go SDK's ``url.RequestURI()`` does. Oracle: ``ncloud_server.api_client.ApiClient.make_signature``
(ncloud-server 1.1.3), which builds the same message but joins the query unencoded and sends the
result as ``x-ncp-apigw-signature-v1``. The body is not signed.
"""

from __future__ import annotations

import base64
import hmac
import time
from collections.abc import Callable

import httpx

from ._clock import Clock
from ._errors import InvalidHeaderValueError, SignatureError, SignatureErrorReason
from ._hmac import HmacKey
from ._shell import SigningAuth, as_wire, auth_repr
from ._unpicklable import Unpicklable
from ._wire import SigningResult, WireRequest, check_credential

NCP_MAX_SKEW_SECONDS = 300
TIMESTAMP_HEADER = "x-ncp-apigw-timestamp"
ACCESS_KEY_HEADER = "x-ncp-iam-access-key"
SIGNATURE_HEADER = "x-ncp-apigw-signature-v2"
LEGACY_SIGNATURE_HEADER = "x-ncp-apigw-signature-v1"
_Reason = SignatureErrorReason


def request_uri(request: WireRequest) -> str:
    """The path plus ``?query`` when there is one, both exactly as sent."""
    return f"{request.path}?{request.query}" if request.query else request.path


def string_to_sign(method: str, uri: str, timestamp: str, access_key: str) -> str:
    """``"{METHOD} {URI}\\n{timestamp}\\n{access_key}"``."""
    return f"{method.upper()} {uri}\n{timestamp}\n{access_key}"


def _signature(key: HmacKey, text: str) -> str:
    return base64.b64encode(key.digest(text.encode("utf-8"))).decode("ascii")


class NcpSigner(Unpicklable):
    """Pure API Gateway v2 signer."""

    __slots__ = ("_access_key", "_key")

    def __init__(self, access_key: str, secret_key: str) -> None:
        self._access_key = access_key
        self._key = HmacKey(secret_key.encode("utf-8"), "sha256")

    def sign(self, request: WireRequest, timestamp: str) -> SigningResult:
        """Sign ``request`` at ``timestamp`` (epoch milliseconds as decimal text)."""
        text = string_to_sign(request.method, request_uri(request), timestamp, self._access_key)
        signature = _signature(self._key, text)
        headers = {
            TIMESTAMP_HEADER: timestamp,
            ACCESS_KEY_HEADER: self._access_key,
            SIGNATURE_HEADER: signature,
        }
        return SigningResult(text, signature, headers)


class NcpApiGatewayAuth(SigningAuth):
    """NCP API Gateway signature v2 for ``httpx.Client`` and ``httpx.AsyncClient``.

    Sets ``x-ncp-apigw-timestamp`` (epoch ms; kept when present), ``x-ncp-iam-access-key`` and
    ``x-ncp-apigw-signature-v2``.

    Args:
        access_key: Access Key ID.
        secret_key: Secret Key.
        clock: Time source for requests without ``x-ncp-apigw-timestamp``.

    Raises:
        InvalidCredentialError: a credential is empty or holds control characters.
    """

    requires_request_body = False

    def __init__(self, access_key: str, secret_key: str, *, clock: Clock = time.time) -> None:
        self._access_key = check_credential("access_key", access_key, header_safe=True)
        check_credential("secret_key", secret_key, header_safe=False)
        self._signer = NcpSigner(access_key, secret_key)
        self._clock = clock

    def sign_wire(self, request: WireRequest) -> SigningResult:
        """Sign at the request's ``x-ncp-apigw-timestamp``, else at the clock's time.

        Args:
            request: the request to sign, as the wire carries it.

        Returns:
            The headers to set (and remove) and the intermediate values, for tests and debugging.

        Raises:
            InvalidHeaderValueError: the timestamp header is present but not epoch milliseconds.
        """
        timestamp = request.headers.get(TIMESTAMP_HEADER)
        if timestamp is None:
            timestamp = str(int(self._clock() * 1000))
        elif not _is_epoch_millis(timestamp):
            raise InvalidHeaderValueError(f"header {TIMESTAMP_HEADER!r}", "is not epoch milliseconds")
        return self._signer.sign(request, timestamp)

    def __repr__(self) -> str:
        return auth_repr(self, {"access_key": self._access_key}, ("secret_key",))


MAX_TIMESTAMP_DIGITS = 16  # epoch milliseconds have 13 digits until the year 2286; more only strains int()


def _is_epoch_millis(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= MAX_TIMESTAMP_DIGITS


def verify_ncp_api_gateway(
    request: WireRequest | httpx.Request,
    secret_lookup: Callable[[str], str | None],
    now: float,
    *,
    max_skew_seconds: float = NCP_MAX_SKEW_SECONDS,
) -> str:
    """Check an API Gateway v2 signature as the gateway does and return the access key.

    ``x-ncp-apigw-signature-v1`` is accepted when v2 is absent (the Python SDK sends that name).

    Args:
        request: The received request (a :class:`WireRequest`, e.g. from an ASGI scope, or httpx's).
        secret_lookup: Maps an access key to its secret key, or None when unknown.
        now: The server's time in epoch seconds.
        max_skew_seconds: Allowed distance between the signed timestamp and ``now``, either way.

    Raises:
        SignatureError: with reason missing, malformed, skewed, unknown_key or signature_mismatch.
    """
    wire = as_wire(request)
    headers = wire.headers
    timestamp = headers.get(TIMESTAMP_HEADER)
    access_key = headers.get(ACCESS_KEY_HEADER)
    signature = headers.get(SIGNATURE_HEADER, headers.get(LEGACY_SIGNATURE_HEADER))
    if timestamp is None or access_key is None or signature is None:
        raise SignatureError(_Reason.MISSING, "a timestamp, access key or signature header is missing")
    if not access_key:
        raise SignatureError(_Reason.MALFORMED, f"{ACCESS_KEY_HEADER} is empty")
    if not _is_epoch_millis(timestamp):
        raise SignatureError(_Reason.MALFORMED, f"{TIMESTAMP_HEADER} is not epoch milliseconds")
    if abs(now * 1000 - int(timestamp)) > max_skew_seconds * 1000:
        raise SignatureError(_Reason.SKEWED, f"the request time is more than {max_skew_seconds:g} s from now")
    secret = secret_lookup(access_key)
    if secret is None:
        raise SignatureError(_Reason.UNKNOWN_KEY, "the access key is not known")
    text = string_to_sign(wire.method, request_uri(wire), timestamp, access_key)
    expected = _signature(HmacKey(secret.encode("utf-8"), "sha256"), text)
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace")):
        raise SignatureError(_Reason.SIGNATURE_MISMATCH, "the signature does not match the request")
    return access_key
