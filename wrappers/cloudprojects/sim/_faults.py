"""Deterministic fault injection: scripted faults first, then random ones drawn from a seeded generator."""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass
from enum import StrEnum


class FaultKind(StrEnum):
    """What can go wrong with one request."""

    LATENCY = "latency"  # answer normally, after `delay` seconds
    RATE_LIMIT = "rate_limit"  # the provider's 429 with Retry-After (the request is not processed)
    SERVER_ERROR = "server_error"  # the provider's 5xx body (not processed)
    HTML_ERROR = "html_error"  # a proxy's HTML error page, 502 (not processed)
    RESET = "reset"  # processed, then the connection drops half-way through the body
    STALL = "stall"  # processed, then no answer for `delay` seconds (past any sane client timeout)
    MALFORMED_JSON = "malformed_json"  # processed, answered with a body that is not JSON
    TRUNCATED = "truncated"  # processed, answered with the first half of the body (Content-Length matches)


REJECTING = frozenset({FaultKind.RATE_LIMIT, FaultKind.SERVER_ERROR, FaultKind.HTML_ERROR})


@dataclass(frozen=True)
class Fault:
    """One injected fault.

    Attributes:
        kind: what goes wrong.
        delay: seconds to wait, for LATENCY and STALL.
        status: the status sent, for SERVER_ERROR.
        retry_after: the retry hint sent in seconds, for RATE_LIMIT.
    """

    kind: FaultKind
    delay: float = 0.0
    status: int = 503
    retry_after: int = 1


class FaultPlan:
    """Which requests fail, and how. Thread-safe; the same seed and rate give the same sequence.

    Args:
        seed: seeds the random draws.
        rate: probability that a request (with no scripted fault pending) gets a random fault.
        kinds: the kinds random draws choose from.
        stall_seconds: how long a random STALL lasts; latency draws wait up to a tenth of it.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        rate: float = 0.0,
        kinds: tuple[FaultKind, ...] = tuple(FaultKind),
        stall_seconds: float = 10.0,
    ) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        self._random = random.Random(seed)
        self._rate = rate
        self._kinds = kinds
        self._stall = stall_seconds
        self._queue: deque[Fault] = deque()
        self._lock = threading.Lock()
        self.injected: list[Fault] = []

    def queue(self, *faults: Fault | FaultKind) -> FaultPlan:
        """Give the next requests these faults, in order.

        Args:
            *faults: faults, or kinds (a STALL kind then lasts ``stall_seconds``).

        Returns:
            This plan, to chain calls.
        """
        with self._lock:
            self._queue.extend(f if isinstance(f, Fault) else Fault(f, delay=self._stall) for f in faults)
        return self

    def draw(self) -> Fault | None:
        """The fault for the next request, if any."""
        with self._lock:
            fault = self._queue.popleft() if self._queue else self._draw_random()
            if fault is not None:
                self.injected.append(fault)
            return fault

    def _draw_random(self) -> Fault | None:
        if self._rate == 0.0 or self._random.random() >= self._rate:
            return None
        kind = self._random.choice(self._kinds)
        delay = self._stall if kind is FaultKind.STALL else self._random.uniform(0.0, self._stall / 10)
        return Fault(kind, delay=delay, status=self._random.choice((500, 502, 503, 504)))
