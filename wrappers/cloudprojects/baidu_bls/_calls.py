"""BLS operations as Calls, built once for the sync and the async client."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cloudprojects._core.call import Call
from cloudprojects._core.options import NotGiven
from cloudprojects._core.pagination import Page
from cloudprojects._core.validation import SpecValidator
from cloudprojects_gen_baidu_bls.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    update_project,
)
from cloudprojects_gen_baidu_bls.models import (
    Project,
    ProjectCreateRequest,
    ProjectEnvelope,
    ProjectListEnvelope,
    ProjectListOrder,
    ProjectListOrderBy,
    ProjectListRequest,
    ProjectListResult,
    ProjectUpdateRequest,
)
from cloudprojects_gen_baidu_bls.types import UNSET, Unset

from ._profile import PACKAGE, SPEC_NAME

VALIDATOR = SpecValidator(PACKAGE, SPEC_NAME)
_PLACEHOLDER_UUID = UUID(int=0)


class MissingResult(ValueError):
    """A success envelope without the ``result`` its operation returns (the core makes it a ResponseValidationError)."""


def _project(envelope: ProjectEnvelope) -> Project:
    if isinstance(envelope.result, Unset):
        raise MissingResult("the success envelope of get_project has no result")
    return envelope.result.project


def _list_result(envelope: ProjectListEnvelope) -> ProjectListResult:
    if isinstance(envelope.result, Unset):
        raise MissingResult("the success envelope of list_projects has no result")
    return envelope.result


def _nothing(_: Any) -> None:
    return None


def _u(value: Any) -> Any:
    return UNSET if isinstance(value, NotGiven) else value


def _uuid_text(value: str | UUID) -> Any:
    return str(value) if isinstance(value, UUID) else value


def list_page(
    page_no: int,
    *,
    page_size: int,
    name: str | None,
    description: str | None,
    order_by: ProjectListOrderBy | None,
    order: ProjectListOrder | None,
) -> Call:
    body = ProjectListRequest(
        name=UNSET if name is None else name,
        description=UNSET if description is None else description,
        order_by=UNSET if order_by is None else order_by,
        order=UNSET if order is None else order,
        page_no=page_no,
        page_size=page_size,
    )
    VALIDATOR.validate("list_projects", body=body.to_dict())
    kwargs = list_projects._get_kwargs(body=body)
    return Call(
        "list_projects",
        kwargs,
        list_projects._build_response,
        unwrap=_list_result,
        idempotent=VALIDATOR.idempotent("list_projects"),
    )


def next_page(page_no: int, result: ProjectListResult) -> Page[Project]:
    """This page's projects; the next page number while ``pageNo * pageSize < total`` (``totalCount`` as fallback).

    ``pageSize`` is the size the server reports using. Without any total, a full page means there may be more.
    """
    items = list(result.projects)
    total = result.total if not isinstance(result.total, Unset) else result.total_count
    more = len(items) >= result.page_size if isinstance(total, Unset) else page_no * result.page_size < total
    return Page(items, page_no + 1 if more else None, total=None if isinstance(total, Unset) else total)


def create(*, name: str, description: str | NotGiven) -> Call:
    body = ProjectCreateRequest(name=name, description=_u(description))
    VALIDATOR.validate("create_project", body=body.to_dict())
    kwargs = create_project._get_kwargs(body=body)
    return Call("create_project", kwargs, create_project._build_response, unwrap=_nothing)


def get(uuid: str | UUID) -> Call:
    text = _uuid_text(uuid)
    VALIDATOR.validate("get_project", path={"uuid": text})
    kwargs = get_project._get_kwargs(UUID(text))
    return Call("get_project", kwargs, get_project._build_response, unwrap=_project)


def update(uuid: str | UUID, *, description: str | NotGiven, top: bool | NotGiven) -> Call:
    return _update(uuid, description=_u(description), top=_u(top))


def _update(uuid: str | UUID, *, description: str | Unset, top: bool | Unset) -> Call:
    text = _uuid_text(uuid)
    # Validate the body as the model writes it, but with the caller's uuid: a malformed one must fail here.
    fields = ProjectUpdateRequest(uuid=_PLACEHOLDER_UUID, description=description, top=top).to_dict()
    VALIDATOR.validate("update_project", body={**fields, "uuid": text})
    body = ProjectUpdateRequest(uuid=UUID(text), description=description, top=top)
    kwargs = update_project._get_kwargs(body=body)
    return Call("update_project", kwargs, update_project._build_response, unwrap=_nothing, expects_body=False)


def delete(uuid: str | UUID) -> Call:
    text = _uuid_text(uuid)
    VALIDATOR.validate("delete_project", path={"uuid": text})
    kwargs = delete_project._get_kwargs(UUID(text))
    return Call("delete_project", kwargs, delete_project._build_response, unwrap=_nothing, expects_body=False)
