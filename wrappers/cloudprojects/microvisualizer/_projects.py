"""``client.projects`` for MicroVisualizer: list, create, get, update (PUT, partial; the seed), delete,
duplicate, and the calling member's pins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from cloudprojects._core.pagination import Page, aiterate, iterate
from cloudprojects_gen_microvisualizer.models import PinnedProject, Project, ProjectPage
from cloudprojects_gen_microvisualizer.types import UNSET, Unset

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 20
PinnedProjects = list[PinnedProject]  # ``list`` is a method name inside the classes


class Projects:
    """MicroVisualizer projects (``/v1/projects``, ``/v1/pinned``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        pinned: bool | None = None,
        archived: bool | None = None,
        created_by: str | None = None,
        query: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Project]:
        """Every project (most recently updated first), following 0-based ``page``/``size`` pages lazily.

        ``GET /v1/projects``. ``None`` filters are not sent; ``page_size`` is 1-100.
        """
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            pinned=pinned,
            archived=archived,
            created_by=created_by,
            query=query,
        )
        build(_calls.FIRST_PAGE)  # validate the arguments now, not on first iteration

        def fetch(page: int) -> Page[Project]:
            return _calls.next_page(page, cast(ProjectPage, self._client._run(build(page))))

        return iterate(_calls.FIRST_PAGE, fetch)

    def create(self, *, name: str, description: str) -> Project:
        """Create an empty project (answers 200). ``POST /v1/projects``.

        Raises:
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        return cast(Project, self._client._run(_calls.create(self._client.raw, name=name, description=description)))

    def get(self, project_id: str) -> Project:
        """One project, without its services. ``GET /v1/projects/{projectId}``.

        Raises:
            ProjectNotFoundError: no such project.
        """
        return cast(Project, self._client._run(_calls.get(self._client.raw, project_id)))

    def update(
        self,
        project_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
    ) -> Project:
        """Change only the fields given (none of them accepts ``None``). ``PUT /v1/projects/{projectId}``.

        Raises:
            ProjectNotFoundError: no such project.
        """
        call = _calls.update(self._client.raw, project_id, name=name, description=description, archived=archived)
        return cast(Project, self._client._run(call))

    def delete(self, project_id: str) -> None:
        """Delete a project and all its data for good (answers 204). ``DELETE /v1/projects/{projectId}``.

        Raises:
            ProjectNotFoundError: no such project (also on a repeated delete).
        """
        self._client._run(_calls.delete(self._client.raw, project_id))

    def duplicate(self, project_id: str, *, name: str | Unset = UNSET) -> Project:
        """Copy a project with all its contents; the copy keeps the name unless ``name`` is given.

        ``POST /v1/projects/{projectId}/duplicate`` (body ``{}`` without ``name``).

        Raises:
            ProjectNotFoundError: no such source project.
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        return cast(Project, self._client._run(_calls.duplicate(self._client.raw, project_id, name=name)))

    def pin(self, project_id: str) -> PinnedProject:
        """Pin a project for the calling member. ``POST /v1/pinned``."""
        return cast(PinnedProject, self._client._run(_calls.pin(self._client.raw, project_id)))

    def unpin(self, project_id: str) -> None:
        """Unpin a project (answers 204). ``DELETE /v1/pinned/{projectId}``.

        Raises:
            ProjectNotFoundError: no such project, or it is not pinned.
        """
        self._client._run(_calls.unpin(self._client.raw, project_id))

    def list_pinned(self) -> PinnedProjects:
        """The calling member's pins, most recent first (not paginated). ``GET /v1/pinned``."""
        return cast(PinnedProjects, self._client._run(_calls.list_pinned(self._client.raw)))


class AsyncProjects:
    """MicroVisualizer projects (``/v1/projects``, ``/v1/pinned``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        pinned: bool | None = None,
        archived: bool | None = None,
        created_by: str | None = None,
        query: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[Project]:
        """Every project (most recently updated first), following 0-based ``page``/``size`` pages lazily.

        ``GET /v1/projects``. ``None`` filters are not sent; ``page_size`` is 1-100.
        """
        build = partial(
            _calls.list_page,
            self._client.raw,
            page_size=page_size,
            pinned=pinned,
            archived=archived,
            created_by=created_by,
            query=query,
        )
        build(_calls.FIRST_PAGE)

        async def fetch(page: int) -> Page[Project]:
            return _calls.next_page(page, cast(ProjectPage, await self._client._run(build(page))))

        return aiterate(_calls.FIRST_PAGE, fetch)

    async def create(self, *, name: str, description: str) -> Project:
        """Create an empty project (answers 200). ``POST /v1/projects``."""
        call = _calls.create(self._client.raw, name=name, description=description)
        return cast(Project, await self._client._run(call))

    async def get(self, project_id: str) -> Project:
        """One project, without its services. ``GET /v1/projects/{projectId}``."""
        return cast(Project, await self._client._run(_calls.get(self._client.raw, project_id)))

    async def update(
        self,
        project_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
    ) -> Project:
        """Change only the fields given (none of them accepts ``None``). ``PUT /v1/projects/{projectId}``."""
        call = _calls.update(self._client.raw, project_id, name=name, description=description, archived=archived)
        return cast(Project, await self._client._run(call))

    async def delete(self, project_id: str) -> None:
        """Delete a project and all its data for good (answers 204). ``DELETE /v1/projects/{projectId}``."""
        await self._client._run(_calls.delete(self._client.raw, project_id))

    async def duplicate(self, project_id: str, *, name: str | Unset = UNSET) -> Project:
        """Copy a project with all its contents. ``POST /v1/projects/{projectId}/duplicate``."""
        return cast(Project, await self._client._run(_calls.duplicate(self._client.raw, project_id, name=name)))

    async def pin(self, project_id: str) -> PinnedProject:
        """Pin a project for the calling member. ``POST /v1/pinned``."""
        return cast(PinnedProject, await self._client._run(_calls.pin(self._client.raw, project_id)))

    async def unpin(self, project_id: str) -> None:
        """Unpin a project (answers 204). ``DELETE /v1/pinned/{projectId}``."""
        await self._client._run(_calls.unpin(self._client.raw, project_id))

    async def list_pinned(self) -> PinnedProjects:
        """The calling member's pins, most recent first (not paginated). ``GET /v1/pinned``."""
        return cast(PinnedProjects, await self._client._run(_calls.list_pinned(self._client.raw)))
