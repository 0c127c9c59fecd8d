"""The thin httpx layer: request → :class:`WireRequest` → pure signer → headers back on the request."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Iterable

import httpx

from cloudprojects._core.redaction import REDACTED, mask_identifier

from ._unpicklable import Unpicklable
from ._wire import SigningResult, WireRequest, check_header_values


def wire_from_httpx(request: httpx.Request, *, with_body: bool = True) -> WireRequest:
    """View an ``httpx.Request`` as it will be sent (path and query exactly as encoded by httpx).

    Args:
        request: The request; its body is read only when ``with_body`` is true.
        with_body: Include the body (reads a streaming body into memory).
    """
    target = request.url.raw_path.decode("ascii")
    path, _, query = target.partition("?")
    body = request.read() if with_body else b""
    # httpx's items(): lower-case names, repeated headers joined with ", " (what merge_headers does), in one pass.
    return WireRequest(request.method, path, query, dict(request.headers.items()), body)


def as_wire(request: WireRequest | httpx.Request) -> WireRequest:
    """Accept either request type in the verifiers."""
    return request if isinstance(request, WireRequest) else wire_from_httpx(request)


def apply_result(request: httpx.Request, result: SigningResult) -> None:
    """Write the signer's headers onto ``request``, replacing (never duplicating) existing ones."""
    headers = request.headers
    for name in result.remove:
        if name in headers:
            del headers[name]
    for name, value in result.headers.items():
        headers[name] = value


class SigningAuth(Unpicklable, httpx.Auth, ABC):
    """Base of the signing schemes: one I/O-free flow that serves sync and async clients."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` in place and send it once."""
        wire = wire_from_httpx(request, with_body=self.requires_request_body)
        check_header_values(wire.headers)
        apply_result(request, self.sign_wire(wire))
        yield request

    @abstractmethod
    def sign_wire(self, request: WireRequest) -> SigningResult:
        """Pick the signing time (the request's time header, else the clock) and sign."""


def auth_repr(auth: object, identifiers: dict[str, str], hidden: Iterable[str]) -> str:
    """``Name(access_key_id='LTAI…abcd', access_key_secret=<redacted>)``: ids masked, secrets hidden."""
    parts = [f"{name}={_masked(value)}" for name, value in identifiers.items()]
    parts += [f"{name}={REDACTED}" for name in hidden]
    return f"{type(auth).__name__}({', '.join(parts)})"


def _masked(value: str) -> str:
    masked = mask_identifier(value)
    return masked if masked == REDACTED else repr(masked)
