from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """Error details of an NCP API Gateway error (shape unconfirmed)."""

    error_code: str
    """ API Gateway error code: `100` Bad Request Exception, `200` Authentication Failed, `210` Permission Denied,
    `230` Forbidden, `300` Not Found Exception, `400` Quota Exceeded. """
    message: str
    """ Error message, e.g. `Authentication Failed`. """
    details: str | Unset = UNSET
    """ Human-readable details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode")
        if not isinstance(error_code, str):
            raise TypeError(f"errorCode: expected str, got {type(error_code).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        details = d.pop("details", UNSET)
        if not isinstance(details, str) and not isinstance(details, Unset):
            raise TypeError(f"details: expected str, got {type(details).__name__}")

        gateway_error = cls(
            error_code=error_code,
            message=message,
            details=details,
        )

        gateway_error.additional_properties = d
        return gateway_error

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
