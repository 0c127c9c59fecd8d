from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvalidFields")


@_attrs_define
class InvalidFields:
    """Field-level validation errors of a `ValidationError`, keyed by field name."""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invalid_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            if not isinstance(_additional_property, list):
                raise TypeError(f"AdditionalProperty: expected list, got {type(_additional_property).__name__}")
            additional_property = []
            for additional_property_item_data in _additional_property:
                additional_property_item = additional_property_item_data
                if not isinstance(additional_property_item, str):
                    raise TypeError(
                        f"AdditionalProperty_item: expected str, got {type(additional_property_item).__name__}"
                    )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        invalid_fields.additional_properties = additional_properties
        return invalid_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
