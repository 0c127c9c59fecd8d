"""A fast loopback HTTP/1.1 server answering canned provider responses, in a process of its own.

    python benchmarks/_server.py [--cpu N]     # prints the port on the first line, serves until stdin closes

It validates nothing and checks no signature: it finds the end of each request (head plus ``Content-Length``
bytes), looks ``(method, path)`` up in :func:`_wire.routes` and writes the prepared bytes. Keep-alive and
pipelining work; an unknown route gets a 404. Plain asyncio protocols: a few µs per request, far below any
client measured against it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wire import routes

NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


class _Http(asyncio.Protocol):
    def __init__(self, table: dict[tuple[bytes, bytes], bytes]) -> None:
        self._table = table
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        out = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            at = head.lower().find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            total = end + 4 + length
            if len(buffer) < total:
                break
            method, target, _ = head[: head.find(b"\r\n")].split(b" ", 2)
            out.append(self._table.get((method, target.partition(b"?")[0]), NOT_FOUND))
            buffer = buffer[total:]
        self._buffer = buffer
        if out and self._transport is not None:
            self._transport.write(b"".join(out))


async def _serve(port: int) -> None:
    table = {(r.method.encode(), r.path.encode()): r.wire() for r in routes()}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(table), "127.0.0.1", port, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(_serve(args.port))


@contextmanager
def running(cpu: int | None = None) -> Iterator[int]:
    """Start the server in a child process; yield its port; stop it on exit."""
    command = [sys.executable, str(Path(__file__).resolve())]
    if cpu is not None:
        command += ["--cpu", str(cpu)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark server did not start")
        yield int(line)
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
