from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_quota import ProjectQuota


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """An SLS project, as returned by GetProject and in ListProject `projects`."""

    project_name: str
    """ Name of the project (also the left-most label of its host). """
    description: str
    """ Description of the project (may be empty). """
    status: str
    """ State of the project. Known values: `Normal` (in service), `Disable` (disabled). Other values may appear.
    """
    owner: str
    """ ID of the Alibaba Cloud account that owns the project. """
    region: str
    """ Region of the project. """
    create_time: str
    """ Creation time, UNIX epoch seconds as a decimal string (the 2020-12-30 struct page shows `2021-07-07
    14:08:09` as an example, but the ListProject doc sample and the notes give epoch seconds). """
    last_modify_time: str
    """ Last modification time, UNIX epoch seconds as a decimal string. """
    resource_group_id: str | Unset = UNSET
    """ Resource group of the project; absent in responses from some older backends. """
    data_redundancy_type: str | Unset = UNSET
    """ Storage redundancy type. Known values: `LRS`, `ZRS`. """
    recycle_bin_enabled: bool | Unset = UNSET
    """ Whether the recycle bin is enabled. """
    internet_endpoint: str | Unset = UNSET
    """ Public endpoint of the project's region (undocumented; sent by newer backends). """
    internal_endpoint: str | Unset = UNSET
    """ Internal (VPC) endpoint of the project's region (undocumented; sent by newer backends). """
    quota: ProjectQuota | Unset = UNSET
    """ Quotas of the project (free-form; shape undocumented). Present only when asked for (ListProject
    `fetchQuota=true`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        description = self.description

        status = self.status

        owner = self.owner

        region = self.region

        create_time = self.create_time

        last_modify_time = self.last_modify_time

        resource_group_id = self.resource_group_id

        data_redundancy_type = self.data_redundancy_type

        recycle_bin_enabled = self.recycle_bin_enabled

        internet_endpoint = self.internet_endpoint

        internal_endpoint = self.internal_endpoint

        quota: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota, Unset):
            quota = self.quota.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectName": project_name,
                "description": description,
                "status": status,
                "owner": owner,
                "region": region,
                "createTime": create_time,
                "lastModifyTime": last_modify_time,
            }
        )
        if resource_group_id is not UNSET:
            field_dict["resourceGroupId"] = resource_group_id
        if data_redundancy_type is not UNSET:
            field_dict["dataRedundancyType"] = data_redundancy_type
        if recycle_bin_enabled is not UNSET:
            field_dict["recycleBinEnabled"] = recycle_bin_enabled
        if internet_endpoint is not UNSET:
            field_dict["internetEndpoint"] = internet_endpoint
        if internal_endpoint is not UNSET:
            field_dict["internalEndpoint"] = internal_endpoint
        if quota is not UNSET:
            field_dict["quota"] = quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_quota import ProjectQuota  # noqa: PLC0415

        d = dict(src_dict)
        project_name = d.pop("projectName")
        if not isinstance(project_name, str):
            raise TypeError(f"projectName: expected str, got {type(project_name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        owner = d.pop("owner")
        if not isinstance(owner, str):
            raise TypeError(f"owner: expected str, got {type(owner).__name__}")

        region = d.pop("region")
        if not isinstance(region, str):
            raise TypeError(f"region: expected str, got {type(region).__name__}")

        create_time = d.pop("createTime")
        if not isinstance(create_time, str):
            raise TypeError(f"createTime: expected str, got {type(create_time).__name__}")

        last_modify_time = d.pop("lastModifyTime")
        if not isinstance(last_modify_time, str):
            raise TypeError(f"lastModifyTime: expected str, got {type(last_modify_time).__name__}")

        resource_group_id = d.pop("resourceGroupId", UNSET)
        if not isinstance(resource_group_id, str) and not isinstance(resource_group_id, Unset):
            raise TypeError(f"resourceGroupId: expected str, got {type(resource_group_id).__name__}")

        data_redundancy_type = d.pop("dataRedundancyType", UNSET)
        if not isinstance(data_redundancy_type, str) and not isinstance(data_redundancy_type, Unset):
            raise TypeError(f"dataRedundancyType: expected str, got {type(data_redundancy_type).__name__}")

        recycle_bin_enabled = d.pop("recycleBinEnabled", UNSET)
        if not isinstance(recycle_bin_enabled, bool) and not isinstance(recycle_bin_enabled, Unset):
            raise TypeError(f"recycleBinEnabled: expected bool, got {type(recycle_bin_enabled).__name__}")

        internet_endpoint = d.pop("internetEndpoint", UNSET)
        if not isinstance(internet_endpoint, str) and not isinstance(internet_endpoint, Unset):
            raise TypeError(f"internetEndpoint: expected str, got {type(internet_endpoint).__name__}")

        internal_endpoint = d.pop("internalEndpoint", UNSET)
        if not isinstance(internal_endpoint, str) and not isinstance(internal_endpoint, Unset):
            raise TypeError(f"internalEndpoint: expected str, got {type(internal_endpoint).__name__}")

        _quota = d.pop("quota", UNSET)
        quota: ProjectQuota | Unset
        if isinstance(_quota, Unset):
            quota = UNSET
        elif isinstance(_quota, dict):
            quota = ProjectQuota.from_dict(_quota)
        else:
            raise TypeError(f"quota: expected object, got {type(_quota).__name__}")

        project = cls(
            project_name=project_name,
            description=description,
            status=status,
            owner=owner,
            region=region,
            create_time=create_time,
            last_modify_time=last_modify_time,
            resource_group_id=resource_group_id,
            data_redundancy_type=data_redundancy_type,
            recycle_bin_enabled=recycle_bin_enabled,
            internet_endpoint=internet_endpoint,
            internal_endpoint=internal_endpoint,
            quota=quota,
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
