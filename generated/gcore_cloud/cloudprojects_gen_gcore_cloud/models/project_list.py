from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectList")


@_attrs_define
class ProjectList:
    """One page of projects."""

    count: int
    """ Total number of projects matching the query (across all pages). """
    results: list[Project]
    """ The projects on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected int, got {type(count).__name__}")

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise TypeError(f"results: expected list, got {type(_results).__name__}")
        results = []
        for results_item_data in _results:
            _results_item = results_item_data
            if not isinstance(_results_item, dict):
                raise TypeError(f"results_item: expected object, got {type(_results_item).__name__}")
            results_item = Project.from_dict(_results_item)

            results.append(results_item)

        project_list = cls(
            count=count,
            results=results,
        )

        project_list.additional_properties = d
        return project_list

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
