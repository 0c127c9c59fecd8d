from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.invalid_fields import InvalidFields


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body shared by all Gcore API errors. Known `exception_class` values: `ValidationError`, `NotFoundError`,
    `QuotaLimitExceed`, `ForbiddenError`, `HTTPError` (method not allowed); the full list for project endpoints is
    unconfirmed, so treat it as an open set.

    """

    exception_class: str
    """ Machine-readable error type. Known values: ValidationError, NotFoundError, QuotaLimitExceed, ForbiddenError,
    HTTPError (list unconfirmed for projects). """
    message: str
    """ Human-readable description of the error. """
    request_id: str | Unset = UNSET
    """ Unique ID of the request; quote it when contacting support. """
    info: ErrorInfo | Unset = UNSET
    """ Extra structured data for some error types, e.g. for `QuotaLimitExceed`: `attribute`, `current_usage`,
    `requested_usage`, `limit`. Keys vary by error type. """
    invalid_fields: InvalidFields | Unset = UNSET
    """ Field-level validation errors of a `ValidationError`, keyed by field name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exception_class = self.exception_class

        message = self.message

        request_id = self.request_id

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        invalid_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid_fields, Unset):
            invalid_fields = self.invalid_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exception_class": exception_class,
                "message": message,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if info is not UNSET:
            field_dict["info"] = info
        if invalid_fields is not UNSET:
            field_dict["invalid_fields"] = invalid_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.invalid_fields import InvalidFields  # noqa: PLC0415

        d = dict(src_dict)
        exception_class = d.pop("exception_class")
        if not isinstance(exception_class, str):
            raise TypeError(f"exception_class: expected str, got {type(exception_class).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        request_id = d.pop("request_id", UNSET)
        if not isinstance(request_id, str) and not isinstance(request_id, Unset):
            raise TypeError(f"request_id: expected str, got {type(request_id).__name__}")

        _info = d.pop("info", UNSET)
        info: ErrorInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        elif isinstance(_info, dict):
            info = ErrorInfo.from_dict(_info)
        else:
            raise TypeError(f"info: expected object, got {type(_info).__name__}")

        _invalid_fields = d.pop("invalid_fields", UNSET)
        invalid_fields: InvalidFields | Unset
        if isinstance(_invalid_fields, Unset):
            invalid_fields = UNSET
        elif isinstance(_invalid_fields, dict):
            invalid_fields = InvalidFields.from_dict(_invalid_fields)
        else:
            raise TypeError(f"invalid_fields: expected object, got {type(_invalid_fields).__name__}")

        error_response = cls(
            exception_class=exception_class,
            message=message,
            request_id=request_id,
            info=info,
            invalid_fields=invalid_fields,
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
