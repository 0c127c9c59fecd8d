"""The one error hierarchy of cloudprojects.

``APIError`` ← ``APIConnectionError`` ← ``APITimeoutError``; ``APIError`` ← ``APIStatusError`` ← one class per
status family; ``APIError`` ← ``ResponseValidationError`` (a body that breaks the spec). ``ValidationError`` is
raised before any request is sent. No message ever carries a credential.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._core.redaction import REDACTED, redact_headers

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
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


def _safe_url(url: httpx.URL) -> httpx.URL:
    return url.copy_with(username=url.username, password=REDACTED) if url.password else url


def _safe_request(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of ``request`` without credentials: sensitive headers masked, no password in the URL, no body."""
    if request is None:
        return None
    return httpx.Request(request.method, _safe_url(request.url), headers=redact_headers(request.headers))


def _safe_response(response: httpx.Response | None) -> httpx.Response | None:
    """A read copy of ``response`` whose request carries no credential."""
    if response is None:
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    headers = redact_headers(response.headers)
    headers.pop("content-encoding", None)  # the copy holds the decoded body
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=_safe_request(response._request)
    )


def _rebuild(cls: type[Exception], args: tuple[Any, ...], state: dict[str, Any]) -> Exception:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class _Picklable(Exception):
    """Errors survive ``pickle`` (a process pool re-raises them) and the pickle carries no credential."""

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        if "request" in state:
            state["request"] = _safe_request(state["request"])
        if "response" in state:
            state["response"] = _safe_response(state["response"])
        return (_rebuild, (type(self), self.args, state))


class ValidationError(_Picklable, ValueError):
    """Input broke a constraint of the spec; raised before any request leaves the machine.

    Attributes:
        field: the argument or body field, dotted (``body.name``, ``project_id``).
        problem: what is wrong with the value.
        rule: the spec's rule that it breaks (``maxLength 64``, ``type 'integer'``).
    """

    def __init__(self, field: str, problem: str, rule: str) -> None:
        self.field = field
        self.problem = problem
        self.rule = rule
        super().__init__(f"{field}: {problem} (rule: {rule})")


class ClientClosedError(_Picklable, RuntimeError):
    """A call was made on a client (or through an ``http_client``) that has been closed."""


class APIError(_Picklable):
    """Base of every error raised for a request that was attempted.

    Attributes:
        message: what went wrong (for status errors, the provider's own message, verbatim).
        request: the last request sent (signature headers included; never shown in text).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request did not get a response: connection refused, reset, DNS, TLS, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


class ResponseValidationError(APIError):
    """A response arrived but its body does not match the spec (HTML page, truncated or wrong JSON).

    Args:
        message: what is wrong with the answer.
        response: the ``httpx.Response`` (kept, for inspection).
        request_id: the provider's request id, when the response carries one.
    """

    def __init__(self, message: str, *, response: httpx.Response, request_id: str | None = None) -> None:
        super().__init__(message, request=response._request)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id


class APIStatusError(APIError):
    """The provider answered with an error: a non-2xx status, or a 2xx whose envelope says failure.

    Attributes:
        status_code: the HTTP status.
        code: the provider's error code (``ProjectNotFound``, ``BadRequestError``), when it sends one.
        message: the provider's message, verbatim (``str(error)`` adds the provider, status, code and request id).
        request_id: the provider's request id (header or body field), when it sends one.
        body: the decoded JSON error body, or None.
        provider: the provider key (``gcore_cloud``), when known.
        details: the provider's further detail text, when its error body has one (shown in ``str(error)``).
        response: the ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        provider: str | None = None,
        details: str | None = None,
    ) -> None:
        super().__init__(message, request=response._request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.provider = provider
        self.details = details

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"[{' '.join(parts)}] {self.message}"
        if self.details:
            text = f"{text} ({self.details})"
        if self.request_id:
            text = f"{text} (request id {self.request_id})"
        return f"{self.provider}: {text}" if self.provider else text


class BadRequestError(APIStatusError):
    """400. ``violations`` holds field-level details when the provider sends them.

    Args:
        message: the provider's message.
        violations: the provider's field-level details (empty when it sends none).
        **kwargs: the :class:`APIStatusError` keywords (``response``, ``code``, ``request_id``, ...).
    """

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
    """429, or a retry-after beyond the client's cap. ``retry_after`` is in seconds when known.

    Args:
        message: the provider's message.
        retry_after: seconds the provider asked to wait, when it said.
        **kwargs: the :class:`APIStatusError` keywords (``response``, ``code``, ``request_id``, ...).
    """

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
    """The class for a status code: the table above, ``InternalServerError`` for ≥ 500, else ``APIStatusError``.

    Args:
        status_code: the HTTP status of a failed response.

    Returns:
        The APIStatusError subclass to raise.
    """
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
