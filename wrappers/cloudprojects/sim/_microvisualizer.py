"""MicroVisualizer projects, simulated: ``/v1/projects`` (0-based page/size), duplicate, and the caller's pins.

One caller (the API key ``ci-pipeline``). The seed's project ``my-project-a1b2c`` exists from the start, pinned.
Names need not be unique: the API documents no conflict for them (and ``duplicate`` keeps the source's name).
"""

from __future__ import annotations

import hmac
import json
import random
from typing import Any, TypeVar

import pydantic

from cloudprojects.auth import WireRequest
from cloudprojects_gen_microvisualizer_pydantic import models as m

from ._base import Handler, HttpError, SimResponse, Simulator, body_json, query_params, segment
from ._faults import Fault
from ._microvisualizer_state import API_KEY, Pin, Record, new_id, page_body, seed_project

BASE = "/v1/projects"
PINNED = "/v1/pinned"
PROJECT_LIMIT = 1000
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY")
FRAMEWORK_CODES = {"NotFound": "not_found", "MethodNotAllowed": "bad_request", "MalformedJSON": "validation_failed"}
M = TypeVar("M", bound=pydantic.BaseModel)
IdModel = (
    type[m.GetProjectParameters]
    | type[m.UpdateProjectParameters]
    | type[m.DeleteProjectParameters]
    | type[m.DuplicateProjectParameters]
    | type[m.UnpinProjectParameters]
)


def _violation(error: Any) -> dict[str, Any]:
    violation = {"field": ".".join(str(p) for p in error["loc"]) or "body", "message": error["msg"]}
    if error["type"] != "missing":
        violation["rejectedValue"] = error["input"]
    return violation


def _failed(violations: list[dict[str, Any]]) -> HttpError:
    return HttpError(400, "validation_failed", "Validation failed", violations=violations)


class MicrovisualizerSimulator(Simulator):
    """Stateful MicroVisualizer projects API with a configurable plan limit (``project_limit``, default 1000)."""

    provider = "microvisualizer"

    def __init__(self, *, seed: int = 0, project_limit: int = PROJECT_LIMIT, **kwargs: Any) -> None:
        super().__init__(seed=seed, **kwargs)
        self.project_limit = project_limit
        self._slugs = random.Random(seed)
        self._tick = 0
        record, pin = seed_project()
        self.projects: dict[str, Record] = {record.id: record}
        self.pins: dict[str, Pin] = {pin.project_id: pin}

    @property
    def credentials(self) -> dict[str, str]:
        return {"api_key": API_KEY}

    def setup_routes(self) -> None:
        self._resource(BASE, GET=self.list_projects, POST=self.create_project)
        item = BASE + "/{project_id}"
        self._resource(item, GET=self.get_project, PUT=self.update_project, DELETE=self.delete_project)
        self._resource(item + "/duplicate", POST=self.duplicate_project)
        self._resource(PINNED, GET=self.list_pinned, POST=self.pin_project)
        self._resource(PINNED + "/{project_id}", DELETE=self.unpin_project)

    def _resource(self, path: str, **handlers: Handler) -> None:
        """Route ``handlers`` by method; every other method gets 405 with ``Allow``."""
        allow = ", ".join(handlers)

        def not_allowed(request: WireRequest, **_: str) -> SimResponse:
            raise HttpError(405, "bad_request", f"Method {request.method} is not supported", allow=allow)

        for method in METHODS:
            self.route(method, path, handlers.get(method, not_allowed))

    def authenticate(self, request: WireRequest) -> None:
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        if not scheme:
            reason = "missing Authorization header"
        elif scheme.lower() != "bearer":
            reason = f"unsupported authorization scheme {scheme[:20]!r}, expected Bearer"
        elif not hmac.compare_digest(token.strip().encode(), API_KEY.encode()):
            reason = "invalid or revoked API key"
        else:
            return
        raise HttpError(401, "unauthorized", "Authentication required", details=reason)

    def error_response(self, error: HttpError, _request_id: str) -> SimResponse:
        body: dict[str, Any] = {
            "status": error.status,
            "code": FRAMEWORK_CODES.get(error.code, error.code),
            "message": error.message,
        }
        headers: dict[str, str] = {}
        if "details" in error.extra:
            body["details"] = error.extra["details"]
        if "violations" in error.extra:
            body["violations"] = error.extra["violations"]
        if "retry_after" in error.extra:
            body["retryAfter"] = error.extra["retry_after"]
            headers["Retry-After"] = str(error.extra["retry_after"])
        if "allow" in error.extra:
            headers["Allow"] = error.extra["allow"]
        return SimResponse.json(error.status, body, headers)

    def invalid(self, problems: list[tuple[str, str]]) -> HttpError:
        return _failed([{"field": field, "message": message} for field, message in problems])

    def parse(self, model: type[M], data: Any, *, strict: bool = False) -> M:
        """Validate with a generated model; ``strict`` for JSON bodies (no ``"true"`` for a boolean, …).

        Violations carry the ``rejectedValue``.
        """
        try:
            if strict:
                return model.model_validate_json(json.dumps(data), strict=True)
            return model.model_validate(data)
        except pydantic.ValidationError as exc:
            raise _failed([_violation(e) for e in exc.errors()]) from exc

    def rate_limited(self, fault: Fault) -> HttpError:
        return HttpError(429, "rate_limited", "Too many requests", retry_after=fault.retry_after)

    def server_error(self, fault: Fault) -> HttpError:
        return HttpError(fault.status, "internal_error", "Internal server error")

    # -- state ----------------------------------------------------------------------------------------------------

    def _next_tick(self) -> int:
        self._tick += 1
        return self._tick

    def _body(self, model: type[M], request: WireRequest, *, optional: bool = False) -> M:
        """The JSON body validated strictly by ``model``; explicit nulls are refused (no field is nullable)."""
        if optional and not request.body.strip():
            return model()
        try:
            data = body_json(request)
            json.dumps(data, ensure_ascii=False, allow_nan=False).encode()
        except HttpError as error:
            raise self.invalid([("body", error.message)]) from error
        except ValueError as exc:
            raise self.invalid([("body", "NaN, Infinity and lone surrogates are not JSON")]) from exc
        body = self.parse(model, data, strict=True)
        nulls = sorted(name for name in body.model_fields_set if getattr(body, name) is None)
        if nulls:
            raise _failed([{"field": name, "message": "must not be null", "rejectedValue": None} for name in nulls])
        return body

    def _find(self, raw_id: str, model: IdModel, *, invalid_is_400: bool = False) -> Record:
        """The project for a path id; an id that breaks the pattern is a 400 only where the spec documents one."""
        project_id = segment(raw_id)
        try:
            record = self.projects.get(self.parse(model, {"projectId": project_id}).projectId)
        except HttpError:
            if invalid_is_400:
                raise
            record = None
        if record is None:
            raise HttpError(404, "project_not_found", "Project not found", details=f"No project with id {project_id}")
        return record

    def _insert(self, name: str, description: str, service_count: int = 0) -> Record:
        if len(self.projects) >= self.project_limit:
            details = f"Your plan allows at most {self.project_limit} projects"
            raise HttpError(403, "project_limit_reached", "Project limit reached", details=details)
        now = self.clock()
        project_id = new_id(name, self._slugs, self.projects)
        record = Record(project_id, name, description, now, now, self._next_tick(), service_count=service_count)
        self.projects[project_id] = record
        return record

    def _project(self, record: Record, status: int = 200) -> SimResponse:
        return SimResponse.json(status, record.wire(record.id in self.pins))

    # -- handlers -------------------------------------------------------------------------------------------------

    def list_projects(self, request: WireRequest) -> SimResponse:
        try:
            params = self.parse(m.ListProjectsParameters, query_params(request))
        except HttpError as error:
            details = "; ".join(f"{v['field']}: {v['message']}" for v in error.extra["violations"])
            raise HttpError(400, "bad_request", "Invalid query parameters", details=details) from error
        text = (params.query or "").casefold()
        rows = [
            r
            for r in self.projects.values()
            if (params.pinned is None or (r.id in self.pins) == params.pinned)
            and (params.archived is None or r.archived == params.archived)
            and (params.createdBy is None or r.created_by == params.createdBy)
            and text in r.name.casefold()
        ]
        rows.sort(key=lambda r: (r.updated_at, r.touched), reverse=True)
        body = page_body([r.wire(r.id in self.pins) for r in rows], params.page or 0, params.size or 20)
        return SimResponse.json(200, body)

    def create_project(self, request: WireRequest) -> SimResponse:
        body = self._body(m.ProjectCreateRequest, request)
        return self._project(self._insert(body.name, body.description))

    def get_project(self, _request: WireRequest, project_id: str) -> SimResponse:
        return self._project(self._find(project_id, m.GetProjectParameters))

    def update_project(self, request: WireRequest, project_id: str) -> SimResponse:
        record = self._find(project_id, m.UpdateProjectParameters, invalid_is_400=True)
        body = self._body(m.ProjectUpdateRequest, request)
        if body.name is not None:
            record.name = body.name
        if body.description is not None:
            record.description = body.description
        if body.archived is not None:
            record.archived = body.archived
        if body.model_fields_set:
            record.touch(self.clock(), self._next_tick())
        return self._project(record)

    def delete_project(self, _request: WireRequest, project_id: str) -> SimResponse:
        record = self._find(project_id, m.DeleteProjectParameters)
        del self.projects[record.id]
        self.pins.pop(record.id, None)
        return SimResponse.empty(204)

    def duplicate_project(self, request: WireRequest, project_id: str) -> SimResponse:
        source = self._find(project_id, m.DuplicateProjectParameters, invalid_is_400=True)
        body = self._body(m.ProjectDuplicateRequest, request, optional=True)
        return self._project(self._insert(body.name or source.name, source.description, source.service_count))

    def list_pinned(self, _request: WireRequest) -> SimResponse:
        pins = sorted(self.pins.values(), key=lambda p: (p.pinned_at, p.order), reverse=True)
        return SimResponse.json(200, [p.wire() for p in pins])

    def pin_project(self, request: WireRequest) -> SimResponse:
        body = self._body(m.PinProjectRequest, request)
        record = self._find(body.projectId, m.GetProjectParameters)
        pin = self.pins.setdefault(record.id, Pin(record.id, self.clock(), self._next_tick()))
        return SimResponse.json(200, pin.wire())

    def unpin_project(self, _request: WireRequest, project_id: str) -> SimResponse:
        record = self._find(project_id, m.UnpinProjectParameters)
        if self.pins.pop(record.id, None) is None:
            details = f"Project {record.id} is not pinned"
            raise HttpError(404, "project_not_found", "Project not pinned", details=details)
        return SimResponse.empty(204)


SIMULATOR = MicrovisualizerSimulator
