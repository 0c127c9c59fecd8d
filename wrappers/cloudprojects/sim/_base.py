"""The provider-independent part of a simulator: routing, request ids, faults, the response type."""

from __future__ import annotations

import json
import random
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl, unquote

import pydantic

from cloudprojects.auth import WireRequest

from ._faults import REJECTING, Fault, FaultKind, FaultPlan
from ._request_log import RequestLog

HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@dataclass
class SimResponse:
    """A complete response: status, headers (wire spelling) and body bytes.

    Attributes:
        status: the HTTP status code.
        headers: header values by name, in the spelling sent on the wire.
        body: the body bytes, exactly as sent.
    """

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> SimResponse:
        """A JSON response (compact, UTF-8, ``Content-Type: application/json``).

        Args:
            status: the HTTP status code.
            payload: anything ``json.dumps`` accepts.
            headers: more headers to send.

        Returns:
            The response.
        """
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        return cls(status, {"Content-Type": "application/json", **(headers or {})}, body)

    @classmethod
    def empty(cls, status: int, headers: Mapping[str, str] | None = None) -> SimResponse:
        """A response without a body.

        Args:
            status: the HTTP status code.
            headers: headers to send.

        Returns:
            The response.
        """
        return cls(status, dict(headers or {}), b"")


@dataclass(frozen=True)
class SimLimits:
    """What a simulator keeps and accepts.

    Attributes:
        max_logged_requests: How many requests :attr:`Simulator.requests` keeps (the oldest go first).
        max_logged_bytes: About how many bytes of requests it keeps.
        max_body_bytes: The largest request body answered normally; a larger one gets the provider's 413.
    """

    max_logged_requests: int = 1000
    max_logged_bytes: int = 8 * 1024 * 1024
    max_body_bytes: int = 1024 * 1024


Handler = Callable[..., SimResponse]
M = TypeVar("M", bound=pydantic.BaseModel)


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


class HttpError(Exception):
    """Raised by a handler to answer with the provider's error body.

    Args:
        status: the HTTP status of the answer.
        code: the provider's error code.
        message: the provider's error message.
        **extra: provider-specific details for the error body (e.g. ``violations``, ``retry_after``, ``allow``).
    """

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


class Simulator(ABC):
    """One provider's project API, in memory. Subclasses define routes, error bodies and behaviour.

    ``handle`` is synchronous and does no I/O, so the in-process transports and the ASGI app share it.

    Args:
        seed: seeds the identifiers the simulator makes and, without ``faults``, the default fault plan.
        faults: the fault plan to draw from (default: no faults until some are queued).
        clock: the time source, in seconds since 1970 (signature time checks, timestamps).
        limits: what the simulator keeps and accepts (:class:`SimLimits`: request log size, largest body).
    """

    provider: str = ""
    request_id_header: str | None = None

    def __init__(
        self,
        *,
        seed: int = 0,
        faults: FaultPlan | None = None,
        clock: Callable[[], float] = time.time,
        limits: SimLimits | None = None,
    ):
        self.faults = faults or FaultPlan(seed=seed)
        self.limits = limits or SimLimits()
        self.endpoint: str | None = None
        self.clock = clock
        self._ids = random.Random(seed)
        self.random = self._ids  # seeded: ids, uuids and anything else random a simulator makes
        self._lock = threading.RLock()
        self.requests = RequestLog(self.limits.max_logged_requests, self.limits.max_logged_bytes)
        self.routes: list[Route] = []
        self.setup_routes()

    # -- subclass hooks -------------------------------------------------------------------------------------------

    @abstractmethod
    def setup_routes(self) -> None:
        """Register routes with :meth:`route`."""

    @abstractmethod
    def error_response(self, error: HttpError, request_id: str) -> SimResponse:
        """The provider's own error body for ``error``.

        Args:
            error: what went wrong.
            request_id: the id of the request, for bodies that carry one.

        Returns:
            The provider's error response.
        """

    @abstractmethod
    def authenticate(self, request: WireRequest) -> None:
        """Raise HttpError (the provider's 401/403) unless the request carries valid credentials.

        Args:
            request: the request as received.

        Raises:
            HttpError: the credentials or the signature are missing or wrong.
        """

    @property
    @abstractmethod
    def credentials(self) -> dict[str, str]:
        """The test credentials this simulator accepts, as the facade's constructor keywords."""

    def facade_kwargs(self, host: str, port: int) -> dict[str, Any]:
        """Keywords that point this provider's facade Client at a server on ``host:port`` (plus credentials).

        Args:
            host: the server's address.
            port: the server's port.

        Returns:
            Keywords for ``cloudprojects.<provider>.Client`` or ``AsyncClient``.
        """
        return {"base_url": f"http://{host}:{port}", **self.credentials}

    def bound(self, host: str, port: int) -> None:
        """Called once the loopback server listens (SLS reads the project from Host relative to it).

        Args:
            host: the address the server listens on.
            port: the port it listens on.
        """
        self.endpoint = f"{host}:{port}"

    def invalid(self, problems: list[tuple[str, str]]) -> HttpError:
        """The provider's 400 for request validation problems.

        Args:
            problems: (field, message) pairs.

        Returns:
            The error to raise.
        """
        text = "; ".join(f"{field}: {message}" for field, message in problems)
        return HttpError(400, "ValidationError", text, violations=problems)

    def parse(self, model: type[M], data: Any) -> M:
        """Validate ``data`` with a generated pydantic model; the provider's 400 when it does not fit.

        Args:
            model: the generated pydantic model of the request body.
            data: the decoded JSON body.

        Returns:
            The validated model.

        Raises:
            HttpError: the provider's 400, naming every field that does not fit.
        """
        try:
            return model.model_validate(data)
        except pydantic.ValidationError as exc:
            problems = [(".".join(str(p) for p in e["loc"]) or "body", e["msg"]) for e in exc.errors()]
            raise self.invalid(problems) from exc

    def rate_limited(self, fault: Fault) -> HttpError:
        """The provider's 429 for an injected ``RATE_LIMIT`` fault.

        Args:
            fault: the injected fault (its ``retry_after`` is the hint sent).

        Returns:
            The error to answer with.
        """
        return HttpError(429, "RateLimited", "Too many requests", retry_after=fault.retry_after)

    def too_large(self) -> HttpError:
        """The provider's answer to a body above :attr:`SimLimits.max_body_bytes`.

        Returns:
            The error to answer with (HTTP 413).
        """
        limit = self.limits.max_body_bytes
        return HttpError(413, "RequestEntityTooLarge", f"the body is larger than the {limit} bytes accepted")

    def server_error(self, fault: Fault) -> HttpError:
        """The provider's 5xx for an injected ``SERVER_ERROR`` fault.

        Args:
            fault: the injected fault (its ``status`` is the status sent).

        Returns:
            The error to answer with.
        """
        return HttpError(fault.status, "InternalServerError", "Simulated server failure")

    # -- machinery ------------------------------------------------------------------------------------------------

    def route(self, method: str, path: str, handler: Handler) -> None:
        """Register ``handler`` for ``method`` on ``path``.

        Args:
            method: the HTTP method.
            path: the path, where ``{name}`` captures one percent-encoded segment as keyword ``name``.
            handler: called with the request and the captured segments; returns the response.
        """
        regex = "^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
        self.routes.append(Route(method.upper(), re.compile(regex), handler))

    def new_request_id(self) -> str:
        """A fresh request id (24 hex digits, from the seeded generator)."""
        with self._lock:
            return f"{self._ids.getrandbits(96):024X}"

    def handle(self, request: WireRequest) -> tuple[SimResponse, Fault | None]:
        """Answer one request; the fault, if any, is for the adapter to act out (latency, reset, …).

        Args:
            request: the request as received.

        Returns:
            The response and the fault drawn for this request, if any.
        """
        with self._lock:
            self.requests.append(request)
        request_id = self.new_request_id()
        if len(request.body) > self.limits.max_body_bytes:
            response = self.error_response(self.too_large(), request_id)
            return self._with_request_id(response, request_id), None
        fault = self.faults.draw()
        if fault is not None and fault.kind in REJECTING:
            if fault.kind is FaultKind.HTML_ERROR:
                return SimResponse(502, {"Content-Type": "text/html"}, HTML_PAGE), fault
            error = self.rate_limited(fault) if fault.kind is FaultKind.RATE_LIMIT else self.server_error(fault)
            return self._with_request_id(self.error_response(error, request_id), request_id), fault
        try:
            self.authenticate(request)
            response = self._dispatch(request)
        except HttpError as error:
            response = self.error_response(error, request_id)
            if "allow" in error.extra:
                response.headers.setdefault("Allow", error.extra["allow"])
        except RecursionError:
            # A body nested beyond what a handler can walk (json.loads and pydantic are guarded; this is the net).
            response = self.error_response(self.invalid([("body", "nested too deeply")]), request_id)
        return self._with_request_id(response, request_id), fault

    def _dispatch(self, request: WireRequest) -> SimResponse:
        allowed: list[str] = []
        for route in self.routes:
            match = route.pattern.match(request.path)
            if match is None:
                continue
            allowed.append(route.method)
            if route.method == request.method:
                with self._lock:
                    return route.handler(request, **match.groupdict())
        if allowed:
            message = f"{request.method} is not allowed on {request.path}"
            raise HttpError(405, "MethodNotAllowed", message, allow=", ".join(allowed))
        raise HttpError(404, "NotFound", f"no route for {request.method} {request.path}")

    def _with_request_id(self, response: SimResponse, request_id: str) -> SimResponse:
        if self.request_id_header:
            response.headers.setdefault(self.request_id_header, request_id)
        return response


def body_json(request: WireRequest) -> Any:
    """The request body as JSON; HttpError(400) when it is not."""
    try:
        return json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise HttpError(400, "MalformedJSON", "The body is not valid json string.") from exc


def query_params(request: WireRequest) -> dict[str, str]:
    """The query as a dict of decoded values (the last one wins for a repeated key)."""
    return dict(parse_qsl(request.query, keep_blank_values=True))


def segment(value: str) -> str:
    """A captured path segment, percent-decoded."""
    return unquote(value)


def act_out(response: SimResponse, fault: Fault | None) -> SimResponse:
    """Apply the body-level faults (MALFORMED_JSON, TRUNCATED) to a processed response."""
    if fault is None:
        return response
    if fault.kind is FaultKind.MALFORMED_JSON:
        return SimResponse(response.status, {**response.headers, "Content-Type": "application/json"}, b'{"result": ')
    if fault.kind is FaultKind.TRUNCATED and response.body:
        return SimResponse(response.status, response.headers, response.body[: max(1, len(response.body) // 2)])
    return response
