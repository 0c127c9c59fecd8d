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
    """`result` of `list_projects`: all projects of the workspace. The docs list `totalCount` beside `result.projects`
    without the `result.` prefix; it is modelled here as optional `result.totalCount` (a top-level `totalCount` would
    still parse as an additional property).

    """

    projects: list[Project]
    """ The workspace's projects, including the default project. """
    total_count: int | Unset = UNSET
    """ Total number of projects in the workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
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

        total_count = d.pop("totalCount", UNSET)
        if not (isinstance(total_count, int) and not isinstance(total_count, bool)) and not isinstance(
            total_count, Unset
        ):
            raise TypeError(f"totalCount: expected int, got {type(total_count).__name__}")

        project_list_result = cls(
            projects=projects,
            total_count=total_count,
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
