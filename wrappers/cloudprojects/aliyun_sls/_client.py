"""SLS clients: ``Client`` and ``AsyncClient``, signed with SLS signature V1 (``Authorization: LOG <ak>:<sig>``)."""

from __future__ import annotations

import os
from functools import cached_property
from typing import Unpack

import httpx

from cloudprojects._core.client import AsyncClientCore, AsyncOptions, SyncClientCore, SyncOptions, credential
from cloudprojects.auth import AliyunSlsAuth

from ._endpoint import Endpoint
from ._profile import PROFILE
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
        **options: ``transport``, ``timeout``, ``max_retries``, ``retry_policy``, ``sleep``
            (see :class:`cloudprojects._core.client.SyncOptions`).
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
        **options: Unpack[SyncOptions],
    ) -> None:
        auth, where = _settings(endpoint, scheme, access_key_id, access_key_secret, security_token, auth)
        super().__init__(
            base_url=where.account_url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda _, http: RawClients(where, http),
            **options,
        )

    @cached_property
    def projects(self) -> Projects:
        return Projects(self)


class AsyncClient(AsyncClientCore):
    """Alibaba Cloud Simple Log Service (SLS) projects API, async. Same arguments as :class:`Client`."""

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
        **options: Unpack[AsyncOptions],
    ) -> None:
        auth, where = _settings(endpoint, scheme, access_key_id, access_key_secret, security_token, auth)
        super().__init__(
            base_url=where.account_url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda _, http: AsyncRawClients(where, http),
            **options,
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)
