"""``client.projects`` for NCP Media Intelligence: list, create, get, update (PATCH, the seed), delete."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx

from cloudprojects._core.executor import Outcome
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager, async_pager_to_raw, pager_to_raw
from cloudprojects._core.response import async_to_raw, to_raw
from cloudprojects_gen_ncp_media_intelligence.models import Project

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

from ._calls import ProjectId

ONLY_PAGE = 0


class Projects:
    """Projects of a workspace (``/api/v1/workspaces/{workspace_name}/projects``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return ProjectsWithRawResponse(self)

    def list(
        self,
        workspace_name: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPager[Project]:
        """Every project of the workspace, the default one included.

        ``GET /api/v1/workspaces/{workspace_name}/projects``. The API has no pagination: one request returns the whole
        list (one page), so there is no ``page_size``. Validated now; sent on first iteration.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            A pager: iterate it for every Project, or use ``.pages()``.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        call = _calls.list_all(workspace_name)
        client = self._client

        def fetch(_: Any) -> tuple[Page[Project], Outcome]:
            return client._page(call, options, _calls.whole_list)

        return SyncPager(ONLY_PAGE, fetch)

    def create(
        self,
        workspace_name: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create a project. ``POST /api/v1/workspaces/{workspace_name}/projects``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            name: Project name: 1 to 100 characters (the minimum is not documented; 1 assumed); letters, digits and
                special characters except semicolon (`;`), vertical bar (`|`) and backtick (`` ` ``); control characters
                are rejected here as well. Must be unique within the workspace.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The new Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", self._client._run(_calls.create(workspace_name, name=name), options))

    def get(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project. ``GET /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", self._client._run(_calls.get(workspace_name, project_id), options))

    def update(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Rename a project (the only editable field; the default project cannot be edited).

        ``PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            name: Project name: 1 to 100 characters (the minimum is not documented; 1 assumed); letters, digits and
                special characters except semicolon (`;`), vertical bar (`|`) and backtick (`` ` ``); control characters
                are rejected here as well. Must be unique within the workspace.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The updated Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", self._client._run(_calls.update(workspace_name, project_id, name=name), options))

    def delete(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project (not the default one).

        ``DELETE /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, self._client._run(_calls.delete(workspace_name, project_id), options))


class AsyncProjects:
    """Projects of a workspace (``/api/v1/workspaces/{workspace_name}/projects``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return AsyncProjectsWithRawResponse(self)

    def list(
        self,
        workspace_name: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPager[Project]:
        """Every project of the workspace, the default one included.

        ``GET /api/v1/workspaces/{workspace_name}/projects``. The API has no pagination: one request returns the whole
        list (one page), so there is no ``page_size``. Validated now; sent on first iteration.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            A pager: iterate it for every Project, or use ``.pages()``.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        call = _calls.list_all(workspace_name)
        client = self._client

        async def fetch(_: Any) -> tuple[Page[Project], Outcome]:
            return await client._page(call, options, _calls.whole_list)

        return AsyncPager(ONLY_PAGE, fetch)

    async def create(
        self,
        workspace_name: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create a project. ``POST /api/v1/workspaces/{workspace_name}/projects``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            name: Project name: 1 to 100 characters (the minimum is not documented; 1 assumed); letters, digits and
                special characters except semicolon (`;`), vertical bar (`|`) and backtick (`` ` ``); control characters
                are rejected here as well. Must be unique within the workspace.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The new Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", await self._client._run(_calls.create(workspace_name, name=name), options))

    async def get(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project. ``GET /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", await self._client._run(_calls.get(workspace_name, project_id), options))

    async def update(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        name: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Rename a project (the only editable field; the default project cannot be edited).

        ``PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            name: Project name: 1 to 100 characters (the minimum is not documented; 1 assumed); letters, digits and
                special characters except semicolon (`;`), vertical bar (`|`) and backtick (`` ` ``); control characters
                are rejected here as well. Must be unique within the workspace.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The updated Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", await self._client._run(_calls.update(workspace_name, project_id, name=name), options))

    async def delete(
        self,
        workspace_name: str,
        project_id: ProjectId,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project (not the default one).

        ``DELETE /api/v1/workspaces/{workspace_name}/projects/{project_id}``.

        Args:
            workspace_name: Workspace name. The API's constraints on workspace names are not documented in the sources;
                any non-empty string other than the dot segments `.` and `..` is accepted here (it is percent-encoded
                into the path, but a dot segment would still be resolved away by URL normalisation).
            project_id: Project ID. Documented as a String path parameter, while the same ID is an integer (`projectId`)
                in response bodies; pass its decimal digits, e.g. `1234`.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, await self._client._run(_calls.delete(workspace_name, project_id), options))


class ProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`Projects`, returning a RawResponse."""

    def __init__(self, projects: Projects) -> None:
        self.list = pager_to_raw(projects.list)
        self.create = to_raw(projects.create)
        self.get = to_raw(projects.get)
        self.update = to_raw(projects.update)
        self.delete = to_raw(projects.delete)


class AsyncProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`AsyncProjects`, returning a RawResponse."""

    def __init__(self, projects: AsyncProjects) -> None:
        self.list = async_pager_to_raw(projects.list)
        self.create = async_to_raw(projects.create)
        self.get = async_to_raw(projects.get)
        self.update = async_to_raw(projects.update)
        self.delete = async_to_raw(projects.delete)
