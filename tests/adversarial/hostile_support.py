"""Shared helpers of the hostile-server tests: one GET-like operation per provider, facades built on a
MockTransport or a loopback server, response bodies that record whether they were closed, and a tiny raw-socket
HTTP server that can trickle, stream huge bodies or say anything."""

from __future__ import annotations

import contextlib
import importlib
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

PROVIDERS = ("aliyun_sls", "microvisualizer", "baidu_bls", "gcore_cloud", "ncp_media_intelligence")

SECRETS = {
    "aliyun_sls": "sls-Secret-hostile-0001",
    "microvisualizer": "mv_hostile_key_0002",
    "baidu_bls": "bls-sk-hostile-0003",
    "gcore_cloud": "gcore-hostile-token-0004",
    "ncp_media_intelligence": "ncp-hostile-secret-0005",
}
"""The secret of each provider's test credentials: it must never show up where it should not."""


@dataclass(frozen=True)
class Provider:
    """How to build one provider's facade and call its GET-like operation."""

    key: str
    credentials: dict[str, str]
    args: tuple[Any, ...]
    good: dict[str, Any]
    """A valid 200 body of the operation (as the simulator answers it)."""
    wrong_shapes: tuple[Any, ...] = field(default=())
    """Valid JSON whose structure breaks the spec: a list for an object, required fields missing, an object or
    list where the spec has a string date or UUID."""
    wrong_types: tuple[Any, ...] = field(default=())
    """Valid JSON with every required field present but a scalar of the wrong type (a string id, an object for a
    bool)."""

    def module(self) -> Any:
        return importlib.import_module(f"cloudprojects.{self.key}")

    def address(self, url: str) -> dict[str, Any]:
        """The constructor keywords that point the facade at ``url`` (``http://host:port``)."""
        if self.key == "aliyun_sls":
            scheme, rest = url.split("://", 1)
            return {"endpoint": rest, "scheme": scheme}
        if self.key == "baidu_bls":
            return {"endpoint": url}
        return {"base_url": url}

    def client(self, *, url: str | None = None, **kwargs: Any) -> Any:
        where = self.address(url) if url is not None else {}
        return self.module().Client(**self.credentials, **where, **kwargs)

    def async_client(self, *, url: str | None = None, **kwargs: Any) -> Any:
        where = self.address(url) if url is not None else {}
        return self.module().AsyncClient(**self.credentials, **where, **kwargs)

    def call(self, client: Any, **options: Any) -> Any:
        return client.projects.get(*self.args, **options)

    async def acall(self, client: Any, **options: Any) -> Any:
        return await client.projects.get(*self.args, **options)


_SLS_PROJECT = {
    "projectName": "my-project",
    "description": "d",
    "status": "Normal",
    "owner": "1654218965343050",
    "region": "cn-hangzhou",
    "createTime": "1795984821",
    "lastModifyTime": "1795984821",
    "resourceGroupId": "rg-acfmsimdefault01",
    "dataRedundancyType": "LRS",
    "recycleBinEnabled": False,
    "internetEndpoint": "cn-hangzhou.log.aliyuncs.com",
    "internalEndpoint": "cn-hangzhou-intranet.log.aliyuncs.com",
}
_MV_PROJECT = {
    "id": "nnn-41pjs",
    "name": "nnn",
    "description": "d",
    "archived": False,
    "pinned": False,
    "serviceCount": 0,
    "isOwner": True,
    "createdBy": "ci-pipeline",
    "createdByType": "API_KEY",
    "updatedBy": "ci-pipeline",
    "updatedByType": "API_KEY",
    "createdAt": "2026-11-29T20:40:31Z",
    "updatedAt": "2026-11-29T20:40:31Z",
}
_BLS_UUID = "acb70457-079d-4f6a-bba4-80b28759b54e"
_BLS_PROJECT = {
    "uuid": _BLS_UUID,
    "name": "nnn",
    "description": "",
    "top": False,
    "createdTime": "2026-11-29T20:40:27Z",
    "updatedTime": "2026-11-29T20:40:27Z",
}
_GCORE_PROJECT = {
    "id": 2,
    "client_id": 1,
    "name": "nnn",
    "description": "d",
    "is_default": False,
    "state": "ACTIVE",
    "created_at": "2026-11-29T20:40:27",
    "deleted_at": None,
    "task_id": None,
}
_NCP_PROJECT = {
    "projectId": 1000,
    "name": "default",
    "isBaseProject": True,
    "createdUserName": "username",
    "createdTime": "2025-04-01T09:00:00",
    "updatedUserName": "username",
    "updatedTime": "2025-04-01T09:00:00",
}


def _without(body: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k not in names}


def _bls(result: Any) -> dict[str, Any]:
    return {"success": True, "code": "success", "message": "", "result": result}


def _ncp(result: Any) -> dict[str, Any]:
    return {"code": "0", "message": "success", "result": result}


PROVIDER = {
    "aliyun_sls": Provider(
        "aliyun_sls",
        {"access_key_id": "LTAIhostile0001", "access_key_secret": SECRETS["aliyun_sls"]},
        ("my-project",),
        _SLS_PROJECT,
        ([_SLS_PROJECT], {"projectName": ["my-project"], "createTime": {"x": 1}}, "project", None),
        (_SLS_PROJECT | {"recycleBinEnabled": {"no": "bool"}}, _SLS_PROJECT | {"projectName": 12345}),
    ),
    "microvisualizer": Provider(
        "microvisualizer",
        {"api_key": SECRETS["microvisualizer"]},
        ("nnn-41pjs",),
        _MV_PROJECT,
        ([_MV_PROJECT], {}, _without(_MV_PROJECT, "id", "name"), _MV_PROJECT | {"createdAt": "not a date"}, None),
        (_MV_PROJECT | {"serviceCount": {"n": 1}}, _MV_PROJECT | {"id": 7, "archived": "no"}),
    ),
    "baidu_bls": Provider(
        "baidu_bls",
        {"access_key_id": "bls-ak-hostile", "secret_access_key": SECRETS["baidu_bls"]},
        (_BLS_UUID,),
        _bls({"project": _BLS_PROJECT}),
        (
            [_bls({"project": _BLS_PROJECT})],
            _bls([_BLS_PROJECT]),
            _bls({}),
            _bls({"project": []}),
            _bls({"project": _without(_BLS_PROJECT, "uuid", "name")}),
            _bls({"project": _BLS_PROJECT | {"uuid": "not-a-uuid", "createdTime": 7}}),
            {"success": "yes", "result": None},
            None,
        ),
        (_bls({"project": _BLS_PROJECT | {"name": 5, "top": "yes"}}),),
    ),
    "gcore_cloud": Provider(
        "gcore_cloud",
        {"api_key": SECRETS["gcore_cloud"]},
        (2,),
        _GCORE_PROJECT,
        ([_GCORE_PROJECT], {}, _without(_GCORE_PROJECT, "id", "name", "client_id"), "project", None),
        (_GCORE_PROJECT | {"id": "two", "is_default": {"x": 1}}, _GCORE_PROJECT | {"state": ["ACTIVE"]}),
    ),
    "ncp_media_intelligence": Provider(
        "ncp_media_intelligence",
        {"access_key": "ncp-ak-hostile", "secret_key": SECRETS["ncp_media_intelligence"]},
        ("my-workspace", 1000),
        _ncp(_NCP_PROJECT),
        (
            [_ncp(_NCP_PROJECT)],
            _ncp([_NCP_PROJECT]),
            _ncp(None),
            _ncp(_without(_NCP_PROJECT, "projectId", "name")),
            {"code": ["0"], "result": "x"},
            None,
        ),
        (_ncp(_NCP_PROJECT | {"projectId": {"id": 1}, "isBaseProject": "maybe"}),),
    ),
}


class ClosingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body (sync or async) in the given chunks that records when it is closed: an unclosed body is a
    connection the pool never gets back."""

    def __init__(self, chunks: list[bytes], closed: list[bool]) -> None:
        self.chunks = chunks
        self.closed = closed

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed.append(True)

    async def aclose(self) -> None:
        self.closed.append(True)


def json_bytes(value: Any) -> bytes:
    return json.dumps(value).encode()


def pool_idle(client: Any) -> bool:
    """Every pooled connection of a facade on httpx's default transport is idle or closed (none checked out)."""
    pool = client._http._transport._pool
    return all(connection.is_idle() or connection.is_closed() for connection in pool.connections)


# --- a raw-socket HTTP/1.1 server on loopback ---------------------------------------------------------------------

Behaviour = Callable[[socket.socket, bytes], None]
"""Answers one request (its head, up to the blank line) on the socket; the server closes the socket afterwards
unless the behaviour returns normally after writing a complete response with ``keep-alive``."""


def read_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    return data


class LoopbackServer:
    """Accepts connections on 127.0.0.1 and answers every request with ``behaviour``; counts requests.

    Keep-alive: after ``behaviour`` returns, the next request on the same connection is read and answered too
    (a behaviour that wants the connection gone closes it). Handler threads are daemons; ``close`` stops them.
    """

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests = 0
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                head = read_head(conn)
                if not head:
                    return
                with self._lock:
                    self.requests += 1
                self.behaviour(conn, head)
        except OSError:
            return
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):  # wake the accept loop now rather than at its next timeout
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        self._sock.close()
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
        self._thread.join(timeout=2)

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def respond(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    """A complete keep-alive response."""
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    def behaviour(conn: socket.socket, _: bytes) -> None:
        conn.sendall(raw)

    return behaviour


def trickle(interval: float, total: int = 40, stop: threading.Event | None = None) -> Behaviour:
    """A 200 that promises ``total`` body bytes and sends one every ``interval`` seconds (each just inside any
    per-read timeout longer than ``interval``). The defaults take 16 s, as in the issue: a client without an
    attempt deadline fails its test by the clock (and then on the blank body) instead of hanging for minutes."""

    def behaviour(conn: socket.socket, _: bytes) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {total}\r\n\r\n".encode())
        for _ in range(total):
            if stop is not None and stop.is_set():
                break
            conn.sendall(b" ")
            time.sleep(interval)
        conn.close()

    return behaviour


def huge(size: int, chunk: int = 1 << 20, chunked: bool = False) -> Behaviour:
    """A 200 with ``size`` bytes of body (``Content-Length`` or chunked), streamed in ``chunk``-byte writes; stops
    quietly when the client hangs up."""
    block = b"[" + b" " * (chunk - 1)

    def behaviour(conn: socket.socket, _: bytes) -> None:
        framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}"
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n".encode())
        sent = 0
        while sent < size:
            piece = block[: min(chunk, size - sent)]
            conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
            sent += len(piece)
        if chunked:
            conn.sendall(b"0\r\n\r\n")
        conn.close()

    return behaviour


# --- errors carrying credentials, for the pickle tests ------------------------------------------------------------

PLANTED = {
    "authorization": "apikey k-SECRET-TOKEN",
    "x-ncp-apigw-signature-v2": "SIGNATURE-VALUE",
    "x-bce-security-token": "STS-TOKEN",
    "cookie": "session=REQUEST-COOKIE",
}
"""Credentials a request carries; with the URL's password, the request body's and the response's cookie, none may
appear in a pickled error."""
PLANTED_SECRETS = (*PLANTED.values(), "url-PASSWORD", "BODY-SECRET", "RESPONSE-COOKIE")


def planted_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://user:url-PASSWORD@api.example.com/v1/projects",
        headers=PLANTED,
        json={"name": "n", "password": "BODY-SECRET"},
    )


def planted_response(status: int) -> httpx.Response:
    return httpx.Response(
        status,
        json={"code": "Code", "message": "what went wrong"},
        headers={"Set-Cookie": "sid=RESPONSE-COOKIE", "x-request-id": "req-1"},
        request=planted_request(),
    )


ERROR_MODULES = ("cloudprojects.errors", *(f"cloudprojects.{key}" for key in PROVIDERS))
AUTH_ERRORS = "cloudprojects.auth"


def _exported(module_name: str) -> list[type[Exception]]:
    module = importlib.import_module(module_name)
    found = [getattr(module, name) for name in module.__all__]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, Exception)]


def error_names() -> list[str]:
    """``module:Class`` of every exception class ``cloudprojects.errors`` and the provider packages export."""
    names = {f"{cls.__module__}:{cls.__qualname__}": None for m in ERROR_MODULES for cls in _exported(m)}
    return list(names)


def auth_error_names() -> list[str]:
    """``module:Class`` of every exception class ``cloudprojects.auth`` exports."""
    return [f"{cls.__module__}:{cls.__qualname__}" for cls in _exported(AUTH_ERRORS)]


def error_class(name: str) -> type[Exception]:
    module, _, qualname = name.partition(":")
    cls: type[Exception] = getattr(importlib.import_module(module), qualname)
    return cls


def make_error(name: str) -> Exception:
    """An instance of the error class ``module:Class`` carrying the planted credentials wherever it can."""
    from cloudprojects import errors

    cls: Any = error_class(name)
    if issubclass(cls, errors.ValidationError):
        return cls("body.name", "'x' is shorter than 3 characters", "minLength 3")
    if issubclass(cls, errors.ClientClosedError):
        return cls("this client has been closed")
    if issubclass(cls, errors.ResponseValidationError):
        return cls("gcore_cloud: get_project: not JSON", response=planted_response(200), request_id="req-1")
    if issubclass(cls, errors.APIStatusError):
        status = {errors.BadRequestError: 400, errors.RateLimitError: 429, errors.APIStatusError: 418}.get(cls)
        if status is None:
            base = next(b for b in cls.__mro__ if b.__module__ == errors.__name__)
            status = next(code for code in (401, 403, 404, 409, 422, 500) if errors.status_error_class(code) is base)
        kwargs: dict[str, Any] = {
            "response": planted_response(status),
            "code": "Code",
            "request_id": "req-1",
            "body": {"code": "Code", "message": "what went wrong"},
            "provider": "gcore_cloud",
        }
        if issubclass(cls, errors.BadRequestError):
            kwargs["violations"] = [("name", "too short")]
        if issubclass(cls, errors.RateLimitError):
            kwargs["retry_after"] = 3.0
        return cls("what went wrong", **kwargs)
    if issubclass(cls, errors.APIError):
        return cls(f"{cls.__name__}: ConnectError: refused", request=planted_request())
    from cloudprojects import auth

    if issubclass(cls, auth.SignatureError):
        return cls(auth.SignatureErrorReason.EXPIRED, "the signature expired")
    return cls("api_key", "must not be empty")


def raise_error(name: str) -> None:
    """Run in a worker process: raise the error there, so it comes back pickled."""
    raise make_error(name)


def describe(error: BaseException) -> tuple[str, str, dict[str, Any]]:
    """Run in a worker process on an error sent there pickled: what arrived."""
    fields = ("field", "problem", "rule", "message", "status_code", "code", "request_id", "body", "provider")
    return type(error).__name__, str(error), {f: getattr(error, f) for f in fields if hasattr(error, f)}
