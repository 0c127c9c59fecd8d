from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A Media Intelligence project."""

    project_id: int
    """ Project ID (an integer here; the same value is a digit string in paths). """
    name: str
    """ Project name. """
    is_base_project: bool
    """ Whether this is the workspace's default project (which cannot be edited or deleted). """
    created_user_name: str
    """ Name of the user who created the project. """
    created_time: str
    """ Project creation date and time. Documented as "ISO 8601" but sent without a time zone and with 0 to 9
    fraction digits, e.g. `2025-04-23T14:15:20` or `2025-04-23T15:45:04.680736168` (nanoseconds). The zone is not
    documented (KST vs UTC unconfirmed), so it is a plain string; parse it leniently. """
    updated_user_name: str
    """ Name of the user who last edited the project. """
    updated_time: str
    """ Date and time of the project's last edit. Documented as "ISO 8601" but sent without a time zone and with 0
    to 9 fraction digits, e.g. `2025-04-23T14:15:20` or `2025-04-23T15:45:04.680736168` (nanoseconds). The zone is
    not documented (KST vs UTC unconfirmed), so it is a plain string; parse it leniently. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        is_base_project = self.is_base_project

        created_user_name = self.created_user_name

        created_time = self.created_time

        updated_user_name = self.updated_user_name

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "isBaseProject": is_base_project,
                "createdUserName": created_user_name,
                "createdTime": created_time,
                "updatedUserName": updated_user_name,
                "updatedTime": updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")
        if not (isinstance(project_id, int) and not isinstance(project_id, bool)):
            raise TypeError(f"projectId: expected int, got {type(project_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        is_base_project = d.pop("isBaseProject")
        if not isinstance(is_base_project, bool):
            raise TypeError(f"isBaseProject: expected bool, got {type(is_base_project).__name__}")

        created_user_name = d.pop("createdUserName")
        if not isinstance(created_user_name, str):
            raise TypeError(f"createdUserName: expected str, got {type(created_user_name).__name__}")

        created_time = d.pop("createdTime")
        if not isinstance(created_time, str):
            raise TypeError(f"createdTime: expected str, got {type(created_time).__name__}")

        updated_user_name = d.pop("updatedUserName")
        if not isinstance(updated_user_name, str):
            raise TypeError(f"updatedUserName: expected str, got {type(updated_user_name).__name__}")

        updated_time = d.pop("updatedTime")
        if not isinstance(updated_time, str):
            raise TypeError(f"updatedTime: expected str, got {type(updated_time).__name__}")

        project = cls(
            project_id=project_id,
            name=name,
            is_base_project=is_base_project,
            created_user_name=created_user_name,
            created_time=created_time,
            updated_user_name=updated_user_name,
            updated_time=updated_time,
        )

        project.additional_properties = d
        return project

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
