"""``client.projects`` for MicroVisualizer: list, create, get, update (PUT, partial; the seed), delete,
duplicate, and the calling member's pins."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, cast

import httpx

from cloudprojects._core.executor import Outcome
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager, async_pager_to_raw, pager_to_raw
from cloudprojects._core.response import async_to_raw, to_raw
from cloudprojects_gen_microvisualizer.models import PinnedProject, Project

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 20
PinnedProjects = list[PinnedProject]  # ``list`` is a method name inside the classes


class Projects:
    """MicroVisualizer projects (``/v1/projects``, ``/v1/pinned``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return ProjectsWithRawResponse(self)

    def list(
        self,
        *,
        pinned: bool | None = None,
        archived: bool | None = None,
        created_by: str | None = None,
        query: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPager[Project]:
        """Every project (most recently updated first), following 0-based ``page``/``size`` pages lazily.

        ``GET /v1/projects``. ``None`` filters are not sent. Iterate for the projects, or call ``.pages()`` for the
        pages (``items``, ``total``, ``next``, ``request_id``).

        Args:
            pinned: Filter by pinned status (for the calling member). If not given, projects are returned regardless of
                pinned status.
            archived: Filter by archived status. If not given, projects are returned regardless of archived status.
            created_by: Return only projects created by this member id.
            query: Search text matched against project names (case-insensitive partial match).
            page_size: Number of items per page (1-100).
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
            pinned=pinned,
            archived=archived,
            created_by=created_by,
            query=query,
        )
        build(_calls.FIRST_PAGE)  # validate the arguments now, not on first iteration
        client = self._client

        def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return SyncPager(_calls.FIRST_PAGE, fetch)

    def create(
        self,
        *,
        name: str,
        description: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create an empty project (answers 200). ``POST /v1/projects``.

        Args:
            name: The name of this project (3-60 characters).
            description: A description of this project (at most 200 characters; may be empty).
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
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", self._client._run(_calls.create(name=name, description=description), options))

    def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project, without its services. ``GET /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", self._client._run(_calls.get(project_id), options))

    def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Change only the fields given (none of them accepts ``None``). ``PUT /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
            name: The name of this project (3-60 characters).
            description: A description of this project (at most 200 characters).
            archived: Whether the project is archived (`true` archives it, `false` restores it).
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
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            "Project",
            self._client._run(
                _calls.update(project_id, name=name, description=description, archived=archived), options
            ),
        )

    def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project and all its data for good (answers 204). ``DELETE /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project (also on a repeated delete).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, self._client._run(_calls.delete(project_id), options))

    def duplicate(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Copy a project with all its contents. ``POST /v1/projects/{projectId}/duplicate``.

        The copy keeps the name unless ``name`` is given (the body is ``{}`` without it).

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
            name: The name for the duplicated project (3-60 characters). If not provided, the source project's name is
                used.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The copy.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no such source project.
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", self._client._run(_calls.duplicate(project_id, name=name), options))

    def pin(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PinnedProject:
        """Pin a project for the calling member. ``POST /v1/pinned``.

        Args:
            project_id: ID of the project to pin (e.g. `my-project-a1b2c`).
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The pin.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("PinnedProject", self._client._run(_calls.pin(project_id), options))

    def unpin(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Unpin a project (answers 204). ``DELETE /v1/pinned/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project, or it is not pinned.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, self._client._run(_calls.unpin(project_id), options))

    def list_pinned(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> PinnedProjects:
        """The calling member's pinned projects, in one request. ``GET /v1/pinned``.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The pins.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("PinnedProjects", self._client._run(_calls.list_pinned(), options))


class AsyncProjects:
    """MicroVisualizer projects (``/v1/projects``, ``/v1/pinned``), async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return AsyncProjectsWithRawResponse(self)

    def list(
        self,
        *,
        pinned: bool | None = None,
        archived: bool | None = None,
        created_by: str | None = None,
        query: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPager[Project]:
        """Every project (most recently updated first), following 0-based ``page``/``size`` pages lazily.

        ``GET /v1/projects``. ``None`` filters are not sent. Iterate for the projects, or call ``.pages()`` for the
        pages (``items``, ``total``, ``next``, ``request_id``).

        Args:
            pinned: Filter by pinned status (for the calling member). If not given, projects are returned regardless of
                pinned status.
            archived: Filter by archived status. If not given, projects are returned regardless of archived status.
            created_by: Return only projects created by this member id.
            query: Search text matched against project names (case-insensitive partial match).
            page_size: Number of items per page (1-100).
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
            pinned=pinned,
            archived=archived,
            created_by=created_by,
            query=query,
        )
        build(_calls.FIRST_PAGE)  # validate the arguments now, not on first iteration
        client = self._client

        async def fetch(cursor: Any) -> tuple[Page[Project], Outcome]:
            return await client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return AsyncPager(_calls.FIRST_PAGE, fetch)

    async def create(
        self,
        *,
        name: str,
        description: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Create an empty project (answers 200). ``POST /v1/projects``.

        Args:
            name: The name of this project (3-60 characters).
            description: A description of this project (at most 200 characters; may be empty).
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
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", await self._client._run(_calls.create(name=name, description=description), options))

    async def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Project:
        """One project, without its services. ``GET /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("Project", await self._client._run(_calls.get(project_id), options))

    async def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Change only the fields given (none of them accepts ``None``). ``PUT /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
            name: The name of this project (3-60 characters).
            description: A description of this project (at most 200 characters).
            archived: Whether the project is archived (`true` archives it, `false` restores it).
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
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            "Project",
            await self._client._run(
                _calls.update(project_id, name=name, description=description, archived=archived), options
            ),
        )

    async def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project and all its data for good (answers 204). ``DELETE /v1/projects/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project (also on a repeated delete).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, await self._client._run(_calls.delete(project_id), options))

    async def duplicate(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Project:
        """Copy a project with all its contents. ``POST /v1/projects/{projectId}/duplicate``.

        The copy keeps the name unless ``name`` is given (the body is ``{}`` without it).

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
            name: The name for the duplicated project (3-60 characters). If not provided, the source project's name is
                used.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The copy.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no such source project.
            ProjectLimitReachedError: the plan's project quota is used up.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("Project", await self._client._run(_calls.duplicate(project_id, name=name), options))

    async def pin(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PinnedProject:
        """Pin a project for the calling member. ``POST /v1/pinned``.

        Args:
            project_id: ID of the project to pin (e.g. `my-project-a1b2c`).
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.
            extra_body: Fields added to the JSON body, sent as given.

        Returns:
            The pin.

        Raises:
            ValidationError: an argument breaks the spec (nothing is sent).
            ProjectNotFoundError: no such project.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast("PinnedProject", await self._client._run(_calls.pin(project_id), options))

    async def unpin(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Unpin a project (answers 204). ``DELETE /v1/pinned/{projectId}``.

        Args:
            project_id: Project identifier (server-generated slug, e.g. `my-project-a1b2c`): 8-60 lowercase letters,
                digits and hyphens, starting and ending with a letter or digit.
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
            ProjectNotFoundError: no such project, or it is not pinned.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(None, await self._client._run(_calls.unpin(project_id), options))

    async def list_pinned(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> PinnedProjects:
        """The calling member's pinned projects, in one request. ``GET /v1/pinned``.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request, signed like the others where the scheme signs headers; a header
                the signer sets (``Authorization``, its time and signature headers) raises ``ValueError``.
            extra_query: Query parameters added to the request.

        Returns:
            The pins.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast("PinnedProjects", await self._client._run(_calls.list_pinned(), options))


class ProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`Projects`, returning a RawResponse."""

    def __init__(self, projects: Projects) -> None:
        self.list = pager_to_raw(projects.list)
        self.create = to_raw(projects.create)
        self.get = to_raw(projects.get)
        self.update = to_raw(projects.update)
        self.delete = to_raw(projects.delete)
        self.duplicate = to_raw(projects.duplicate)
        self.pin = to_raw(projects.pin)
        self.unpin = to_raw(projects.unpin)
        self.list_pinned = to_raw(projects.list_pinned)


class AsyncProjectsWithRawResponse:
    """``projects.with_raw_response``: every operation of :class:`AsyncProjects`, returning a RawResponse."""

    def __init__(self, projects: AsyncProjects) -> None:
        self.list = async_pager_to_raw(projects.list)
        self.create = async_to_raw(projects.create)
        self.get = async_to_raw(projects.get)
        self.update = async_to_raw(projects.update)
        self.delete = async_to_raw(projects.delete)
        self.duplicate = async_to_raw(projects.duplicate)
        self.pin = async_to_raw(projects.pin)
        self.unpin = async_to_raw(projects.unpin)
        self.list_pinned = async_to_raw(projects.list_pinned)
