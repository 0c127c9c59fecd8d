"""openapi-core as an independent judge: a transport that validates every request and response against a spec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPECS = Path(__file__).resolve().parents[2] / "specs"


@cache
def openapi(spec: str) -> OpenAPI:
    return OpenAPI.from_file_path(str(SPECS / spec))


class CoreRequest:
    """An httpx.Request as openapi-core sees requests (the same shape as its contrib adapters)."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        self.path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body = request.content or None

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path


class CoreResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(dict(response.headers))
        self.content_type = response.headers.get("content-type", "")
        self.data = response.content


@dataclass
class ValidatingTransport(httpx.BaseTransport):
    """Wraps a transport; every exchange is checked with openapi-core against the spec ``pick`` chooses."""

    inner: httpx.BaseTransport
    pick: Callable[[httpx.Request], str]
    exchanges: list[tuple[str, str, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        spec = openapi(self.pick(request))
        core_request = CoreRequest(request)
        label = f"{request.method} {request.url}"
        for error in spec.iter_request_errors(core_request):
            self.problems.append(f"request {label}: {_describe(error)}")
        response = self.inner.handle_request(request)
        response.read()
        for error in spec.iter_response_errors(core_request, CoreResponse(response)):
            self.problems.append(f"response {response.status_code} to {label}: {_describe(error)}")
        self.exchanges.append((request.method, str(request.url), response.status_code))
        return response


def _describe(error: Exception) -> str:
    causes = [str(error)]
    cause = error.__cause__
    while cause is not None:
        causes.append(str(cause).splitlines()[0] if str(cause) else type(cause).__name__)
        cause = cause.__cause__
    for attribute in ("schema_errors",):
        for schema_error in getattr(error.__cause__, attribute, []) or []:
            causes.append(f"{list(schema_error.path)}: {schema_error.message}")
    return " <- ".join(causes)
