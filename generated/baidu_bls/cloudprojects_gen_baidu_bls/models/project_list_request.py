from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_list_order import ProjectListOrder, check_project_list_order
from ..models.project_list_order_by import ProjectListOrderBy, check_project_list_order_by
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectListRequest")


@_attrs_define
class ProjectListRequest:
    """Body of `list_projects`. Every field is optional."""

    name: str | Unset = UNSET
    """ Keyword that project names must contain. """
    description: str | Unset = UNSET
    """ Keyword that project descriptions must contain. """
    order_by: ProjectListOrderBy | Unset = UNSET
    """ Sort field of `list_projects`: `createdAt` (creation time; the server default), `updatedAt` (update time) or
    `name`. """
    order: ProjectListOrder | Unset = UNSET
    """ Sort order of `list_projects`: `desc` (descending; the server default) or `asc` (ascending). """
    page_no: int | Unset = 1
    """ Page number, starting at 1. """
    page_size: int | Unset = 10
    """ Projects per page (default 10). The maximum is not documented for this API; 100 is the
    maximum documented for BLS's other paged JSON-body list (DescribeLogStoreTemplates) and the
    default per-account project quota, so one page of 100 covers an account at its default
    quota.
     """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        page_no = self.page_no

        page_size = self.page_size

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if order is not UNSET:
            field_dict["order"] = order
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str) and not isinstance(name, Unset):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and not isinstance(description, Unset):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _order_by = d.pop("orderBy", UNSET)
        order_by: ProjectListOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_project_list_order_by(_order_by)

        _order = d.pop("order", UNSET)
        order: ProjectListOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_project_list_order(_order)

        page_no = d.pop("pageNo", UNSET)
        if not (isinstance(page_no, int) and not isinstance(page_no, bool)) and not isinstance(page_no, Unset):
            raise TypeError(f"pageNo: expected int, got {type(page_no).__name__}")

        page_size = d.pop("pageSize", UNSET)
        if not (isinstance(page_size, int) and not isinstance(page_size, bool)) and not isinstance(page_size, Unset):
            raise TypeError(f"pageSize: expected int, got {type(page_size).__name__}")

        project_list_request = cls(
            name=name,
            description=description,
            order_by=order_by,
            order=order,
            page_no=page_no,
            page_size=page_size,
        )

        return project_list_request
