"""The machinery every provider's Client/AsyncClient shares: one httpx client (one pool), auth, retries."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

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


class SyncClientCore:
    """Owns an httpx.Client, the generated raw client that shares it, and the retrying executor."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        profile: Profile,
        raw_factory: Callable[[str, httpx.Client], Any],
        transport: httpx.BaseTransport | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            auth=auth,
            transport=transport,
            timeout=_timeout(timeout),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )
        self.raw = raw_factory(base_url, self._http)
        policy = policy_for(max_retries, retry_policy)
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = SyncExecutor(self._http, profile, policy, **kwargs)

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
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url,
            auth=auth,
            transport=transport,
            timeout=_timeout(timeout),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )
        self.raw = raw_factory(base_url, self._http)
        policy = policy_for(max_retries, retry_policy)
        kwargs: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        self._executor = AsyncExecutor(self._http, profile, policy, **kwargs)

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
