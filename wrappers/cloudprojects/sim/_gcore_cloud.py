"""Gcore Cloud projects, simulated: ``/cloud/v1/projects`` with limit/offset pages, and the tasks a deletion starts
(``/cloud/v1/tasks/{task_id}``): ``RUNNING`` for :data:`TASK_SECONDS` of the simulator's clock, then ``FINISHED``,
or ``ERROR`` for tasks made to fail with :meth:`GcoreCloudSimulator.fail_next_tasks`."""

from __future__ import annotations

import time
import uuid
from typing import Any

from cloudprojects.auth import WireRequest
from cloudprojects_gen_gcore_cloud_pydantic import models as m

from ._base import HttpError, SimResponse, Simulator, body_json, query_params, segment

API_KEY = "sim-gcore$5f2b7c-test-token"
BASE = "/cloud/v1/projects"
TASKS = "/cloud/v1/tasks"
CLIENT_ID = 1
USER_ID = 123
TASK_SECONDS = 0.3
TASK_ERROR = "Simulated task failure"


def _timestamp(epoch: float) -> str:
    """Gcore's zone-less UTC form, as in the seed: ``2019-12-31T23:59:59``."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch))


class GcoreCloudSimulator(Simulator):
    """Stateful Gcore Cloud projects API. The default project (id 1) exists from the start and cannot be deleted."""

    provider = "gcore_cloud"
    request_id_header = "x-request-id"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.projects: dict[int, dict[str, Any]] = {}
        self._next_id = 1
        self._insert("default", None, is_default=True)
        self.tasks: dict[str, dict[str, Any]] = {}
        self._failing_tasks = 0

    def fail_next_tasks(self, count: int = 1) -> None:
        """Make the next ``count`` tasks (one per deletion) end in ``ERROR`` instead of ``FINISHED``."""
        with self._lock:
            self._failing_tasks += count

    @property
    def credentials(self) -> dict[str, str]:
        return {"api_key": API_KEY}

    def setup_routes(self) -> None:
        self.route("GET", BASE, self.list_projects)
        self.route("POST", BASE, self.create_project)
        self.route("GET", BASE + "/{project_id}", self.get_project)
        self.route("PATCH", BASE + "/{project_id}", self.update_project)
        self.route("PUT", BASE + "/{project_id}", self.replace_project)
        self.route("DELETE", BASE + "/{project_id}", self.delete_project)
        self.route("GET", TASKS + "/{task_id}", self.get_task)

    def authenticate(self, request: WireRequest) -> None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "apikey" or token != API_KEY:
            raise HttpError(401, "AuthenticationFailed", "Invalid or missing API key")

    def error_response(self, error: HttpError, request_id: str) -> SimResponse:
        body: dict[str, Any] = {"exception_class": error.code, "message": error.message, "request_id": request_id}
        violations = error.extra.get("violations")
        if violations:
            fields: dict[str, list[str]] = {}
            for field, message in violations:
                fields.setdefault(field, []).append(message)
            body["invalid_fields"] = fields
        headers = {"Retry-After": str(error.extra["retry_after"])} if "retry_after" in error.extra else {}
        return SimResponse.json(error.status, body, headers)

    # -- state ----------------------------------------------------------------------------------------------------

    def _insert(self, name: str, description: str | None, *, is_default: bool = False) -> dict[str, Any]:
        project = {
            "id": self._next_id,
            "client_id": CLIENT_ID,
            "name": name,
            "description": description,
            "is_default": is_default,
            "state": "ACTIVE",
            "created_at": _timestamp(self.clock()),
            "deleted_at": None,
            "task_id": None,
        }
        self.projects[self._next_id] = project
        self._next_id += 1
        return project

    def _find(self, raw_id: str) -> dict[str, Any]:
        try:
            project_id = self.parse(m.GetProjectParameters, {"project_id": segment(raw_id)}).project_id
        except HttpError:  # a path that names no project: 404, as the spec documents (no 400 on these paths)
            raise HttpError(404, "NotFoundError", f"Project {segment(raw_id)} could not be found") from None
        project = self.projects.get(project_id)
        if project is None or project["state"] == "DELETED":
            raise HttpError(404, "NotFoundError", f"Project {project_id} could not be found")
        return project

    def _unique(self, name: str, exclude: int | None = None) -> None:
        for project in self.projects.values():
            if project["name"] == name and project["id"] != exclude and project["state"] != "DELETED":
                raise HttpError(409, "ConflictError", f"Project with name '{name}' already exists")

    # -- handlers -------------------------------------------------------------------------------------------------

    def list_projects(self, request: WireRequest) -> SimResponse:
        params = self.parse(m.ListProjectsParameters, query_params(request))
        rows = [
            p
            for p in self.projects.values()
            if (params.include_deleted or p["state"] != "DELETED") and (params.name is None or p["name"] == params.name)
        ]
        order = (params.order_by or m.ProjectOrderBy.created_at_desc).value
        key, direction = order.split(".")
        rows.sort(key=lambda p: (p["created_at"] if key == "created_at" else p["name"], p["id"]))
        if direction == "desc":
            rows.reverse()
        offset, limit = params.offset or 0, params.limit or 100
        return SimResponse.json(200, {"count": len(rows), "results": rows[offset : offset + limit]})

    def create_project(self, request: WireRequest) -> SimResponse:
        body = self.parse(m.ProjectCreateRequest, body_json(request))
        self._unique(body.name)
        return SimResponse.json(200, self._insert(body.name, body.description))

    def get_project(self, _request: WireRequest, project_id: str) -> SimResponse:
        return SimResponse.json(200, self._find(project_id))

    def update_project(self, request: WireRequest, project_id: str) -> SimResponse:
        project = self._find(project_id)
        data = body_json(request)
        if isinstance(data, dict):
            # The generated model types every optional field ``X | None``; the spec (as Gcore's SDK) says a PATCH
            # field is never null, so an explicit null is refused like any other invalid value.
            nulls = [(name, "Input should be a valid string, not null") for name, v in data.items() if v is None]
            if nulls:
                raise self.invalid(nulls)
        body = self.parse(m.ProjectUpdateRequest, data)
        changes = body.model_dump(exclude_unset=True)
        if "name" in changes:
            self._unique(changes["name"], exclude=project["id"])
        project.update(changes)
        return SimResponse.json(200, project)

    def replace_project(self, request: WireRequest, project_id: str) -> SimResponse:
        project = self._find(project_id)
        body = self.parse(m.ProjectReplaceRequest, body_json(request))
        self._unique(body.name, exclude=project["id"])
        project.update(name=body.name, description=body.description)
        return SimResponse.json(200, project)

    def delete_project(self, _request: WireRequest, project_id: str) -> SimResponse:
        project = self._find(project_id)
        if project["is_default"]:
            raise HttpError(400, "ValidationError", "The default project cannot be deleted")
        project.update(state="DELETED", deleted_at=_timestamp(self.clock()))
        task = self._start_task("delete_project", project["id"])
        return SimResponse.json(200, {"tasks": [task]})

    def get_task(self, _request: WireRequest, task_id: str) -> SimResponse:
        try:
            key = self.parse(m.GetTaskParameters, {"task_id": segment(task_id)}).task_id
        except HttpError:
            raise HttpError(404, "NotFoundError", f"Task {segment(task_id)} could not be found") from None
        task = self.tasks.get(key)
        if task is None:
            raise HttpError(404, "NotFoundError", f"Task {key} could not be found")
        return SimResponse.json(200, self._task_view(task))

    # -- tasks ----------------------------------------------------------------------------------------------------

    def _start_task(self, task_type: str, project_id: int) -> str:
        with self._lock:
            task_id = str(uuid.UUID(int=self.random.getrandbits(128), version=4))
            fails = self._failing_tasks > 0
            self._failing_tasks -= 1 if fails else 0
        started = self.clock()
        self.tasks[task_id] = {
            "id": task_id,
            "task_type": task_type,
            "user_id": USER_ID,
            "client_id": CLIENT_ID,
            "project_id": project_id,
            "region_id": None,
            "request_id": None,
            "started": started,
            "fails": fails,
        }
        return task_id

    def _task_view(self, task: dict[str, Any]) -> dict[str, Any]:
        started, fails = task["started"], task["fails"]
        done = self.clock() >= started + TASK_SECONDS
        state = ("ERROR" if fails else "FINISHED") if done else "RUNNING"
        view = {k: v for k, v in task.items() if k not in ("started", "fails")}
        view.update(
            state=state,
            error=TASK_ERROR if done and fails else None,
            created_on=_timestamp(started),
            updated_on=_timestamp(started + TASK_SECONDS if done else started),
            finished_on=_timestamp(started + TASK_SECONDS) if done else None,
        )
        return view


SIMULATOR = GcoreCloudSimulator
