"""Issue 10, point 2: strict options. An unknown keyword is a TypeError naming it; a bad option value is a TypeError or
ValueError at construction, before any request; constructor signatures list every option (no ``**options``)."""

from __future__ import annotations

import inspect
import math
from typing import Any

import httpx
import pytest
from surface_support import PROVIDERS, client_class

from cloudprojects import sim
from cloudprojects._core.client import OPTION_NAMES
from cloudprojects._core.options import MAX_RETRIES_CAP
from cloudprojects._core.retry import RetryPolicy

CLASSES = [
    pytest.param(provider, is_async, id=f"{provider}-{'async' if is_async else 'sync'}")
    for provider in PROVIDERS
    for is_async in (False, True)
]


def credentials(provider: str) -> dict[str, str]:
    return sim.create(provider).credentials


def untouchable() -> Any:
    """A transport that fails the test if anything is sent."""

    def handler(request: httpx.Request) -> httpx.Response:
        pytest.fail(f"a request was sent: {request.method} {request.url}")

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(("provider", "is_async"), CLASSES)
@pytest.mark.parametrize("typo", ["timout", "retries", "proxies", "base_urll", "max_retry"])
def test_an_unknown_keyword_is_a_type_error_naming_it(provider: str, is_async: bool, typo: str) -> None:
    cls = client_class(provider, is_async)
    with pytest.raises(TypeError, match=typo):
        cls(**credentials(provider), transport=untouchable(), **{typo: 5})


def test_the_issue_example() -> None:
    from cloudprojects import gcore_cloud

    with pytest.raises(TypeError, match="timout"):
        gcore_cloud.Client(api_key="k", timout=5)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="timout"):
        gcore_cloud.AsyncClient(api_key="k", timout=5, proxy="http://p")  # type: ignore[call-arg]


BAD_VALUES = [
    ("timeout", "5", TypeError),
    ("timeout", -1, ValueError),
    ("timeout", 0, ValueError),
    ("timeout", math.nan, ValueError),
    ("timeout", math.inf, ValueError),
    ("timeout", True, TypeError),
    ("timeout", httpx.Timeout(5, connect=-1), ValueError),
    ("max_retries", -1, ValueError),
    ("max_retries", 1.5, TypeError),
    ("max_retries", True, TypeError),
    ("max_retries", 10**9, ValueError),
    ("max_retries", MAX_RETRIES_CAP + 1, ValueError),
    ("max_retries", "2", TypeError),
    ("retry_policy", "x", TypeError),
    ("retry_policy", {"max_retries": 1}, TypeError),
    ("sleep", 5, TypeError),
    ("total_timeout", 0, ValueError),
    ("total_timeout", -3, ValueError),
    ("total_timeout", "10", TypeError),
    ("default_headers", ["X-A"], TypeError),
    ("default_headers", {"X-A": 1}, TypeError),
    ("default_headers", {"X-A": "a\r\nInjected: 1"}, ValueError),
    ("limits", 10, TypeError),
    ("trust_env", "yes", TypeError),
    ("verify", 1, TypeError),
    ("allow_insecure_http", "no", TypeError),
]


@pytest.mark.parametrize(("provider", "is_async"), CLASSES)
@pytest.mark.parametrize(("name", "value", "error"), BAD_VALUES, ids=[f"{n}={v!r}" for n, v, _ in BAD_VALUES])
def test_a_bad_option_value_is_refused_at_construction(
    provider: str, is_async: bool, name: str, value: Any, error: type[Exception]
) -> None:
    cls = client_class(provider, is_async)
    with pytest.raises(error, match=name):
        cls(**credentials(provider), transport=untouchable(), **{name: value})


@pytest.mark.parametrize(("provider", "is_async"), CLASSES)
def test_good_option_values_are_accepted(provider: str, is_async: bool) -> None:
    cls = client_class(provider, is_async)
    for options in (
        {"timeout": 5},
        {"timeout": 0.5},
        {"timeout": None},
        {"timeout": httpx.Timeout(5, connect=1)},
        {"max_retries": 0},
        {"max_retries": MAX_RETRIES_CAP},
        {"retry_policy": RetryPolicy(max_retries=1)},
        {"total_timeout": 60},
        {"total_timeout": None},
        {"default_headers": {"X-Team": "surface"}},
    ):
        cls(**credentials(provider), transport=untouchable(), **options)


@pytest.mark.parametrize(("provider", "is_async"), CLASSES)
def test_constructor_signature_shows_every_option(provider: str, is_async: bool) -> None:
    cls = client_class(provider, is_async)
    parameters = inspect.signature(cls.__init__).parameters
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    assert not any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters.values())
    for name in OPTION_NAMES:
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    # the same through inspect.signature(cls), what help() and IDEs show
    assert list(inspect.signature(cls).parameters) == [n for n in parameters if n != "self"]


@pytest.mark.parametrize(("provider", "is_async"), CLASSES)
def test_with_options_and_operations_take_no_arbitrary_keywords(provider: str, is_async: bool) -> None:
    cls = client_class(provider, is_async)
    parameters = inspect.signature(cls.with_options).parameters
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
