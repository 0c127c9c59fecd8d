"""NCP Media Intelligence clients: ``Client`` and ``AsyncClient``, signed with NCP API Gateway signature v2."""

from __future__ import annotations

import os
from functools import cached_property
from typing import Unpack

import httpx

from cloudprojects._core.client import AsyncClientCore, AsyncOptions, SyncClientCore, SyncOptions, credential
from cloudprojects.auth import NcpApiGatewayAuth
from cloudprojects_gen_ncp_media_intelligence import Client as RawClient

from ._profile import PROFILE
from ._projects import AsyncProjects, Projects

DEFAULT_BASE_URL = "https://mi.apigw.ntruss.com"
ACCESS_KEY_ENV = "NCLOUD_ACCESS_KEY"
SECRET_KEY_ENV = "NCLOUD_SECRET_KEY"
BASE_URL_ENV = "NCP_MEDIA_INTELLIGENCE_BASE_URL"


def _settings(
    access_key: str | None, secret_key: str | None, base_url: str | None, auth: httpx.Auth | None
) -> tuple[httpx.Auth, str]:
    if auth is None:
        auth = NcpApiGatewayAuth(
            credential(access_key, ACCESS_KEY_ENV, "access_key"),
            credential(secret_key, SECRET_KEY_ENV, "secret_key"),
        )
    return auth, base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


class Client(SyncClientCore):
    """NAVER Cloud Platform Media Intelligence projects API.

    Every attempt is signed afresh (``x-ncp-apigw-timestamp``, ``x-ncp-iam-access-key``,
    ``x-ncp-apigw-signature-v2``). Errors carry the service or gateway ``code`` and, when the gateway sends
    one, the ``x-ncp-trace-id`` as ``request_id``.

    Args:
        access_key: Access Key ID (falls back to ``NCLOUD_ACCESS_KEY``, as the NCP Terraform provider and the
            Go SDK's environment provider read it).
        secret_key: Secret Key (falls back to ``NCLOUD_SECRET_KEY``).
        base_url: defaults to ``NCP_MEDIA_INTELLIGENCE_BASE_URL`` or ``https://mi.apigw.ntruss.com``.
        **options: ``transport``, ``timeout``, ``max_retries``, ``retry_policy``, ``sleep``
            (see :class:`cloudprojects._core.client.SyncOptions`).
        auth: any ``httpx.Auth`` instead of ``NcpApiGatewayAuth(access_key, secret_key)``.

    Raises:
        ValueError: a credential is neither passed nor in the environment, or is unusable.
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        **options: Unpack[SyncOptions],
    ) -> None:
        auth, url = _settings(access_key, secret_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda u, http: RawClient(base_url=u).set_httpx_client(http),
            **options,
        )

    @cached_property
    def projects(self) -> Projects:
        return Projects(self)


class AsyncClient(AsyncClientCore):
    """NAVER Cloud Platform Media Intelligence projects API, async. Same arguments as :class:`Client`."""

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        **options: Unpack[AsyncOptions],
    ) -> None:
        auth, url = _settings(access_key, secret_key, base_url, auth)
        super().__init__(
            base_url=url,
            auth=auth,
            profile=PROFILE,
            raw_factory=lambda u, http: RawClient(base_url=u).set_async_httpx_client(http),
            **options,
        )

    @cached_property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)
