"""NCP Media Intelligence projects, simulated: ``/api/v1/workspaces/{workspace_name}/projects`` behind API Gateway v2.

``my-workspace`` exists from the start holding the spec's list example (the default project 1000 and
``my_project`` 1234, so the seed's ``PATCH …/my-workspace/projects/1234`` works on a fresh simulator);
:meth:`NcpMediaIntelligenceSimulator.add_workspace` adds others. Assumptions where the docs are silent:

- unknown workspace, project or route (and a method a path does not have) → 404 with the gateway's
  ``{"error": {"errorCode": "300", "message": "Not Found Exception", "details"}}`` (the spec's NotFound example);
- duplicate name, a full workspace (1000 projects, the default one included), editing or deleting the default
  project, malformed JSON and every validation problem → 400 ``{"code": "10001", "message": "Invalid Request: …"}``;
- 5xx → the service envelope ``{"code": "<status>", "message": "<reason phrase>"}``; 429 has no ``Retry-After``;
- times are UTC (the zone is undocumented), printed as Java's ``LocalDateTime.toString`` does (0, 3, 6 or 9
  fraction digits), which accounts for both forms in the seed; ids come from one counter per simulator.
"""

from __future__ import annotations

import time
from http.client import responses as reason_phrases
from typing import Any

from cloudprojects.auth import SignatureError, WireRequest, verify_ncp_api_gateway
from cloudprojects_gen_ncp_media_intelligence_pydantic import models as m

from ._base import HttpError, SimResponse, Simulator, body_json, segment
from ._faults import Fault

ACCESS_KEY = "ncp_iam_SIMULATORKEY0001"
SECRET_KEY = "sim-ncp-mi-secret-4b8e1d"
USER_NAME = "sim-user"
KEYS = {ACCESS_KEY: (SECRET_KEY, USER_NAME)}
"""Access key → (secret key, the user name recorded as ``createdUserName``/``updatedUserName``)."""

WORKSPACE = "my-workspace"
COLLECTION = "/api/v1/workspaces/{workspace_name}/projects"
MAX_PROJECTS = 1000
FIRST_ID = 1000
MAX_ID_DIGITS = 19
INVALID_REQUEST = "10001"
GATEWAY_ERRORS = {
    "200": (401, "Authentication Failed"),
    "300": (404, "Not Found Exception"),
    "400": (429, "Quota Exceeded"),
}
"""The API Gateway's own codes used here: code → (HTTP status, message)."""

Project = dict[str, Any]

EXAMPLE_PROJECTS: list[Project] = [
    {
        "projectId": 1000,
        "name": "default",
        "isBaseProject": True,
        "createdUserName": "username",
        "createdTime": "2025-04-01T09:00:00",
        "updatedUserName": "username",
        "updatedTime": "2025-04-01T09:00:00",
    },
    {
        "projectId": 1234,
        "name": "my_project",
        "isBaseProject": False,
        "createdUserName": "username",
        "createdTime": "2025-04-23T14:15:20",
        "updatedUserName": "username",
        "updatedTime": "2025-04-23T14:15:20.123456789",
    },
]
"""``my-workspace`` at the start: the spec's ``list_projects`` example."""


def timestamp(epoch: float) -> str:
    """UTC without a zone, fraction as Java prints it: ``2025-04-23T14:15:20``, ``…:04.680736``, ``…:04.680736168``."""
    seconds, nanos = divmod(round(epoch * 1_000_000_000), 1_000_000_000)
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    if nanos == 0:
        return text
    for digits, unit in ((3, 1_000_000), (6, 1_000)):
        if nanos % unit == 0:
            return f"{text}.{nanos // unit:0{digits}d}"
    return f"{text}.{nanos:09d}"


def _success(result: Any = None) -> SimResponse:
    body: dict[str, Any] = {"code": "0", "message": "success"}
    if result is not None:
        body["result"] = result
    return SimResponse.json(200, body)


def _rejected(text: str) -> HttpError:
    return HttpError(400, INVALID_REQUEST, f"Invalid Request: {text}")


def _not_found(text: str) -> HttpError:
    return HttpError(404, "300", text)


class NcpMediaIntelligenceSimulator(Simulator):
    """Stateful Media Intelligence projects API: workspaces by name, integer project ids, a default project each."""

    provider = "ncp_media_intelligence"
    request_id_header = "x-ncp-trace-id"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.workspaces: dict[str, dict[int, Project]] = {
            WORKSPACE: {p["projectId"]: dict(p) for p in EXAMPLE_PROJECTS}
        }
        self._next_id = max(FIRST_ID, *self.workspaces[WORKSPACE]) + 1

    @property
    def credentials(self) -> dict[str, str]:
        return {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY}

    def setup_routes(self) -> None:
        self.route("GET", COLLECTION, self.list_projects)
        self.route("POST", COLLECTION, self.create_project)
        self.route("GET", COLLECTION + "/{project_id}", self.get_project)
        self.route("PATCH", COLLECTION + "/{project_id}", self.update_project)
        self.route("DELETE", COLLECTION + "/{project_id}", self.delete_project)

    def authenticate(self, request: WireRequest) -> None:
        try:
            verify_ncp_api_gateway(request, lambda key: KEYS[key][0] if key in KEYS else None, self.clock())
        except SignatureError as exc:
            raise HttpError(401, "200", f"{exc.reason.value}: {exc.message}") from exc

    def error_response(self, error: HttpError, _request_id: str) -> SimResponse:
        code, message = error.code, error.message
        if code in ("NotFound", "MethodNotAllowed"):
            code = "300"
        elif code == "MalformedJSON":
            code, message = INVALID_REQUEST, f"Invalid Request: {message}"
        if code in GATEWAY_ERRORS:
            status, title = GATEWAY_ERRORS[code]
            return SimResponse.json(status, {"error": {"errorCode": code, "message": title, "details": message}})
        return SimResponse.json(error.status, {"code": code, "message": message})

    def invalid(self, problems: list[tuple[str, str]]) -> HttpError:
        return _rejected("; ".join(f"{field}: {message}" for field, message in problems))

    def rate_limited(self, _fault: Fault) -> HttpError:
        return HttpError(429, "400", "Quota exceeded.")

    def server_error(self, fault: Fault) -> HttpError:
        return HttpError(fault.status, str(fault.status), reason_phrases.get(fault.status, "Server Error"))

    # -- state ----------------------------------------------------------------------------------------------------

    def add_workspace(self, name: str) -> Project:
        """Create workspace ``name`` with its default project (as the console does) and return that project."""
        with self._lock:
            if name in self.workspaces:
                raise ValueError(f"workspace {name!r} already exists")
            self.workspaces[name] = {}
            return self._insert(name, "default", USER_NAME, is_base=True)

    def _insert(self, workspace: str, name: str, user: str, *, is_base: bool = False) -> Project:
        now = timestamp(self.clock())
        project = {
            "projectId": self._next_id,
            "name": name,
            "isBaseProject": is_base,
            "createdUserName": user,
            "createdTime": now,
            "updatedUserName": user,
            "updatedTime": now,
        }
        self.workspaces[workspace][self._next_id] = project
        self._next_id += 1
        return project

    def _workspace(self, name: str) -> dict[int, Project]:
        projects = self.workspaces.get(name)
        if projects is None:
            raise _not_found(f"Workspace '{name}' was not found.")
        return projects

    def _project(self, workspace: str, raw_id: str) -> Project:
        projects = self._workspace(workspace)
        project = projects.get(int(raw_id)) if len(raw_id) <= MAX_ID_DIGITS else None
        if project is None:
            raise _not_found(f"Project {raw_id} was not found in workspace '{workspace}'.")
        return project

    def _editable(self, project: Project, action: str) -> None:
        if project["isBaseProject"]:
            raise _rejected(f"The default project cannot be {action}.")

    def _unique(self, projects: dict[int, Project], name: str, exclude: int | None = None) -> None:
        if any(p["name"] == name and p["projectId"] != exclude for p in projects.values()):
            raise _rejected(f"A project named '{name}' already exists in the workspace.")

    @staticmethod
    def _user(request: WireRequest) -> str:
        return KEYS[request.headers["x-ncp-iam-access-key"]][1]

    # -- handlers -------------------------------------------------------------------------------------------------

    def list_projects(self, _request: WireRequest, workspace_name: str) -> SimResponse:
        params = self.parse(m.ListProjectsParameters, {"workspace_name": segment(workspace_name)})
        rows = sorted(self._workspace(params.workspace_name).values(), key=lambda p: p["projectId"])
        return _success({"projects": rows, "totalCount": len(rows)})

    def create_project(self, request: WireRequest, workspace_name: str) -> SimResponse:
        params = self.parse(m.CreateProjectParameters, {"workspace_name": segment(workspace_name)})
        body = self.parse(m.ProjectCreateRequest, body_json(request))
        projects = self._workspace(params.workspace_name)
        self._unique(projects, body.name)
        if len(projects) >= MAX_PROJECTS:
            raise _rejected(f"A workspace can hold at most {MAX_PROJECTS} projects.")
        return _success(self._insert(params.workspace_name, body.name, self._user(request)))

    def get_project(self, _request: WireRequest, workspace_name: str, project_id: str) -> SimResponse:
        raw = {"workspace_name": segment(workspace_name), "project_id": segment(project_id)}
        params = self.parse(m.GetProjectParameters, raw)
        return _success(self._project(params.workspace_name, params.project_id))

    def update_project(self, request: WireRequest, workspace_name: str, project_id: str) -> SimResponse:
        raw = {"workspace_name": segment(workspace_name), "project_id": segment(project_id)}
        params = self.parse(m.UpdateProjectParameters, raw)
        body = self.parse(m.ProjectUpdateRequest, body_json(request))
        project = self._project(params.workspace_name, params.project_id)
        self._editable(project, "edited")
        self._unique(self.workspaces[params.workspace_name], body.name, exclude=project["projectId"])
        project.update(name=body.name, updatedUserName=self._user(request), updatedTime=timestamp(self.clock()))
        return _success(project)

    def delete_project(self, _request: WireRequest, workspace_name: str, project_id: str) -> SimResponse:
        raw = {"workspace_name": segment(workspace_name), "project_id": segment(project_id)}
        params = self.parse(m.DeleteProjectParameters, raw)
        project = self._project(params.workspace_name, params.project_id)
        self._editable(project, "deleted")
        del self.workspaces[params.workspace_name][project["projectId"]]
        return _success()


SIMULATOR = NcpMediaIntelligenceSimulator
