"""What differs between providers once a response is back: error bodies, request ids, envelopes."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from cloudprojects import errors

from .retry import parse_retry_after


@dataclass(frozen=True)
class ErrorInfo:
    """The provider's own description of a failure."""

    code: str | None
    message: str
    request_id: str | None = None
    violations: list[Any] | None = None
    retry_after: float | None = None
    details: str | None = None


def json_body(response: httpx.Response) -> Any:
    """The body as JSON, or None when it is empty or not JSON (an HTML page from a proxy, a truncation)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def fallback_message(response: httpx.Response) -> str:
    """A message for a body the provider did not shape: status, reason and the kind of body."""
    kind = response.headers.get("content-type", "no content-type").split(";")[0]
    size = len(response.content)
    reason = response.reason_phrase or "unregistered status"
    return f"HTTP {response.status_code} {reason} ({'empty body' if not size else f'{size} bytes of {kind}'})"


@dataclass(frozen=True)
class Profile:
    """One provider's response conventions.

    ``describe_error`` turns a non-2xx body (already decoded, None when not JSON) into ErrorInfo;
    ``envelope_error`` looks at a parsed 2xx model and returns ErrorInfo when its envelope says failure.
    ``error_classes`` maps provider codes worth acting on to exception classes.
    """

    name: str
    describe_error: Callable[[Any], ErrorInfo | None]
    request_id_header: str | None = None
    envelope_error: Callable[[Any], ErrorInfo | None] | None = None
    error_classes: Mapping[str, type[errors.APIStatusError]] = field(default_factory=dict)

    def request_id(self, response: httpx.Response) -> str | None:
        return response.headers.get(self.request_id_header) if self.request_id_header else None

    def status_error(self, response: httpx.Response, info: ErrorInfo | None = None) -> errors.APIStatusError:
        """The typed error for a failed response (non-2xx, or a 2xx envelope that says failure)."""
        body = json_body(response)
        if info is None:
            info = self.describe_error(body) if isinstance(body, dict) else None
        if info is None:
            info = ErrorInfo(code=None, message=fallback_message(response))
        cls = self.error_classes.get(info.code or "") or errors.status_error_class(response.status_code)
        kwargs: dict[str, Any] = {
            "response": response,
            "code": info.code,
            "request_id": info.request_id or self.request_id(response),
            "body": body,
            "details": info.details,
        }
        if issubclass(cls, errors.BadRequestError):
            kwargs["violations"] = info.violations
        if issubclass(cls, errors.RateLimitError):
            header = parse_retry_after(response.headers)
            kwargs["retry_after"] = header if header is not None else info.retry_after
        return cls(info.message, provider=self.name, **kwargs)
