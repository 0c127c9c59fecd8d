"""A hostile server, for each of the five facades, sync and async: every answer ends in a typed
``cloudprojects.errors`` error (never RecursionError, httpx.DecodingError, JSONDecodeError or KeyError), within its
deadline, with bounded memory, and with the connection given back to the pool.

Issue 11, points 1 (deeply nested JSON), 2 (broken Content-Encoding) and 4 (per-attempt and total deadlines).
Most cases answer through ``httpx.MockTransport`` with a body that records whether it was closed; trickling, huge
and pool cases go over a real loopback socket (``hostile_support.LoopbackServer``).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from adversarial.hostile_support import (
    PROVIDER,
    PROVIDERS,
    Behaviour,
    ClosingStream,
    LoopbackServer,
    Provider,
    huge,
    json_bytes,
    pool_idle,
    respond,
    trickle,
)

from cloudprojects import errors

NESTED_ARRAY = b"[" * 100_000 + b"]" * 100_000
NESTED_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000
JSON = {"Content-Type": "application/json"}
EVIL = "https://evil.example/steal"

RVE = errors.ResponseValidationError
ISE = errors.InternalServerError
# A broken body under an error status: the status's error or "the body could not be decoded"; both are typed.
BROKEN_ERROR_BODY = (RVE, ISE)
ESCAPEES = (RecursionError, httpx.HTTPError, httpx.StreamError, ValueError, KeyError, TypeError, AttributeError)
"""What must never escape a call (``errors.ValidationError`` is a ValueError but is raised before sending only)."""


@dataclass(frozen=True)
class Hostile:
    """One hostile answer: status, headers and body (None: the provider's valid body), and what it must raise."""

    id: str
    status: int
    body: bytes | None
    headers: dict[str, str]
    expected: type[errors.APIError] | tuple[type[errors.APIError], ...]


NESTED = [
    Hostile("nested-array-200", 200, NESTED_ARRAY, JSON, RVE),
    Hostile("nested-object-200", 200, NESTED_OBJECT, JSON, RVE),
    Hostile("nested-array-400", 400, NESTED_ARRAY, JSON, errors.BadRequestError),
    Hostile("nested-object-401", 401, NESTED_OBJECT, JSON, errors.AuthenticationError),
    Hostile("nested-object-404", 404, NESTED_OBJECT, JSON, errors.NotFoundError),
    Hostile("nested-array-429", 429, NESTED_ARRAY, JSON, errors.RateLimitError),
    Hostile("nested-array-500", 500, NESTED_ARRAY, JSON, ISE),
    Hostile("nested-array-200-text", 200, NESTED_ARRAY, {"Content-Type": "text/plain"}, RVE),
]
NOT_GZIP = b"plain text, never compressed"
TRUNCATED_GZIP = zlib.compress(b'{"id": 1, "name": "x"}')[:-6]
ENCODINGS = [
    Hostile("gzip-x-200", 200, b"x", {**JSON, "Content-Encoding": "gzip"}, RVE),  # the issue's reproduction
    Hostile("gzip-plain-200", 200, NOT_GZIP, {**JSON, "Content-Encoding": "gzip"}, RVE),
    Hostile("gzip-json-200", 200, None, {**JSON, "Content-Encoding": "gzip"}, RVE),
    Hostile("deflate-plain-200", 200, NOT_GZIP, {**JSON, "Content-Encoding": "deflate"}, RVE),
    Hostile("deflate-json-200", 200, None, {**JSON, "Content-Encoding": "deflate"}, RVE),
    Hostile("deflate-truncated-200", 200, TRUNCATED_GZIP, {**JSON, "Content-Encoding": "deflate"}, RVE),
    Hostile("gzip-deflate-plain-200", 200, NOT_GZIP, {**JSON, "Content-Encoding": "gzip, deflate"}, RVE),
    # brotli and zstd are not installed, so httpx leaves these bodies as they are: still not JSON
    Hostile("br-plain-200", 200, NOT_GZIP, {**JSON, "Content-Encoding": "br"}, RVE),
    Hostile("zstd-plain-200", 200, NOT_GZIP, {**JSON, "Content-Encoding": "zstd"}, RVE),
    Hostile("gzip-x-500", 500, b"x", {**JSON, "Content-Encoding": "gzip"}, BROKEN_ERROR_BODY),
    Hostile("gzip-plain-503", 503, NOT_GZIP, {**JSON, "Content-Encoding": "gzip"}, BROKEN_ERROR_BODY),
    Hostile("deflate-plain-404", 404, NOT_GZIP, {**JSON, "Content-Encoding": "deflate"}, (RVE, errors.NotFoundError)),
    Hostile("br-plain-502", 502, NOT_GZIP, {**JSON, "Content-Encoding": "br"}, BROKEN_ERROR_BODY),
]
HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
CONTENT_TYPES = [
    Hostile("html-200", 200, HTML, {"Content-Type": "text/html"}, RVE),
    Hostile("html-502", 502, HTML, {"Content-Type": "text/html"}, ISE),
    Hostile("html-403", 403, HTML, {"Content-Type": "text/html"}, errors.PermissionDeniedError),
    Hostile("text-200", 200, b"OK", {"Content-Type": "text/plain"}, RVE),
    Hostile("text-json-error-503", 503, b'{"message": "busy"}', {"Content-Type": "text/plain"}, ISE),
    Hostile("xml-200", 200, b"<?xml version='1.0'?><Project/>", {"Content-Type": "application/xml"}, RVE),
    Hostile("octets-200", 200, bytes(range(256)), {"Content-Type": "application/octet-stream"}, RVE),
    Hostile("no-type-empty-200", 200, b"", {}, RVE),
    Hostile("invalid-utf8-200", 200, b'{"name": "\xff\xfe\xfd"}', JSON, RVE),
    Hostile("truncated-json-200", 200, b'{"id": 1, "name": ', JSON, RVE),
    Hostile("nan-json-200", 200, b'{"id": NaN, "name": Infinity}', JSON, RVE),
    Hostile("huge-number-200", 200, b"1" * 10_000, JSON, RVE),
    Hostile("null-200", 200, b"null", JSON, RVE),
    Hostile("string-200", 200, b'"project"', JSON, RVE),
]
STATUSES = [
    Hostile("100", 100, b"", {}, errors.APIStatusError),
    Hostile("101", 101, b"", {"Upgrade": "websocket", "Connection": "Upgrade"}, errors.APIStatusError),
    Hostile("103", 103, b"", {"Link": "</style.css>; rel=preload"}, errors.APIStatusError),
    Hostile("204", 204, b"", {}, RVE),
    Hostile("205", 205, b"", {}, RVE),
    Hostile("300", 300, b"", {"Location": EVIL}, errors.APIStatusError),
    Hostile("301", 301, b"", {"Location": EVIL}, errors.APIStatusError),
    Hostile("302", 302, b"", {"Location": EVIL}, errors.APIStatusError),
    Hostile("303", 303, b"", {"Location": "/v1/elsewhere"}, errors.APIStatusError),
    Hostile("304", 304, b"", {}, errors.APIStatusError),
    Hostile("307", 307, b"", {"Location": EVIL}, errors.APIStatusError),
    Hostile("308", 308, None, {**JSON, "Location": EVIL}, errors.APIStatusError),
    Hostile("520", 520, b"web server returned an unknown error", {"Content-Type": "text/plain"}, ISE),
    Hostile("599", 599, b"", {}, ISE),
    Hostile("999", 999, b"", {}, ISE),
]
MATRIX = {"nested": NESTED, "encoding": ENCODINGS, "content-type": CONTENT_TYPES, "status": STATUSES}
CASES = [pytest.param(case, id=f"{group}-{case.id}") for group, cases in MATRIX.items() for case in cases]


def _shapes(kind: str) -> list[Any]:
    return [
        pytest.param(PROVIDER[key], body, id=f"{key}-{kind}{index}")
        for key in PROVIDERS
        for index, body in enumerate(getattr(PROVIDER[key], f"wrong_{kind}s"))
    ]


class Served:
    """A MockTransport that answers every request with one hostile response, recording requests and closed bodies."""

    def __init__(self, provider: Provider, case: Hostile | None = None, body: bytes | None = None) -> None:
        self.provider = provider
        self.case = case
        self.body = body
        self.requests: list[httpx.Request] = []
        self.closed: list[bool] = []
        self.opened = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.opened += 1
        case = self.case
        status, headers = (case.status, case.headers) if case else (200, JSON)
        body = self.body if case is None else case.body
        if body is None:
            body = json_bytes(self.provider.good)
        return httpx.Response(status, headers=headers, stream=ClosingStream([body], self.closed))

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.answer)

    def check_left_clean(self) -> None:
        """One request (no retry, no redirect followed), and every body closed."""
        assert len(self.requests) == 1
        assert all(request.url.host != "evil.example" for request in self.requests)
        assert len(self.closed) >= self.opened


def _expect(outcome: BaseException | None, expected: Any) -> None:
    assert outcome is not None, "the call returned a value"
    assert isinstance(outcome, expected), f"{type(outcome).__name__}: {outcome}"
    assert not isinstance(outcome, errors.ValidationError)


def _sync(provider: Provider, served: Served) -> BaseException | None:
    with provider.client(transport=served.transport(), max_retries=0) as client:
        try:
            provider.call(client)
        except errors.APIError as exc:
            return exc
    return None


async def _async(provider: Provider, served: Served) -> BaseException | None:
    async with provider.async_client(transport=served.transport(), max_retries=0) as client:
        try:
            await provider.acall(client)
        except errors.APIError as exc:
            return exc
    return None


# --- the MockTransport matrix ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_hostile_answer_ends_in_a_typed_error(key: str, case: Hostile) -> None:
    served = Served(PROVIDER[key], case)
    _expect(_sync(PROVIDER[key], served), case.expected)
    served.check_left_clean()


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_hostile_answer_ends_in_a_typed_error(key: str, case: Hostile) -> None:
    served = Served(PROVIDER[key], case)
    _expect(await _async(PROVIDER[key], served), case.expected)
    served.check_left_clean()


@pytest.mark.parametrize(("provider", "shape"), _shapes("shape"))
def test_sync_json_of_the_wrong_shape_is_a_response_validation_error(provider: Provider, shape: Any) -> None:
    served = Served(provider, body=json_bytes(shape))
    _expect(_sync(provider, served), RVE)
    served.check_left_clean()


@pytest.mark.parametrize(("provider", "shape"), _shapes("shape"))
async def test_async_json_of_the_wrong_shape_is_a_response_validation_error(provider: Provider, shape: Any) -> None:
    served = Served(provider, body=json_bytes(shape))
    _expect(await _async(provider, served), RVE)
    served.check_left_clean()


@pytest.mark.parametrize(("provider", "body"), _shapes("type"))
def test_sync_json_with_wrong_scalar_types_is_a_response_validation_error(provider: Provider, body: Any) -> None:
    served = Served(provider, body=json_bytes(body))
    _expect(_sync(provider, served), RVE)


@pytest.mark.parametrize(("provider", "body"), _shapes("type"))
async def test_async_json_with_wrong_scalar_types_is_a_response_validation_error(provider: Provider, body: Any) -> None:
    served = Served(provider, body=json_bytes(body))
    _expect(await _async(provider, served), RVE)


WRONG_TYPE_NAMED = {
    "aliyun_sls": "TypeError: recycleBinEnabled: expected bool, got dict",
    "microvisualizer": "TypeError: serviceCount: expected int, got dict",
    "baidu_bls": "TypeError: name: expected str, got int",
    "gcore_cloud": "TypeError: id: expected int, got str",
    "ncp_media_intelligence": "TypeError: projectId: expected int, got dict",
}
"""What the ResponseValidationError says about each provider's first ``wrong_types`` body: the field and the types."""


@pytest.mark.parametrize("key", PROVIDERS)
async def test_a_wrong_scalar_type_is_named_in_the_error(key: str) -> None:
    provider = PROVIDER[key]
    body = json_bytes(provider.wrong_types[0])
    for outcome in (_sync(provider, Served(provider, body=body)), await _async(provider, Served(provider, body=body))):
        _expect(outcome, RVE)
        assert str(outcome).endswith(WRONG_TYPE_NAMED[key]), str(outcome)
        unexpected_body = outcome.__cause__ if outcome is not None else None  # the generated UnexpectedResponseBody
        assert unexpected_body is not None and isinstance(unexpected_body.__cause__, TypeError)


@pytest.mark.parametrize("key", PROVIDERS)
async def test_the_valid_body_under_a_wrong_content_type_is_read_or_refused_never_crashes(key: str) -> None:
    """Leniency is allowed here (servers mislabel JSON as text/plain): the model, or a typed error."""
    provider = PROVIDER[key]
    for content_type in ("text/plain", "text/html; charset=utf-8", "application/octet-stream", ""):
        case = Hostile("mislabelled", 200, None, {"Content-Type": content_type}, RVE)
        served = Served(provider, case)
        with provider.client(transport=served.transport(), max_retries=0) as client, contextlib.suppress(RVE):
            assert provider.call(client) is not None
        served.check_left_clean()
        served = Served(provider, case)
        async with provider.async_client(transport=served.transport(), max_retries=0) as aclient:
            with contextlib.suppress(RVE):
                assert await provider.acall(aclient) is not None
        served.check_left_clean()


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_issue_reproductions_of_points_1_and_2(key: str) -> None:
    """``M(lambda r: httpx.Response(200, content=...))`` exactly as the issue writes them (a bytes body)."""
    provider = PROVIDER[key]
    answers = [
        (httpx.Response(200, content=NESTED_ARRAY), RVE),
        (httpx.Response(500, content=NESTED_ARRAY), ISE),
        (httpx.Response(404, content=NESTED_OBJECT), errors.NotFoundError),
        (httpx.Response(200, content=b"x", headers={"Content-Encoding": "gzip"}), RVE),
    ]
    for answer, expected in answers:
        transport = httpx.MockTransport(lambda _, a=answer: a)
        with provider.client(transport=transport, max_retries=0) as client, pytest.raises(expected):
            provider.call(client)


@pytest.mark.parametrize("key", PROVIDERS)
async def test_retries_of_hostile_5xx_stay_typed_and_close_every_body(key: str) -> None:
    """With retries on, every hostile 5xx body of every attempt is closed, and the last one's error is typed."""
    provider = PROVIDER[key]
    for case in [c for c in CASES if c.values[0].status >= 500]:
        served = Served(provider, case.values[0])
        sleeps: list[float] = []

        async def sleep(seconds: float, sleeps: list[float] = sleeps) -> None:
            sleeps.append(seconds)

        client = provider.client(transport=served.transport(), max_retries=2, sleep=sleeps.append)
        with client, pytest.raises(errors.APIError) as caught:
            provider.call(client)
        _expect(caught.value, case.values[0].expected)
        assert 1 <= len(served.requests) <= 3 and len(served.closed) >= served.opened
        served = Served(provider, case.values[0])
        async with provider.async_client(transport=served.transport(), max_retries=2, sleep=sleep) as aclient:
            with pytest.raises(errors.APIError) as caught:
                await provider.acall(aclient)
        _expect(caught.value, case.values[0].expected)
        assert len(served.closed) >= served.opened


@pytest.mark.parametrize("key", PROVIDERS)
async def test_a_retryable_status_with_an_unreadable_body_is_retried(key: str) -> None:
    """A 503 whose body cannot be decoded is as transient as any other 503: it is retried and the next good answer
    returned; with no retry left, the call ends in the unreadable body's typed error. A 200 is never retried."""
    provider = PROVIDER[key]

    def answers(*statuses: int) -> tuple[httpx.MockTransport, list[httpx.Request]]:
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            status = statuses[min(len(seen), len(statuses)) - 1]
            if status == 200:
                return httpx.Response(200, headers=JSON, content=json_bytes(provider.good))
            headers = {**JSON, "Content-Encoding": "gzip"}
            return httpx.Response(status, headers=headers, stream=httpx.ByteStream(NOT_GZIP))

        return httpx.MockTransport(handler), seen

    transport, seen = answers(503, 200)
    with provider.client(transport=transport, max_retries=2, sleep=lambda _: None) as client:
        assert provider.call(client) is not None
    assert len(seen) == 2

    transport, seen = answers(503)
    client = provider.client(transport=transport, max_retries=1, sleep=lambda _: None)
    with client, pytest.raises(RVE, match="could not be decoded"):
        provider.call(client)
    assert len(seen) == 2

    async_transport, aseen = answers(503, 200)

    async def no_sleep(_: float) -> None:
        return None

    async with provider.async_client(transport=async_transport, max_retries=2, sleep=no_sleep) as aclient:
        assert await provider.acall(aclient) is not None
    assert len(aseen) == 2


@pytest.mark.parametrize("key", PROVIDERS)
def test_a_success_with_an_unreadable_body_is_not_retried(key: str) -> None:
    provider = PROVIDER[key]
    served = Served(provider, next(c for c in ENCODINGS if c.id == "gzip-plain-200"))
    client = provider.client(transport=served.transport(), max_retries=3, sleep=lambda _: None)
    with client, pytest.raises(RVE):
        provider.call(client)
    assert len(served.requests) == 1


def test_nothing_but_typed_errors_escape_the_matrix() -> None:
    """The escapees the issue lists are not APIError subclasses: an ``except errors.APIError`` in the matrix
    catches only typed errors, so anything else fails the test that met it."""
    for escapee in ESCAPEES:
        assert not issubclass(escapee, errors.APIError)


# --- over a real loopback socket ------------------------------------------------------------------------------------


def _sequence(*behaviours: Behaviour) -> Behaviour:
    """Each request gets the next behaviour; the last one repeats."""
    queue = list(behaviours)
    lock = threading.Lock()

    def behaviour(conn: socket.socket, head: bytes) -> None:
        with lock:
            step = queue.pop(0) if len(queue) > 1 else queue[0]
        step(conn, head)

    return behaviour


@pytest.fixture
def server() -> Iterator[Callable[[Behaviour], LoopbackServer]]:
    started: list[LoopbackServer] = []

    def start(behaviour: Behaviour) -> LoopbackServer:
        started.append(LoopbackServer(behaviour))
        return started[-1]

    yield start
    for running in started:
        running.close()


LOOPBACK = [
    Hostile("nested-array-200", 200, NESTED_ARRAY, JSON, RVE),
    Hostile("nested-array-500", 500, NESTED_ARRAY, JSON, ISE),
    Hostile("gzip-plain-200", 200, NOT_GZIP, {"Content-Encoding": "gzip"}, RVE),
    Hostile("gzip-plain-500", 500, NOT_GZIP, {"Content-Encoding": "gzip"}, BROKEN_ERROR_BODY),
    Hostile("html-200", 200, HTML, {"Content-Type": "text/html"}, RVE),
    Hostile("204", 204, b"", {}, RVE),
    Hostile("302", 302, b"", {"Location": "/moved"}, errors.APIStatusError),
    Hostile("520", 520, b"oops", {}, ISE),
    Hostile("599", 599, b"", {}, ISE),
]


@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_loopback_hostile_answers_leave_the_pool_idle_and_the_client_working(key: str, server: Any) -> None:
    provider = PROVIDER[key]
    good = respond(200, json_bytes(provider.good))
    running = server(_sequence(*[step for c in LOOPBACK for step in (respond(c.status, c.body, c.headers), good)]))
    with provider.client(url=running.url, timeout=5, max_retries=0) as client:
        for case in LOOPBACK:
            before = running.requests
            with pytest.raises(errors.APIError) as caught:
                provider.call(client)
            _expect(caught.value, case.expected)
            assert running.requests == before + 1, f"{case.id}: retried or followed"
            assert pool_idle(client), case.id
            assert provider.call(client) is not None
            assert pool_idle(client), case.id


@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_loopback_hostile_answers_leave_the_pool_idle_and_the_client_working(key: str, server: Any) -> None:
    provider = PROVIDER[key]
    good = respond(200, json_bytes(provider.good))
    running = server(_sequence(*[step for c in LOOPBACK for step in (respond(c.status, c.body, c.headers), good)]))
    async with provider.async_client(url=running.url, timeout=5, max_retries=0) as client:
        for case in LOOPBACK:
            before = running.requests
            with pytest.raises(errors.APIError) as caught:
                await provider.acall(client)
            _expect(caught.value, case.expected)
            assert running.requests == before + 1, f"{case.id}: retried or followed"
            assert pool_idle(client), case.id
            assert await provider.acall(client) is not None
            assert pool_idle(client), case.id


# Trickling: one byte every INTERVAL s, each within any per-read timeout, so only a per-attempt deadline ends it.
# The bounds below are generous (a loaded CI machine must not fail them): they tell "ends by its deadline"
# (about TIMEOUT s) from "runs until the server is done" (tens of seconds), nothing finer.
INTERVAL = 0.4
ISSUE_TIMEOUT = 1.0
MATRIX_TIMEOUT = 0.3
MATRIX_INTERVAL = 0.1
SLACK = 4.0


def trickle_head(interval: float) -> Behaviour:
    """The status line and headers, one byte every ``interval`` seconds."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nX-Padding: " + b"p" * 40

    def behaviour(conn: socket.socket, _: bytes) -> None:
        for byte in head:
            conn.sendall(bytes([byte]))
            time.sleep(interval)
        conn.close()

    return behaviour


def test_issue_point_4_reproduction_a_trickling_body_ends_at_the_attempt_timeout(server: Any) -> None:
    """Issue: one body byte every 0.4 s made ``timeout=1, max_retries=0`` take 16 s."""
    provider = PROVIDER["gcore_cloud"]
    running = server(trickle(INTERVAL))
    with provider.client(url=running.url, timeout=ISSUE_TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            provider.call(client)
        # < 5 s: the 1 s deadline plus generous slack; the bug took 16 s. Not a benchmark.
        assert time.monotonic() - started < ISSUE_TIMEOUT + SLACK
        assert pool_idle(client)


async def test_issue_point_4_reproduction_async(server: Any) -> None:
    provider = PROVIDER["gcore_cloud"]
    running = server(trickle(INTERVAL))
    async with provider.async_client(url=running.url, timeout=ISSUE_TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await provider.acall(client)
        assert time.monotonic() - started < ISSUE_TIMEOUT + SLACK  # generous: see the sync test
        assert pool_idle(client)


TRICKLE_BYTES = 100  # 10 s at MATRIX_INTERVAL: a client without an attempt deadline fails, it does not hang
TRICKLES = {"body": lambda: trickle(MATRIX_INTERVAL, TRICKLE_BYTES), "head": lambda: trickle_head(MATRIX_INTERVAL)}


@pytest.mark.parametrize("part", TRICKLES)
@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_trickle_ends_in_a_timeout_by_the_deadline(key: str, part: str, server: Any) -> None:
    provider = PROVIDER[key]
    running = server(_sequence(TRICKLES[part](), respond(200, json_bytes(provider.good))))
    with provider.client(url=running.url, timeout=MATRIX_TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            provider.call(client)
        assert time.monotonic() - started < MATRIX_TIMEOUT + SLACK  # generous: the deadline, not a benchmark
        assert pool_idle(client)
        assert provider.call(client) is not None


@pytest.mark.parametrize("part", TRICKLES)
@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_trickle_ends_in_a_timeout_by_the_deadline(key: str, part: str, server: Any) -> None:
    provider = PROVIDER[key]
    running = server(_sequence(TRICKLES[part](), respond(200, json_bytes(provider.good))))
    async with provider.async_client(url=running.url, timeout=MATRIX_TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await provider.acall(client)
        assert time.monotonic() - started < MATRIX_TIMEOUT + SLACK  # generous: the deadline, not a benchmark
        assert pool_idle(client)
        assert await provider.acall(client) is not None


TOTAL = 0.8


@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_total_timeout_bounds_all_attempts_and_waits(key: str, server: Any) -> None:
    """A trickling server and many retries: the whole call still ends by ``total_timeout`` (client-wide)."""
    provider = PROVIDER[key]
    running = server(trickle(MATRIX_INTERVAL, TRICKLE_BYTES))
    with provider.client(url=running.url, timeout=MATRIX_TIMEOUT, max_retries=50, total_timeout=TOTAL) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            provider.call(client)
        # the whole call, retries and backoff included, within TOTAL (plus generous slack for a loaded machine)
        assert time.monotonic() - started < TOTAL + SLACK
        assert 1 <= running.requests <= 4
        assert pool_idle(client)


@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_total_timeout_per_call_bounds_all_attempts_and_waits(key: str, server: Any) -> None:
    """The same with ``total_timeout=`` given to the call itself."""
    provider = PROVIDER[key]
    running = server(trickle(MATRIX_INTERVAL, TRICKLE_BYTES))
    async with provider.async_client(url=running.url, timeout=MATRIX_TIMEOUT, max_retries=50) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await provider.acall(client, total_timeout=TOTAL)
        assert time.monotonic() - started < TOTAL + SLACK  # generous: see the sync test
        assert 1 <= running.requests <= 4
        assert pool_idle(client)


@pytest.mark.parametrize("key", PROVIDERS)
def test_total_timeout_stops_retrying_a_server_that_always_fails(key: str, server: Any) -> None:
    """503 for ever, ``max_retries=100``: the call ends by ``total_timeout`` with the typed error of the last
    answer, and never starts a wait that would end past the deadline (``Retry-After: 1`` > what is left)."""
    provider = PROVIDER[key]
    for headers, most in (({}, 4), ({"Retry-After": "1"}, 1)):
        running = server(respond(503, b'{"message": "busy"}', headers))
        slept: list[float] = []

        def sleep(seconds: float, slept: list[float] = slept) -> None:
            slept.append(seconds)
            time.sleep(seconds)

        with provider.client(url=running.url, max_retries=100, total_timeout=TOTAL, sleep=sleep) as client:
            started = time.monotonic()
            with pytest.raises(errors.APIStatusError) as caught:
                provider.call(client)
            assert time.monotonic() - started < TOTAL + SLACK  # generous: see above
            assert sum(slept) < TOTAL
            assert caught.value.status_code == 503
            assert 1 <= running.requests <= most
            assert pool_idle(client)


HUGE = 64 << 20
PEAK = 48 << 20
"""The executor refuses bodies above MAX_RESPONSE_BYTES (32 MiB) and holds at most that much; a 64 MiB body
buffered whole would peak above 64 MiB."""


def _traced_peak(run: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("key", PROVIDERS)
def test_sync_huge_body_is_refused_with_bounded_memory(key: str, server: Any) -> None:
    provider = PROVIDER[key]
    running = server(_sequence(huge(HUGE), respond(200, json_bytes(provider.good))))
    with provider.client(url=running.url, timeout=10, max_retries=0) as client:

        def run() -> None:
            with pytest.raises(RVE, match="exceeds"):
                provider.call(client)

        assert _traced_peak(run) < PEAK
        assert pool_idle(client)
        assert provider.call(client) is not None


@pytest.mark.parametrize("key", PROVIDERS)
async def test_async_huge_chunked_body_is_refused_with_bounded_memory(key: str, server: Any) -> None:
    """Chunked: no Content-Length announces the size; the cap still holds."""
    provider = PROVIDER[key]
    running = server(_sequence(huge(HUGE, chunked=True), respond(200, json_bytes(provider.good))))
    async with provider.async_client(url=running.url, timeout=10, max_retries=0) as client:
        tracemalloc.start()
        try:
            with pytest.raises(RVE, match="exceeds"):
                await provider.acall(client)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < PEAK
        assert pool_idle(client)
        assert await provider.acall(client) is not None


def _gzip_bomb(decoded_mib: int) -> bytes:
    """A gzip stream of ``decoded_mib`` MiB of zeros (about 1 KiB per MiB), built without the zeros in memory."""
    zeros = b"\0" * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every further MiB
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + first + again * (decoded_mib - 1)


BOMB_PEAK = PEAK
"""A 1 GiB decoded body: gzip and deflate are inflated in steps of at most 1 MiB (``_core.decoding``), so the peak
is the 32 MiB held plus a step, however large the bomb; httpx's decoder inflates a whole 64 KiB read at once (up
to ~64 MiB at deflate's 1032:1), and a whole decode would be 1 GiB."""


def test_gzip_bomb_is_refused_with_bounded_memory(server: Any) -> None:
    bomb = _gzip_bomb(1024)
    head = f"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: {len(bomb)}\r\n\r\n".encode()

    def send(conn: socket.socket, _: bytes) -> None:
        conn.sendall(head + bomb)
        conn.close()

    for key in ("gcore_cloud", "baidu_bls"):
        provider = PROVIDER[key]
        running = server(send)
        with provider.client(url=running.url, timeout=10, max_retries=0) as client:

            def run(provider: Provider = provider, client: Any = client) -> None:
                with pytest.raises(RVE, match="exceeds"):
                    provider.call(client)

            assert _traced_peak(run) < BOMB_PEAK
            assert pool_idle(client)

        async def arun(provider: Provider = provider, url: str = running.url) -> None:
            async with provider.async_client(url=url, timeout=10, max_retries=0) as aclient:
                with pytest.raises(RVE, match="exceeds"):
                    await provider.acall(aclient)
                assert pool_idle(aclient)

        assert _traced_peak(lambda arun=arun: asyncio.run(arun())) < BOMB_PEAK
