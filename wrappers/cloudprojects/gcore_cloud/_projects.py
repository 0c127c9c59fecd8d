"""``client.projects`` for Gcore Cloud: list, create, get, update (PATCH), replace (PUT, the seed), delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from cloudprojects._core.pagination import Page, aiterate, iterate
from cloudprojects_gen_gcore_cloud.models import Project, ProjectList, ProjectOrderBy, TaskIdList
from cloudprojects_gen_gcore_cloud.types import UNSET, Unset

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 100


class Projects:
    """Gcore Cloud projects (``/cloud/v1/projects``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        name: str | None = None,
        include_deleted: bool = False,
        order_by: ProjectOrderBy | None = None,
        client_id: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Project]:
        """Every project, following ``limit``/``offset`` pages lazily. ``GET /cloud/v1/projects``."""
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            name=name,
            include_deleted=include_deleted,
            order_by=order_by,
            client_id=client_id,
        )
        build(0)  # validate the arguments now, not on first iteration

        def fetch(offset: int) -> Page[Project]:
            return _calls.next_page(offset, cast(ProjectList, self._client._run(build(offset))))

        return iterate(0, fetch)

    def create(self, *, name: str, description: str | Unset | None = UNSET) -> Project:
        """Create a project. ``POST /cloud/v1/projects``."""
        return cast(Project, self._client._run(_calls.create(self._client.raw, name=name, description=description)))

    def get(self, project_id: int) -> Project:
        """One project. ``GET /cloud/v1/projects/{project_id}``."""
        return cast(Project, self._client._run(_calls.get(self._client.raw, project_id)))

    def update(self, project_id: int, *, name: str | Unset = UNSET, description: str | Unset | None = UNSET) -> Project:
        """Change only the fields given (``None`` clears the description). ``PATCH /cloud/v1/projects/{project_id}``."""
        call = _calls.update(self._client.raw, project_id, name=name, description=description)
        return cast(Project, self._client._run(call))

    def replace(self, project_id: int, *, name: str, description: str | Unset | None = UNSET) -> Project:
        """Replace name and description (deprecated upstream; the seed). ``PUT /cloud/v1/projects/{project_id}``."""
        call = _calls.replace(self._client.raw, project_id, name=name, description=description)
        return cast(Project, self._client._run(call))

    def delete(self, project_id: int) -> TaskIdList:
        """Delete a project and all its resources; returns the task ids. ``DELETE /cloud/v1/projects/{project_id}``."""
        return cast(TaskIdList, self._client._run(_calls.delete(self._client.raw, project_id)))


class AsyncProjects:
    """Gcore Cloud projects (``/cloud/v1/projects``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        name: str | None = None,
        include_deleted: bool = False,
        order_by: ProjectOrderBy | None = None,
        client_id: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[Project]:
        """Every project, following ``limit``/``offset`` pages lazily. ``GET /cloud/v1/projects``."""
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            name=name,
            include_deleted=include_deleted,
            order_by=order_by,
            client_id=client_id,
        )
        build(0)

        async def fetch(offset: int) -> Page[Project]:
            return _calls.next_page(offset, cast(ProjectList, await self._client._run(build(offset))))

        return aiterate(0, fetch)

    async def create(self, *, name: str, description: str | Unset | None = UNSET) -> Project:
        """Create a project. ``POST /cloud/v1/projects``."""
        call = _calls.create(self._client.raw, name=name, description=description)
        return cast(Project, await self._client._run(call))

    async def get(self, project_id: int) -> Project:
        """One project. ``GET /cloud/v1/projects/{project_id}``."""
        return cast(Project, await self._client._run(_calls.get(self._client.raw, project_id)))

    async def update(
        self, project_id: int, *, name: str | Unset = UNSET, description: str | Unset | None = UNSET
    ) -> Project:
        """Change only the fields given (``None`` clears the description). ``PATCH /cloud/v1/projects/{project_id}``."""
        call = _calls.update(self._client.raw, project_id, name=name, description=description)
        return cast(Project, await self._client._run(call))

    async def replace(self, project_id: int, *, name: str, description: str | Unset | None = UNSET) -> Project:
        """Replace name and description (deprecated upstream; the seed). ``PUT /cloud/v1/projects/{project_id}``."""
        call = _calls.replace(self._client.raw, project_id, name=name, description=description)
        return cast(Project, await self._client._run(call))

    async def delete(self, project_id: int) -> TaskIdList:
        """Delete a project and all its resources; returns the task ids. ``DELETE /cloud/v1/projects/{project_id}``."""
        return cast(TaskIdList, await self._client._run(_calls.delete(self._client.raw, project_id)))
