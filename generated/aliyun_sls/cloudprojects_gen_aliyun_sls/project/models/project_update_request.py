from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Body of UpdateProject."""

    description: str
    """ New description of the project (required by the seed; may be empty). The SDK guide says at most 64
    characters without `<`, `>`, `'`, `\\` or `"`; that limit is unconfirmed in the API reference and is not
    enforced here. """
    recycle_bin_enabled: bool | Unset = UNSET
    """ Whether to enable the recycle bin (keeps deleted Logstores recoverable for a while). Not in the seed; sent
    only by the generated SDK (alibabacloud-sls20201230). Omit to leave it unchanged. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        recycle_bin_enabled = self.recycle_bin_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
            }
        )
        if recycle_bin_enabled is not UNSET:
            field_dict["recycleBinEnabled"] = recycle_bin_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        recycle_bin_enabled = d.pop("recycleBinEnabled", UNSET)
        if not isinstance(recycle_bin_enabled, bool) and not isinstance(recycle_bin_enabled, Unset):
            raise TypeError(f"recycleBinEnabled: expected bool, got {type(recycle_bin_enabled).__name__}")

        project_update_request = cls(
            description=description,
            recycle_bin_enabled=recycle_bin_enabled,
        )

        return project_update_request
