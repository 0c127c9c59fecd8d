"""``client.projects`` for Gcore Cloud: list, create, get, update (PATCH), replace (PUT, the seed; deprecated
upstream), delete."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, cast

import httpx

from cloudprojects._core.executor import Outcome
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager, async_pager_to_raw, pager_to_raw
from cloudprojects._core.response import async_to_raw, to_raw
from cloudprojects_gen_gcore_cloud.models import Project, ProjectOrderBy, TaskIdList

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 100
REPLACE_DEPRECATION = (
    "gcore_cloud: projects.replace() sends PUT /cloud/v1/projects/{project_id}, which Gcore marks deprecated;"
    " use projects.update() (PATCH) instead"
)


class Projects:
    """Gcore Cloud projects (``/cloud/v1/projects``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return ProjectsWithRawResponse(self)

    def list(
        self,
        *,
        name: str | None = None,
        include_deleted: bool = False,
        order_by: ProjectOrderBy | None = None,
        client_id: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPager[Project]:
        """Every project, following ``limit``/``offset`` pages lazily. ``GET /cloud/v1/projects``.

        Iterate for the projects, or call ``.pages()`` for the pages (``items``, ``total``, ``next``, ``request_id``).
        The arguments are checked now; nothing is sent before the first item or page is asked for.

        Args:
            name: Return only projects with this name (filter).
            include_deleted: Also return deleted projects.
            order_by: Sort order of the results.
            client_id: Return the projects of this client (account) ID. Only meaningful for administrator/reseller
                tokens; documented in the API reference but not exposed by the official SDK.
            page_size: Maximum number of projects to return (page size).
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
        build = partial(
            _calls.list_page,
            page_size=page_size,
            name=name,
            include_deleted=include_deleted,
            order_by=order_by,
            client_id=client_id,
        )
        build(0)  # validate the arguments now, not on first iteration
        client = self._client

        def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return SyncPager(0, fetch)

    def create(
        self,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create a project. ``POST /cloud/v1/projects``.

        Args:
            name: Project name, unique per client: 3-63 characters, starting with a letter or digit, then letters,
                digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`.
            description: Description of the project.
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
            BadRequestError: the provider refused the body (e.g. a duplicate name).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", self._client._run(_calls.create(name=name, description=description), options))

    def get(
        self,
        project_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project. ``GET /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
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
            ValidationError: ``project_id`` is not an int64 (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", self._client._run(_calls.get(project_id), options))

    def update(
        self,
        project_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Change only the fields given. ``PATCH /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
            name: New project name, unique per client: 3-63 characters, starting with a letter or digit, then letters,
                digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`.
            description: New description of the project (a string, as the official SDK's `ProjectUpdateParams` types it;
                `null` is not part of the contract).
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
        return cast(
            "Project", self._client._run(_calls.update(project_id, name=name, description=description), options)
        )

    def replace(
        self,
        project_id: int,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Replace name and description (the seed's call). ``PUT /cloud/v1/projects/{project_id}``.

        Deprecated upstream: Gcore marks this PUT deprecated, so every call emits a ``DeprecationWarning``; use
        :meth:`update` (PATCH). It keeps working exactly as seed 003 documents it.

        Args:
            project_id: Project ID.
            name: Name of the entity, following a specific format: 3-63 characters, starting with a letter or digit,
                then letters, digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`. Unique per
                client.
            description: Description of the project.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The replaced Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        warnings.warn(REPLACE_DEPRECATION, DeprecationWarning, stacklevel=2)
        return cast(
            "Project", self._client._run(_calls.replace(project_id, name=name, description=description), options)
        )

    def delete(
        self,
        project_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TaskIdList:
        """Delete a project and all its resources. ``DELETE /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The ids of the tasks that carry out the deletion.

        Raises:
            ValidationError: ``project_id`` is not an int64 (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("TaskIdList", self._client._run(_calls.delete(project_id), options))


class AsyncProjects:
    """Gcore Cloud projects (``/cloud/v1/projects``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return AsyncProjectsWithRawResponse(self)

    def list(
        self,
        *,
        name: str | None = None,
        include_deleted: bool = False,
        order_by: ProjectOrderBy | None = None,
        client_id: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPager[Project]:
        """Every project, following ``limit``/``offset`` pages lazily. ``GET /cloud/v1/projects``.

        Iterate for the projects, or call ``.pages()`` for the pages (``items``, ``total``, ``next``, ``request_id``).
        The arguments are checked now; nothing is sent before the first item or page is asked for.

        Args:
            name: Return only projects with this name (filter).
            include_deleted: Also return deleted projects.
            order_by: Sort order of the results.
            client_id: Return the projects of this client (account) ID. Only meaningful for administrator/reseller
                tokens; documented in the API reference but not exposed by the official SDK.
            page_size: Maximum number of projects to return (page size).
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
        build = partial(
            _calls.list_page,
            page_size=page_size,
            name=name,
            include_deleted=include_deleted,
            order_by=order_by,
            client_id=client_id,
        )
        build(0)  # validate the arguments now, not on first iteration
        client = self._client

        async def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return await client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return AsyncPager(0, fetch)

    async def create(
        self,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create a project. ``POST /cloud/v1/projects``.

        Args:
            name: Project name, unique per client: 3-63 characters, starting with a letter or digit, then letters,
                digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`.
            description: Description of the project.
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
            BadRequestError: the provider refused the body (e.g. a duplicate name).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", await self._client._run(_calls.create(name=name, description=description), options))

    async def get(
        self,
        project_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project. ``GET /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
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
            ValidationError: ``project_id`` is not an int64 (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", await self._client._run(_calls.get(project_id), options))

    async def update(
        self,
        project_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Change only the fields given. ``PATCH /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
            name: New project name, unique per client: 3-63 characters, starting with a letter or digit, then letters,
                digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`.
            description: New description of the project (a string, as the official SDK's `ProjectUpdateParams` types it;
                `null` is not part of the contract).
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
        return cast(
            "Project", await self._client._run(_calls.update(project_id, name=name, description=description), options)
        )

    async def replace(
        self,
        project_id: int,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Replace name and description (the seed's call). ``PUT /cloud/v1/projects/{project_id}``.

        Deprecated upstream: Gcore marks this PUT deprecated, so every call emits a ``DeprecationWarning``; use
        :meth:`update` (PATCH). It keeps working exactly as seed 003 documents it.

        Args:
            project_id: Project ID.
            name: Name of the entity, following a specific format: 3-63 characters, starting with a letter or digit,
                then letters, digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`. Unique per
                client.
            description: Description of the project.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The replaced Project.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        warnings.warn(REPLACE_DEPRECATION, DeprecationWarning, stacklevel=2)
        return cast(
            "Project", await self._client._run(_calls.replace(project_id, name=name, description=description), options)
        )

    async def delete(
        self,
        project_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TaskIdList:
        """Delete a project and all its resources. ``DELETE /cloud/v1/projects/{project_id}``.

        Args:
            project_id: Project ID.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The ids of the tasks that carry out the deletion.

        Raises:
            ValidationError: ``project_id`` is not an int64 (nothing is sent).
            NotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("TaskIdList", await self._client._run(_calls.delete(project_id), options))


class ProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`Projects`, returning a RawResponse."""

    def __init__(self, projects: Projects) -> None:
        self.list = pager_to_raw(projects.list)
        self.create = to_raw(projects.create)
        self.get = to_raw(projects.get)
        self.update = to_raw(projects.update)
        self.replace = to_raw(projects.replace)
        self.delete = to_raw(projects.delete)


class AsyncProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`AsyncProjects`, returning a RawResponse."""

    def __init__(self, projects: AsyncProjects) -> None:
        self.list = async_pager_to_raw(projects.list)
        self.create = async_to_raw(projects.create)
        self.get = async_to_raw(projects.get)
        self.update = async_to_raw(projects.update)
        self.replace = async_to_raw(projects.replace)
        self.delete = async_to_raw(projects.delete)
