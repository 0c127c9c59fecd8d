"""The retry policy's pure functions."""

from __future__ import annotations

import httpx
import pytest

from cloudprojects._core.retry import RetryPolicy, parse_retry_after, retryable_exception, retryable_status


@pytest.mark.parametrize(
    ("retry", "low", "high"), [(0, 0.25, 0.5), (1, 0.5, 1.0), (2, 1.0, 2.0), (5, 4.0, 8.0), (9, 4.0, 8.0)]
)
def test_backoff_is_exponential_capped_and_jittered(retry: int, low: float, high: float) -> None:
    assert RetryPolicy(random=lambda: 0.0).backoff(retry) == low
    assert RetryPolicy(random=lambda: 1.0).backoff(retry) == high


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "get"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_methods_retry_the_retryable_statuses(method: str, status: int) -> None:
    assert retryable_status(status, method)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 505, 520])
def test_other_statuses_are_final(status: int) -> None:
    assert not retryable_status(status, "GET")


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_never_retry_a_status(method: str) -> None:
    assert not any(retryable_status(s, method) for s in (408, 429, 500, 502, 503, 504))


@pytest.mark.parametrize("exc", [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x")])
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_never_sent_errors_retry_for_every_method(exc: Exception, method: str) -> None:
    assert retryable_exception(exc, method)


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("x"), httpx.WriteTimeout("x"), httpx.ReadError("x"), httpx.RemoteProtocolError("x")]
)
def test_maybe_sent_errors_retry_only_idempotent_methods(exc: Exception) -> None:
    assert retryable_exception(exc, "PUT")
    assert not retryable_exception(exc, "POST")
    assert not retryable_exception(exc, "PATCH")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-3"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "Thu, 01 Jan 1970 00:01:40 GMT"}, 40.0),
        ({"retry-after": "Thu, 01 Jan 1970 00:00:10 GMT"}, 0.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=lambda: 60.0) == expected
