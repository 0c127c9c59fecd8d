"""The machinery every provider's Client/AsyncClient shares: one httpx client (one pool), auth, options, retries."""

from __future__ import annotations

import copy
import importlib
import ipaddress
import os
import platform
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import Any, Self

import httpx

from .call import Call
from .constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .executor import AsyncExecutor, Outcome, SyncExecutor
from .http import HttpSettings, async_http, sync_http
from .logs import setup_logging
from .options import (
    NOT_GIVEN,
    CallOptions,
    NotGiven,
    check_callable,
    check_headers,
    check_max_retries,
    check_timeout,
    check_total_timeout,
)
from .pagination import Page
from .profile import Profile
from .response import RAW_MODE, RawResponse
from .retry import RetryPolicy
from .signer_headers import owned_by

setup_logging()

OPTION_NAMES = (
    "timeout",
    "total_timeout",
    "max_retries",
    "retry_policy",
    "default_headers",
    "http_client",
    "transport",
    "proxy",
    "verify",
    "cert",
    "trust_env",
    "limits",
    "allow_insecure_http",
    "sleep",
)
"""The keywords every facade constructor takes besides its credentials and address (documented on each)."""


def generated_client(package: str) -> Callable[[str, Any], Any]:
    """The ``raw_factory`` of a facade over one generated package: the package's ``Client`` on the facade's httpx
    client (sync or async), the package imported on first use of ``client.raw``."""

    def build(base_url: str, http: httpx.Client | httpx.AsyncClient) -> Any:
        client = importlib.import_module(package).Client(base_url=base_url)
        if isinstance(http, httpx.AsyncClient):
            return client.set_async_httpx_client(http)
        return client.set_httpx_client(http)

    return build


def options_from(names: Mapping[str, Any]) -> dict[str, Any]:
    """The common options among a constructor's arguments (``locals()``), to hand to the core."""
    return {name: names[name] for name in OPTION_NAMES}


def credential(value: str | None, env: str | tuple[str, ...], what: str) -> str:
    """An explicit credential, else the first environment variable set; a clear error naming them all."""
    names = (env,) if isinstance(env, str) else env
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    found = value if value is not None else next((os.environ[n] for n in names if os.environ.get(n)), None)
    if not found:
        raise ValueError(f"{what} is required: pass it, or set the {' or '.join(names)} environment variable")
    return found


def policy_for(max_retries: object, retry_policy: object) -> RetryPolicy:
    """The retry policy: ``retry_policy`` when given, else the default one with ``max_retries``."""
    retries = check_max_retries(max_retries)
    if retry_policy is None:
        return RetryPolicy(max_retries=retries)
    if not isinstance(retry_policy, RetryPolicy):
        raise TypeError(f"retry_policy must be a cloudprojects RetryPolicy, not {type(retry_policy).__name__}")
    check_max_retries(retry_policy.max_retries, "retry_policy.max_retries")  # 10**9 would overflow the backoff
    for name in ("initial_backoff", "max_backoff", "max_retry_after", "total_budget"):
        seconds = getattr(retry_policy, name)
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise TypeError(f"retry_policy.{name} must be a number of seconds, not {type(seconds).__name__}")
        if not seconds >= 0:  # negative, or NaN
            raise ValueError(f"retry_policy.{name} must be a non-negative number of seconds, not {seconds!r}")
    check_callable(retry_policy.random, "retry_policy.random")
    return retry_policy


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, allow_insecure_http: object) -> httpx.URL:
    """An absolute http(s) URL; plain http only to loopback unless ``allow_insecure_http=True``."""
    if not isinstance(allow_insecure_http, bool):
        raise TypeError("allow_insecure_http must be a bool")
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an absolute http:// or https:// URL")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise ValueError(
            f"base_url uses plain http:// to {url.host}: credentials and signatures would travel in cleartext."
            " Use https://, or pass allow_insecure_http=True if you mean it (loopback is always allowed)"
        )
    return url


def shown_url(url: httpx.URL) -> str:
    """The URL as text with any password masked."""
    return str(url.copy_with(username=url.username, password="***") if url.password else url)


def user_agent(provider: str) -> str:
    """``cloudprojects/<version> (<provider>) python/<x.y> httpx/<version>``."""
    from cloudprojects import __version__

    python = ".".join(platform.python_version_tuple()[:2])
    return f"cloudprojects/{__version__} ({provider}) python/{python} httpx/{httpx.__version__}"


class _Core:
    """What the sync and async cores share: options, with_options, pages, repr."""

    _profile: Profile
    _options: CallOptions
    _refused: Callable[[str], bool]
    _shown_url: str
    _http: httpx.Client | httpx.AsyncClient
    _raw_factory: Callable[[str, Any], Any]
    _raw_base: str

    @cached_property
    def raw(self) -> Any:
        """The generated client(s) on this client's httpx client (same pool, auth and timeouts), without retries,
        validation or typed errors; built, and the generated package imported, on first use."""
        return self._raw_factory(self._raw_base, self._http)

    def _setup(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        timeout: object,
        total_timeout: object,
        max_retries: object,
        retry_policy: object,
        default_headers: object,
        sleep: object,
        allow_insecure_http: object,
    ) -> tuple[dict[str, Any], RetryPolicy]:
        url = check_base_url(base_url, allow_insecure_http)
        if not isinstance(auth, httpx.Auth):
            raise TypeError(f"auth must be an httpx.Auth, not {type(auth).__name__}")
        check_callable(sleep, "sleep")
        self._profile = profile
        self._refused = owned_by(auth)
        self._options = CallOptions(
            timeout=check_timeout(timeout),
            total_timeout=check_total_timeout(total_timeout),
            extra_headers=check_headers(default_headers, "default_headers", self._refused) or None,
        )
        self._shown_url = shown_url(url)
        common = {
            # user info is never sent (the client's auth signs every request), only logged and shown: drop it
            "base_url": str(url.copy_with(username=None, password=None)) if url.userinfo else base_url,
            "auth": auth,
            "timeout": self._options.timeout,
            "headers": {"User-Agent": user_agent(profile.name)},
            "follow_redirects": False,
        }
        return common, policy_for(max_retries, retry_policy)

    def _call_options(
        self,
        timeout: object,
        total_timeout: object,
        max_retries: object,
        extra_headers: object,
        extra_query: object,
        extra_body: object = None,
    ) -> CallOptions:
        return self._options.override(
            refused=self._refused,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def _result(self, outcome: Outcome) -> Any:
        if RAW_MODE.get():
            return RawResponse(outcome, self._profile.request_id(outcome.response))
        return outcome.value

    def _paged(self, outcome: Outcome, page: Page[Any]) -> tuple[Page[Any], Outcome]:
        return replace(page, request_id=self._profile.request_id(outcome.response)), outcome

    def _copy_with(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None,
        total_timeout: float | NotGiven | None,
        max_retries: int | NotGiven,
        retry_policy: RetryPolicy | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> Self:
        clone = copy.copy(self)
        for name, value in list(vars(clone).items()):  # resources cached on the original point at it
            if isinstance(getattr(type(clone), name, None), cached_property) and value is not None:
                del vars(clone)[name]
        clone._options = self._options.override(
            refused=self._refused, timeout=timeout, total_timeout=total_timeout, extra_headers=default_headers
        )
        executor: Any = self._executor  # type: ignore[attr-defined]
        policy = executor._plan.policy
        if not isinstance(retry_policy, NotGiven):
            policy = policy_for(policy.max_retries, retry_policy)
        if not isinstance(max_retries, NotGiven):
            policy = replace(policy, max_retries=check_max_retries(max_retries))
        clone._executor = type(executor)(  # type: ignore[attr-defined]
            executor.http, self._profile, policy, executor._sleep, executor._plan.clock
        )
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__module__}.{type(self).__qualname__}(base_url={self._shown_url!r})"


class SyncClientCore(_Core):
    """Owns an httpx.Client, the generated raw client that shares it, and the retrying executor."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        raw_factory: Callable[[str, httpx.Client], Any],
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        proxy: Any = None,
        verify: Any = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        common, policy = self._setup(
            base_url=base_url,
            auth=auth,
            profile=profile,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
            sleep=sleep,
            allow_insecure_http=allow_insecure_http,
        )
        settings = HttpSettings(transport, http_client, proxy, verify, cert, trust_env, limits)
        self._http = sync_http(settings, **common)
        self._raw_factory, self._raw_base = raw_factory, common["base_url"]
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = SyncExecutor(self._http, profile, policy, **kwargs)

    def _run(self, call: Call, options: CallOptions) -> Any:
        return self._result(self._executor.run(call, options))

    def _page(self, call: Call, options: CallOptions, to_page: Callable[[Any], Page[Any]]) -> tuple[Page[Any], Outcome]:
        outcome = self._executor.run(call, options)
        return self._paged(outcome, to_page(outcome.value))

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool, auth and address.

        Args:
            timeout: seconds (or an ``httpx.Timeout``) per attempt.
            total_timeout: seconds a whole call may take, retries and waits included.
            max_retries: retries of retryable failures.
            retry_policy: backoff, caps and budget.
            default_headers: headers added to every request (merged over this client's).
        """
        return self._copy_with(
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )

    def close(self) -> None:
        """Close the connection pool (a user's ``http_client`` stays open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClientCore(_Core):
    """Owns an httpx.AsyncClient, the generated raw client that shares it, and the retrying executor."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        raw_factory: Callable[[str, httpx.AsyncClient], Any],
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: Any = None,
        verify: Any = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        common, policy = self._setup(
            base_url=base_url,
            auth=auth,
            profile=profile,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
            sleep=sleep,
            allow_insecure_http=allow_insecure_http,
        )
        settings = HttpSettings(transport, http_client, proxy, verify, cert, trust_env, limits)
        self._http = async_http(settings, **common)
        self._raw_factory, self._raw_base = raw_factory, common["base_url"]
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = AsyncExecutor(self._http, profile, policy, **kwargs)

    async def _run(self, call: Call, options: CallOptions) -> Any:
        return self._result(await self._executor.run(call, options))

    async def _page(
        self, call: Call, options: CallOptions, to_page: Callable[[Any], Page[Any]]
    ) -> tuple[Page[Any], Outcome]:
        outcome = await self._executor.run(call, options)
        return self._paged(outcome, to_page(outcome.value))

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool, auth and address.

        Args:
            timeout: seconds (or an ``httpx.Timeout``) per attempt.
            total_timeout: seconds a whole call may take, retries and waits included.
            max_retries: retries of retryable failures.
            retry_policy: backoff, caps and budget.
            default_headers: headers added to every request (merged over this client's).
        """
        return self._copy_with(
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )

    async def close(self) -> None:
        """Close the connection pool (a user's ``http_client`` stays open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
