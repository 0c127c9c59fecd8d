"""A requests.Session that signs like the facades do (schemathesis sends its cases with requests)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
import requests

from cloudprojects.auth import WireRequest


class SignedSession(requests.auth.AuthBase):
    """Sign a prepared request with one of our signers' pure cores, as the httpx.Auth shell would.

    schemathesis fills the spec's security header with a placeholder; only a request that carries it is
    signed (the placeholder dropped first), so a negative case that leaves the credentials out stays unsigned.
    """

    def __init__(self, signer: Any, host: str | None = None, header: str = "Authorization") -> None:
        self.signer = signer
        self.host = host
        self.header = header

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Host"] = self.host or urlsplit(request.url or "").netloc
        if request.headers.pop(self.header, None) is None:
            return request
        body = request.body.encode() if isinstance(request.body, str) else (request.body or b"")
        if body and "Content-Length" not in request.headers:
            request.headers["Content-Length"] = str(len(body))
        wire = WireRequest.build(request.method or "GET", request.path_url, request.headers.items(), body)
        result = self.signer.sign_wire(wire)
        for name in result.remove:
            request.headers.pop(name, None)
        request.headers.update(result.headers)
        return request


class HttpxAuthSession(requests.auth.AuthBase):
    """Sign with any ``httpx.Auth`` (its first flow step), in place of schemathesis' placeholder header."""

    def __init__(self, auth: httpx.Auth, header: str = "Authorization") -> None:
        self.auth = auth
        self.header = header

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if request.headers.pop(self.header, None) is None:
            return request
        body = request.body.encode() if isinstance(request.body, str) else (request.body or b"")
        draft = httpx.Request(request.method or "GET", request.url or "", headers=dict(request.headers), content=body)
        signed = next(self.auth.auth_flow(draft))
        for name, value in signed.headers.items():
            if name.lower() not in ("content-length", "host"):
                request.headers[name] = value
        return request


def session(auth: requests.auth.AuthBase | None = None, headers: dict[str, str] | None = None) -> requests.Session:
    s = requests.Session()
    s.auth = auth
    s.headers.update(headers or {})
    return s
