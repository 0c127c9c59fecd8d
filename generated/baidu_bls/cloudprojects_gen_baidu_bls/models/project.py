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
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        description = d.pop("description")

        top = d.pop("top")

        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        updated_time = datetime.datetime.fromisoformat(d.pop("updatedTime"))

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
