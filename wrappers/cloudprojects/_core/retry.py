"""Retry policy as pure functions: what to retry, how long to wait, when to give up."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Raised before a single byte of the request reached the server: always safe to retry.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Raised after the request may have reached the server: retry idempotent methods only.
MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries (pass one as ``retry_policy=``).

    Args:
        max_retries: retries after the first attempt (0-100).
        initial_backoff: seconds before the first retry; doubled each retry.
        max_backoff: the cap of one backoff, in seconds.
        max_retry_after: the longest ``Retry-After`` honoured, in seconds; a longer one raises ``RateLimitError``.
        total_budget: seconds within which a retry may still be planned.
        random: a source of jitter in [0, 1) (tests inject a constant).
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    total_budget: float = 120.0
    random: Callable[[], float] = field(default=random.random, compare=False)

    def backoff(self, retry: int) -> float:
        """Exponential backoff with full jitter in [50 %, 100 %] of the capped delay.

        Args:
            retry: which retry this is, counting from 0.

        Returns:
            Seconds to wait.
        """
        delay: float = min(self.initial_backoff * (2**retry), self.max_backoff)
        jitter: float = self.random()
        return delay * (0.5 + 0.5 * jitter)


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def retryable_exception(exc: Exception, method: str) -> bool:
    """Whether a transport exception may be retried for this method."""
    if isinstance(exc, NEVER_SENT):
        return True
    return isinstance(exc, MAYBE_SENT) and is_idempotent(method)


def retryable_status(status_code: int, method: str) -> bool:
    """Whether a response status may be retried: the retryable set, idempotent methods only."""
    return status_code in RETRYABLE_STATUSES and is_idempotent(method)


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """Seconds asked for by ``Retry-After`` (delta-seconds or an HTTP date) or ``retry-after-ms``; None if absent."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - now(), 0.0)
