"""The machinery every provider's Client/AsyncClient shares: one httpx client (one pool), auth, retries."""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self, TypedDict, Unpack

import httpx

from .call import Call
from .constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, USER_AGENT
from .executor import AsyncExecutor, SyncExecutor
from .profile import Profile
from .retry import RetryPolicy

TimeoutTypes = float | httpx.Timeout | None


def credential(value: str | None, env: str | tuple[str, ...], what: str) -> str:
    """An explicit credential, else the first environment variable set; a clear error naming them all."""
    names = (env,) if isinstance(env, str) else env
    found = value if value is not None else next((os.environ[n] for n in names if os.environ.get(n)), None)
    if not found:
        raise ValueError(f"{what} is required: pass it, or set the {' or '.join(names)} environment variable")
    return found


def policy_for(max_retries: int, retry_policy: RetryPolicy | None) -> RetryPolicy:
    if max_retries < 0:
        raise ValueError("max_retries must be >= 0")
    if retry_policy is None:
        return RetryPolicy(max_retries=max_retries)
    return retry_policy


def _timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


class _SetCookieOnly(httpx.Cookies):
    """The client's cookie jar, read from a response only when the response sets a cookie.

    httpx hands every response to ``http.cookiejar`` through compatibility objects that copy all the request's
    headers, about a quarter of the client's CPU per call in the profile (``benchmarks/RESULTS.md``), for the
    APIs here, which set no cookies. Without a ``Set-Cookie`` header the jar would learn nothing, so the
    round trip is skipped; with one, cookies are stored exactly as httpx stores them.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


_tls_lock = threading.Lock()
_tls_context: ssl.SSLContext | None = None


def default_tls_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's CAs; ``SSL_CERT_FILE``/``SSL_CERT_DIR`` honoured), built once per
    process, on the first request that needs a transport: loading the CA bundle costs as much as importing httpx,
    and every client of the process can share the result."""
    global _tls_context
    if _tls_context is None:
        with _tls_lock:
            if _tls_context is None:
                _tls_context = httpx.create_ssl_context(verify=True, trust_env=True)
    return _tls_context


class _BuildOnFirstUse:
    """The ``_pool`` of a deferred transport until there is one: the first access (the first request) runs httpx's
    own ``__init__`` with the shared TLS context, which stores the real pool in the instance, where every later
    lookup finds it first (a non-data descriptor, so nothing sits on the request path afterwards)."""

    def __get__(self, transport: Any, owner: type | None = None) -> Any:
        if transport is None:
            return self
        with transport._deferred_lock:
            kwargs = transport.__dict__.get("_deferred")
            if kwargs is not None:  # not built yet (or building failed and raised: try again next time)
                transport._init(verify=default_tls_context(), **kwargs)
                del transport.__dict__["_deferred"]
        return transport.__dict__["_pool"]


class _DeferredTransport(httpx.HTTPTransport):
    """httpx's default transport, built on the first request instead of in the client's constructor."""

    _pool = _BuildOnFirstUse()

    def __init__(self, **kwargs: Any) -> None:
        self._deferred = kwargs
        self._deferred_lock = threading.Lock()

    def _init(self, **kwargs: Any) -> None:
        httpx.HTTPTransport.__init__(self, **kwargs)

    @property
    def _built(self) -> bool:
        return "_deferred" not in self.__dict__

    def close(self) -> None:
        if self._built:
            super().close()


class _DeferredAsyncTransport(httpx.AsyncHTTPTransport):
    """httpx's default async transport, built on the first request instead of in the client's constructor."""

    _pool = _BuildOnFirstUse()

    def __init__(self, **kwargs: Any) -> None:
        self._deferred = kwargs
        self._deferred_lock = threading.Lock()

    def _init(self, **kwargs: Any) -> None:
        httpx.AsyncHTTPTransport.__init__(self, **kwargs)

    @property
    def _built(self) -> bool:
        return "_deferred" not in self.__dict__

    async def aclose(self) -> None:
        if self._built:
            await super().aclose()


def _skip_cookieless_responses(http: httpx.Client | httpx.AsyncClient) -> None:
    # httpx (0.23 to 0.28) keeps the jar in ``_cookies``; another layout leaves the client as httpx built it.
    jar = getattr(http, "_cookies", None)
    if type(jar) is httpx.Cookies:
        http._cookies = _SetCookieOnly(jar.jar)


class SyncOptions(TypedDict, total=False):
    """The keywords every sync ``Client`` takes besides its credentials and address.

    ``transport``: any httpx transport (tests, proxies, TLS settings); ``timeout``: per attempt (default 30 s,
    5 s to connect); ``max_retries``: retries of connect errors, timeouts and 408/429/5xx on idempotent calls
    (default 2); ``retry_policy``: full control of backoff, caps and budget (overrides ``max_retries``);
    ``sleep``: how to wait between attempts (tests inject a recorder).
    """

    transport: httpx.BaseTransport | None
    timeout: TimeoutTypes
    max_retries: int
    retry_policy: RetryPolicy | None
    sleep: Callable[[float], None] | None


class AsyncOptions(TypedDict, total=False):
    """The keywords every ``AsyncClient`` takes besides its credentials and address (see :class:`SyncOptions`)."""

    transport: httpx.AsyncBaseTransport | None
    timeout: TimeoutTypes
    max_retries: int
    retry_policy: RetryPolicy | None
    sleep: Callable[[float], Awaitable[None]] | None


def _client_kwargs(base_url: str, auth: httpx.Auth, timeout: TimeoutTypes) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "auth": auth,
        "timeout": _timeout(timeout),
        "headers": {"User-Agent": USER_AGENT},
        "follow_redirects": False,
    }


def _policy(options: SyncOptions | AsyncOptions) -> RetryPolicy:
    return policy_for(options.get("max_retries", DEFAULT_MAX_RETRIES), options.get("retry_policy"))


class SyncClientCore:
    """Owns an httpx.Client, the generated raw client that shares it, and the retrying executor."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        raw_factory: Callable[[str, httpx.Client], Any],
        **options: Unpack[SyncOptions],
    ) -> None:
        transport = options.get("transport")
        self._http = httpx.Client(
            transport=transport if transport is not None else _DeferredTransport(),
            **_client_kwargs(base_url, auth, options.get("timeout", DEFAULT_TIMEOUT)),
        )
        _skip_cookieless_responses(self._http)
        self.raw = raw_factory(base_url, self._http)
        sleep = options.get("sleep")
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = SyncExecutor(self._http, profile, _policy(options), **kwargs)

    def _run(self, call: Call) -> Any:
        return self._executor.run(call)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__module__}.{type(self).__qualname__}(base_url={str(self._http.base_url)!r})"


class AsyncClientCore:
    """Owns an httpx.AsyncClient, the generated raw client that shares it, and the retrying executor."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        raw_factory: Callable[[str, httpx.AsyncClient], Any],
        **options: Unpack[AsyncOptions],
    ) -> None:
        transport = options.get("transport")
        self._http = httpx.AsyncClient(
            transport=transport if transport is not None else _DeferredAsyncTransport(),
            **_client_kwargs(base_url, auth, options.get("timeout", DEFAULT_TIMEOUT)),
        )
        _skip_cookieless_responses(self._http)
        self.raw = raw_factory(base_url, self._http)
        sleep = options.get("sleep")
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = AsyncExecutor(self._http, profile, _policy(options), **kwargs)

    async def _run(self, call: Call) -> Any:
        return await self._executor.run(call)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__module__}.{type(self).__qualname__}(base_url={str(self._http.base_url)!r})"
