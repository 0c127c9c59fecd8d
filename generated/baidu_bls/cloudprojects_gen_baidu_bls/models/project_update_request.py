from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Body of `update_project`. Only the fields given are changed; the name cannot be changed."""

    uuid: UUID
    """ UUID of the project to update. """
    description: str | Unset = UNSET
    """ New project description. """
    top: bool | Unset = UNSET
    """ Whether to pin the project to the top of the list. """

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        description = self.description

        top = self.top

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if top is not UNSET:
            field_dict["top"] = top

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid")
        if not isinstance(_uuid, str):
            raise TypeError(f"uuid: expected str (uuid), got {type(_uuid).__name__}")
        uuid = UUID(_uuid)

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and not isinstance(description, Unset):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        top = d.pop("top", UNSET)
        if not isinstance(top, bool) and not isinstance(top, Unset):
            raise TypeError(f"top: expected bool, got {type(top).__name__}")

        project_update_request = cls(
            uuid=uuid,
            description=description,
            top=top,
        )

        return project_update_request
