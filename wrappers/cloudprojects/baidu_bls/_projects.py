"""``client.projects`` for BLS: list, create, get (the seed), update, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast
from uuid import UUID

from cloudprojects._core.pagination import Page, aiterate, iterate
from cloudprojects_gen_baidu_bls.models import Project, ProjectListOrder, ProjectListOrderBy, ProjectListResult
from cloudprojects_gen_baidu_bls.types import UNSET, Unset

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 10


class Projects:
    """BLS projects (log groups, ``/v1/project``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        order_by: ProjectListOrderBy | None = None,
        order: ProjectListOrder | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Project]:
        """Every project matching the keywords, following ``pageNo``/``pageSize`` lazily. ``POST /v1/project/list``.

        ``name`` and ``description`` are keywords the project's fields must contain. Only each page's
        ``projects`` are yielded; the envelope's separate ``default`` project is not added to them.
        """
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            name=name,
            description=description,
            order_by=order_by,
            order=order,
        )
        build(1)  # validate the arguments now, not on first iteration

        def fetch(page_no: int) -> Page[Project]:
            return _calls.next_page(page_no, cast(ProjectListResult, self._client._run(build(page_no))))

        return iterate(1, fetch)

    def create(self, *, name: str, description: str | Unset = UNSET) -> None:
        """Create a project. ``POST /v1/project``.

        BLS answers 201 without the new project (not even its uuid): find it with :meth:`list` by name.

        Raises:
            ProjectAlreadyExistsError: the name is taken in this region.
        """
        self._client._run(_calls.create(self._client.raw, name=name, description=description))

    def get(self, uuid: str | UUID) -> Project:
        """One project (DescribeProject, the seed). ``GET /v1/project/{uuid}``.

        Raises:
            ProjectNotFoundError: no project has this uuid.
        """
        return cast(Project, self._client._run(_calls.get(self._client.raw, uuid)))

    def update(self, uuid: str | UUID, *, description: str | Unset = UNSET, top: bool | Unset = UNSET) -> None:
        """Change only the fields given (the name cannot change). ``PUT /v1/project``, the uuid in the body.

        Raises:
            ProjectNotFoundError: no project has this uuid.
        """
        self._client._run(_calls.update(self._client.raw, uuid, description=description, top=top))

    def delete(self, uuid: str | UUID) -> None:
        """Delete an empty project. ``DELETE /v1/project/{uuid}``.

        Raises:
            ProjectNotEmptyError: the project still contains logstores.
            ProjectNotFoundError: no project has this uuid.
        """
        self._client._run(_calls.delete(self._client.raw, uuid))


class AsyncProjects:
    """BLS projects (log groups, ``/v1/project``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        order_by: ProjectListOrderBy | None = None,
        order: ProjectListOrder | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[Project]:
        """Every project matching the keywords, following ``pageNo``/``pageSize`` lazily. ``POST /v1/project/list``."""
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            name=name,
            description=description,
            order_by=order_by,
            order=order,
        )
        build(1)

        async def fetch(page_no: int) -> Page[Project]:
            return _calls.next_page(page_no, cast(ProjectListResult, await self._client._run(build(page_no))))

        return aiterate(1, fetch)

    async def create(self, *, name: str, description: str | Unset = UNSET) -> None:
        """Create a project; BLS returns nothing, not even the uuid. ``POST /v1/project``."""
        await self._client._run(_calls.create(self._client.raw, name=name, description=description))

    async def get(self, uuid: str | UUID) -> Project:
        """One project (DescribeProject, the seed). ``GET /v1/project/{uuid}``."""
        return cast(Project, await self._client._run(_calls.get(self._client.raw, uuid)))

    async def update(self, uuid: str | UUID, *, description: str | Unset = UNSET, top: bool | Unset = UNSET) -> None:
        """Change only the fields given (the name cannot change). ``PUT /v1/project``, the uuid in the body."""
        await self._client._run(_calls.update(self._client.raw, uuid, description=description, top=top))

    async def delete(self, uuid: str | UUID) -> None:
        """Delete an empty project. ``DELETE /v1/project/{uuid}``."""
        await self._client._run(_calls.delete(self._client.raw, uuid))
