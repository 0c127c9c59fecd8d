from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.violation import Violation


T = TypeVar("T", bound="ValidationErrorResponse")


@_attrs_define
class ValidationErrorResponse:
    """Validation error body with field-level details (400 on create/update/duplicate/pin; `ValidationError` in the
    provider's document).

    """

    status: int
    """ HTTP status code, repeated in the body. """
    code: str
    """ Machine-readable error code in snake_case (usually `validation_failed`). Known values: as for
    `ErrorResponse.code`. """
    message: str
    """ Human-readable error message. """
    violations: list[Violation]
    """ One entry per field that failed validation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        message = self.message

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
                "message": message,
                "violations": violations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.violation import Violation  # noqa: PLC0415

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

        _violations = d.pop("violations")
        if not isinstance(_violations, list):
            raise TypeError(f"violations: expected list, got {type(_violations).__name__}")
        violations = []
        for violations_item_data in _violations:
            _violations_item = violations_item_data
            if not isinstance(_violations_item, dict):
                raise TypeError(f"violations_item: expected object, got {type(_violations_item).__name__}")
            violations_item = Violation.from_dict(_violations_item)

            violations.append(violations_item)

        validation_error_response = cls(
            status=status,
            code=code,
            message=message,
            violations=violations,
        )

        validation_error_response.additional_properties = d
        return validation_error_response

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
