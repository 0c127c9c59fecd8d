from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinProjectRequest")


@_attrs_define
class PinProjectRequest:
    """Body of `pin_project` (the provider's document reuses its `PinnedProject` schema for the request)."""

    project_id: str
    """ ID of the project to pin (e.g. `my-project-a1b2c`). """
    pinned_at: datetime.datetime | Unset = UNSET
    """ Accepted because the provider's document shares one schema between the pin request and response; the server
    sets the pin time itself (presumably ignores this value; unconfirmed). Do not send it. """

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        pinned_at: str | Unset = UNSET
        if not isinstance(self.pinned_at, Unset):
            pinned_at = self.pinned_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

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

        pin_project_request = cls(
            project_id=project_id,
            pinned_at=pinned_at,
        )

        return pin_project_request
