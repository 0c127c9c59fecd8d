from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectReplaceRequest")


@_attrs_define
class ProjectReplaceRequest:
    """Body of `replace_project` (deprecated PUT): the full new name and description."""

    name: str
    """ Name of the entity, following a specific format: 3-63 characters, starting with a letter or digit, then
    letters, digits, spaces, `.`, `_` or `-`, ending with a letter, digit, `.` or `_`. Unique per client. """
    description: None | str | Unset = UNSET
    """ Description of the project. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not (isinstance(description, str) or description is None) and not isinstance(description, Unset):
            raise TypeError(f"description: expected str | None, got {type(description).__name__}")

        project_replace_request = cls(
            name=name,
            description=description,
        )

        return project_replace_request
