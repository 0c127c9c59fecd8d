from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectPage")


@_attrs_define
class ProjectPage:
    """One page of `list_projects` (0-based page-number pagination)."""

    data: list[Project]
    """ The projects on this page (without their services). """
    page: int
    """ Current page number (0-based). """
    size: int
    """ Number of items per page (the requested `size`). """
    total: int
    """ Total number of matching projects. """
    total_pages: int
    """ Total number of pages. """
    first: bool
    """ Whether this is the first page. """
    last: bool
    """ Whether this is the last page (stop paginating when true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page = self.page

        size = self.size

        total = self.total

        total_pages = self.total_pages

        first = self.first

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "page": page,
                "size": size,
                "total": total,
                "totalPages": total_pages,
                "first": first,
                "last": last,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Project.from_dict(data_item_data)

            data.append(data_item)

        page = d.pop("page")

        size = d.pop("size")

        total = d.pop("total")

        total_pages = d.pop("totalPages")

        first = d.pop("first")

        last = d.pop("last")

        project_page = cls(
            data=data,
            page=page,
            size=size,
            total=total,
            total_pages=total_pages,
            first=first,
            last=last,
        )

        project_page.additional_properties = d
        return project_page

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
