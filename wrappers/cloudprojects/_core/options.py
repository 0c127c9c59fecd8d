"""Option values a client or a single call takes, checked when they are given, never on the first request."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

import httpx

MAX_RETRIES_CAP: Final = 100
"""``max_retries`` above this is refused: the exponential backoff would be meaningless long before."""

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """The default of an optional argument: "not given", as opposed to an explicit ``None``.

    Falsy, and shown as ``NOT_GIVEN`` in ``help()`` and ``inspect.signature``.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def is_given(value: object) -> bool:
    """Whether an argument was given (anything but ``NOT_GIVEN``)."""
    return value is not NOT_GIVEN


def check_timeout(value: object, name: str = "timeout", *, allow_none: bool = True) -> httpx.Timeout:
    """A positive finite number of seconds, or an ``httpx.Timeout``, as an ``httpx.Timeout`` (None: no limit)."""
    if value is None and allow_none:
        return httpx.Timeout(None)
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None:
                _positive_seconds(seconds, f"{name}.{part}")
        return value
    return httpx.Timeout(_positive_seconds(value, name))


def check_total_timeout(value: object, name: str = "total_timeout") -> float | None:
    """A positive finite number of seconds, or None (no overall deadline beyond the retry budget)."""
    return None if value is None else _positive_seconds(value, name)


def _positive_seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds or an httpx.Timeout, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, not {value!r}")
    return seconds


def check_max_retries(value: object, name: str = "max_retries") -> int:
    """An int in ``0..MAX_RETRIES_CAP``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= value <= MAX_RETRIES_CAP:
        raise ValueError(f"{name} must be between 0 and {MAX_RETRIES_CAP}, not {value}")
    return value


def check_callable(value: object, name: str) -> None:
    if value is not None and not callable(value):
        raise TypeError(f"{name} must be callable, not {type(value).__name__}")


def check_headers(value: object, name: str, refused: Callable[[str], bool]) -> dict[str, str]:
    """Extra headers as a dict of str; a header the signer owns (``refused``) raises ValueError."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values, not {type(value).__name__}")
    headers: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name}: header names and values must be str, not {key!r}: {type(item).__name__}")
        if refused(key):
            raise ValueError(f"{name}: {key!r} is set by the request signer and cannot be overridden")
        if any(c in key + item for c in "\r\n\0"):
            raise ValueError(f"{name}: {key!r} contains a line break or NUL")
        headers[key] = item
    return headers


def check_mapping(value: object, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise TypeError(f"{name} must be a mapping with str keys, not {type(value).__name__}")
    return dict(value)


@dataclass(frozen=True, slots=True)
class CallOptions:
    """The options one call runs with: the client's defaults, overridden per call."""

    timeout: httpx.Timeout
    total_timeout: float | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def override(
        self,
        *,
        refused: Callable[[str], bool],
        timeout: object = NOT_GIVEN,
        total_timeout: object = NOT_GIVEN,
        max_retries: object = NOT_GIVEN,
        extra_headers: object = None,
        extra_query: object = None,
        extra_body: object = None,
    ) -> CallOptions:
        """These options with a call's own values (``NOT_GIVEN``/None keep the client's), each one checked."""
        changes: dict[str, Any] = {}
        if timeout is not NOT_GIVEN:
            changes["timeout"] = check_timeout(timeout)
        if total_timeout is not NOT_GIVEN:
            changes["total_timeout"] = check_total_timeout(total_timeout)
        if max_retries is not NOT_GIVEN:
            changes["max_retries"] = check_max_retries(max_retries)
        if extra_headers is not None:
            extra = check_headers(extra_headers, "extra_headers", refused)
            changes["extra_headers"] = {**(self.extra_headers or {}), **extra}
        if extra_query is not None:
            changes["extra_query"] = check_mapping(extra_query, "extra_query")
        if extra_body is not None:
            changes["extra_body"] = check_mapping(extra_body, "extra_body")
        return replace(self, **changes) if changes else self
