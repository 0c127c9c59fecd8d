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
        if not isinstance(order, str):
            raise TypeError(f"order: expected str, got {type(order).__name__}")

        order_by = d.pop("orderBy")
        if not isinstance(order_by, str):
            raise TypeError(f"orderBy: expected str, got {type(order_by).__name__}")

        page_no = d.pop("pageNo")
        if not (isinstance(page_no, int) and not isinstance(page_no, bool)):
            raise TypeError(f"pageNo: expected int, got {type(page_no).__name__}")

        page_size = d.pop("pageSize")
        if not (isinstance(page_size, int) and not isinstance(page_size, bool)):
            raise TypeError(f"pageSize: expected int, got {type(page_size).__name__}")

        _projects = d.pop("projects")
        if not isinstance(_projects, list):
            raise TypeError(f"projects: expected list, got {type(_projects).__name__}")
        projects = []
        for projects_item_data in _projects:
            _projects_item = projects_item_data
            if not isinstance(_projects_item, dict):
                raise TypeError(f"projects_item: expected object, got {type(_projects_item).__name__}")
            projects_item = Project.from_dict(_projects_item)

            projects.append(projects_item)

        total = d.pop("total", UNSET)
        if not (isinstance(total, int) and not isinstance(total, bool)) and not isinstance(total, Unset):
            raise TypeError(f"total: expected int, got {type(total).__name__}")

        total_count = d.pop("totalCount", UNSET)
        if not (isinstance(total_count, int) and not isinstance(total_count, bool)) and not isinstance(
            total_count, Unset
        ):
            raise TypeError(f"totalCount: expected int, got {type(total_count).__name__}")

        _default = d.pop("default", UNSET)
        default: Project | Unset
        if isinstance(_default, Unset):
            default = UNSET
        elif isinstance(_default, dict):
            default = Project.from_dict(_default)
        else:
            raise TypeError(f"default: expected object, got {type(_default).__name__}")

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
