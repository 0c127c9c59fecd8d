"""``client.raw``: the generated clients (account and per-project), sharing the facade's httpx client.

The generated functions send relative URLs (``/``), so a project client needs a base URL of its own. Each one
gets a small httpx client whose transport hands every request to the facade's httpx client: one connection
pool, and the same auth (a fresh signature per request), proxies and timeouts.
"""

from __future__ import annotations

import httpx

from cloudprojects._core.http import AsyncThrough, Through
from cloudprojects_gen_aliyun_sls.account import Client as AccountClient
from cloudprojects_gen_aliyun_sls.project import Client as ProjectClient

from ._calls import check_project
from ._endpoint import Endpoint


class _RawBase:
    """What the sync and async holders share: the endpoint and the project-name check."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    def _target(self, project: str, defaults: httpx.Headers) -> tuple[str, dict[str, str]]:
        check_project(project)
        return self.endpoint.project_url(project), {**defaults, **(self.endpoint.project_headers(project) or {})}


class RawClients(_RawBase):
    """The generated clients of both SLS specs.

    Attributes:
        account: ``cloudprojects_gen_aliyun_sls.account.Client`` on ``{endpoint}`` (list_projects, create_project).
        endpoint: where requests go.
    """

    def __init__(self, endpoint: Endpoint, http: httpx.Client) -> None:
        super().__init__(endpoint)
        self.account = AccountClient(base_url=endpoint.account_url).set_httpx_client(http)
        self._http = http

    def project(self, project: str) -> ProjectClient:
        """A ``cloudprojects_gen_aliyun_sls.project.Client`` for ``{project}.{endpoint}`` (get, update, delete)."""
        url, headers = self._target(project, self._http.headers)
        through = Through(self._http)
        http = httpx.Client(base_url=url, headers=headers, timeout=self._http.timeout, transport=through)
        return ProjectClient(base_url=url).set_httpx_client(http)


class AsyncRawClients(_RawBase):
    """The generated clients of both SLS specs, for ``asyncio_detailed``. Same attributes as RawClients."""

    def __init__(self, endpoint: Endpoint, http: httpx.AsyncClient) -> None:
        super().__init__(endpoint)
        self.account = AccountClient(base_url=endpoint.account_url).set_async_httpx_client(http)
        self._http = http

    def project(self, project: str) -> ProjectClient:
        """A ``cloudprojects_gen_aliyun_sls.project.Client`` for ``{project}.{endpoint}`` (get, update, delete)."""
        url, headers = self._target(project, self._http.headers)
        through = AsyncThrough(self._http)
        http = httpx.AsyncClient(base_url=url, headers=headers, timeout=self._http.timeout, transport=through)
        return ProjectClient(base_url=url).set_async_httpx_client(http)
