from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinnedProject")


@_attrs_define
class PinnedProject:
    """A project pinned by the calling member."""

    project_id: str
    """ ID of the pinned project. """
    pinned_at: datetime.datetime | Unset = UNSET
    """ When the project was pinned (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        pinned_at: str | Unset = UNSET
        if not isinstance(self.pinned_at, Unset):
            pinned_at = self.pinned_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if pinned_at is not UNSET:
            field_dict["pinnedAt"] = pinned_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")
        if not isinstance(project_id, str):
            raise TypeError(f"projectId: expected str, got {type(project_id).__name__}")

        _pinned_at = d.pop("pinnedAt", UNSET)
        pinned_at: datetime.datetime | Unset
        if isinstance(_pinned_at, Unset):
            pinned_at = UNSET
        elif isinstance(_pinned_at, str):
            pinned_at = datetime.datetime.fromisoformat(_pinned_at)
        else:
            raise TypeError(f"pinnedAt: expected str (date-time), got {type(_pinned_at).__name__}")

        pinned_project = cls(
            project_id=project_id,
            pinned_at=pinned_at,
        )

        pinned_project.additional_properties = d
        return pinned_project

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
