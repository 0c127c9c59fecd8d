"""Wall-clock deadlines for one attempt.

httpx's timeouts bound each socket operation (a read timeout is per chunk): a server that trickles one byte just
inside the read timeout holds a request open for ever. The executor sets the attempt's deadline in a context
variable; the default transports' sockets read it and never wait past it (a network backend wrapped around
httpcore's), and the executor checks it between body chunks whatever the transport.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterable

import httpcore

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("cloudprojects_deadline", default=None)
"""The ``time.monotonic()`` instant the current attempt must end by, or None."""


def bounded(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left before the current deadline; raises when none is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend whose every socket operation ends by the attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, bounded(timeout), local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_pool(pool: object) -> None:
    """Make an httpcore pool (or proxy pool) of a sync transport honour the deadline; anything else is left alone."""
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[attr-defined]
