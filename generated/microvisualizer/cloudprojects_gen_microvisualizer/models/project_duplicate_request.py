from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDuplicateRequest")


@_attrs_define
class ProjectDuplicateRequest:
    """Optional body of `duplicate_project` (`ProjectDuplicate` in the provider's document)."""

    name: str | Unset = UNSET
    """ The name for the duplicated project (3-60 characters). If not provided, the source project's name is used.
    """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str) and not isinstance(name, Unset):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        project_duplicate_request = cls(
            name=name,
        )

        return project_duplicate_request
