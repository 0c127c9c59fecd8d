"""Gcore Cloud operations as Calls, built once for the sync and the async client."""

from __future__ import annotations

from typing import Any

from cloudprojects._core.call import Call
from cloudprojects._core.options import NotGiven
from cloudprojects._core.pagination import Page
from cloudprojects._core.validation import SpecValidator
from cloudprojects_gen_gcore_cloud.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    replace_project,
    update_project,
)
from cloudprojects_gen_gcore_cloud.models import (
    ProjectCreateRequest,
    ProjectList,
    ProjectOrderBy,
    ProjectReplaceRequest,
    ProjectUpdateRequest,
)
from cloudprojects_gen_gcore_cloud.types import UNSET

VALIDATOR = SpecValidator("cloudprojects_gen_gcore_cloud", "gcore_cloud")
MAX_PAGE_SIZE = 1000


def list_page(
    offset: int,
    *,
    page_size: int,
    name: str | None,
    include_deleted: bool,
    order_by: ProjectOrderBy | None,
    client_id: int | None,
) -> Call:
    query = {
        "limit": page_size,
        "offset": offset,
        "name": name,
        "include_deleted": include_deleted,
        "order_by": order_by,
        "client_id": client_id,
    }
    VALIDATOR.validate("list_projects", query=query)
    kwargs = list_projects._get_kwargs(
        limit=page_size,
        offset=offset,
        name=UNSET if name is None else name,
        include_deleted=include_deleted,
        order_by=UNSET if order_by is None else order_by,
        client_id=UNSET if client_id is None else client_id,
    )
    return Call("list_projects", kwargs, list_projects._build_response)


def _u(value: Any) -> Any:
    return UNSET if isinstance(value, NotGiven) else value


def next_page(offset: int, page: ProjectList) -> Page[Any]:
    """The page's projects; the next offset until ``count`` (the total) is reached."""
    items = list(page.results)
    following = offset + len(items)
    return Page(items, following if following < page.count else None, total=page.count)


def create(*, name: str, description: str | NotGiven | None) -> Call:
    body = ProjectCreateRequest(name=name, description=_u(description))
    VALIDATOR.validate("create_project", body=body.to_dict())
    return Call("create_project", create_project._get_kwargs(body=body), create_project._build_response)


def get(project_id: int) -> Call:
    VALIDATOR.validate("get_project", path={"project_id": project_id})
    return Call("get_project", get_project._get_kwargs(project_id), get_project._build_response)


def update(project_id: int, *, name: str | NotGiven, description: str | NotGiven) -> Call:
    body = ProjectUpdateRequest(name=_u(name), description=_u(description))
    VALIDATOR.validate("update_project", path={"project_id": project_id}, body=body.to_dict())
    kwargs = update_project._get_kwargs(project_id, body=body)
    return Call("update_project", kwargs, update_project._build_response)


def replace(project_id: int, *, name: str, description: str | NotGiven | None) -> Call:
    body = ProjectReplaceRequest(name=name, description=_u(description))
    VALIDATOR.validate("replace_project", path={"project_id": project_id}, body=body.to_dict())
    kwargs = replace_project._get_kwargs(project_id, body=body)
    return Call("replace_project", kwargs, replace_project._build_response)


def delete(project_id: int) -> Call:
    VALIDATOR.validate("delete_project", path={"project_id": project_id})
    return Call("delete_project", delete_project._get_kwargs(project_id), delete_project._build_response)
