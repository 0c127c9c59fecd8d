"""NCP Media Intelligence operations as Calls, built once for the sync and the async client."""

from __future__ import annotations

from typing import Any, cast

from cloudprojects._core.call import Call
from cloudprojects._core.pagination import Page
from cloudprojects._core.validation import SpecValidator
from cloudprojects_gen_ncp_media_intelligence.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    update_project,
)
from cloudprojects_gen_ncp_media_intelligence.models import (
    Project,
    ProjectCreateRequest,
    ProjectEnvelope,
    ProjectListEnvelope,
    ProjectListResult,
    ProjectUpdateRequest,
)
from cloudprojects_gen_ncp_media_intelligence.types import Unset

VALIDATOR = SpecValidator("cloudprojects_gen_ncp_media_intelligence", "ncp_media_intelligence")

ProjectId = str | int
"""The path's digit string; an ``int`` (the ``projectId`` of response bodies) is sent as its decimal digits."""


def _path(workspace_name: str, project_id: ProjectId | None = None) -> dict[str, Any]:
    path: dict[str, Any] = {"workspace_name": workspace_name}
    if project_id is not None:
        is_int = isinstance(project_id, int) and not isinstance(project_id, bool) and -(2**63) <= project_id < 2**63
        path["project_id"] = str(project_id) if is_int else project_id  # other values go to the validator as given
    return path


def _validated(operation_id: str, path: dict[str, Any], body: Any = None) -> dict[str, Any]:
    VALIDATOR.validate(operation_id, path=path, body=body)
    return path


def _result(envelope: ProjectEnvelope | ProjectListEnvelope) -> Any:
    """The envelope's ``result``; a success without one is a ResponseValidationError (raised by the core)."""
    if isinstance(envelope.result, Unset):
        raise ValueError("the success envelope has no result")
    return envelope.result


def _project(envelope: ProjectEnvelope) -> Project:
    return cast(Project, _result(envelope))


def _projects(envelope: ProjectListEnvelope) -> list[Project]:
    return cast(ProjectListResult, _result(envelope)).projects


def _nothing(_: Any) -> None:
    return None


def list_all(workspace_name: str) -> Call:
    path = _validated("list_projects", _path(workspace_name))
    kwargs = list_projects._get_kwargs(**path)
    return Call("list_projects", kwargs, list_projects._build_response, unwrap=_projects)


def create(workspace_name: str, *, name: str) -> Call:
    body = ProjectCreateRequest(name=name)
    path = _validated("create_project", _path(workspace_name), body.to_dict())
    kwargs = create_project._get_kwargs(**path, body=body)
    return Call("create_project", kwargs, create_project._build_response, unwrap=_project)


def get(workspace_name: str, project_id: ProjectId) -> Call:
    path = _validated("get_project", _path(workspace_name, project_id))
    kwargs = get_project._get_kwargs(**path)
    return Call("get_project", kwargs, get_project._build_response, unwrap=_project)


def update(workspace_name: str, project_id: ProjectId, *, name: str) -> Call:
    body = ProjectUpdateRequest(name=name)
    path = _validated("update_project", _path(workspace_name, project_id), body.to_dict())
    kwargs = update_project._get_kwargs(**path, body=body)
    return Call(
        "update_project",
        kwargs,
        update_project._build_response,
        unwrap=_project,
        idempotent=VALIDATOR.idempotent("update_project"),
    )


def delete(workspace_name: str, project_id: ProjectId) -> Call:
    path = _validated("delete_project", _path(workspace_name, project_id))
    kwargs = delete_project._get_kwargs(**path)
    return Call("delete_project", kwargs, delete_project._build_response, unwrap=_nothing)


def whole_list(projects: list[Project]) -> Page[Project]:
    """The API's one page: every project, no cursor (the provider reports no total)."""
    return Page(projects, None)
