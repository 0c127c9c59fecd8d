from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """BLS error body; the HTTP status gives the class. Known codes: `InvalidParameter`,
    `MalformedJSON` (400), `Unauthorized` (401), `AccessDenied` (403), `ProjectNotFound` (404),
    `ProjectAlreadyExist`, `ProjectLogStoreNotEmpty` (409), `RequestOverload` (413),
    `RequestLimited` (429), `InternalError` (500), `ServiceUnavailable` (503), plus BCE-wide codes
    such as `InvalidHTTPAuthHeader`, `RequestExpired`, `SignatureDoesNotMatch`, `InvalidAccessKeyId`.

    """

    code: str
    """ Error code. """
    message: str
    """ Human-readable error message. """
    request_id: str | Unset = UNSET
    """ Request id, the same as the `x-bce-request-id` response header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError(f"code: expected str, got {type(code).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        request_id = d.pop("requestId", UNSET)
        if not isinstance(request_id, str) and not isinstance(request_id, Unset):
            raise TypeError(f"requestId: expected str, got {type(request_id).__name__}")

        error_response = cls(
            code=code,
            message=message,
            request_id=request_id,
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
