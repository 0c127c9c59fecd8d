from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_list_result import ProjectListResult


T = TypeVar("T", bound="ProjectListEnvelope")


@_attrs_define
class ProjectListEnvelope:
    """Response envelope of `list_projects`. `result` is present when `code` is `"0"`; a 2xx envelope with another code is
    a failure.

    """

    code: str
    """ API processing result code, a string: `"0"` on success, otherwise an error code (known service codes
    `10001`, `10014`, `10016`; API Gateway codes `100`, `200`, `210`, `230`, `300`, `400`). """
    message: str
    """ API processing result message (`success` on success). """
    result: ProjectListResult | Unset = UNSET
    """ `result` of `list_projects`: all projects of the workspace. The docs list `totalCount` beside
    `result.projects` without the `result.` prefix; it is modelled here as optional `result.totalCount` (a top-level
    `totalCount` would still parse as an additional property). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_list_result import ProjectListResult  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError(f"code: expected str, got {type(code).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        _result = d.pop("result", UNSET)
        result: ProjectListResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        elif isinstance(_result, dict):
            result = ProjectListResult.from_dict(_result)
        else:
            raise TypeError(f"result: expected object, got {type(_result).__name__}")

        project_list_envelope = cls(
            code=code,
            message=message,
            result=result,
        )

        project_list_envelope.additional_properties = d
        return project_list_envelope

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
