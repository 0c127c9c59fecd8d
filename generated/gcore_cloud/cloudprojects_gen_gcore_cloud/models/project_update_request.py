from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Body of `update_project` (PATCH): every field optional; only the fields present are changed."""

    name: str | Unset = UNSET
    """ New project name, unique per client: 3-63 characters, starting with a letter or digit, then letters, digits,
    spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`. """
    description: str | Unset = UNSET
    """ New description of the project (a string, as the official SDK's `ProjectUpdateParams` types it; `null` is
    not part of the contract). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

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

        project_update_request = cls(
            name=name,
            description=description,
        )

        return project_update_request
