"""The request as it travels on the wire, plus the checks and parsers every scheme shares.

Nothing here imports httpx: servers (the simulators) build a :class:`WireRequest` from an ASGI scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote_to_bytes

from ._errors import InvalidCredentialError, InvalidHeaderValueError

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_NON_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")


@dataclass(frozen=True, slots=True)
class WireRequest:
    """One HTTP request exactly as sent: what both a signer and a verifier look at.

    Attributes:
        method: Upper-case HTTP method.
        path: The path as sent, percent-encoded (``/v1/a%20b``), without the query.
        query: The query as sent, percent-encoded, without ``?`` (``""`` when none).
        headers: Header values by **lower-case** name; repeated headers joined with ``", "``.
        body: The raw body bytes (``b""`` when none or when the scheme does not read it).
    """

    method: str
    path: str
    query: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def build(
        cls,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        body: bytes = b"",
    ) -> WireRequest:
        """Build from a request target (``/path?query``, as sent) and headers in any case.

        Args:
            method: the HTTP method, any case.
            target: the request target as sent: percent-encoded path, then ``?`` and the query if any.
            headers: a mapping or (name, value) pairs; names in any case, repeated names joined.
            body: the raw body bytes.

        Returns:
            The request, path ``/`` when the target has none.
        """
        path, _, query = target.partition("?")
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        return cls(method.upper(), path or "/", query, merge_headers(pairs), body)

    @classmethod
    def from_asgi(cls, scope: Mapping[str, Any], body: bytes) -> WireRequest:
        """Build from an ASGI HTTP ``scope`` and the fully received body.

        Args:
            scope: the ASGI HTTP connection scope (``method``, ``raw_path`` or ``path``, ``query_string``,
                ``headers``).
            body: every byte of the request body, as received.

        Returns:
            The request as the client sent it (the raw path, not the decoded one).
        """
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1") if raw_path else quote(scope["path"], safe="/")
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = ((name.decode("latin-1"), _decode_header_value(value)) for name, value in scope["headers"])
        return cls(scope["method"].upper(), path or "/", query, merge_headers(pairs), body)


@dataclass(frozen=True, slots=True)
class SigningResult:
    """What a pure signer computed for one request.

    Attributes:
        string_to_sign: The exact text the final HMAC signs (for BCE, the canonical request).
        signature: The signature as it appears in the auth header.
        headers: Every header the signer sets, ``Authorization`` included, in wire spelling.
        remove: Headers the signer drops (for example a stale ``Content-MD5`` on an empty body).
        canonical_request: The canonical request (BCE, SLS v4); empty for the other schemes.
        signing_key: BCE's derived hex signing key; hidden from ``repr`` (it signs for 30 minutes).
    """

    string_to_sign: str
    signature: str
    headers: dict[str, str]
    remove: tuple[str, ...] = ()
    canonical_request: str = ""
    signing_key: str = field(default="", repr=False)


def merge_headers(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case header names and join repeated headers with ``", "`` (as HTTP allows)."""
    merged: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


def _decode_header_value(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def decoded_query_pairs(query: str) -> list[tuple[str, str]]:
    """Decode a query as sent into (key, value) text pairs; ``+`` is a space, ``a`` is ``a=``."""
    return parse_qsl(query, keep_blank_values=True) if query else []


def decoded_query_byte_pairs(query: str) -> list[tuple[bytes, bytes]]:
    """Like :func:`decoded_query_pairs` but keeps the decoded bytes (no UTF-8 round trip)."""
    pairs: list[tuple[bytes, bytes]] = []
    for item in query.split("&"):
        if item:
            key, _, value = item.replace("+", " ").partition("=")
            pairs.append((unquote_to_bytes(key), unquote_to_bytes(value)))
    return pairs


def check_header_values(headers: Mapping[str, str]) -> None:
    """Refuse header values holding CR, LF or other control characters (tab is allowed).

    Raises:
        InvalidHeaderValueError: naming the header, never showing its value.
    """
    if not _CONTROL_CHARS.search("\t".join(headers.values())):  # one scan for the usual case (tab is allowed)
        return
    for name, value in headers.items():
        if _CONTROL_CHARS.search(value):
            raise InvalidHeaderValueError(
                f"header {name!r}", "contains a control character (CR, LF or similar); refusing to sign it"
            )


def check_credential(field_name: str, value: object, *, header_safe: bool) -> str:
    """Return ``value`` if it is a usable credential, else raise naming ``field_name`` only.

    Args:
        field_name: The constructor argument, used in the message.
        value: The credential.
        header_safe: The value is sent in a header, so it must be printable ASCII.

    Raises:
        InvalidCredentialError: empty, not a ``str``, control characters, or non-ASCII in a header.
    """
    if not isinstance(value, str):
        raise InvalidCredentialError(field_name, "must be a str")
    if not value:
        raise InvalidCredentialError(field_name, "must not be empty")
    if _CONTROL_CHARS.search(value) or "\t" in value:
        raise InvalidCredentialError(field_name, "contains a control character (CR, LF or similar)")
    if header_safe and _NON_PRINTABLE_ASCII.search(value):
        raise InvalidCredentialError(field_name, "must be printable ASCII (it is sent in a header)")
    return value
