"""Issue 11, point 3: every error of ``cloudprojects.errors`` (and the provider packages' subclasses) survives
pickle (a process pool re-raises it) and the pickle carries no credential: no token, signature, cookie, URL password
or request body."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from adversarial.hostile_support import (
    PLANTED,
    PLANTED_SECRETS,
    PROVIDER,
    PROVIDERS,
    SECRETS,
    auth_error_names,
    describe,
    error_class,
    error_names,
    make_error,
    raise_error,
)

from cloudprojects import errors
from cloudprojects._core.redaction import SENSITIVE_HEADERS

NAMES = error_names()
AUTH_NAMES = auth_error_names()
PROTOCOLS = sorted({0, 2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL})


def _fields(error: BaseException) -> dict[str, Any]:
    return describe(error)[2]


def _assert_clean(data: bytes) -> None:
    for secret in PLANTED_SECRETS:
        assert secret.encode() not in data, secret


def test_every_exported_error_class_is_covered() -> None:
    core = {name.partition(":")[2] for name in NAMES if name.startswith("cloudprojects.errors:")}
    assert core == {name for name in errors.__all__ if name != "status_error_class"}
    assert len(core) == 15 and len(NAMES) == 23


def _ids(name: str) -> str:
    module, _, cls = name.partition(":")
    return cls if module == "cloudprojects.errors" else f"{module.split('.')[1]}.{cls}"


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("name", NAMES, ids=_ids)
def test_round_trip_keeps_type_text_and_fields_and_drops_credentials(name: str, protocol: int) -> None:
    error = make_error(name)
    data = pickle.dumps(error, protocol=protocol)
    _assert_clean(data)
    back = pickle.loads(data)
    assert type(back) is type(error)
    assert str(back) == str(error) and back.args == error.args
    assert _fields(back) == _fields(error)
    if isinstance(error, errors.APIError):
        assert back.request is not None
        assert back.request.method == error.request.method
        assert back.request.url.host == error.request.url.host and back.request.url.path == error.request.url.path
        for header in PLANTED:
            assert back.request.headers[header] == "<redacted>"
    if isinstance(error, errors.APIStatusError | errors.ResponseValidationError):
        assert back.response.status_code == error.response.status_code
        assert back.response.json() == error.response.json()
        assert back.response.headers["x-request-id"] == "req-1"
        assert back.response.headers["set-cookie"] == "<redacted>"
    if isinstance(error, errors.BadRequestError):
        assert back.violations == error.violations
    if isinstance(error, errors.RateLimitError):
        assert back.retry_after == 3.0


@pytest.mark.parametrize("name", NAMES, ids=_ids)
def test_pickling_leaves_the_original_error_untouched(name: str) -> None:
    error = make_error(name)
    pickle.dumps(error)
    copy.deepcopy(error)
    if isinstance(error, errors.APIError):
        assert error.request is not None
        assert error.request.headers["authorization"] == PLANTED["authorization"]
        assert error.request.url.password == "url-PASSWORD"


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    # spawn: a fresh interpreter, which must import every class itself (as any process pool on macOS/Windows does)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as executor:
        yield executor


@pytest.mark.parametrize("name", NAMES, ids=_ids)
def test_an_error_raised_in_a_process_pool_worker_comes_back_typed(name: str, pool: ProcessPoolExecutor) -> None:
    """Issue: a worker raising ``ValidationError`` or any ``APIStatusError`` broke the pool."""
    future = pool.submit(raise_error, name)
    with pytest.raises(error_class(name)) as caught:
        future.result(timeout=60)
    assert str(caught.value) == str(make_error(name))
    assert _fields(caught.value) == _fields(make_error(name))
    assert pool.submit(len, "pool still works").result(timeout=60) == 16


def test_errors_sent_to_a_worker_arrive_whole(pool: ProcessPoolExecutor) -> None:
    sent = [make_error(name) for name in NAMES]
    for error, (kind, text, fields) in zip(sent, pool.map(describe, sent, timeout=60), strict=True):
        assert (kind, text, fields) == describe(error)


def test_the_issue_reproduction_apikey_not_in_the_pickle() -> None:
    """``M(h)`` with ``api_key="k"``: ``b"apikey k" not in pickle.dumps(exc)``."""
    from cloudprojects import gcore_cloud

    client = gcore_cloud.Client(api_key="k", transport=httpx.MockTransport(lambda _: httpx.Response(404, json={})))
    with pytest.raises(errors.NotFoundError) as caught:
        client.projects.get(1)
    assert caught.value.request is not None and caught.value.request.headers["authorization"] == "apikey k"
    assert b"apikey k" not in pickle.dumps(caught.value)
    assert type(pickle.loads(pickle.dumps(caught.value))) is errors.NotFoundError


def _real_errors(key: str) -> list[errors.APIError | errors.ValidationError]:
    """Errors from real calls of a provider's facade: status errors, a bad body, a timeout, a refused connection."""
    provider = PROVIDER[key]
    answers: list[Any] = [
        *(httpx.Response(status, json={"message": "m", "code": "C"}) for status in (400, 401, 403, 404, 409, 429)),
        *(httpx.Response(status, json={"message": "m", "code": "C"}) for status in (422, 500, 520)),
        httpx.Response(200, content=b"<html>not json</html>"),
        httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
    ]
    found: list[errors.APIError | errors.ValidationError] = []
    for answer in answers:

        def handler(_: httpx.Request, answer: Any = answer) -> httpx.Response:
            if isinstance(answer, Exception):
                raise answer
            return answer

        with provider.client(transport=httpx.MockTransport(handler), max_retries=0) as client:
            try:
                provider.call(client)
            except errors.APIError as exc:
                found.append(exc)
    return found


@pytest.mark.parametrize("key", PROVIDERS)
def test_real_errors_of_every_provider_pickle_without_signature_or_secret(key: str) -> None:
    found = _real_errors(key)
    assert len(found) == 13
    for error in found:
        sensitive = (
            [v for k, v in error.request.headers.items() if k.lower() in SENSITIVE_HEADERS] if error.request else []
        )
        assert sensitive, f"{type(error).__name__}: the request carried no credential to leak"
        for protocol in PROTOCOLS:
            data = pickle.dumps(error, protocol=protocol)
            assert SECRETS[key].encode() not in data
            for value in sensitive:
                assert value.encode() not in data, f"{type(error).__name__} pickles {value[:12]}…"
            back = pickle.loads(data)
            assert type(back) is type(error) and str(back) == str(error)
            assert _fields(back) == _fields(error)


@pytest.mark.parametrize("key", PROVIDERS)
def test_real_errors_of_every_provider_cross_a_process_pool(key: str, pool: ProcessPoolExecutor) -> None:
    found = _real_errors(key)
    for error, arrived in zip(found, pool.map(describe, found, timeout=60), strict=True):
        assert arrived == describe(error)


def test_a_validation_error_from_a_call_round_trips_through_a_pool(pool: ProcessPoolExecutor) -> None:
    from cloudprojects import microvisualizer

    client = microvisualizer.Client(api_key=SECRETS["microvisualizer"], transport=httpx.MockTransport(lambda _: 1 / 0))
    with pytest.raises(errors.ValidationError) as caught:
        client.projects.get("x")
    error = caught.value
    assert error.field
    kind, text, fields = pool.submit(describe, error).result(timeout=60)
    assert (kind, text) == ("ValidationError", str(error))
    assert fields == {"field": error.field, "problem": error.problem, "rule": error.rule}


@pytest.mark.parametrize("name", AUTH_NAMES, ids=lambda name: name.partition(":")[2])
def test_auth_errors_round_trip_too(name: str) -> None:
    """A worker whose client refuses a credential (``InvalidCredentialError``) must not break its pool either."""
    error = make_error(name)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)
    assert vars(back) == vars(error)
