from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Body of `update_project` (`ProjectUpdate` in the provider's document). Partial update: every field is optional and
    omitted fields remain unchanged.

    """

    name: str | Unset = UNSET
    """ The name of this project (3-60 characters). """
    description: str | Unset = UNSET
    """ A description of this project (at most 200 characters). """
    archived: bool | Unset = UNSET
    """ Whether the project is archived (`true` archives it, `false` restores it). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        archived = self.archived

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str) and not isinstance(name, Unset):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and not isinstance(description, Unset):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and not isinstance(archived, Unset):
            raise TypeError(f"archived: expected bool, got {type(archived).__name__}")

        project_update_request = cls(
            name=name,
            description=description,
            archived=archived,
        )

        return project_update_request
