"""MicroVisualizer clients: ``Client`` and ``AsyncClient`` with ``Authorization: Bearer <api-key>``."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from functools import cached_property

import httpx

from cloudprojects._core.client import AsyncClientCore, SyncClientCore, TimeoutTypes, credential
from cloudprojects._core.constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.auth import BearerAuth
from cloudprojects_gen_microvisualizer import Client as RawClient

from ._profile import PROFILE
from ._projects import AsyncProjects, Projects

DEFAULT_BASE_URL = "https://api.microvisualizer.com"
API_KEY_ENV = "MICROVISUALIZER_API_KEY"
BASE_URL_ENV = "MICROVISUALIZER_BASE_URL"


def _settings(api_key: str | None, base_url: str | None, auth: httpx.Auth | None) -> tuple[httpx.Auth, str]:
    if auth is None:
        auth = BearerAuth(credential(api_key, API_KEY_ENV, "api_key"))
    return auth, base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


class Client(SyncClientCore):
    """MicroVisualizer projects API.

    Args:
        api_key: the organization API key (falls back to ``MICROVISUALIZER_API_KEY``); sent as ``Bearer <key>``.
        base_url: defaults to ``MICROVISUALIZER_BASE_URL`` or ``https://api.microvisualizer.com``.
        transport: any httpx transport (tests, proxies, TLS settings).
        timeout: per attempt; default 30 s total, 5 s connect.
        max_retries: retries of connect errors, timeouts and 408/429/5xx on idempotent calls (default 2).
        retry_policy: full control of backoff, caps and budget (overrides ``max_retries``).
        sleep: how to wait between attempts (tests inject a recorder).
        auth: any ``httpx.Auth`` instead of ``BearerAuth(api_key)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        auth, url = _settings(api_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda u, http: RawClient(base_url=u).set_httpx_client(http),
            transport=transport,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            sleep=sleep,
        )

    @cached_property
    def projects(self) -> Projects:
        return Projects(self)


class AsyncClient(AsyncClientCore):
    """MicroVisualizer projects API, async. Same arguments as :class:`Client`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        auth, url = _settings(api_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda u, http: RawClient(base_url=u).set_async_httpx_client(http),
            transport=transport,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            sleep=sleep,
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)
