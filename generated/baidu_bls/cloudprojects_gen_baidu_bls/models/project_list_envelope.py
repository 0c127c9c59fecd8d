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
    """Success envelope of `list_projects`."""

    success: bool
    """ Whether the request succeeded. """
    code: str
    """ Result code. The docs say `OK` on success; examples send `success`. """
    message: str
    """ Empty on success, otherwise an error message. """
    result: ProjectListResult | Unset = UNSET
    """ The `result` of `list_projects`: one page plus the page settings actually used. The total
    count is documented as `total` while the Go SDK decodes `totalCount`; both are optional (use
    whichever is present).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
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
        success = d.pop("success")
        if not isinstance(success, bool):
            raise TypeError(f"success: expected bool, got {type(success).__name__}")

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
            success=success,
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
