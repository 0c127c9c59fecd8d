"""Baidu AI Cloud BLS projects, simulated: ``/v1/project`` signed with bce-auth-v1, pages in a POST body."""

from __future__ import annotations

import json
import random
import re
import time
from typing import Any, TypeVar
from uuid import UUID

import pydantic

from cloudprojects.auth import SignatureError, WireRequest, verify_bce
from cloudprojects_gen_baidu_bls_pydantic import models as m

from ._base import HttpError, Route, SimResponse, Simulator, body_json, segment
from ._faults import Fault

ACCESS_KEY_ID = "sim-bls-ak-0123456789abcdef"
SECRET_ACCESS_KEY = "sim-bls-sk-9f8e7d6c5b4a-test-secret"
BASE = "/v1/project"
OK: dict[str, Any] = {"success": True, "code": "success", "message": ""}
SORT_FIELDS = {"createdAt": "createdTime", "updatedAt": "updatedTime", "name": "name"}
_M = TypeVar("_M", bound=pydantic.BaseModel)


def _timestamp(epoch: float) -> str:
    """BLS's UTC form, as in the seed: ``2023-01-29T03:32:58Z``."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def _body(request: WireRequest) -> Any:
    """The JSON body; BLS's 400 ``MalformedJSON`` also for JSON nested too deeply to parse."""
    try:
        return body_json(request)
    except RecursionError as exc:
        raise HttpError(400, "MalformedJSON", "The body is not valid json string.") from exc


def _envelope(**result: Any) -> dict[str, Any]:
    return {**OK, "result": result} if result else dict(OK)


class BaiduBlsSimulator(Simulator):
    """Stateful BLS projects API. The ``default`` project exists from the start and cannot be deleted.

    Tests reach past the API with :meth:`insert` (a project with chosen values, e.g. the seed's) and
    :meth:`add_logstore` (a project that is no longer empty, so delete answers 409).
    """

    provider = "baidu_bls"
    request_id_header = "x-bce-request-id"

    def __init__(self, *, seed: int = 0, **kwargs: Any) -> None:
        super().__init__(seed=seed, **kwargs)
        self._uuids = random.Random(f"{self.provider}:{seed}")
        self.projects: dict[UUID, dict[str, Any]] = {}
        self.logstores: dict[UUID, int] = {}
        self._sequence: dict[UUID, int] = {}
        self.default = self.insert("default", "Default project")

    @property
    def credentials(self) -> dict[str, str]:
        return {"access_key_id": ACCESS_KEY_ID, "secret_access_key": SECRET_ACCESS_KEY}

    def facade_kwargs(self, host: str, port: int) -> dict[str, Any]:
        """The BLS facade takes an ``endpoint`` (host or URL) instead of a base URL."""
        return {"endpoint": f"http://{host}:{port}", **self.credentials}

    def setup_routes(self) -> None:
        self.route("POST", BASE + "/list", self.list_projects)
        self.route("POST", BASE, self.create_project)
        self.route("PUT", BASE, self.update_project)
        one = re.compile(rf"^{BASE}/(?P<uuid>(?!list$)[^/]+)$")  # /v1/project/list is not a project
        self.routes += [Route("GET", one, self.get_project), Route("DELETE", one, self.delete_project)]

    def new_request_id(self) -> str:
        """A UUID, as BLS's ``x-bce-request-id`` (two draws of the seeded base ids make its 128 bits)."""
        bits = int(super().new_request_id(), 16) << 32 | int(super().new_request_id(), 16) & 0xFFFFFFFF
        return str(UUID(int=bits, version=4))

    def handle(self, request: WireRequest) -> tuple[SimResponse, Fault | None]:
        """As the base, plus the ``Allow`` header a 405 must carry (RFC 9110)."""
        response, fault = super().handle(request)
        if response.status == 405:
            allowed = sorted({route.method for route in self.routes if route.pattern.match(request.path)})
            response.headers["Allow"] = ", ".join(allowed)
        return response, fault

    def authenticate(self, request: WireRequest) -> None:
        try:
            verify_bce(request, {ACCESS_KEY_ID: SECRET_ACCESS_KEY}.get, self.clock())
        except SignatureError as exc:
            raise HttpError(401, "Unauthorized", f"Check unauthorized: {exc.reason.value}: {exc.message}") from exc
        except (ValueError, OverflowError) as exc:  # an absurd timestamp or expiration the verifier cannot handle
            raise HttpError(401, "Unauthorized", "Check unauthorized: malformed: invalid auth string") from exc

    def error_response(self, error: HttpError, request_id: str) -> SimResponse:
        return SimResponse.json(error.status, {"code": error.code, "message": error.message, "requestId": request_id})

    def invalid(self, problems: list[tuple[str, str]]) -> HttpError:
        details = "; ".join(f"{field}: {message}" for field, message in problems)
        return HttpError(400, "InvalidParameter", f"Request param invalid: {details}")

    def parse(self, model: type[_M], data: Any) -> _M:
        """Validate as JSON, strictly: the spec allows no ``null`` field and no ``"1"`` for an integer.

        As in JSON Schema, ``2.0`` is an integer; the (flat) request models need this only at the top level.
        """
        if isinstance(data, dict):
            nulls = [(str(key), "must not be null") for key, value in data.items() if value is None]
            if nulls:
                raise self.invalid(nulls)
            data = {key: int(v) if isinstance(v, float) and v.is_integer() else v for key, v in data.items()}
        try:
            return model.model_validate_json(json.dumps(data), strict=True)
        except pydantic.ValidationError as exc:
            problems = [(".".join(str(p) for p in e["loc"]) or "body", e["msg"]) for e in exc.errors()]
            raise self.invalid(problems) from exc

    def rate_limited(self, _fault: Fault) -> HttpError:
        """BLS documents no ``Retry-After``: the 429 carries only the body."""
        return HttpError(429, "RequestLimited", "Request frequency is too high, please slow down")

    def server_error(self, fault: Fault) -> HttpError:
        if fault.status == 503:
            return HttpError(503, "ServiceUnavailable", "Service is unavailable")
        return HttpError(fault.status, "InternalError", "Internal server error")

    # -- state ----------------------------------------------------------------------------------------------------

    def insert(
        self,
        name: str,
        description: str = "",
        *,
        project_uuid: str | UUID | None = None,
        top: bool = False,
        at: float | None = None,
    ) -> dict[str, Any]:
        """Add a project as stored (no name check); ``project_uuid`` and ``at`` default to a seeded v4 and now."""
        key = UUID(str(project_uuid)) if project_uuid is not None else UUID(int=self._uuids.getrandbits(128), version=4)
        created = _timestamp(self.clock() if at is None else at)
        project = {
            "uuid": str(key),
            "name": name,
            "description": description,
            "top": top,
            "createdTime": created,
            "updatedTime": created,
        }
        self.projects[key] = project
        self._sequence[key] = len(self._sequence)
        return project

    def add_logstore(self, project_uuid: str | UUID) -> None:
        """Put one (unmodelled) logstore in the project, so that deleting it answers 409."""
        key = UUID(str(project_uuid))
        if key not in self.projects:
            raise KeyError(f"no project {key}")
        self.logstores[key] = self.logstores.get(key, 0) + 1

    def _find(self, key: UUID) -> dict[str, Any]:
        project = self.projects.get(key)
        if project is None:
            raise HttpError(404, "ProjectNotFound", "Project not exists")
        return project

    def _unique(self, name: str) -> None:
        if any(p["name"] == name for p in self.projects.values()):
            raise HttpError(409, "ProjectAlreadyExist", "Project already exists")

    # -- handlers -------------------------------------------------------------------------------------------------

    def list_projects(self, request: WireRequest) -> SimResponse:
        body = self.parse(m.ProjectListRequest, _body(request))
        order_by, order = body.orderBy or m.ProjectListOrderBy.createdAt, body.order or m.ProjectListOrder.desc
        page_no, page_size = body.pageNo or 1, body.pageSize or 10
        rows = [
            p
            for p in self.projects.values()
            if (body.name is None or body.name.lower() in p["name"].lower())
            and (body.description is None or body.description.lower() in p["description"].lower())
        ]
        field = SORT_FIELDS[order_by.value]
        rows.sort(key=lambda p: (p[field], self._sequence[UUID(p["uuid"])]), reverse=order is m.ProjectListOrder.desc)
        rows.sort(key=lambda p: not p["top"])
        start = (page_no - 1) * page_size
        return SimResponse.json(
            200,
            _envelope(
                order=order.value,
                orderBy=order_by.value,
                pageNo=page_no,
                pageSize=page_size,
                total=len(rows),
                default=self.default,
                projects=rows[start : start + page_size],
            ),
        )

    def create_project(self, request: WireRequest) -> SimResponse:
        body = self.parse(m.ProjectCreateRequest, _body(request))
        self._unique(body.name)
        self.insert(body.name, body.description or "")
        return SimResponse.json(201, _envelope())

    def get_project(self, _request: WireRequest, uuid: str) -> SimResponse:
        key = self.parse(m.GetProjectParameters, {"uuid": segment(uuid)}).uuid
        return SimResponse.json(200, _envelope(project=self._find(key)))

    def update_project(self, request: WireRequest) -> SimResponse:
        body = self.parse(m.ProjectUpdateRequest, _body(request))
        project = self._find(body.uuid)
        project.update(body.model_dump(exclude_unset=True, exclude={"uuid"}), updatedTime=_timestamp(self.clock()))
        return SimResponse.json(200, _envelope())

    def delete_project(self, _request: WireRequest, uuid: str) -> SimResponse:
        key = self.parse(m.DeleteProjectParameters, {"uuid": segment(uuid)}).uuid
        project = self._find(key)
        if project is self.default:
            raise HttpError(400, "InvalidParameter", "The default project cannot be deleted")
        if self.logstores.get(key):
            raise HttpError(409, "ProjectLogStoreNotEmpty", "has logstore in project")
        del self.projects[key]
        return SimResponse.json(200, _envelope())


SIMULATOR = BaiduBlsSimulator
