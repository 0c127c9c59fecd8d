from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_create_request_data_redundancy_type import (
    ProjectCreateRequestDataRedundancyType,
    check_project_create_request_data_redundancy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreateRequest")


@_attrs_define
class ProjectCreateRequest:
    """Body of CreateProject."""

    project_name: str
    """ Name of the new project; it becomes the left-most label of the project host and cannot be changed. 3-63
    characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit. Unique within the
    region. """
    description: str
    """ Description of the project. Required by the API reference and both SDKs (the CLI treats it as optional); may
    be empty. The SDK guide says at most 64 characters without `<`, `>`, `'`, `\\` or `"`; that limit is unconfirmed
    in the API reference and is not enforced here. """
    resource_group_id: str | Unset = UNSET
    """ Resource group to put the project in; empty or absent means the account's default resource group. """
    data_redundancy_type: ProjectCreateRequestDataRedundancyType | Unset = UNSET
    """ Storage redundancy, fixed at creation: `LRS` (locally redundant, the default) or `ZRS` (zone-redundant, only
    in some regions). """
    recycle_bin_enabled: bool | Unset = UNSET
    """ Whether to enable the recycle bin, which keeps deleted Logstores recoverable for a while. """

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        description = self.description

        resource_group_id = self.resource_group_id

        data_redundancy_type: str | Unset = UNSET
        if not isinstance(self.data_redundancy_type, Unset):
            data_redundancy_type = self.data_redundancy_type

        recycle_bin_enabled = self.recycle_bin_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectName": project_name,
                "description": description,
            }
        )
        if resource_group_id is not UNSET:
            field_dict["resourceGroupId"] = resource_group_id
        if data_redundancy_type is not UNSET:
            field_dict["dataRedundancyType"] = data_redundancy_type
        if recycle_bin_enabled is not UNSET:
            field_dict["recycleBinEnabled"] = recycle_bin_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_name = d.pop("projectName")
        if not isinstance(project_name, str):
            raise TypeError(f"projectName: expected str, got {type(project_name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        resource_group_id = d.pop("resourceGroupId", UNSET)
        if not isinstance(resource_group_id, str) and not isinstance(resource_group_id, Unset):
            raise TypeError(f"resourceGroupId: expected str, got {type(resource_group_id).__name__}")

        _data_redundancy_type = d.pop("dataRedundancyType", UNSET)
        data_redundancy_type: ProjectCreateRequestDataRedundancyType | Unset
        if isinstance(_data_redundancy_type, Unset):
            data_redundancy_type = UNSET
        else:
            data_redundancy_type = check_project_create_request_data_redundancy_type(_data_redundancy_type)

        recycle_bin_enabled = d.pop("recycleBinEnabled", UNSET)
        if not isinstance(recycle_bin_enabled, bool) and not isinstance(recycle_bin_enabled, Unset):
            raise TypeError(f"recycleBinEnabled: expected bool, got {type(recycle_bin_enabled).__name__}")

        project_create_request = cls(
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            data_redundancy_type=data_redundancy_type,
            recycle_bin_enabled=recycle_bin_enabled,
        )

        return project_create_request
