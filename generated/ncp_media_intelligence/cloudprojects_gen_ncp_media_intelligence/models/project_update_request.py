from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Body of `update_project`. `name` is required: it is the only editable field."""

    name: str
    """ Project name: 1 to 100 characters (the minimum is not documented; 1 assumed); letters, digits and special
    characters except semicolon (`;`), vertical bar (`|`) and backtick (`` ` ``); control characters are rejected
    here as well. Must be unique within the workspace. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        project_update_request = cls(
            name=name,
        )

        return project_update_request
