from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """An asynchronous task. `state` moves `NEW` -> `RUNNING` -> `FINISHED` or `ERROR`; only the fields the project API
    needs are listed, others (e.g. `created_resources`, `data`) are passed through.

    """

    id: str
    """ The task ID. """
    task_type: str
    """ What the task does, e.g. `delete_project`. """
    state: str
    """ The task state. Known values: `NEW` (queued), `RUNNING`, `FINISHED` (done), `ERROR` (failed; see `error`).
    Treat unknown values as not finished. """
    user_id: int
    """ ID of the user who started the task. """
    client_id: int | None | Unset = UNSET
    """ ID of the client (account). """
    project_id: int | None | Unset = UNSET
    """ ID of the project the task works on. """
    region_id: int | None | Unset = UNSET
    """ ID of the region the task works in (null for global tasks). """
    request_id: None | str | Unset = UNSET
    """ ID of the request that started the task. """
    error: None | str | Unset = UNSET
    """ Why the task failed (`state` `ERROR`); null otherwise. """
    detailed_state: None | str | Unset = UNSET
    """ A state more specific to the task type (e.g. `FINISHED`, `ERROR`, `NETWORK`). """
    created_on: None | str | Unset = UNSET
    """ Datetime of creation, ISO 8601, with or without a zone designator (zone-less presumed UTC). """
    updated_on: None | str | Unset = UNSET
    """ Datetime of the last state change; same format as `created_on`. """
    finished_on: None | str | Unset = UNSET
    """ Datetime the task finished (null while running); same format as `created_on`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task_type = self.task_type

        state = self.state

        user_id = self.user_id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        region_id: int | None | Unset
        if isinstance(self.region_id, Unset):
            region_id = UNSET
        else:
            region_id = self.region_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        detailed_state: None | str | Unset
        if isinstance(self.detailed_state, Unset):
            detailed_state = UNSET
        else:
            detailed_state = self.detailed_state

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        updated_on: None | str | Unset
        if isinstance(self.updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = self.updated_on

        finished_on: None | str | Unset
        if isinstance(self.finished_on, Unset):
            finished_on = UNSET
        else:
            finished_on = self.finished_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_type": task_type,
                "state": state,
                "user_id": user_id,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region_id is not UNSET:
            field_dict["region_id"] = region_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if error is not UNSET:
            field_dict["error"] = error
        if detailed_state is not UNSET:
            field_dict["detailed_state"] = detailed_state
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if finished_on is not UNSET:
            field_dict["finished_on"] = finished_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        task_type = d.pop("task_type")
        if not isinstance(task_type, str):
            raise TypeError(f"task_type: expected str, got {type(task_type).__name__}")

        state = d.pop("state")
        if not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(f"user_id: expected int, got {type(user_id).__name__}")

        client_id = d.pop("client_id", UNSET)
        if not (
            (isinstance(client_id, int) and not isinstance(client_id, bool)) or client_id is None
        ) and not isinstance(client_id, Unset):
            raise TypeError(f"client_id: expected int | None, got {type(client_id).__name__}")

        project_id = d.pop("project_id", UNSET)
        if not (
            (isinstance(project_id, int) and not isinstance(project_id, bool)) or project_id is None
        ) and not isinstance(project_id, Unset):
            raise TypeError(f"project_id: expected int | None, got {type(project_id).__name__}")

        region_id = d.pop("region_id", UNSET)
        if not (
            (isinstance(region_id, int) and not isinstance(region_id, bool)) or region_id is None
        ) and not isinstance(region_id, Unset):
            raise TypeError(f"region_id: expected int | None, got {type(region_id).__name__}")

        request_id = d.pop("request_id", UNSET)
        if not (isinstance(request_id, str) or request_id is None) and not isinstance(request_id, Unset):
            raise TypeError(f"request_id: expected str | None, got {type(request_id).__name__}")

        error = d.pop("error", UNSET)
        if not (isinstance(error, str) or error is None) and not isinstance(error, Unset):
            raise TypeError(f"error: expected str | None, got {type(error).__name__}")

        detailed_state = d.pop("detailed_state", UNSET)
        if not (isinstance(detailed_state, str) or detailed_state is None) and not isinstance(detailed_state, Unset):
            raise TypeError(f"detailed_state: expected str | None, got {type(detailed_state).__name__}")

        created_on = d.pop("created_on", UNSET)
        if not (isinstance(created_on, str) or created_on is None) and not isinstance(created_on, Unset):
            raise TypeError(f"created_on: expected str | None, got {type(created_on).__name__}")

        updated_on = d.pop("updated_on", UNSET)
        if not (isinstance(updated_on, str) or updated_on is None) and not isinstance(updated_on, Unset):
            raise TypeError(f"updated_on: expected str | None, got {type(updated_on).__name__}")

        finished_on = d.pop("finished_on", UNSET)
        if not (isinstance(finished_on, str) or finished_on is None) and not isinstance(finished_on, Unset):
            raise TypeError(f"finished_on: expected str | None, got {type(finished_on).__name__}")

        task = cls(
            id=id,
            task_type=task_type,
            state=state,
            user_id=user_id,
            client_id=client_id,
            project_id=project_id,
            region_id=region_id,
            request_id=request_id,
            error=error,
            detailed_state=detailed_state,
            created_on=created_on,
            updated_on=updated_on,
            finished_on=finished_on,
        )

        task.additional_properties = d
        return task

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
