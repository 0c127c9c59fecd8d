"""``client.projects`` for NCP Media Intelligence: list, create, get, update (PATCH, the seed), delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from cloudprojects._core.pagination import Page, aiterate, iterate
from cloudprojects_gen_ncp_media_intelligence.models import Project

from . import _calls
from ._calls import ProjectId

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

_ONLY_PAGE = 0


class Projects:
    """Projects of a workspace (``/api/v1/workspaces/{workspace_name}/projects``).

    Workspaces are addressed by name, projects by ID (digits, or the ``int`` ``projectId``).
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(self, workspace_name: str) -> Iterator[Project]:
        """Every project of the workspace, the default one included.

        ``GET /api/v1/workspaces/{workspace_name}/projects``. The API has no pagination: one request returns
        the whole list, so there is no ``page_size``. Validated now; sent on first iteration.
        """
        call = _calls.list_all(self._client.raw, workspace_name)

        def fetch(_: Any) -> Page[Project]:
            return Page(cast("list[Project]", self._client._run(call)), None)

        return iterate(_ONLY_PAGE, fetch)

    def create(self, workspace_name: str, *, name: str) -> Project:
        """Create a project. ``POST /api/v1/workspaces/{workspace_name}/projects``."""
        return cast(Project, self._client._run(_calls.create(self._client.raw, workspace_name, name=name)))

    def get(self, workspace_name: str, project_id: ProjectId) -> Project:
        """One project. ``GET /api/v1/workspaces/{workspace_name}/projects/{project_id}``."""
        return cast(Project, self._client._run(_calls.get(self._client.raw, workspace_name, project_id)))

    def update(self, workspace_name: str, project_id: ProjectId, *, name: str) -> Project:
        """Rename a project (the only editable field; the default project cannot be edited).

        ``PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}``.
        """
        call = _calls.update(self._client.raw, workspace_name, project_id, name=name)
        return cast(Project, self._client._run(call))

    def delete(self, workspace_name: str, project_id: ProjectId) -> None:
        """Delete a project (not the default one).

        ``DELETE /api/v1/workspaces/{workspace_name}/projects/{project_id}``.
        """
        self._client._run(_calls.delete(self._client.raw, workspace_name, project_id))


class AsyncProjects:
    """Projects of a workspace (``/api/v1/workspaces/{workspace_name}/projects``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list(self, workspace_name: str) -> AsyncIterator[Project]:
        """Every project of the workspace, in one request. ``GET /api/v1/workspaces/{workspace_name}/projects``."""
        call = _calls.list_all(self._client.raw, workspace_name)

        async def fetch(_: Any) -> Page[Project]:
            return Page(cast("list[Project]", await self._client._run(call)), None)

        return aiterate(_ONLY_PAGE, fetch)

    async def create(self, workspace_name: str, *, name: str) -> Project:
        """Create a project. ``POST /api/v1/workspaces/{workspace_name}/projects``."""
        return cast(Project, await self._client._run(_calls.create(self._client.raw, workspace_name, name=name)))

    async def get(self, workspace_name: str, project_id: ProjectId) -> Project:
        """One project. ``GET /api/v1/workspaces/{workspace_name}/projects/{project_id}``."""
        return cast(Project, await self._client._run(_calls.get(self._client.raw, workspace_name, project_id)))

    async def update(self, workspace_name: str, project_id: ProjectId, *, name: str) -> Project:
        """Rename a project. ``PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}``."""
        call = _calls.update(self._client.raw, workspace_name, project_id, name=name)
        return cast(Project, await self._client._run(call))

    async def delete(self, workspace_name: str, project_id: ProjectId) -> None:
        """Delete a project. ``DELETE /api/v1/workspaces/{workspace_name}/projects/{project_id}``."""
        await self._client._run(_calls.delete(self._client.raw, workspace_name, project_id))
