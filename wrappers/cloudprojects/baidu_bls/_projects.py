"""``client.projects`` for BLS: list, create, get (the seed), update, delete."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from cloudprojects._core.executor import Outcome
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager, async_pager_to_raw, pager_to_raw
from cloudprojects._core.response import async_to_raw, to_raw
from cloudprojects_gen_baidu_bls.models import Project, ProjectListOrder, ProjectListOrderBy

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 10
FIRST_PAGE = 1


class Projects:
    """BLS projects (log groups, ``/v1/project``)."""

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
        description: str | None = None,
        order_by: ProjectListOrderBy | None = None,
        order: ProjectListOrder | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPager[Project]:
        """Every project matching the keywords, following ``pageNo``/``pageSize`` lazily. ``POST /v1/project/list``.

        Only each page's ``projects`` are yielded; the envelope's separate ``default`` project is not added to them.
        Iterate for the projects, or call ``.pages()`` for the pages (``items``, ``total``, ``next``, ``request_id``).

        Args:
            name: Keyword that project names must contain.
            description: Keyword that project descriptions must contain.
            order_by: Sort field: `createdAt` (creation time, default), `updatedAt` (update time) or `name`.
            order: Sort order: `desc` (default) or `asc`.
            page_size: Projects per page (default 10). The maximum is not documented for this API; 100 is the maximum
                documented for BLS's other paged JSON-body list (DescribeLogStoreTemplates) and the default per-account
                project quota, so one page of 100 covers an account at its default quota.
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
            description=description,
            order_by=order_by,
            order=order,
        )
        build(FIRST_PAGE)  # validate the arguments now, not on first iteration
        client = self._client

        def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return SyncPager(FIRST_PAGE, fetch)

    def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Create a project. ``POST /v1/project``.

        BLS answers 201 without the new project (not even its uuid): find it with :meth:`list` by name.

        Args:
            name: Project name: 1-128 characters of `a-z`, `A-Z`, `0-9`, `_`, `-`, `.`; unique per account and region.
                Cannot be changed later.
            description: Project description.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectAlreadyExistsError: the name is taken in this region.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(None, self._client._run(_calls.create(name=name, description=description), options))

    def get(
        self,
        uuid: str | UUID,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project (DescribeProject, the seed). ``GET /v1/project/{uuid}``.

        Args:
            uuid: Project UUID.
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
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", self._client._run(_calls.get(uuid), options))

    def update(
        self,
        uuid: str | UUID,
        *,
        description: str | NotGiven = NOT_GIVEN,
        top: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change only the fields given (the name cannot change). ``PUT /v1/project``, the uuid in the body.

        Args:
            uuid: UUID of the project to update.
            description: New project description.
            top: Whether to pin the project to the top of the list.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(None, self._client._run(_calls.update(uuid, description=description, top=top), options))

    def delete(
        self,
        uuid: str | UUID,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project. ``DELETE /v1/project/{uuid}``.

        Args:
            uuid: Project UUID.
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
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, self._client._run(_calls.delete(uuid), options))


class AsyncProjects:
    """BLS projects (log groups, ``/v1/project``), async."""

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
        description: str | None = None,
        order_by: ProjectListOrderBy | None = None,
        order: ProjectListOrder | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPager[Project]:
        """Every project matching the keywords, following ``pageNo``/``pageSize`` lazily. ``POST /v1/project/list``.

        Only each page's ``projects`` are yielded; the envelope's separate ``default`` project is not added to them.
        Iterate for the projects, or call ``.pages()`` for the pages (``items``, ``total``, ``next``, ``request_id``).

        Args:
            name: Keyword that project names must contain.
            description: Keyword that project descriptions must contain.
            order_by: Sort field: `createdAt` (creation time, default), `updatedAt` (update time) or `name`.
            order: Sort order: `desc` (default) or `asc`.
            page_size: Projects per page (default 10). The maximum is not documented for this API; 100 is the maximum
                documented for BLS's other paged JSON-body list (DescribeLogStoreTemplates) and the default per-account
                project quota, so one page of 100 covers an account at its default quota.
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
            description=description,
            order_by=order_by,
            order=order,
        )
        build(FIRST_PAGE)  # validate the arguments now, not on first iteration
        client = self._client

        async def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return await client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return AsyncPager(FIRST_PAGE, fetch)

    async def create(
        self,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Create a project. ``POST /v1/project``.

        BLS answers 201 without the new project (not even its uuid): find it with :meth:`list` by name.

        Args:
            name: Project name: 1-128 characters of `a-z`, `A-Z`, `0-9`, `_`, `-`, `.`; unique per account and region.
                Cannot be changed later.
            description: Project description.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectAlreadyExistsError: the name is taken in this region.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(None, await self._client._run(_calls.create(name=name, description=description), options))

    async def get(
        self,
        uuid: str | UUID,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project (DescribeProject, the seed). ``GET /v1/project/{uuid}``.

        Args:
            uuid: Project UUID.
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
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", await self._client._run(_calls.get(uuid), options))

    async def update(
        self,
        uuid: str | UUID,
        *,
        description: str | NotGiven = NOT_GIVEN,
        top: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change only the fields given (the name cannot change). ``PUT /v1/project``, the uuid in the body.

        Args:
            uuid: UUID of the project to update.
            description: New project description.
            top: Whether to pin the project to the top of the list.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            None.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(None, await self._client._run(_calls.update(uuid, description=description, top=top), options))

    async def delete(
        self,
        uuid: str | UUID,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project. ``DELETE /v1/project/{uuid}``.

        Args:
            uuid: Project UUID.
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
            ProjectNotFoundError: no project has this uuid.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, await self._client._run(_calls.delete(uuid), options))


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
