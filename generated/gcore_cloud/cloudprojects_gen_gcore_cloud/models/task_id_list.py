from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskIdList")


@_attrs_define
class TaskIdList:
    """IDs of the asynchronous tasks started by the request."""

    tasks: list[str]
    """ Task IDs (UUID strings); poll `GET /cloud/v1/tasks/{task_id}` for each. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tasks = d.pop("tasks")
        if not isinstance(_tasks, list):
            raise TypeError(f"tasks: expected list, got {type(_tasks).__name__}")
        tasks = []
        for tasks_item_data in _tasks:
            tasks_item = tasks_item_data
            if not isinstance(tasks_item, str):
                raise TypeError(f"tasks_item: expected str, got {type(tasks_item).__name__}")

            tasks.append(tasks_item)

        task_id_list = cls(
            tasks=tasks,
        )

        task_id_list.additional_properties = d
        return task_id_list

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
