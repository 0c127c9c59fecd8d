"""The ASGI adapter: a Simulator behind a real HTTP server (uvicorn), faults acted out on the socket."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from cloudprojects.auth import WireRequest

from ._base import Simulator, act_out
from ._faults import FaultKind

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class SimulatedReset(Exception):
    """Raised mid-body so the server drops the connection (a RESET fault)."""


class SimASGIApp:
    """A simulator as an ASGI application: ``uvicorn.run(SimASGIApp(sim))``.

    Args:
        simulator: the simulator that answers every request.
    """

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive, self.simulator.limits.max_body_bytes)
        response, fault = self.simulator.handle(WireRequest.from_asgi(scope, body))
        if fault is not None and fault.kind in (FaultKind.LATENCY, FaultKind.STALL):
            await asyncio.sleep(fault.delay)
        response = act_out(response, fault)
        if fault is not None and fault.kind is FaultKind.RESET and not response.body:
            raise SimulatedReset("simulated connection reset before the response")
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        if fault is not None and fault.kind is FaultKind.RESET:
            half = response.body[: len(response.body) // 2]
            await send({"type": "http.response.body", "body": half, "more_body": True})
            raise SimulatedReset("simulated connection reset")
        await send({"type": "http.response.body", "body": response.body})


async def _read_body(receive: Receive, limit: int) -> bytes:
    """The whole body, or its first ``limit + 1`` bytes when longer (the simulator answers 413 to that).

    The rest of an oversize body is read and dropped, so memory stays bounded and the client still gets the answer.
    """
    chunks: list[bytes] = []
    kept = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        if kept <= limit:
            chunk = chunk[: limit + 1 - kept]
            chunks.append(chunk)
            kept += len(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
