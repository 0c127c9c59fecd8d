"""Retry policy as pure functions: what to retry, how long to wait, when to give up."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Raised before a single byte of the request reached the server: always safe to retry.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Raised after the request may have reached the server: retry idempotent methods only.
MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
_MAX_DOUBLINGS = 64


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

    def retry_delay(self, retry: int, asked: float | None) -> float:
        """How long to wait before a retry: the server's ask, never below the backoff.

        Args:
            retry: which retry this is, counting from 0.
            asked: what :func:`parse_retry_after` (or a body field) gave; None, 0 or a past date means the
                policy's own backoff, so a server answering ``Retry-After: 0`` cannot make the client spin.

        Returns:
            Seconds to wait.
        """
        floor = self.backoff(retry)
        return floor if asked is None else max(asked, floor)

    def backoff(self, retry: int) -> float:
        """Exponential backoff with full jitter in [50 %, 100 %] of the capped delay.

        Args:
            retry: which retry this is, counting from 0.

        Returns:
            Seconds to wait.
        """
        exponent = min(retry, _MAX_DOUBLINGS)  # 2.0 ** 1025 would overflow; the cap is reached long before
        delay: float = min(self.initial_backoff * (2.0**exponent), self.max_backoff)
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
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (delta-seconds or an HTTP date).

    None when absent or nonsense (negative, ``nan``, ``inf``, garbage): the caller then backs off as it would
    without the header. A date in the past asks for 0 s; :meth:`RetryPolicy.retry_delay` keeps the backoff floor.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        millis = _seconds(raw_ms)
        if millis is not None:
            return millis / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return _finite_non_negative(float(raw.strip()))
    except ValueError:
        return _until_date(raw, now)


def _seconds(raw: str) -> float | None:
    try:
        return _finite_non_negative(float(raw.strip()))
    except ValueError:
        return None


def _finite_non_negative(value: float) -> float | None:
    return value if math.isfinite(value) and value >= 0 else None


def _until_date(raw: str, now: Callable[[], float]) -> float | None:
    """Seconds from now until an HTTP date (a zone-less one is GMT), 0 for a past date; None if not a date."""
    try:
        when = email.utils.parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        remaining = when.timestamp() - now()
    except (OverflowError, ValueError, OSError):
        return None
    return max(remaining, 0.0) if math.isfinite(remaining) else None
