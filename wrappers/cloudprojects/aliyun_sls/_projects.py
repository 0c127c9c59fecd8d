"""``client.projects`` for SLS: list and create on the endpoint; get, update (the seed), delete on the project host.

One ``Project`` model serves ``list`` and ``get``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, cast

import httpx

from cloudprojects._core.executor import Outcome
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager, async_pager_to_raw, pager_to_raw
from cloudprojects._core.response import async_to_raw, to_raw
from cloudprojects_gen_aliyun_sls.account import models as account_models
from cloudprojects_gen_aliyun_sls.project import models as project_models

from . import _calls

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

DEFAULT_PAGE_SIZE = 100
RedundancyType = account_models.ProjectCreateRequestDataRedundancyType


class Projects:
    """SLS projects of one region endpoint."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return ProjectsWithRawResponse(self)

    def list(
        self,
        *,
        project_name: str | None = None,
        description: str | None = None,
        resource_group_id: str | None = None,
        fetch_quota: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPager[account_models.Project]:
        """Every project (name and description filters are fuzzy), following ``offset``/``size`` pages lazily.

        ``GET /`` on ``{endpoint}`` (ListProject). Iterate for the projects, or call ``.pages()`` for the pages
        (``items``, ``total``, ``next``, ``request_id``).

        Args:
            project_name: Fuzzy filter: return only projects whose name contains this string.
            description: Fuzzy filter: return only projects whose description contains this string.
            resource_group_id: Return only projects in this resource group. An empty value means no filter.
            fetch_quota: Whether to include each project's `quota` object in the response (server default false; only
                the generated SDK alibabacloud-sls20201230 sends it).
            page_size: Maximum number of projects on this page (1-500).
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
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            fetch_quota=fetch_quota,
        )
        build(0)  # validate the arguments now, not on first iteration
        client = self._client

        def fetch(cursor: Any) -> tuple[Page[account_models.Project], Outcome]:
            return client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return SyncPager(0, fetch)

    def create(
        self,
        project_name: str,
        *,
        description: str,
        resource_group_id: str | NotGiven = NOT_GIVEN,
        data_redundancy_type: RedundancyType | NotGiven = NOT_GIVEN,
        recycle_bin_enabled: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        r"""Create a project. ``POST /`` on ``{endpoint}`` (CreateProject).

        Not idempotent: retried only when the request never left (connect errors), never on a status or a read timeout.

        Args:
            project_name: Name of the new project; it becomes the left-most label of the project host and cannot be
                changed. 3-63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or
                digit. Unique within the region.
            description: Description of the project. Required by the API reference and both SDKs (the CLI treats it as
                optional); may be empty. The SDK guide says at most 64 characters without `<`, `>`, `'`, `\` or `"`;
                that limit is unconfirmed in the API reference and is not enforced here.
            resource_group_id: Resource group to put the project in; empty or absent means the account's default
                resource group.
            data_redundancy_type: Storage redundancy, fixed at creation: `LRS` (locally redundant, the default) or `ZRS`
                (zone-redundant, only in some regions).
            recycle_bin_enabled: Whether to enable the recycle bin, which keeps deleted Logstores recoverable for a
                while.
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
            ProjectAlreadyExistsError: the name is taken in the region (HTTP 400 ``ProjectAlreadyExist``).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            None,
            self._client._run(
                _calls.create(
                    project_name,
                    description=description,
                    resource_group_id=resource_group_id,
                    data_redundancy_type=data_redundancy_type,
                    recycle_bin_enabled=recycle_bin_enabled,
                ),
                options,
            ),
        )

    def get(
        self,
        project: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> project_models.Project:
        """One project. ``GET /`` on ``{project}.{endpoint}`` (GetProject).

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
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
            ProjectNotFoundError: no such project in the region.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(
            "project_models.Project", self._client._run(_calls.get(self._client.raw.endpoint, project), options)
        )

    def update(
        self,
        project: str,
        *,
        description: str,
        recycle_bin_enabled: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        r"""Set the description (and the recycle bin, when given). ``PUT /`` on ``{project}.{endpoint}``.

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
            description: New description of the project (required by the seed; may be empty). The SDK guide says at most
                64 characters without `<`, `>`, `'`, `\` or `"`; that limit is unconfirmed in the API reference and is
                not enforced here.
            recycle_bin_enabled: Whether to enable the recycle bin (keeps deleted Logstores recoverable for a while).
                Not in the seed; sent only by the generated SDK (alibabacloud-sls20201230). Omit to leave it unchanged.
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
            ProjectNotFoundError: no such project in the region.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            None,
            self._client._run(
                _calls.update(
                    self._client.raw.endpoint, project, description=description, recycle_bin_enabled=recycle_bin_enabled
                ),
                options,
            ),
        )

    def delete(
        self,
        project: str,
        *,
        force_delete: bool | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project and, irreversibly, all its data. ``DELETE /`` on ``{project}.{endpoint}``.

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
            force_delete: Whether to force the deletion (server default false). Documented only as a boolean switch in
                the newest DeleteProject doc and the generated SDK; the legacy SDK never sends it.
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
            ProjectNotFoundError: no such project in the region (also when a retry follows a lost answer to a deletion
                that succeeded).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(
            None,
            self._client._run(_calls.delete(self._client.raw.endpoint, project, force_delete=force_delete), options),
        )


class AsyncProjects:
    """SLS projects of one region endpoint, async."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same operations, each returning a RawResponse (status, headers, request id, ``parse()``)."""
        return AsyncProjectsWithRawResponse(self)

    def list(
        self,
        *,
        project_name: str | None = None,
        description: str | None = None,
        resource_group_id: str | None = None,
        fetch_quota: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPager[account_models.Project]:
        """Every project (name and description filters are fuzzy), following ``offset``/``size`` pages lazily.

        ``GET /`` on ``{endpoint}`` (ListProject). Iterate for the projects, or call ``.pages()`` for the pages
        (``items``, ``total``, ``next``, ``request_id``).

        Args:
            project_name: Fuzzy filter: return only projects whose name contains this string.
            description: Fuzzy filter: return only projects whose description contains this string.
            resource_group_id: Return only projects in this resource group. An empty value means no filter.
            fetch_quota: Whether to include each project's `quota` object in the response (server default false; only
                the generated SDK alibabacloud-sls20201230 sends it).
            page_size: Maximum number of projects on this page (1-500).
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
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            fetch_quota=fetch_quota,
        )
        build(0)  # validate the arguments now, not on first iteration
        client = self._client

        async def fetch(cursor: Any) -> tuple[Page[account_models.Project], Outcome]:
            return await client._page(build(cursor), options, partial(_calls.next_page, cursor))

        return AsyncPager(0, fetch)

    async def create(
        self,
        project_name: str,
        *,
        description: str,
        resource_group_id: str | NotGiven = NOT_GIVEN,
        data_redundancy_type: RedundancyType | NotGiven = NOT_GIVEN,
        recycle_bin_enabled: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        r"""Create a project. ``POST /`` on ``{endpoint}`` (CreateProject).

        Not idempotent: retried only when the request never left (connect errors), never on a status or a read timeout.

        Args:
            project_name: Name of the new project; it becomes the left-most label of the project host and cannot be
                changed. 3-63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or
                digit. Unique within the region.
            description: Description of the project. Required by the API reference and both SDKs (the CLI treats it as
                optional); may be empty. The SDK guide says at most 64 characters without `<`, `>`, `'`, `\` or `"`;
                that limit is unconfirmed in the API reference and is not enforced here.
            resource_group_id: Resource group to put the project in; empty or absent means the account's default
                resource group.
            data_redundancy_type: Storage redundancy, fixed at creation: `LRS` (locally redundant, the default) or `ZRS`
                (zone-redundant, only in some regions).
            recycle_bin_enabled: Whether to enable the recycle bin, which keeps deleted Logstores recoverable for a
                while.
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
            ProjectAlreadyExistsError: the name is taken in the region (HTTP 400 ``ProjectAlreadyExist``).
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            None,
            await self._client._run(
                _calls.create(
                    project_name,
                    description=description,
                    resource_group_id=resource_group_id,
                    data_redundancy_type=data_redundancy_type,
                    recycle_bin_enabled=recycle_bin_enabled,
                ),
                options,
            ),
        )

    async def get(
        self,
        project: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> project_models.Project:
        """One project. ``GET /`` on ``{project}.{endpoint}`` (GetProject).

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
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
            ProjectNotFoundError: no such project in the region.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(
            "project_models.Project", await self._client._run(_calls.get(self._client.raw.endpoint, project), options)
        )

    async def update(
        self,
        project: str,
        *,
        description: str,
        recycle_bin_enabled: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        r"""Set the description (and the recycle bin, when given). ``PUT /`` on ``{project}.{endpoint}``.

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
            description: New description of the project (required by the seed; may be empty). The SDK guide says at most
                64 characters without `<`, `>`, `'`, `\` or `"`; that limit is unconfirmed in the API reference and is
                not enforced here.
            recycle_bin_enabled: Whether to enable the recycle bin (keeps deleted Logstores recoverable for a while).
                Not in the seed; sent only by the generated SDK (alibabacloud-sls20201230). Omit to leave it unchanged.
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
            ProjectNotFoundError: no such project in the region.
        """
        options = self._client._call_options(
            timeout, total_timeout, max_retries, extra_headers, extra_query, extra_body
        )
        return cast(
            None,
            await self._client._run(
                _calls.update(
                    self._client.raw.endpoint, project, description=description, recycle_bin_enabled=recycle_bin_enabled
                ),
                options,
            ),
        )

    async def delete(
        self,
        project: str,
        *,
        force_delete: bool | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a project and, irreversibly, all its data. ``DELETE /`` on ``{project}.{endpoint}``.

        Args:
            project: The project name: the left-most label of the project's host ``{project}.{endpoint}``.
            force_delete: Whether to force the deletion (server default false). Documented only as a boolean switch in
                the newest DeleteProject doc and the generated SDK; the legacy SDK never sends it.
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
            ProjectNotFoundError: no such project in the region (also when a retry follows a lost answer to a deletion
                that succeeded).
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(
            None,
            await self._client._run(
                _calls.delete(self._client.raw.endpoint, project, force_delete=force_delete), options
            ),
        )


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
