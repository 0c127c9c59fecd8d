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
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError(f"data: expected list, got {type(_data).__name__}")
        data = []
        for data_item_data in _data:
            _data_item = data_item_data
            if not isinstance(_data_item, dict):
                raise TypeError(f"data_item: expected object, got {type(_data_item).__name__}")
            data_item = Project.from_dict(_data_item)

            data.append(data_item)

        page = d.pop("page")
        if not (isinstance(page, int) and not isinstance(page, bool)):
            raise TypeError(f"page: expected int, got {type(page).__name__}")

        size = d.pop("size")
        if not (isinstance(size, int) and not isinstance(size, bool)):
            raise TypeError(f"size: expected int, got {type(size).__name__}")

        total = d.pop("total")
        if not (isinstance(total, int) and not isinstance(total, bool)):
            raise TypeError(f"total: expected int, got {type(total).__name__}")

        total_pages = d.pop("totalPages")
        if not (isinstance(total_pages, int) and not isinstance(total_pages, bool)):
            raise TypeError(f"totalPages: expected int, got {type(total_pages).__name__}")

        first = d.pop("first")
        if not isinstance(first, bool):
            raise TypeError(f"first: expected bool, got {type(first).__name__}")

        last = d.pop("last")
        if not isinstance(last, bool):
            raise TypeError(f"last: expected bool, got {type(last).__name__}")

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
