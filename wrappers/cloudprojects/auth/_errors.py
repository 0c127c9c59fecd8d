"""Exceptions raised by the signers (client side) and the verifiers (server side)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class SignatureErrorReason(StrEnum):
    """Machine-readable cause of a rejected signature; each value equals its string."""

    MISSING = "missing"
    """A required auth header (Authorization, time, access key, Content-MD5, …) is absent."""
    MALFORMED = "malformed"
    """An auth header is present but cannot be parsed."""
    UNKNOWN_KEY = "unknown_key"
    """The access key id is not known to the server."""
    SIGNATURE_MISMATCH = "signature_mismatch"
    """The recomputed signature differs: wrong secret, or a signed part was changed."""
    DIGEST_MISMATCH = "digest_mismatch"
    """The body does not match its signed digest or length (Content-MD5, x-log-content-sha256, …)."""
    EXPIRED = "expired"
    """The signature's validity window has passed (BCE timestamp + expiration)."""
    SKEWED = "skewed"
    """The signed time is too far from the server's clock."""


class SignatureError(Exception):
    """A request's signature was rejected; ``reason`` says why, ``str()`` explains it.

    The message never contains secrets or signature values.

    Args:
        reason: the machine-readable cause.
        message: the explanation, free of secrets.
    """

    def __init__(self, reason: SignatureErrorReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason.value!r}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.message))


class InvalidFieldError(ValueError):
    """A credential or header value is unusable; ``field`` names it, the value is never shown.

    Args:
        field: what is unusable, e.g. ``access_key_id`` or ``header 'x-bce-date'``.
        problem: why, e.g. ``is empty``.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.problem))


class InvalidCredentialError(InvalidFieldError):
    """A credential given to an auth object is empty, not text, or contains control characters."""


class InvalidHeaderValueError(InvalidFieldError):
    """A request header holds CR, LF or another control character, so it is not signed or sent."""
