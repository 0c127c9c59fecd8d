from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectList")


@_attrs_define
class ProjectList:
    """One page of ListProject results."""

    count: int
    """ Number of projects on this page. """
    total: int
    """ Number of projects matching the filters, across all pages. """
    projects: list[Project] | Unset = UNSET
    """ The projects on this page (the legacy SDK tolerates its absence, treating it as empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total = self.total

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "total": total,
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected int, got {type(count).__name__}")

        total = d.pop("total")
        if not (isinstance(total, int) and not isinstance(total, bool)):
            raise TypeError(f"total: expected int, got {type(total).__name__}")

        _projects = d.pop("projects", UNSET)
        projects: list[Project] | Unset = UNSET
        if isinstance(_projects, list):
            projects = []
            for projects_item_data in _projects:
                _projects_item = projects_item_data
                if not isinstance(_projects_item, dict):
                    raise TypeError(f"projects_item: expected object, got {type(_projects_item).__name__}")
                projects_item = Project.from_dict(_projects_item)

                projects.append(projects_item)
        elif not isinstance(_projects, Unset):
            raise TypeError(f"projects: expected list, got {type(_projects).__name__}")

        project_list = cls(
            count=count,
            total=total,
            projects=projects,
        )

        project_list.additional_properties = d
        return project_list

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
