"""The one error hierarchy of cloudprojects.

``APIError`` ← ``APIConnectionError`` ← ``APITimeoutError``; ``APIError`` ← ``APIStatusError`` ← one class per
status family; ``APIError`` ← ``ResponseValidationError`` (a body that breaks the spec). ``ValidationError`` is
raised before any request is sent. No message ever carries a credential.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "ValidationError",
    "status_error_class",
]


class ValidationError(ValueError):
    """Input broke a constraint of the spec; raised before any request leaves the machine."""

    def __init__(self, field: str, problem: str, rule: str) -> None:
        self.field = field
        self.problem = problem
        self.rule = rule
        super().__init__(f"{field}: {problem} (rule: {rule})")


class APIError(Exception):
    """Base of every error raised for a request that was attempted."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request did not get a response: connection refused, reset, DNS, TLS, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


class ResponseValidationError(APIError):
    """A response arrived but its body does not match the spec (HTML page, truncated or wrong JSON)."""

    def __init__(self, message: str, *, response: httpx.Response, request_id: str | None = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id


class APIStatusError(APIError):
    """The provider answered with an error: a non-2xx status, or a 2xx whose envelope says failure."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.request_id = request_id
        self.body = body

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"[{' '.join(parts)}] {self.message}"
        return f"{text} (request id {self.request_id})" if self.request_id else text


class BadRequestError(APIStatusError):
    """400. ``violations`` holds field-level details when the provider sends them."""

    violations: list[Any]

    def __init__(self, message: str, *, violations: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.violations = violations or []


class AuthenticationError(APIStatusError):
    """401: missing, wrong or expired credentials or signature."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429, or a retry-after beyond the client's cap. ``retry_after`` is in seconds when known."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """≥ 500, including unregistered codes such as 520."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The class for a status code: the table above, ``InternalServerError`` for ≥ 500, else ``APIStatusError``."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
