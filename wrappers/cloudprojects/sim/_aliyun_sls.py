"""Alibaba Cloud SLS projects, simulated: ``/`` on the region endpoint (list, create) or on ``{project}.{endpoint}``
(create, get, update, delete), told apart by the ``Host`` header; every request signed with SLS signature v1 (or v4,
whose credential scope must name the endpoint's region: the simulator's ``region`` on IP and loopback endpoints).

The throttling fault answers 500 ``ServerBusy`` (a code SLS's own producer retries): SLS documents no 429, and 500
is the only 5xx the specs allow. Messages follow SLS's error-code table; signature rejections add the verifier's reason.
"""

from __future__ import annotations

import json
import re
from email.utils import formatdate
from typing import Any, TypeVar

import pydantic

from cloudprojects.auth import (
    SignatureError,
    SignatureErrorReason,
    WireRequest,
    verify_aliyun_sls,
    verify_aliyun_sls_v4,
)
from cloudprojects_gen_aliyun_sls_pydantic import account as am
from cloudprojects_gen_aliyun_sls_pydantic import project as pm

from ._aliyun_sls_state import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    API_VERSION,
    DEFAULT_REGION,
    DEFAULT_RESOURCE_GROUP,
    Record,
    Scope,
    endpoints,
    scope_of,
)
from ._base import HttpError, SimResponse, Simulator, body_json, query_params
from ._faults import Fault

M = TypeVar("M", bound=pydantic.BaseModel)
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
HEADERS = {"Server": "nginx", "Access-Control-Allow-Origin": "*"}
V4_PREFIX = "SLS4-HMAC-SHA256"
INTEGER = re.compile(r"-?[0-9]+")
DIGITS = re.compile(r"[0-9]+")
INTEGER_PARAMS = frozenset({"offset", "size"})
BOOLEAN_PARAMS = frozenset({"fetchQuota", "crossRegion", "forceDelete"})
NOT_JSON = "The body is not valid json string."
_Reason = SignatureErrorReason
REJECTIONS = {
    _Reason.MISSING: (401, "Unauthorized"),
    _Reason.MALFORMED: (401, "Unauthorized"),
    _Reason.UNKNOWN_KEY: (401, "Unauthorized"),
    _Reason.SIGNATURE_MISMATCH: (401, "SignatureNotMatch"),
    _Reason.DIGEST_MISMATCH: (401, "SignatureNotMatch"),
    _Reason.SKEWED: (400, "RequestTimeExpired"),
    _Reason.EXPIRED: (400, "RequestTimeExpired"),
}
LEADS = {"Unauthorized": "The request is not authorized", "SignatureNotMatch": "Signature not matched"}


def _problems(exc: pydantic.ValidationError) -> list[tuple[str, str]]:
    return [(".".join(str(p) for p in e["loc"]) or "body", e["msg"]) for e in exc.errors()]


class AliyunSlsSimulator(Simulator):
    """Stateful SLS project API. Projects are unique by name across regions; each is seen on its own region's
    endpoint. ``endpoint`` fixes the account host in process; ``region`` is the region of that host and of IP and
    loopback endpoints (what a v4 signature must name there)."""

    provider = "aliyun_sls"
    request_id_header = "x-log-requestid"

    def __init__(self, *, endpoint: str | None = None, region: str = DEFAULT_REGION, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.endpoint = endpoint
        self.region = region
        self.projects: dict[str, Record] = {}

    @property
    def credentials(self) -> dict[str, str]:
        return {"access_key_id": ACCESS_KEY_ID, "access_key_secret": ACCESS_KEY_SECRET}

    def facade_kwargs(self, host: str, port: int) -> dict[str, Any]:
        return {"endpoint": f"{host}:{port}", "scheme": "http", **self.credentials}

    def setup_routes(self) -> None:
        for method in METHODS:
            self.route(method, "/", self.root)

    def authenticate(self, request: WireRequest) -> None:
        scope = self._scope(request)
        lookup = {ACCESS_KEY_ID: ACCESS_KEY_SECRET}.get
        try:
            if request.headers.get("authorization", "").startswith(V4_PREFIX):
                verify_aliyun_sls_v4(request, lookup, self.clock(), region=scope.region)
            else:
                verify_aliyun_sls(request, lookup, self.clock())
        except SignatureError as exc:
            raise self._rejected(exc, request) from exc
        version = request.headers.get("x-log-apiversion")
        if version is None:
            raise HttpError(400, "MissingAPIVersion", "x-log-apiversion does not exist in http header.")
        if version != API_VERSION:
            raise HttpError(400, "InvalidAPIVersion", f"x-log-apiversion {version} is not supported.")
        raw_size = request.headers.get("x-log-bodyrawsize")
        if raw_size is not None and not DIGITS.fullmatch(raw_size):
            raise HttpError(400, "InvalidBodyRawSize", "x-log-bodyrawsize is invalid.")

    def error_response(self, error: HttpError, _request_id: str) -> SimResponse:
        headers = {**HEADERS, "Allow": error.extra["allow"]} if "allow" in error.extra else HEADERS
        return SimResponse.json(error.status, {"errorCode": error.code, "errorMessage": error.message}, headers)

    def invalid(self, problems: list[tuple[str, str]]) -> HttpError:
        text = "; ".join(f"Parameter {field} is invalid: {message}" for field, message in problems)
        return HttpError(400, "ParameterInvalid", text + ".")

    def parse(self, model: type[M], data: Any, *, strict: bool = False) -> M:
        """Validate with a generated model; ``strict`` for JSON bodies (no ``"true"`` for a boolean, …)."""
        if not strict:
            return super().parse(model, data)
        try:
            return model.model_validate_json(json.dumps(data), strict=True)
        except pydantic.ValidationError as exc:
            raise self.invalid(_problems(exc)) from exc

    def rate_limited(self, _fault: Fault) -> HttpError:
        return HttpError(500, "ServerBusy", "The server is busy, please try again later.")

    def server_error(self, fault: Fault) -> HttpError:
        return HttpError(fault.status, "InternalServerError", "Specified Server Error Message.")

    # -- request checks -------------------------------------------------------------------------------------------

    def _scope(self, request: WireRequest) -> Scope:
        """The endpoint or project the ``Host`` names; 400 ``InvalidHost`` when it names neither, or a bad name."""
        host = request.headers.get("host", "")
        scope = scope_of(host, self.endpoint, self.region)
        if scope is not None and scope.project is not None:
            try:
                self.parse(am.ProjectCreateRequest, {"projectName": scope.project, "description": ""})
            except HttpError:
                scope = None
        if scope is None:
            raise HttpError(400, "InvalidHost", f"Host header {host} is invalid.")
        return scope

    def _rejected(self, exc: SignatureError, request: WireRequest) -> HttpError:
        status, code = REJECTIONS[exc.reason]
        detail = f"{exc.message} ({exc.reason.value})"
        if code == "RequestTimeExpired":
            signed = request.headers.get("date") or request.headers.get("x-log-date", "")
            served = formatdate(self.clock(), usegmt=True)
            return HttpError(
                status, code, f"Request time {signed} has been expired while server time is {served}: {detail}."
            )
        return HttpError(status, code, f"{LEADS[code]}: {detail}.")

    def _query(self, model: type[M], request: WireRequest) -> M:
        """Query parameters as the spec serializes them (integers, ``true``/``false``), validated by ``model``."""
        values = query_params(request)
        problems = [
            (name, "Input should be an integer" if name in INTEGER_PARAMS else "Input should be true or false")
            for name, value in values.items()
            if (name in INTEGER_PARAMS and not INTEGER.fullmatch(value))
            or (name in BOOLEAN_PARAMS and value not in ("true", "false"))
        ]
        if problems:
            raise self.invalid(problems)
        return self.parse(model, values)

    def _body(self, model: type[M], request: WireRequest) -> M:
        """The JSON object body, validated strictly by ``model`` (no field is nullable), after SLS's header checks."""
        content_type = request.headers.get("content-type")
        if content_type is None and request.body:
            message = "Content-Type does not exist in http header when body is not empty."
            raise HttpError(400, "MissingContentType", message)
        if content_type is not None and content_type.partition(";")[0].strip().lower() != "application/json":
            raise HttpError(415, "InvalidContentType", f"Content-Type {content_type} is unsupported.")
        if request.body and "content-length" not in request.headers:
            message = "Content-Length does not exist in http header when it is necessary."
            raise HttpError(411, "MissingContentLength", message)
        if not request.body.strip():
            raise HttpError(400, "ParameterInvalid", NOT_JSON)
        try:
            data = body_json(request)
            json.dumps(data, ensure_ascii=False, allow_nan=False).encode()
        except (HttpError, ValueError) as exc:
            raise HttpError(400, "ParameterInvalid", NOT_JSON) from exc
        if not isinstance(data, dict):
            raise HttpError(400, "PostBodyInvalid", "The request body is not valid JSON object.")
        body = self.parse(model, data, strict=True)
        nulls = sorted(name for name in body.model_fields_set if getattr(body, name) is None)
        if nulls:
            raise self.invalid([(name, "Input should not be null") for name in nulls])
        return body

    def _find(self, scope: Scope, *, cross_region: bool = False) -> Record:
        record = self.projects.get(scope.project or "")
        if record is None or not (cross_region or record.region == scope.region):
            raise HttpError(404, "ProjectNotExist", f"The Project does not exist: {scope.project}")
        return record

    # -- handlers -------------------------------------------------------------------------------------------------

    def root(self, request: WireRequest) -> SimResponse:
        """``/``: account operations on the endpoint, project operations on ``{project}.{endpoint}``; create on both
        (the official SDK sends it to the project host)."""
        scope = self._scope(request)
        if scope.project is None:
            table = {"GET": self.list_projects, "POST": self.create_project}
        else:
            table = {
                "GET": self.get_project,
                "POST": self.create_project,
                "PUT": self.update_project,
                "DELETE": self.delete_project,
            }
        handler = table.get(request.method)
        if handler is None:
            where = "the endpoint" if scope.project is None else "a project host"
            message = f"Method {request.method} is not allowed on {where}."
            raise HttpError(405, "MethodNotAllowed", message, allow=", ".join(table))
        return handler(request, scope)

    def list_projects(self, request: WireRequest, scope: Scope) -> SimResponse:
        params = self._query(am.ListProjectsParameters, request)
        name, description = (params.projectName or "").lower(), (params.description or "").lower()
        rows = sorted(
            (
                r
                for r in self.projects.values()
                if r.region == scope.region
                and name in r.name
                and description in r.description.lower()
                and (not params.resourceGroupId or r.resource_group == params.resourceGroupId)
            ),
            key=lambda r: r.name,
        )
        offset, size = params.offset or 0, params.size or 100
        page = [r.wire(quota=bool(params.fetchQuota)) for r in rows[offset : offset + size]]
        return SimResponse.json(200, {"count": len(page), "total": len(rows), "projects": page}, HEADERS)

    def create_project(self, request: WireRequest, scope: Scope) -> SimResponse:
        body = self._body(am.ProjectCreateRequest, request)
        if scope.project is not None and body.projectName != scope.project:
            message = f"The projectName {body.projectName} does not match the project {scope.project} in the Host."
            raise HttpError(400, "ParameterInvalid", message)
        if body.projectName in self.projects:
            raise HttpError(400, "ProjectAlreadyExist", f"Project {body.projectName} already exist.")
        now = int(self.clock())
        self.projects[body.projectName] = Record(
            name=body.projectName,
            description=body.description,
            region=scope.region,
            created=now,
            modified=now,
            resource_group=body.resourceGroupId or DEFAULT_RESOURCE_GROUP,
            redundancy=(body.dataRedundancyType or am.DataRedundancyType.LRS).value,
            recycle_bin=bool(body.recycleBinEnabled),
            endpoints=endpoints(scope),
        )
        return SimResponse.empty(200, HEADERS)

    def get_project(self, request: WireRequest, scope: Scope) -> SimResponse:
        params = self._query(pm.GetProjectParameters, request)
        return SimResponse.json(200, self._find(scope, cross_region=bool(params.crossRegion)).wire(), HEADERS)

    def update_project(self, request: WireRequest, scope: Scope) -> SimResponse:
        record = self._find(scope)
        body = self._body(pm.ProjectUpdateRequest, request)
        record.description = body.description
        if body.recycleBinEnabled is not None:
            record.recycle_bin = body.recycleBinEnabled
        record.modified = int(self.clock())
        return SimResponse.empty(200, HEADERS)

    def delete_project(self, request: WireRequest, scope: Scope) -> SimResponse:
        self._query(pm.DeleteProjectParameters, request)
        del self.projects[self._find(scope).name]
        return SimResponse.empty(200, HEADERS)


SIMULATOR = AliyunSlsSimulator
