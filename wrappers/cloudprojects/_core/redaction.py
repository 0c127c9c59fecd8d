"""Masking of credentials and signatures before anything is shown, logged or raised."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import overload

REDACTED = "<redacted>"

SENSITIVE_HEADERS: frozenset[str] = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-acs-security-token",
        "x-bce-security-token",
        "x-ncp-apigw-signature-v1",
        "x-ncp-apigw-signature-v2",
        "x-ncp-iam-access-key",
    }
)
"""Lower-case names of headers whose values are credentials or signatures."""

_MIN_PARTIAL_LENGTH = 12
_SHOWN_CHARS = 4


def is_sensitive_header(name: str) -> bool:
    """Return True when the header ``name`` (any case) carries a credential or signature."""
    return name.lower() in SENSITIVE_HEADERS


@overload
def redact_headers(headers: Mapping[str, str]) -> dict[str, str]: ...
@overload
def redact_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]: ...
def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, str] | list[tuple[str, str]]:
    """Copy ``headers`` with every sensitive value replaced by ``<redacted>``.

    A mapping (``dict``, ``httpx.Headers``) gives a dict; an iterable of pairs gives a list of pairs,
    so repeated headers survive. Names keep their case.
    """
    if isinstance(headers, Mapping):
        return {name: REDACTED if is_sensitive_header(name) else value for name, value in headers.items()}
    return [(name, REDACTED if is_sensitive_header(name) else value) for name, value in headers]


def mask_identifier(value: str) -> str:
    """Show an access key id as ``LTAI…abcd``; short values are fully redacted."""
    if len(value) < _MIN_PARTIAL_LENGTH:
        return REDACTED
    return f"{value[:_SHOWN_CHARS]}…{value[-_SHOWN_CHARS:]}"


_USERINFO = re.compile(r"(^|//)[^/@?#]*@")


def mask_userinfo(text: str) -> str:
    """A URL or ``host`` text as given, with any ``user:password@`` part masked (for error messages)."""
    return _USERINFO.sub(r"\1***@", text)
