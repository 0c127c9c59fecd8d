"""Send a Call with retries: every attempt is a fresh request, signed afresh by the client's auth, and ends by its
deadline (the per-attempt ``timeout``, and the call's ``total_timeout``)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import httpx

from cloudprojects import errors

from .call import Call
from .deadline import DEADLINE
from .decoding import adecoded_chunks, decoded_chunks
from .options import CallOptions
from .profile import Profile, json_body
from .retry import RetryPolicy, is_idempotent, parse_retry_after, retryable_exception, retryable_status

logger = logging.getLogger("cloudprojects")

MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""A response body larger than this (after decoding) is refused: these APIs answer kilobytes."""


class Outcome:
    """What one call ended with: the facade's value and the final exchange."""

    __slots__ = ("elapsed", "request", "response", "retries", "value")

    def __init__(
        self, value: Any, request: httpx.Request, response: httpx.Response, retries: int, elapsed: float
    ) -> None:
        self.value = value
        self.request = request
        self.response = response
        self.retries = retries
        self.elapsed = elapsed


class _Retry:
    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


class _Done:
    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _DeadlinePassed(Exception):
    """The attempt's wall-clock deadline passed while the body was still arriving."""


class _BodyTooLarge(Exception):
    pass


class _Unreadable(Exception):
    """A response whose body could not be read (undecodable, or too large): its typed error, raised unless the
    status is one to retry (a 503 from a proxy with a broken body is as transient as any other)."""

    def __init__(self, response: httpx.Response, error: errors.ResponseValidationError) -> None:
        super().__init__(error)
        self.response = response
        self.error = error


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take: the largest of the timeout's parts (None when none is set)."""
    parts = [p for p in (timeout.connect, timeout.read, timeout.write, timeout.pool) if p is not None]
    return max(parts) if parts else None


class _Planner:
    """The decisions shared by the sync and async loops; no I/O."""

    def __init__(self, profile: Profile, policy: RetryPolicy, clock: Callable[[], float]) -> None:
        self.profile = profile
        self.policy = policy
        self.clock = clock

    def policy_for(self, options: CallOptions) -> RetryPolicy:
        if options.max_retries is None or options.max_retries == self.policy.max_retries:
            return self.policy
        return replace(self.policy, max_retries=options.max_retries)

    def deadlines(self, options: CallOptions) -> tuple[float, float | None]:
        """(the call's start, its overall deadline or None)."""
        started = self.clock()
        total = options.total_timeout
        return started, (started + total if total is not None else None)

    def attempt_deadline(self, options: CallOptions, total_deadline: float | None) -> float | None:
        seconds = attempt_seconds(options.timeout)
        own = self.clock() + seconds if seconds is not None else None
        if own is None:
            return total_deadline
        return own if total_deadline is None else min(own, total_deadline)

    def _may_wait(self, policy: RetryPolicy, started: float, total_deadline: float | None, delay: float) -> bool:
        now = self.clock()
        if total_deadline is not None and now + delay >= total_deadline:
            return False
        return now - started + delay <= policy.total_budget

    def after_response(
        self,
        call: Call,
        response: httpx.Response,
        retry: int,
        policy: RetryPolicy,
        started: float,
        total_deadline: float | None,
    ) -> _Retry | _Done:
        if not retryable_status(response.status_code, _retry_method(call)) or retry >= policy.max_retries:
            return _Done(response)
        asked = parse_retry_after(response.headers)
        if asked is None and response.status_code == 429:
            asked = _body_retry_after(response)
        if asked is not None and asked > policy.max_retry_after:
            raise self._rate_limited(response, asked)
        delay = policy.retry_delay(retry, asked)
        return _Retry(delay) if self._may_wait(policy, started, total_deadline, delay) else _Done(response)

    def after_exception(
        self,
        call: Call,
        request: httpx.Request,
        exc: Exception,
        retry: int,
        policy: RetryPolicy,
        started: float,
        total_deadline: float | None,
    ) -> _Retry:
        if isinstance(exc, httpx.TransportError):
            if retry < policy.max_retries and retryable_exception(exc, _retry_method(call)):
                delay = policy.backoff(retry)
                if self._may_wait(policy, started, total_deadline, delay):
                    return _Retry(delay)
            cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
            raise cls(f"{self.profile.name}: {type(exc).__name__}: {exc}", request=request) from exc
        if isinstance(exc, _DeadlinePassed | TimeoutError):
            if retry < policy.max_retries and is_idempotent(_retry_method(call)):
                delay = policy.backoff(retry)
                if self._may_wait(policy, started, total_deadline, delay):
                    return _Retry(delay)
            raise errors.APITimeoutError(
                f"{self.profile.name}: the attempt did not finish within its timeout", request=request
            ) from None
        raise exc

    def after_unreadable(
        self,
        call: Call,
        unreadable: _Unreadable,
        retry: int,
        policy: RetryPolicy,
        started: float,
        total_deadline: float | None,
    ) -> _Retry:
        """Retry as the status says (the body counts as empty); when it is not retried, the typed error."""
        step = self.after_response(call, unreadable.response, retry, policy, started, total_deadline)
        if isinstance(step, _Done):
            raise unreadable.error from None
        return step

    def unreadable(self, response: httpx.Response, exc: Exception) -> _Unreadable:
        """A body that cannot be read (undecodable, or too large), with its typed error."""
        if not hasattr(response, "_content"):
            response._content = b""
        if isinstance(exc, _BodyTooLarge):
            why = f"the response body exceeds {MAX_RESPONSE_BYTES} bytes"
        else:
            why = f"the response body could not be decoded ({type(exc).__name__}: {exc})"
        error = errors.ResponseValidationError(
            f"{self.profile.name}: {why}", response=response, request_id=self.profile.request_id(response)
        )
        return _Unreadable(response, error)

    def _rate_limited(self, response: httpx.Response, asked: float) -> errors.RateLimitError:
        error = self.profile.status_error(response)
        if isinstance(error, errors.RateLimitError):
            error.retry_after = asked
            return error
        return errors.RateLimitError(
            f"server asked to wait {asked:.0f} s, above the {self.policy.max_retry_after:.0f} s cap",
            response=response,
            retry_after=asked,
            request_id=self.profile.request_id(response),
            provider=self.profile.name,
        )

    def log(self, request: httpx.Request, response: httpx.Response | None, started: float, attempt: int) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        status = response.status_code if response is not None else "error"
        request_id = self.profile.request_id(response) if response is not None else None
        url = request.url.copy_with(query=None)
        if url.userinfo:
            url = url.copy_with(username=None, password=None)
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d, request id %s)",
            request.method,
            url,
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
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 <= value < float("inf") else None


def _collect(chunk: bytes, chunks: list[bytes], size: int, deadline: float | None, clock: Callable[[], float]) -> int:
    size += len(chunk)
    if size > MAX_RESPONSE_BYTES:
        raise _BodyTooLarge
    chunks.append(chunk)
    if deadline is not None and clock() > deadline:
        raise _DeadlinePassed
    return size


def _closed() -> errors.ClientClosedError:
    return errors.ClientClosedError("this client has been closed; create a new one (or use it in a `with` block)")


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

    def _read(self, response: httpx.Response, deadline: float | None) -> None:
        chunks: list[bytes] = []
        size = 0
        clock = self._plan.clock
        try:
            for chunk in decoded_chunks(response):
                size = _collect(chunk, chunks, size, deadline, clock)
        except (httpx.DecodingError, _BodyTooLarge) as exc:
            raise self._plan.unreadable(response, exc) from None
        finally:
            response.close()
        response._content = b"".join(chunks)

    def run(self, call: Call, options: CallOptions) -> Outcome:
        if self.http.is_closed:
            raise _closed()
        plan = self._plan
        policy = plan.policy_for(options)
        started, total_deadline = plan.deadlines(options)
        retry = 0
        while True:
            request = call.build(self.http, self._base(), options)
            attempt_started = plan.clock()
            deadline = plan.attempt_deadline(options, total_deadline)
            token = DEADLINE.set(deadline)
            try:
                response = self.http.send(request, stream=True)
                self._read(response, deadline)
            except (httpx.TransportError, _DeadlinePassed) as exc:
                plan.log(request, None, attempt_started, retry + 1)
                step: _Retry | _Done = plan.after_exception(call, request, exc, retry, policy, started, total_deadline)
            except _Unreadable as unreadable:
                plan.log(request, unreadable.response, attempt_started, retry + 1)
                step = plan.after_unreadable(call, unreadable, retry, policy, started, total_deadline)
            else:
                plan.log(request, response, attempt_started, retry + 1)
                step = plan.after_response(call, response, retry, policy, started, total_deadline)
            finally:
                DEADLINE.reset(token)
            if isinstance(step, _Done):
                value = call.result(step.response, plan.profile)
                return Outcome(value, request, step.response, retry, plan.clock() - started)
            self._sleep(step.delay)
            retry += 1


class AsyncExecutor:
    """Runs calls on an httpx.AsyncClient; an attempt that outlives its deadline is cancelled."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        profile: Profile,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import asyncio  # here, not at module level: a sync-only program never pays for importing asyncio

        if sleep is None:
            sleep = asyncio.sleep
        self._asyncio = asyncio
        self.http = http
        self._plan = _Planner(profile, policy, clock)
        self._sleep = sleep
        self._base_url: httpx.URL | None = None
        self._base_text: str | None = None

    def _base(self) -> str | None:
        return _base_text(self)

    async def _exchange(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        """One attempt, cancelled at its deadline (``TimeoutError``): asyncio's own timeout, anyio's under trio."""
        if deadline is None:
            return await self._attempt(request)
        left = max(deadline - self._plan.clock(), 0.0)
        try:
            self._asyncio.get_running_loop()
        except RuntimeError:
            import anyio

            with anyio.fail_after(left):
                return await self._attempt(request)
        async with self._asyncio.timeout(left):
            return await self._attempt(request)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = await self.http.send(request, stream=True)
        chunks: list[bytes] = []
        size = 0
        clock = self._plan.clock
        try:
            async for chunk in adecoded_chunks(response):
                size = _collect(chunk, chunks, size, None, clock)
        except (httpx.DecodingError, _BodyTooLarge) as exc:
            raise self._plan.unreadable(response, exc) from None
        finally:
            await response.aclose()
        response._content = b"".join(chunks)
        return response

    async def run(self, call: Call, options: CallOptions) -> Outcome:
        if self.http.is_closed:
            raise _closed()
        plan = self._plan
        policy = plan.policy_for(options)
        started, total_deadline = plan.deadlines(options)
        retry = 0
        while True:
            request = call.build(self.http, self._base(), options)
            attempt_started = plan.clock()
            deadline = plan.attempt_deadline(options, total_deadline)
            try:
                response = await self._exchange(request, deadline)
            except (httpx.TransportError, TimeoutError) as exc:
                plan.log(request, None, attempt_started, retry + 1)
                step: _Retry | _Done = plan.after_exception(call, request, exc, retry, policy, started, total_deadline)
            except _Unreadable as unreadable:
                plan.log(request, unreadable.response, attempt_started, retry + 1)
                step = plan.after_unreadable(call, unreadable, retry, policy, started, total_deadline)
            else:
                plan.log(request, response, attempt_started, retry + 1)
                step = plan.after_response(call, response, retry, policy, started, total_deadline)
            if isinstance(step, _Done):
                value = call.result(step.response, plan.profile)
                return Outcome(value, request, step.response, retry, plan.clock() - started)
            await self._sleep(step.delay)
            retry += 1
