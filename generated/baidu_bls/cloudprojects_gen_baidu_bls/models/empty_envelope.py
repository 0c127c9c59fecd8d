from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmptyEnvelope")


@_attrs_define
class EmptyEnvelope:
    """Success envelope without a `result` (create, update, delete)."""

    success: bool
    """ Whether the request succeeded. """
    code: str
    """ Result code. The docs say `OK` on success; examples send `success`. """
    message: str
    """ Empty on success, otherwise an error message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        empty_envelope = cls(
            success=success,
            code=code,
            message=message,
        )

        empty_envelope.additional_properties = d
        return empty_envelope

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
