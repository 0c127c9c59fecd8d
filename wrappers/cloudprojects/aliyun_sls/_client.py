"""SLS clients: ``Client`` and ``AsyncClient``, signed with SLS signature V1 (``Authorization: LOG <ak>:<sig>``)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from cloudprojects._core.client import AsyncClientCore, SyncClientCore, credential, options_from
from cloudprojects._core.constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from cloudprojects._core.http import CertTypes, ProxyTypes, VerifyTypes
from cloudprojects._core.retry import RetryPolicy
from cloudprojects.auth import AliyunSlsAuth

from ._endpoint import Endpoint
from ._profile import PROFILE

if TYPE_CHECKING:
    from ._projects import AsyncProjects, Projects
    from ._raw import AsyncRawClients, RawClients

DEFAULT_ENDPOINT = "cn-hangzhou.log.aliyuncs.com"
ACCESS_KEY_ID_ENV = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ACCESS_KEY_SECRET_ENV = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
SECURITY_TOKEN_ENV = "ALIBABA_CLOUD_SECURITY_TOKEN"
ENDPOINT_ENV = "SLS_ENDPOINT"


def _settings(
    endpoint: str | None,
    scheme: str,
    access_key_id: str | None,
    access_key_secret: str | None,
    security_token: str | None,
    auth: httpx.Auth | None,
) -> tuple[httpx.Auth, Endpoint]:
    where = Endpoint.parse(endpoint or os.environ.get(ENDPOINT_ENV) or DEFAULT_ENDPOINT, scheme)
    if auth is None:
        if access_key_id is None and security_token is None:
            security_token = os.environ.get(SECURITY_TOKEN_ENV) or None  # belongs to the keys of the environment
        key_id = credential(access_key_id, ACCESS_KEY_ID_ENV, "access_key_id")
        secret = credential(access_key_secret, ACCESS_KEY_SECRET_ENV, "access_key_secret")
        auth = AliyunSlsAuth(key_id, secret, security_token)
    return auth, where


def _raw_clients(where: Endpoint, http: httpx.Client) -> RawClients:
    """``client.raw``: the generated clients on the facade's httpx client, imported when first used."""
    from ._raw import RawClients

    return RawClients(where, http)


def _async_raw_clients(where: Endpoint, http: httpx.AsyncClient) -> AsyncRawClients:
    """``client.raw`` of an async client."""
    from ._raw import AsyncRawClients

    return AsyncRawClients(where, http)


class Client(SyncClientCore):
    """Alibaba Cloud Simple Log Service (SLS) projects API of one region endpoint.

    Project-scoped calls go to ``{scheme}://{project}.{endpoint}/``, all over one connection pool. When the
    endpoint is an IP address or ``localhost`` (a simulator, a private gateway) they connect to the endpoint
    itself and send ``Host: {project}.{endpoint}``, as the official SDK does. ``client.raw.account`` is the
    generated account client and ``client.raw.project(name)`` a generated client for one project's host; both
    send through this client's pool and auth.

    Args:
        endpoint: ``host[:port]``; defaults to ``SLS_ENDPOINT`` or ``cn-hangzhou.log.aliyuncs.com``.
        access_key_id: falls back to ``ALIBABA_CLOUD_ACCESS_KEY_ID``.
        access_key_secret: falls back to ``ALIBABA_CLOUD_ACCESS_KEY_SECRET``.
        security_token: STS token of temporary keys; falls back to ``ALIBABA_CLOUD_SECURITY_TOKEN`` only when
            the access key id comes from the environment too.
        scheme: ``https`` (default) or ``http``.
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
        auth: any ``httpx.Auth`` instead of ``AliyunSlsAuth(access_key_id, access_key_secret, security_token)``,
            e.g. ``AliyunSlsV4Auth``; the credential arguments are then unused.

    Raises:
        ValueError: a credential is missing, or the endpoint or scheme is malformed.
    """

    raw: RawClients

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        scheme: str = "https",
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
        auth, where = _settings(endpoint, scheme, access_key_id, access_key_secret, security_token, auth)
        super().__init__(
            base_url=where.account_url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda _, http: _raw_clients(where, http),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> Projects:
        """The projects API: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import Projects

        return Projects(self)


class AsyncClient(AsyncClientCore):
    """Alibaba Cloud Simple Log Service (SLS) projects API, async.

    Args:
        endpoint: ``host[:port]``; defaults to ``SLS_ENDPOINT`` or ``cn-hangzhou.log.aliyuncs.com``.
        access_key_id: falls back to ``ALIBABA_CLOUD_ACCESS_KEY_ID``.
        access_key_secret: falls back to ``ALIBABA_CLOUD_ACCESS_KEY_SECRET``.
        security_token: STS token of temporary keys; falls back to ``ALIBABA_CLOUD_SECURITY_TOKEN`` only when
            the access key id comes from the environment too.
        scheme: ``https`` (default) or ``http``.
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
        auth: any ``httpx.Auth`` instead of ``AliyunSlsAuth(access_key_id, access_key_secret, security_token)``,
            e.g. ``AliyunSlsV4Auth``; the credential arguments are then unused.

    Raises:
        ValueError: a credential is missing, or the endpoint or scheme is malformed.
    """

    raw: AsyncRawClients

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        scheme: str = "https",
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
        auth, where = _settings(endpoint, scheme, access_key_id, access_key_secret, security_token, auth)
        super().__init__(
            base_url=where.account_url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda _, http: _async_raw_clients(where, http),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        """The projects API, awaitable: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import AsyncProjects

        return AsyncProjects(self)
