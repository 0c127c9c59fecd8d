"""``client.projects`` for SLS: list and create on the endpoint; get, update (the seed), delete on the project host.

``list`` yields ``cloudprojects_gen_aliyun_sls.account.models.Project`` and ``get`` returns
``cloudprojects_gen_aliyun_sls.project.models.Project``: one schema, generated once per spec document.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from cloudprojects._core.pagination import Page, aiterate, iterate
from cloudprojects_gen_aliyun_sls.account import models as account_models
from cloudprojects_gen_aliyun_sls.account.types import UNSET, Unset
from cloudprojects_gen_aliyun_sls.project import models as project_models
from cloudprojects_gen_aliyun_sls.project import types as project_types

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 100
RedundancyType = account_models.ProjectCreateRequestDataRedundancyType


class Projects:
    """SLS projects of one region endpoint."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        project_name: str | None = None,
        description: str | None = None,
        resource_group_id: str | None = None,
        fetch_quota: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[account_models.Project]:
        """Every project (name and description filters are fuzzy), following ``offset``/``size`` pages lazily.

        ``GET /`` on ``{endpoint}`` (ListProject).
        """
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            fetch_quota=fetch_quota,
        )
        build(0)  # validate the arguments now, not on first iteration

        def fetch(offset: int) -> Page[account_models.Project]:
            return _calls.next_page(offset, cast(account_models.ProjectList, self._client._run(build(offset))))

        return iterate(0, fetch)

    def create(
        self,
        project_name: str,
        *,
        description: str,
        resource_group_id: str | Unset = UNSET,
        data_redundancy_type: RedundancyType | Unset = UNSET,
        recycle_bin_enabled: bool | Unset = UNSET,
    ) -> None:
        """Create a project. ``POST /`` on ``{endpoint}`` (CreateProject).

        Not idempotent: retried only when the request never left (connect errors), never on a status or a read
        timeout.

        Raises:
            ProjectAlreadyExistsError: the name is taken in the region (HTTP 400 ``ProjectAlreadyExist``).
        """
        call = _calls.create(
            self._client.raw,
            project_name,
            description=description,
            resource_group_id=resource_group_id,
            data_redundancy_type=data_redundancy_type,
            recycle_bin_enabled=recycle_bin_enabled,
        )
        self._client._run(call)

    def get(self, project: str) -> project_models.Project:
        """One project. ``GET /`` on ``{project}.{endpoint}`` (GetProject).

        Raises:
            ProjectNotFoundError: no such project in the region.
        """
        return cast(project_models.Project, self._client._run(_calls.get(self._client.raw, project)))

    def update(
        self, project: str, *, description: str, recycle_bin_enabled: bool | project_types.Unset = project_types.UNSET
    ) -> None:
        """Set the description (and the recycle bin, when given). ``PUT /`` on ``{project}.{endpoint}``.

        Raises:
            ProjectNotFoundError: no such project in the region.
        """
        call = _calls.update(
            self._client.raw, project, description=description, recycle_bin_enabled=recycle_bin_enabled
        )
        self._client._run(call)

    def delete(self, project: str, *, force_delete: bool | None = None) -> None:
        """Delete a project and, irreversibly, all its data. ``DELETE /`` on ``{project}.{endpoint}``.

        Raises:
            ProjectNotFoundError: no such project in the region (also when a retry follows a lost answer to a
                deletion that succeeded).
        """
        self._client._run(_calls.delete(self._client.raw, project, force_delete=force_delete))


class AsyncProjects:
    """SLS projects of one region endpoint, async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        project_name: str | None = None,
        description: str | None = None,
        resource_group_id: str | None = None,
        fetch_quota: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[account_models.Project]:
        """Every project (name and description filters are fuzzy), following ``offset``/``size`` pages lazily.

        ``GET /`` on ``{endpoint}`` (ListProject).
        """
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            fetch_quota=fetch_quota,
        )
        build(0)

        async def fetch(offset: int) -> Page[account_models.Project]:
            return _calls.next_page(offset, cast(account_models.ProjectList, await self._client._run(build(offset))))

        return aiterate(0, fetch)

    async def create(
        self,
        project_name: str,
        *,
        description: str,
        resource_group_id: str | Unset = UNSET,
        data_redundancy_type: RedundancyType | Unset = UNSET,
        recycle_bin_enabled: bool | Unset = UNSET,
    ) -> None:
        """Create a project. ``POST /`` on ``{endpoint}`` (CreateProject).

        Not idempotent: retried only when the request never left (connect errors), never on a status or a read
        timeout.

        Raises:
            ProjectAlreadyExistsError: the name is taken in the region (HTTP 400 ``ProjectAlreadyExist``).
        """
        call = _calls.create(
            self._client.raw,
            project_name,
            description=description,
            resource_group_id=resource_group_id,
            data_redundancy_type=data_redundancy_type,
            recycle_bin_enabled=recycle_bin_enabled,
        )
        await self._client._run(call)

    async def get(self, project: str) -> project_models.Project:
        """One project. ``GET /`` on ``{project}.{endpoint}`` (GetProject).

        Raises:
            ProjectNotFoundError: no such project in the region.
        """
        return cast(project_models.Project, await self._client._run(_calls.get(self._client.raw, project)))

    async def update(
        self, project: str, *, description: str, recycle_bin_enabled: bool | project_types.Unset = project_types.UNSET
    ) -> None:
        """Set the description (and the recycle bin, when given). ``PUT /`` on ``{project}.{endpoint}``.

        Raises:
            ProjectNotFoundError: no such project in the region.
        """
        call = _calls.update(
            self._client.raw, project, description=description, recycle_bin_enabled=recycle_bin_enabled
        )
        await self._client._run(call)

    async def delete(self, project: str, *, force_delete: bool | None = None) -> None:
        """Delete a project and, irreversibly, all its data. ``DELETE /`` on ``{project}.{endpoint}``.

        Raises:
            ProjectNotFoundError: no such project in the region (also when a retry follows a lost answer to a
                deletion that succeeded).
        """
        await self._client._run(_calls.delete(self._client.raw, project, force_delete=force_delete))
