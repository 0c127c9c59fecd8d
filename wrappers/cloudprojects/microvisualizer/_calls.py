"""MicroVisualizer operations as Calls, built once for the sync and the async client."""

from __future__ import annotations

from typing import Any

from cloudprojects._core.call import Call
from cloudprojects._core.options import NotGiven
from cloudprojects._core.pagination import Page
from cloudprojects._core.validation import SpecValidator
from cloudprojects_gen_microvisualizer.api.projects import (
    create_project,
    delete_project,
    duplicate_project,
    get_project,
    list_pinned_projects,
    list_projects,
    pin_project,
    unpin_project,
    update_project,
)
from cloudprojects_gen_microvisualizer.models import (
    PinProjectRequest,
    ProjectCreateRequest,
    ProjectDuplicateRequest,
    ProjectPage,
    ProjectUpdateRequest,
)
from cloudprojects_gen_microvisualizer.types import UNSET

VALIDATOR = SpecValidator("cloudprojects_gen_microvisualizer", "microvisualizer")
FIRST_PAGE = 0


def _unset(value: Any) -> Any:
    """A list filter's ``None`` or an update field's ``NOT_GIVEN``: not sent."""
    return UNSET if value is None or isinstance(value, NotGiven) else value


def _given(value: Any) -> Any:
    """``NOT_GIVEN`` is not sent; ``None`` stays, for the validator to refuse."""
    return UNSET if isinstance(value, NotGiven) else value


def list_page(
    page: int,
    *,
    page_size: int,
    pinned: bool | None,
    archived: bool | None,
    created_by: str | None,
    query: str | None,
) -> Call:
    params = {
        "page": page,
        "size": page_size,
        "pinned": pinned,
        "archived": archived,
        "createdBy": created_by,
        "query": query,
    }
    VALIDATOR.validate("list_projects", query=params)
    kwargs = list_projects._get_kwargs(
        page=page,
        size=page_size,
        pinned=_unset(pinned),
        archived=_unset(archived),
        created_by=_unset(created_by),
        query=_unset(query),
    )
    return Call("list_projects", kwargs, list_projects._build_response)


def next_page(page: int, body: ProjectPage) -> Page[Any]:
    """The page's projects; the next page number unless ``last`` is set or ``totalPages`` is reached."""
    following = page + 1
    done = body.last or following >= body.total_pages
    return Page(list(body.data), None if done else following, total=body.total)


def create(*, name: str, description: str) -> Call:
    body = ProjectCreateRequest(name=name, description=description)
    VALIDATOR.validate("create_project", body=body.to_dict())
    return Call("create_project", create_project._get_kwargs(body=body), create_project._build_response)


def get(project_id: str) -> Call:
    VALIDATOR.validate("get_project", path={"projectId": project_id})
    return Call("get_project", get_project._get_kwargs(project_id), get_project._build_response)


def update(project_id: str, *, name: str | NotGiven, description: str | NotGiven, archived: bool | NotGiven) -> Call:
    body = ProjectUpdateRequest(name=_given(name), description=_given(description), archived=_given(archived))
    VALIDATOR.validate("update_project", path={"projectId": project_id}, body=body.to_dict())
    kwargs = update_project._get_kwargs(project_id, body=body)
    return Call("update_project", kwargs, update_project._build_response)


def delete(project_id: str) -> Call:
    VALIDATOR.validate("delete_project", path={"projectId": project_id})
    kwargs = delete_project._get_kwargs(project_id)
    return Call("delete_project", kwargs, delete_project._build_response, expects_body=False)


def duplicate(project_id: str, *, name: str | NotGiven) -> Call:
    body = ProjectDuplicateRequest(name=_given(name))
    VALIDATOR.validate("duplicate_project", path={"projectId": project_id}, body=body.to_dict())
    kwargs = duplicate_project._get_kwargs(project_id, body=body)
    return Call("duplicate_project", kwargs, duplicate_project._build_response)


def pin(project_id: str) -> Call:
    body = PinProjectRequest(project_id=project_id)
    VALIDATOR.validate("pin_project", body=body.to_dict())
    return Call("pin_project", pin_project._get_kwargs(body=body), pin_project._build_response)


def unpin(project_id: str) -> Call:
    VALIDATOR.validate("unpin_project", path={"projectId": project_id})
    kwargs = unpin_project._get_kwargs(project_id)
    return Call("unpin_project", kwargs, unpin_project._build_response, expects_body=False)


def list_pinned() -> Call:
    kwargs = list_pinned_projects._get_kwargs()
    return Call("list_pinned_projects", kwargs, list_pinned_projects._build_response)
