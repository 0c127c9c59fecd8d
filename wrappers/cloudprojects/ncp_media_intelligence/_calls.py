"""NCP Media Intelligence operations as Calls, built once for the sync and the async client."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, cast

from cloudprojects._core.call import Call
from cloudprojects._core.validation import SpecValidator
from cloudprojects.errors import ValidationError
from cloudprojects_gen_ncp_media_intelligence.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    update_project,
)
from cloudprojects_gen_ncp_media_intelligence.errors import UnexpectedResponseBody
from cloudprojects_gen_ncp_media_intelligence.models import (
    Project,
    ProjectCreateRequest,
    ProjectEnvelope,
    ProjectListEnvelope,
    ProjectListResult,
    ProjectUpdateRequest,
)
from cloudprojects_gen_ncp_media_intelligence.types import Unset

from ._profile import succeeded

VALIDATOR = SpecValidator("cloudprojects_gen_ncp_media_intelligence", "ncp_media_intelligence")
DOT_SEGMENTS = frozenset({".", ".."})

ProjectId = str | int
"""The path's digit string; an ``int`` (the ``projectId`` of response bodies) is sent as its decimal digits."""


def _path(workspace_name: str, project_id: ProjectId | None = None) -> dict[str, Any]:
    path: dict[str, Any] = {"workspace_name": workspace_name}
    if project_id is not None:
        is_int = isinstance(project_id, int) and not isinstance(project_id, bool)
        path["project_id"] = str(project_id) if is_int else project_id
    return path


def _validated(operation_id: str, path: dict[str, Any], body: Any = None) -> dict[str, Any]:
    """Validate against the spec, then refuse the workspace names ``.`` and ``..``.

    Percent-encoding keeps dots, and URL normalisation would drop or climb that segment
    (``/api/v1/workspaces/../projects`` is sent as ``/api/v1/projects``).
    """
    VALIDATOR.validate(operation_id, path=path, body=body)
    if path["workspace_name"] in DOT_SEGMENTS:
        raise ValidationError(
            "workspace_name", f"{path['workspace_name']!r} would change the request path", "dotSegment"
        )
    return path


def _with_result(build: Callable[..., Any]) -> Callable[..., Any]:
    """The generated ``_build_response``, also refusing a success envelope that lacks ``result``.

    ``functools.wraps`` keeps the generated module's name, by which the core finds the generated
    ``UnexpectedResponseBody`` and turns it into ``ResponseValidationError`` keeping the response.
    """

    @functools.wraps(build)
    def parse(*, client: Any, response: Any) -> Any:
        built = build(client=client, response=response)
        envelope = built.parsed
        if (
            isinstance(envelope, ProjectEnvelope | ProjectListEnvelope)
            and succeeded(envelope.code)
            and isinstance(envelope.result, Unset)
        ):
            raise UnexpectedResponseBody(response)
        return built

    return parse


_PARSE_LIST = _with_result(list_projects._build_response)
_PARSE_CREATE = _with_result(create_project._build_response)
_PARSE_GET = _with_result(get_project._build_response)
_PARSE_UPDATE = _with_result(update_project._build_response)


def _project(envelope: ProjectEnvelope) -> Project:
    return cast(Project, envelope.result)  # present: _with_result refused it otherwise


def _projects(envelope: ProjectListEnvelope) -> list[Project]:
    return cast(ProjectListResult, envelope.result).projects


def _nothing(_: Any) -> None:
    return None


def list_all(raw: Any, workspace_name: str) -> Call:
    path = _validated("list_projects", _path(workspace_name))
    kwargs = list_projects._get_kwargs(**path)
    return Call("list_projects", kwargs, _PARSE_LIST, raw, unwrap=_projects)


def create(raw: Any, workspace_name: str, *, name: str) -> Call:
    body = ProjectCreateRequest(name=name)
    path = _validated("create_project", _path(workspace_name), body.to_dict())
    kwargs = create_project._get_kwargs(**path, body=body)
    return Call("create_project", kwargs, _PARSE_CREATE, raw, unwrap=_project)


def get(raw: Any, workspace_name: str, project_id: ProjectId) -> Call:
    path = _validated("get_project", _path(workspace_name, project_id))
    kwargs = get_project._get_kwargs(**path)
    return Call("get_project", kwargs, _PARSE_GET, raw, unwrap=_project)


def update(raw: Any, workspace_name: str, project_id: ProjectId, *, name: str) -> Call:
    body = ProjectUpdateRequest(name=name)
    path = _validated("update_project", _path(workspace_name, project_id), body.to_dict())
    kwargs = update_project._get_kwargs(**path, body=body)
    return Call("update_project", kwargs, _PARSE_UPDATE, raw, unwrap=_project)


def delete(raw: Any, workspace_name: str, project_id: ProjectId) -> Call:
    path = _validated("delete_project", _path(workspace_name, project_id))
    kwargs = delete_project._get_kwargs(**path)
    return Call("delete_project", kwargs, delete_project._build_response, raw, unwrap=_nothing)
