"""Raw responses: ``client.projects.with_raw_response.<op>(...)`` gives the exchange behind a call's value."""

from __future__ import annotations

import contextvars
import datetime
import functools
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

if TYPE_CHECKING:
    from .executor import Outcome

P = ParamSpec("P")
R = TypeVar("R")

RAW_MODE: contextvars.ContextVar[bool] = contextvars.ContextVar("cloudprojects_raw_mode", default=False)
"""True while a ``with_raw_response`` wrapper runs its operation: the client then returns a RawResponse."""


class RawResponse(Generic[R]):
    """The final HTTP exchange of a successful call, and the value the plain call returns (``parse()``).

    A call that fails raises the same typed error as the plain call; retries and validation are the same.

    Attributes:
        http_response: the final ``httpx.Response`` (its body already read).
        http_request: the final ``httpx.Request`` as sent (signed).
        status_code: the HTTP status.
        headers: the response headers.
        request_id: the provider's request id (header or body field), when it sends one.
        elapsed: time from the first attempt's start to the final response, retries and waits included.
        retries_taken: how many retries the call took (0: the first attempt succeeded).

    Args:
        outcome: the executor's record of the call (built by the client, not by users).
        request_id: the provider's request id.
    """

    def __init__(self, outcome: Outcome, request_id: str | None) -> None:
        self.http_response: httpx.Response = outcome.response
        self.http_request: httpx.Request = outcome.request
        self.status_code: int = outcome.response.status_code
        self.headers: httpx.Headers = outcome.response.headers
        self.request_id = request_id
        self.elapsed = datetime.timedelta(seconds=outcome.elapsed)
        self.retries_taken: int = outcome.retries
        self._value = outcome.value

    def parse(self) -> R:
        """The value the plain call returns (a model, a list of models, or None)."""
        return cast(R, self._value)

    @property
    def content(self) -> bytes:
        """The response body as bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The response body as text."""
        return self.http_response.text

    def json(self) -> Any:
        """The response body decoded as JSON."""
        return json.loads(self.http_response.content)

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] {self.http_request.method} {self.http_request.url.path}"
            f" request_id={self.request_id!r} retries_taken={self.retries_taken}>"
        )


def to_raw(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """``func`` returning its RawResponse instead of its value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_MODE.set(True)
        try:
            return cast(RawResponse[R], func(*args, **kwargs))
        finally:
            RAW_MODE.reset(token)

    return wrapped


def async_to_raw(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """An async ``func`` returning its RawResponse instead of its value."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_MODE.set(True)
        try:
            return cast(RawResponse[R], await func(*args, **kwargs))
        finally:
            RAW_MODE.reset(token)

    return wrapped
