"""BLS clients: ``Client`` and ``AsyncClient``, signed with bce-auth-v1 on the regional host."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from cloudprojects._core.client import AsyncClientCore, SyncClientCore, generated_client, options_from
from cloudprojects._core.constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from cloudprojects._core.http import CertTypes, ProxyTypes, VerifyTypes
from cloudprojects._core.redaction import mask_userinfo
from cloudprojects._core.retry import RetryPolicy
from cloudprojects._core.validation import load_spec
from cloudprojects.auth import BceAuth
from cloudprojects.errors import ValidationError

from ._profile import PACKAGE, PROFILE, SPEC_NAME

if TYPE_CHECKING:
    from ._projects import AsyncProjects, Projects

ACCESS_KEY_ENVS = ("BCE_ACCESS_KEY_ID", "BAIDU_BCE_AK")
SECRET_KEY_ENVS = ("BCE_SECRET_ACCESS_KEY", "BAIDU_BCE_SK")
SESSION_TOKEN_ENV = "BCE_SESSION_TOKEN"
SCHEMES = ("http", "https")


def _credential(value: str | None, envs: tuple[str, ...], what: str) -> tuple[str, bool]:
    """The explicit value, else the first environment variable set; True when it came from the environment."""
    if value is not None:
        return value, False
    for env in envs:
        found = os.environ.get(env)
        if found:
            return found, True
    raise ValueError(f"{what} is required: pass it, or set the {' or '.join(envs)} environment variable")


def _auth(access_key_id: str | None, secret_access_key: str | None, security_token: str | None) -> httpx.Auth:
    ak, ak_from_env = _credential(access_key_id, ACCESS_KEY_ENVS, "access_key_id")
    sk, sk_from_env = _credential(secret_access_key, SECRET_KEY_ENVS, "secret_access_key")
    if security_token is None and ak_from_env and sk_from_env:
        security_token = os.environ.get(SESSION_TOKEN_ENV) or None
    return BceAuth(ak, sk, security_token=security_token)


def base_url(region: str, endpoint: str | None, scheme: str) -> str:
    """``{scheme}://bls-log.{region}.baidubce.com`` from the spec's server, or the ``endpoint`` (host or URL)."""
    server = load_spec(PACKAGE, SPEC_NAME)["servers"][0]
    regions = server["variables"]["region"]["enum"]
    if region not in regions:
        raise ValidationError("region", f"{region!r} is not one of {regions!r}", f"enum {regions!r}")
    if scheme not in SCHEMES:
        raise ValidationError("scheme", f"{scheme!r} is not one of {SCHEMES!r}", f"enum {SCHEMES!r}")
    if endpoint is None:
        return str(httpx.URL(server["url"].replace("{region}", region)).copy_with(scheme=scheme))
    try:
        url = httpx.URL(endpoint if "://" in endpoint else f"{scheme}://{endpoint}")
    except httpx.InvalidURL:
        raise ValidationError("endpoint", f"{mask_userinfo(endpoint)!r} is not a host or URL", "format 'uri'") from None
    if url.scheme not in SCHEMES or not url.host or url.userinfo or url.query or url.fragment:
        raise ValidationError(
            "endpoint",
            f"{mask_userinfo(endpoint)!r} is not an http(s) host or URL without user info, query or fragment",
            "format 'uri'",
        )
    return str(url).rstrip("/")


class Client(SyncClientCore):
    """Baidu AI Cloud BLS projects API.

    Args:
        region: BLS region (the spec's ``region`` server variable: ``bj``, ``gz``, ``su``, …); the host is
            ``bls-log.{region}.baidubce.com``.
        access_key_id: the AK; falls back to ``BCE_ACCESS_KEY_ID``, then ``BAIDU_BCE_AK``.
        secret_access_key: the SK; falls back to ``BCE_SECRET_ACCESS_KEY``, then ``BAIDU_BCE_SK``.
        security_token: STS session token for temporary keys; falls back to ``BCE_SESSION_TOKEN`` only when both
            keys come from the environment.
        endpoint: a host (``bls-log.gz.baidubce.com``, ``localhost:8080``) or URL used instead of the region's host.
        scheme: ``https`` (default) or ``http``, for the region's host or a bare ``endpoint`` host.
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
        auth: any ``httpx.Auth`` instead of ``BceAuth(access_key_id, secret_access_key)``; credentials are then
            not looked up.

    Raises:
        ValidationError: ``region``, ``scheme`` or ``endpoint`` is invalid.
        ValueError: no access key id or secret access key was given or found in the environment.
    """

    def __init__(
        self,
        *,
        region: str = "bj",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        security_token: str | None = None,
        endpoint: str | None = None,
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
        url = base_url(region, endpoint, scheme)
        super().__init__(
            base_url=url,
            auth=auth if auth is not None else _auth(access_key_id, secret_access_key, security_token),
            profile=PROFILE,
            raw_factory=generated_client("cloudprojects_gen_baidu_bls"),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> Projects:
        """The projects API: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import Projects

        return Projects(self)


class AsyncClient(AsyncClientCore):
    """Baidu AI Cloud BLS projects API, async.

    Args:
        region: BLS region (the spec's ``region`` server variable: ``bj``, ``gz``, ``su``, …); the host is
            ``bls-log.{region}.baidubce.com``.
        access_key_id: the AK; falls back to ``BCE_ACCESS_KEY_ID``, then ``BAIDU_BCE_AK``.
        secret_access_key: the SK; falls back to ``BCE_SECRET_ACCESS_KEY``, then ``BAIDU_BCE_SK``.
        security_token: STS session token for temporary keys; falls back to ``BCE_SESSION_TOKEN`` only when both
            keys come from the environment.
        endpoint: a host (``bls-log.gz.baidubce.com``, ``localhost:8080``) or URL used instead of the region's host.
        scheme: ``https`` (default) or ``http``, for the region's host or a bare ``endpoint`` host.
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
        auth: any ``httpx.Auth`` instead of ``BceAuth(access_key_id, secret_access_key)``; credentials are then
            not looked up.

    Raises:
        ValidationError: ``region``, ``scheme`` or ``endpoint`` is invalid.
        ValueError: no access key id or secret access key was given or found in the environment.
    """

    def __init__(
        self,
        *,
        region: str = "bj",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        security_token: str | None = None,
        endpoint: str | None = None,
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
        url = base_url(region, endpoint, scheme)
        super().__init__(
            base_url=url,
            auth=auth if auth is not None else _auth(access_key_id, secret_access_key, security_token),
            profile=PROFILE,
            raw_factory=generated_client("cloudprojects_gen_baidu_bls"),
            **options_from(locals()),
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        """The projects API, awaitable: list, create, get, update/replace, delete (and ``with_raw_response``)."""
        from ._projects import AsyncProjects

        return AsyncProjects(self)
