"""Send a Call with retries: every attempt is a fresh request, signed afresh by the client's auth."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from cloudprojects import errors

from .call import Call
from .profile import Profile, json_body
from .retry import RetryPolicy, is_idempotent, parse_retry_after, retryable_exception, retryable_status

logger = logging.getLogger("cloudprojects")


class _Retry:
    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


class _Done:
    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _Planner:
    """The decisions shared by the sync and async loops; no I/O."""

    def __init__(self, profile: Profile, policy: RetryPolicy, clock: Callable[[], float]) -> None:
        self.profile = profile
        self.policy = policy
        self.clock = clock

    def _within_budget(self, started: float, delay: float) -> bool:
        return self.clock() - started + delay <= self.policy.total_budget

    def after_response(self, call: Call, response: httpx.Response, retry: int, started: float) -> _Retry | _Done:
        if not retryable_status(response.status_code, _retry_method(call)) or retry >= self.policy.max_retries:
            return _Done(response)
        asked = parse_retry_after(response.headers)
        if asked is None and response.status_code == 429:
            asked = _body_retry_after(response)
        if asked is not None and asked > self.policy.max_retry_after:
            raise self._rate_limited(response, asked)
        delay = asked if asked is not None else self.policy.backoff(retry)
        return _Retry(delay) if self._within_budget(started, delay) else _Done(response)

    def after_exception(
        self, call: Call, request: httpx.Request, exc: httpx.TransportError, retry: int, started: float
    ) -> _Retry:
        if retry < self.policy.max_retries and retryable_exception(exc, _retry_method(call)):
            delay = self.policy.backoff(retry)
            if self._within_budget(started, delay):
                return _Retry(delay)
        cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
        raise cls(f"{self.profile.name}: {type(exc).__name__}: {exc}", request=request) from exc

    def _rate_limited(self, response: httpx.Response, asked: float) -> errors.RateLimitError:
        error = self.profile.status_error(response)
        if isinstance(error, errors.RateLimitError):
            error.retry_after = asked
            return error
        return errors.RateLimitError(
            f"{self.profile.name}: server asked to wait {asked:.0f} s,"
            f" above the {self.policy.max_retry_after:.0f} s cap",
            response=response,
            retry_after=asked,
            request_id=self.profile.request_id(response),
        )

    def log(self, request: httpx.Request, response: httpx.Response | None, started: float, attempt: int) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        status = response.status_code if response is not None else "error"
        request_id = self.profile.request_id(response) if response is not None else None
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d, request id %s)",
            request.method,
            request.url.copy_with(query=None),
            status,
            (self.clock() - started) * 1000,
            attempt,
            request_id,
        )


def _retry_method(call: Call) -> str:
    """The method as far as retries go: an operation the spec marks idempotent counts as a PUT."""
    if call.idempotent is None:
        return call.method
    return "PUT" if call.idempotent else ("POST" if is_idempotent(call.method) else call.method)


def _base_text(executor: SyncExecutor | AsyncExecutor) -> str | None:
    """The client's base URL as ``scheme://host[:port]/path/`` text, for :meth:`Call.build` to join relative URLs
    to; None when it has user info, a query or a fragment (httpx then joins them itself). Recomputed only when the
    client's base URL object changes."""
    url = executor.http.base_url
    if url is not executor._base_url:
        plain = not (url.userinfo or url.query or url.fragment) and url.raw_path.endswith(b"/")
        text = f"{url.scheme}://{url.netloc.decode('ascii')}{url.raw_path.decode('ascii')}" if plain else None
        executor._base_url, executor._base_text = url, text
    return executor._base_text


def _body_retry_after(response: httpx.Response) -> float | None:
    body = json_body(response)
    value = body.get("retryAfter") if isinstance(body, dict) else None
    return float(value) if isinstance(value, int | float) and value >= 0 else None


class SyncExecutor:
    """Runs calls on an httpx.Client."""

    def __init__(
        self,
        http: httpx.Client,
        profile: Profile,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.http = http
        self._plan = _Planner(profile, policy, clock)
        self._sleep = sleep
        self._base_url: httpx.URL | None = None
        self._base_text: str | None = None

    def _base(self) -> str | None:
        return _base_text(self)

    def run(self, call: Call) -> Any:
        started = self._plan.clock()
        retry = 0
        while True:
            request = call.build(self.http, self._base())
            attempt_started = self._plan.clock()
            try:
                response = self.http.send(request)
            except httpx.TransportError as exc:
                self._plan.log(request, None, attempt_started, retry + 1)
                step: _Retry | _Done = self._plan.after_exception(call, request, exc, retry, started)
            else:
                self._plan.log(request, response, attempt_started, retry + 1)
                step = self._plan.after_response(call, response, retry, started)
            if isinstance(step, _Done):
                return call.result(step.response, self._plan.profile)
            self._sleep(step.delay)
            retry += 1


class AsyncExecutor:
    """Runs calls on an httpx.AsyncClient."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        profile: Profile,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if sleep is None:
            import asyncio  # here, not at module level: a sync-only program never pays for importing asyncio

            sleep = asyncio.sleep
        self.http = http
        self._plan = _Planner(profile, policy, clock)
        self._sleep = sleep
        self._base_url: httpx.URL | None = None
        self._base_text: str | None = None

    def _base(self) -> str | None:
        return _base_text(self)

    async def run(self, call: Call) -> Any:
        started = self._plan.clock()
        retry = 0
        while True:
            request = call.build(self.http, self._base())
            attempt_started = self._plan.clock()
            try:
                response = await self.http.send(request)
            except httpx.TransportError as exc:
                self._plan.log(request, None, attempt_started, retry + 1)
                step: _Retry | _Done = self._plan.after_exception(call, request, exc, retry, started)
            else:
                self._plan.log(request, response, attempt_started, retry + 1)
                step = self._plan.after_response(call, response, retry, started)
            if isinstance(step, _Done):
                return call.result(step.response, self._plan.profile)
            await self._sleep(step.delay)
            retry += 1
