from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """SLS error body, returned with every non-2xx status. The request ID is in the `x-log-requestid` header, not the body.
    Match on `errorCode`; `errorMessage` is free text.

    """

    error_code: str
    """ Error code. Known values: 400 `ParameterInvalid`, `PostBodyInvalid`, `ProjectAlreadyExist`,
    `RequestTimeExpired`, `InvalidRequestTime`, `InvalidDateFormat`, `MissingAPIVersion`, `InvalidAPIVersion`,
    `MissingBodyRawSize`, `InvalidBodyRawSize`, `MissingContentType`, `InvalidHost`; 401 `SignatureNotMatch`,
    `Unauthorized`; 404 `ProjectNotExist`; 411 `MissingContentLength`; 415 `InvalidContentType`; 500
    `InternalServerError`. Others may appear. """
    error_message: str
    """ Human-readable error message. """
    access_denied_detail: Any | Unset = UNSET
    """ Details of a RAM permission denial (read by the signing gateway SDK); present only on some authorization
    failures. Its shape is undocumented (JSON object or JSON-encoded string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_message = self.error_message

        access_denied_detail = self.access_denied_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "errorMessage": error_message,
            }
        )
        if access_denied_detail is not UNSET:
            field_dict["accessDeniedDetail"] = access_denied_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode")
        if not isinstance(error_code, str):
            raise TypeError(f"errorCode: expected str, got {type(error_code).__name__}")

        error_message = d.pop("errorMessage")
        if not isinstance(error_message, str):
            raise TypeError(f"errorMessage: expected str, got {type(error_message).__name__}")

        access_denied_detail = d.pop("accessDeniedDetail", UNSET)

        error_response = cls(
            error_code=error_code,
            error_message=error_message,
            access_denied_detail=access_denied_detail,
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
