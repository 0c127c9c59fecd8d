from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectListResult")


@_attrs_define
class ProjectListResult:
    """The `result` of `list_projects`: one page plus the page settings actually used. The total
    count is documented as `total` while the Go SDK decodes `totalCount`; both are optional (use
    whichever is present).

    """

    order: str
    """ Sort order used, `desc` or `asc`. """
    order_by: str
    """ Sort field used, `createdAt`, `updatedAt` or `name`. """
    page_no: int
    """ Page number (1-based). """
    page_size: int
    """ Page size. """
    projects: list[Project]
    """ The projects on this page. """
    total: int | Unset = UNSET
    """ Total number of matching projects (documented name). """
    total_count: int | Unset = UNSET
    """ Total number of matching projects (name decoded by the Go SDK; unconfirmed). """
    default: Project | Unset = UNSET
    """ A BLS project (log group). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        order_by = self.order_by

        page_no = self.page_no

        page_size = self.page_size

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        total = self.total

        total_count = self.total_count

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "orderBy": order_by,
                "pageNo": page_no,
                "pageSize": page_size,
                "projects": projects,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
        order = d.pop("order")

        order_by = d.pop("orderBy")

        page_no = d.pop("pageNo")

        page_size = d.pop("pageSize")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = Project.from_dict(projects_item_data)

            projects.append(projects_item)

        total = d.pop("total", UNSET)

        total_count = d.pop("totalCount", UNSET)

        _default = d.pop("default", UNSET)
        default: Project | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = Project.from_dict(_default)

        project_list_result = cls(
            order=order,
            order_by=order_by,
            page_no=page_no,
            page_size=page_size,
            projects=projects,
            total=total,
            total_count=total_count,
            default=default,
        )

        project_list_result.additional_properties = d
        return project_list_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
