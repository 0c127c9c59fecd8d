"""In-process adapters: httpx transports (sync and async) that answer from a Simulator, no sockets.

In process, a RESET raises ``httpx.RemoteProtocolError`` and a STALL raises ``httpx.ReadTimeout`` at once (what
the client would see once its timeout fired); the loopback server acts both out for real.
"""

from __future__ import annotations

import asyncio
import time

import httpx

from cloudprojects.auth import WireRequest

from ._base import SimResponse, Simulator, act_out
from ._faults import Fault, FaultKind


def _wire(request: httpx.Request, body: bytes) -> WireRequest:
    return WireRequest.build(request.method, request.url.raw_path.decode("ascii"), request.headers.multi_items(), body)


def _finish(request: httpx.Request, response: SimResponse, fault: Fault | None) -> httpx.Response:
    if fault is not None and fault.kind is FaultKind.RESET:
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body", request=request)
    if fault is not None and fault.kind is FaultKind.STALL:
        raise httpx.ReadTimeout("simulated stall: no response before the timeout", request=request)
    response = act_out(response, fault)
    headers = {**response.headers, "Content-Length": str(len(response.body))}
    return httpx.Response(response.status, headers=headers, content=response.body, request=request)


class SimTransport(httpx.BaseTransport):
    """An httpx transport that answers from a simulator in process: ``httpx.Client(transport=SimTransport(sim))``.

    Args:
        simulator: the simulator that answers every request.
    """

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request from the simulator, acting out its fault (latency, reset, …) if one is drawn.

        Args:
            request: the request as the client would send it.

        Returns:
            The simulator's response.
        """
        response, fault = self.simulator.handle(_wire(request, request.read()))
        if fault is not None and fault.kind is FaultKind.LATENCY:
            time.sleep(fault.delay)
        return _finish(request, response, fault)


class AsyncSimTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`SimTransport`: ``httpx.AsyncClient(transport=AsyncSimTransport(sim))``.

    Args:
        simulator: the simulator that answers every request.
    """

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request from the simulator, acting out its fault (latency, reset, …) if one is drawn.

        Args:
            request: the request as the client would send it.

        Returns:
            The simulator's response.
        """
        response, fault = self.simulator.handle(_wire(request, await request.aread()))
        if fault is not None and fault.kind is FaultKind.LATENCY:
            await asyncio.sleep(fault.delay)
        return _finish(request, response, fault)
