"""``Retry-After`` that asks for nothing or for nonsense keeps the policy's backoff (issue 11, point 11)."""

from __future__ import annotations

import math

import httpx
import pytest
from hostile_tally import tally
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudprojects import errors, gcore_cloud
from cloudprojects._core.retry import RetryPolicy, parse_retry_after

NOW = 1_700_000_000.0
FLOOR = RetryPolicy(random=lambda: 0.0).backoff(0)


@pytest.mark.parametrize(
    "value",
    ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1", "-0.5", "soon", "", " ", "1,5", "0x10", "Mon, 99 Foo"],
)
@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
def test_nonsense_is_treated_as_absent(header: str, value: str) -> None:
    tally("retry-after: nonsense values")
    assert parse_retry_after({header: value}, now=lambda: NOW) is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "Thu, 01 Jan 1970 00:00:10 GMT"}, 0.0),
        ({"retry-after": "Tue, 14 Nov 2023 22:13:30 GMT"}, 10.0),
        ({"retry-after": "Tue, 14 Nov 2023 22:13:30 -0000"}, 10.0),  # zone-less: GMT, not local time
        ({"retry-after": "2"}, 2.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after-ms": "nan", "retry-after": "9"}, 9.0),
    ],
)
def test_meaningful_values_are_read(headers: dict[str, str], expected: float) -> None:
    assert parse_retry_after(headers, now=lambda: NOW) == pytest.approx(expected)


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_any_text_gives_none_or_a_finite_non_negative_delay(value: str) -> None:
    tally("retry-after: fuzzed text", 2)
    for header in ("retry-after", "retry-after-ms"):
        seconds = parse_retry_after({header: value}, now=lambda: NOW)
        assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


@pytest.mark.parametrize("asked", [None, 0.0, 0.1])
def test_retry_delay_never_goes_below_the_backoff(asked: float | None) -> None:
    policy = RetryPolicy(random=lambda: 0.0)
    assert policy.retry_delay(0, asked) == FLOOR
    assert policy.retry_delay(3, asked) == policy.backoff(3)
    assert policy.retry_delay(0, 5.0) == 5.0


def test_backoff_for_a_huge_retry_count_is_the_cap() -> None:
    assert RetryPolicy(random=lambda: 1.0).backoff(10**6) == RetryPolicy().max_backoff


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf", "Thu, 01 Jan 1970 00:00:10 GMT", "garbage"])
def test_a_server_asking_for_no_wait_still_gets_backoff_between_attempts(value: str) -> None:
    """Issue 11: ``Retry-After: 0`` gave back-to-back requests (1,001 at ``max_retries=1000``)."""
    tally("retry-after: zero/negative/past/nonsense through the executor")
    sleeps: list[float] = []
    answers = [httpx.Response(503, headers={"Retry-After": value})] * 20 + [httpx.Response(200, json=_project())]

    def handler(_request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    policy = RetryPolicy(max_retries=25, random=lambda: 0.0, total_budget=1e9)
    with gcore_cloud.Client(
        api_key="k", transport=httpx.MockTransport(handler), retry_policy=policy, sleep=sleeps.append
    ) as client:
        assert client.projects.get(1).id == 1
    assert len(sleeps) == 20
    assert all(s >= policy.backoff(i) > 0 for i, s in enumerate(sleeps))


def test_rate_limit_beyond_the_cap_still_raises_at_once() -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "3600"})

    transport = httpx.MockTransport(handler)
    with (
        gcore_cloud.Client(api_key="k", transport=transport, sleep=lambda _: None) as client,
        pytest.raises(errors.RateLimitError) as caught,
    ):
        client.projects.get(1)
    assert caught.value.retry_after == 3600


def _project() -> dict[str, object]:
    return {
        "id": 1,
        "client_id": 1,
        "name": "default",
        "description": None,
        "is_default": True,
        "state": "ACTIVE",
        "created_at": "2025-01-01T00:00:00Z",
        "deleted_at": None,
        "task_id": None,
    }
