from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Standard error body (401, 403, 404, 400 on `list_projects`, 500). The same `code` values are used by
    `ValidationErrorResponse` and `RateLimitErrorResponse`.

    """

    status: int
    """ HTTP status code, repeated in the body. """
    code: str
    """ Machine-readable error code in snake_case. Known values: `bad_request`, `unauthorized`, `payment_required`,
    `forbidden`, `not_found`, `conflict`, `rate_limited`, `internal_error`, `project_not_found`,
    `project_limit_reached`, `service_not_found`, `service_name_conflict`, `subscription_not_found`,
    `customer_not_found`, `insufficient_ai_credits`, `invalid_billing_cycle`, `validation_failed`,
    `resource_already_exists`, `public_share_token_not_found`. """
    message: str
    """ Human-readable error message. """
    details: str | Unset = UNSET
    """ Additional error details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")
        if not (isinstance(status, int) and not isinstance(status, bool)):
            raise TypeError(f"status: expected int, got {type(status).__name__}")

        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError(f"code: expected str, got {type(code).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        details = d.pop("details", UNSET)
        if not isinstance(details, str) and not isinstance(details, Unset):
            raise TypeError(f"details: expected str, got {type(details).__name__}")

        error_response = cls(
            status=status,
            code=code,
            message=message,
            details=details,
        )

        error_response.additional_properties = d
        return error_response

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
