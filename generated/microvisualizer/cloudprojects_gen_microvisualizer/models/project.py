from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project's metadata as returned by get/create/update/duplicate (`ProjectGet` in the provider's document). Nested
    services are not included.

    """

    id: str
    """ Project identifier, a server-generated slug (e.g. `my-project-a1b2c`). """
    name: str
    """ The name of this project. """
    description: str
    """ A description of this project (may be empty). """
    archived: bool
    """ Whether the project is archived. """
    pinned: bool
    """ Whether the calling member has pinned the project. """
    service_count: int
    """ The number of services in this project. """
    is_owner: bool
    """ Whether the authenticated caller created this project. """
    created_by: str
    """ The name of the actor (member email or API key name) that created this project. """
    created_by_type: str
    """ The type of actor that created the project. Known values: `MEMBER` (a user), `API_KEY`. """
    updated_by: str
    """ The name of the actor (member email or API key name) that last updated this project or one of its services.
    """
    updated_by_type: str
    """ The type of actor that last updated the project. Known values: `MEMBER` (a user), `API_KEY`. """
    created_at: datetime.datetime
    """ When the project was created (UTC). """
    updated_at: datetime.datetime
    """ When the project or one of its services was last updated (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        archived = self.archived

        pinned = self.pinned

        service_count = self.service_count

        is_owner = self.is_owner

        created_by = self.created_by

        created_by_type = self.created_by_type

        updated_by = self.updated_by

        updated_by_type = self.updated_by_type

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "archived": archived,
                "pinned": pinned,
                "serviceCount": service_count,
                "isOwner": is_owner,
                "createdBy": created_by,
                "createdByType": created_by_type,
                "updatedBy": updated_by,
                "updatedByType": updated_by_type,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        archived = d.pop("archived")
        if not isinstance(archived, bool):
            raise TypeError(f"archived: expected bool, got {type(archived).__name__}")

        pinned = d.pop("pinned")
        if not isinstance(pinned, bool):
            raise TypeError(f"pinned: expected bool, got {type(pinned).__name__}")

        service_count = d.pop("serviceCount")
        if not (isinstance(service_count, int) and not isinstance(service_count, bool)):
            raise TypeError(f"serviceCount: expected int, got {type(service_count).__name__}")

        is_owner = d.pop("isOwner")
        if not isinstance(is_owner, bool):
            raise TypeError(f"isOwner: expected bool, got {type(is_owner).__name__}")

        created_by = d.pop("createdBy")
        if not isinstance(created_by, str):
            raise TypeError(f"createdBy: expected str, got {type(created_by).__name__}")

        created_by_type = d.pop("createdByType")
        if not isinstance(created_by_type, str):
            raise TypeError(f"createdByType: expected str, got {type(created_by_type).__name__}")

        updated_by = d.pop("updatedBy")
        if not isinstance(updated_by, str):
            raise TypeError(f"updatedBy: expected str, got {type(updated_by).__name__}")

        updated_by_type = d.pop("updatedByType")
        if not isinstance(updated_by_type, str):
            raise TypeError(f"updatedByType: expected str, got {type(updated_by_type).__name__}")

        _created_at = d.pop("createdAt")
        if not isinstance(_created_at, str):
            raise TypeError(f"createdAt: expected str (date-time), got {type(_created_at).__name__}")
        created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt")
        if not isinstance(_updated_at, str):
            raise TypeError(f"updatedAt: expected str (date-time), got {type(_updated_at).__name__}")
        updated_at = datetime.datetime.fromisoformat(_updated_at)

        project = cls(
            id=id,
            name=name,
            description=description,
            archived=archived,
            pinned=pinned,
            service_count=service_count,
            is_owner=is_owner,
            created_by=created_by,
            created_by_type=created_by_type,
            updated_by=updated_by,
            updated_by_type=updated_by_type,
            created_at=created_at,
            updated_at=updated_at,
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
