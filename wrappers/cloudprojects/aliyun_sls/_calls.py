"""SLS operations as Calls, built once for the sync and the async client.

Account calls (list, create) go to the endpoint through the generated account client; project calls (get,
update, delete) override the URL with the project's host (or the endpoint plus a ``Host`` header when direct).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cloudprojects import errors
from cloudprojects._core.call import Call
from cloudprojects._core.options import NotGiven
from cloudprojects._core.pagination import Page
from cloudprojects._core.validation import SpecValidator
from cloudprojects_gen_aliyun_sls.account.api.projects import create_project, list_projects
from cloudprojects_gen_aliyun_sls.account.models import (
    Project,
    ProjectCreateRequest,
    ProjectCreateRequestDataRedundancyType,
    ProjectList,
)
from cloudprojects_gen_aliyun_sls.account.types import UNSET, Unset
from cloudprojects_gen_aliyun_sls.project import types as project_types
from cloudprojects_gen_aliyun_sls.project.api.projects import delete_project, get_project, update_project
from cloudprojects_gen_aliyun_sls.project.models import ProjectUpdateRequest

from ._endpoint import Endpoint

PACKAGE = "cloudprojects_gen_aliyun_sls"
ACCOUNT = SpecValidator(PACKAGE, "aliyun_sls")
PROJECT = SpecValidator(PACKAGE, "aliyun_sls_project")


def check_project(project: str) -> None:
    """Check a project name, the left-most label of its host, before it goes into a URL.

    The project spec declares it only as the ``project`` server variable; the rule lives on create_project's
    ``projectName``, checked here (the empty description satisfies the body's only other required field).
    """
    try:
        ACCOUNT.validate("create_project", body={"projectName": project, "description": ""})
    except errors.ValidationError as exc:
        raise errors.ValidationError("project", exc.problem, exc.rule) from None


def list_page(
    offset: int,
    *,
    page_size: int,
    project_name: str | None,
    description: str | None,
    resource_group_id: str | None,
    fetch_quota: bool,
) -> Call:
    query = {
        "offset": offset,
        "size": page_size,
        "projectName": project_name,
        "description": description,
        "resourceGroupId": resource_group_id,
        "fetchQuota": None if fetch_quota is False else fetch_quota,
    }
    ACCOUNT.validate("list_projects", query=query)
    kwargs = list_projects._get_kwargs(
        offset=offset,
        size=page_size,
        project_name=UNSET if project_name is None else project_name,
        description=UNSET if description is None else description,
        resource_group_id=UNSET if resource_group_id is None else resource_group_id,
        fetch_quota=True if fetch_quota else UNSET,
    )
    return Call("list_projects", kwargs, list_projects._build_response)


def next_page(offset: int, page: ProjectList) -> Page[Project]:
    """``offset += count``; the last page is the one with ``count == 0`` or reaching ``total``."""
    items = [] if isinstance(page.projects, Unset) else list(page.projects)
    following = offset + page.count
    return Page(items, following if page.count > 0 and following < page.total else None, total=page.total)


def _u(value: Any) -> Any:
    return UNSET if isinstance(value, NotGiven) else value


def create(
    project_name: str,
    *,
    description: str,
    resource_group_id: str | NotGiven,
    data_redundancy_type: ProjectCreateRequestDataRedundancyType | NotGiven,
    recycle_bin_enabled: bool | NotGiven,
) -> Call:
    body = ProjectCreateRequest(
        project_name=project_name,
        description=description,
        resource_group_id=_u(resource_group_id),
        data_redundancy_type=_u(data_redundancy_type),
        recycle_bin_enabled=_u(recycle_bin_enabled),
    )
    ACCOUNT.validate("create_project", body=body.to_dict())
    kwargs = create_project._get_kwargs(body=body)
    return Call("create_project", kwargs, create_project._build_response, expects_body=False)


def _on_project(
    endpoint: Endpoint,
    project: str,
    operation_id: str,
    kwargs: dict[str, Any],
    parse: Callable[..., Any],
    *,
    body: bool,
) -> Call:
    """A call sent to the project's own host; an empty-bodied success (update, delete) has ``body=False``."""
    url, headers = endpoint.project_url(project), endpoint.project_headers(project)
    return Call(operation_id, kwargs, parse, url=url, headers=headers, expects_body=body)


def get(endpoint: Endpoint, project: str) -> Call:
    check_project(project)
    return _on_project(
        endpoint, project, "get_project", get_project._get_kwargs(), get_project._build_response, body=True
    )


def update(endpoint: Endpoint, project: str, *, description: str, recycle_bin_enabled: bool | NotGiven) -> Call:
    check_project(project)
    recycle = project_types.UNSET if isinstance(recycle_bin_enabled, NotGiven) else recycle_bin_enabled
    body = ProjectUpdateRequest(description=description, recycle_bin_enabled=recycle)
    PROJECT.validate("update_project", body=body.to_dict())
    kwargs = update_project._get_kwargs(body=body)
    return _on_project(endpoint, project, "update_project", kwargs, update_project._build_response, body=False)


def delete(endpoint: Endpoint, project: str, *, force_delete: bool | None) -> Call:
    check_project(project)
    PROJECT.validate("delete_project", query={"forceDelete": force_delete})
    kwargs = delete_project._get_kwargs(force_delete=project_types.UNSET if force_delete is None else force_delete)
    return _on_project(endpoint, project, "delete_project", kwargs, delete_project._build_response, body=False)
