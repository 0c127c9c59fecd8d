"""MicroVisualizer clients: ``Client`` and ``AsyncClient`` with ``Authorization: Bearer <api-key>``."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from cloudprojects._core.client import AsyncClientCore, SyncClientCore, credential, generated_client, options_from
from cloudprojects._core.constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from cloudprojects._core.http import CertTypes, ProxyTypes, VerifyTypes
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.auth import BearerAuth

from ._profile import PROFILE

if TYPE_CHECKING:
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
        timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, connecting, sending and receiving the whole
            answer; default 30 s (5 s to connect). ``None``: no limit.
        total_timeout: Seconds a whole call may take, retries and waits included; default: no limit beyond the
            retry policy's budget.
        max_retries: Retries of connect errors, timeouts and 408/429/5xx answers on idempotent calls (0-100;
            default 2).
        retry_policy: Full control of backoff, caps and budget (``cloudprojects.RetryPolicy``; overrides
            ``max_retries``).
        default_headers: Headers sent with every request (a header the signer sets raises ``ValueError``).
        http_client: Your own ``httpx.Client``, used as it is configured (proxies, TLS, event hooks) and never
            closed by this client; excludes ``transport``, ``proxy``, ``verify``, ``cert`` and ``limits``.
        transport: Any httpx transport (tests, custom networking); excludes ``proxy``, ``verify``, ``cert`` and
            ``limits``.
        proxy: Proxy URL (or ``httpx.Proxy``) for every request, as httpx takes it.
        verify: TLS verification: ``True`` (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` with ``trust_env``),
            a CA bundle path, an ``ssl.SSLContext``, or ``False``.
        cert: Client certificate: a PEM file, or ``(certfile, keyfile[, password])``.
        trust_env: Read proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) and CA settings from the
            environment, as httpx does (default ``True``).
        limits: Connection pool limits (``httpx.Limits``).
        allow_insecure_http: Allow a plain ``http://`` address other than loopback (credentials would travel in
            cleartext); default ``False``.
        sleep: How to wait between attempts (tests inject a recorder).
        auth: any ``httpx.Auth`` instead of ``BearerAuth(api_key)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        auth, url = _settings(api_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=generated_client("cloudprojects_gen_microvisualizer"),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> Projects:
        """The projects API: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import Projects

        return Projects(self)


class AsyncClient(AsyncClientCore):
    """MicroVisualizer projects API, async.

    Args:
        api_key: the organization API key (falls back to ``MICROVISUALIZER_API_KEY``); sent as ``Bearer <key>``.
        base_url: defaults to ``MICROVISUALIZER_BASE_URL`` or ``https://api.microvisualizer.com``.
        timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, connecting, sending and receiving the whole
            answer; default 30 s (5 s to connect). ``None``: no limit.
        total_timeout: Seconds a whole call may take, retries and waits included; default: no limit beyond the
            retry policy's budget.
        max_retries: Retries of connect errors, timeouts and 408/429/5xx answers on idempotent calls (0-100;
            default 2).
        retry_policy: Full control of backoff, caps and budget (``cloudprojects.RetryPolicy``; overrides
            ``max_retries``).
        default_headers: Headers sent with every request (a header the signer sets raises ``ValueError``).
        http_client: Your own ``httpx.AsyncClient``, used as it is configured (proxies, TLS, event hooks) and never
            closed by this client; excludes ``transport``, ``proxy``, ``verify``, ``cert`` and ``limits``.
        transport: Any httpx transport (tests, custom networking); excludes ``proxy``, ``verify``, ``cert`` and
            ``limits``.
        proxy: Proxy URL (or ``httpx.Proxy``) for every request, as httpx takes it.
        verify: TLS verification: ``True`` (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` with ``trust_env``),
            a CA bundle path, an ``ssl.SSLContext``, or ``False``.
        cert: Client certificate: a PEM file, or ``(certfile, keyfile[, password])``.
        trust_env: Read proxies (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) and CA settings from the
            environment, as httpx does (default ``True``).
        limits: Connection pool limits (``httpx.Limits``).
        allow_insecure_http: Allow a plain ``http://`` address other than loopback (credentials would travel in
            cleartext); default ``False``.
        sleep: An async function to wait between attempts (tests inject a recorder).
        auth: any ``httpx.Auth`` instead of ``BearerAuth(api_key)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        auth, url = _settings(api_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=generated_client("cloudprojects_gen_microvisualizer"),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        """The projects API, awaitable: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import AsyncProjects

        return AsyncProjects(self)
