from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A BLS project (log group)."""

    uuid: UUID
    """ Project UUID, assigned by the server. """
    name: str
    """ Project name, unique per account and region. """
    description: str
    """ Project description (may be empty). """
    top: bool
    """ Whether the project is pinned to the top of the list. """
    created_time: datetime.datetime
    """ Creation time, UTC `YYYY-MM-DDThh:mm:ssZ`. """
    updated_time: datetime.datetime
    """ Last modification time, UTC `YYYY-MM-DDThh:mm:ssZ`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        description = self.description

        top = self.top

        created_time = self.created_time.isoformat().replace("+00:00", "Z")

        updated_time = self.updated_time.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "description": description,
                "top": top,
                "createdTime": created_time,
                "updatedTime": updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid")
        if not isinstance(_uuid, str):
            raise TypeError(f"uuid: expected str (uuid), got {type(_uuid).__name__}")
        uuid = UUID(_uuid)

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        top = d.pop("top")
        if not isinstance(top, bool):
            raise TypeError(f"top: expected bool, got {type(top).__name__}")

        _created_time = d.pop("createdTime")
        if not isinstance(_created_time, str):
            raise TypeError(f"createdTime: expected str (date-time), got {type(_created_time).__name__}")
        created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime")
        if not isinstance(_updated_time, str):
            raise TypeError(f"updatedTime: expected str (date-time), got {type(_updated_time).__name__}")
        updated_time = datetime.datetime.fromisoformat(_updated_time)

        project = cls(
            uuid=uuid,
            name=name,
            description=description,
            top=top,
            created_time=created_time,
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
