from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RateLimitErrorResponse")


@_attrs_define
class RateLimitErrorResponse:
    """Rate-limit error body (429; `RateLimitError` in the provider's document), sent with a `Retry-After` header carrying
    the same number of seconds.

    """

    status: int
    """ HTTP status code, repeated in the body. """
    code: str
    """ Machine-readable error code in snake_case (`rate_limited`). Known values: as for `ErrorResponse.code`. """
    message: str
    """ Human-readable error message. """
    retry_after: int
    """ Number of seconds until the client can retry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        message = self.message

        retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
                "message": message,
                "retryAfter": retry_after,
            }
        )

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

        retry_after = d.pop("retryAfter")
        if not (isinstance(retry_after, int) and not isinstance(retry_after, bool)):
            raise TypeError(f"retryAfter: expected int, got {type(retry_after).__name__}")

        rate_limit_error_response = cls(
            status=status,
            code=code,
            message=message,
            retry_after=retry_after,
        )

        rate_limit_error_response.additional_properties = d
        return rate_limit_error_response

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
