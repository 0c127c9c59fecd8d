"""The simulator's record of received requests, bounded in count and bytes: the oldest are dropped first."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from cloudprojects.auth import WireRequest

ENTRY_OVERHEAD_BYTES = 256
"""Rough cost of one entry beyond its text and body (objects, dict slots), so empty requests count too."""


def request_size(request: WireRequest) -> int:
    """An estimate of what keeping ``request`` costs, in bytes."""
    headers = sum(len(name) + len(value) for name, value in request.headers.items())
    return ENTRY_OVERHEAD_BYTES + len(request.body) + len(request.path) + len(request.query) + headers


class RequestLog:
    """The most recent requests, oldest first, holding at most ``max_requests`` and about ``max_bytes``.

    The newest request is always kept, whatever its size. ``total`` counts every request ever recorded.
    """

    def __init__(self, max_requests: int, max_bytes: int) -> None:
        if max_requests < 1 or max_bytes < 1:
            raise ValueError("a request log keeps at least one request and one byte")
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.total = 0
        self._entries: deque[tuple[WireRequest, int]] = deque()
        self._bytes = 0

    @property
    def retained_bytes(self) -> int:
        """The estimated size of the requests kept now."""
        return self._bytes

    def append(self, request: WireRequest) -> None:
        """Record ``request``, dropping the oldest until both limits hold."""
        size = request_size(request)
        self._entries.append((request, size))
        self._bytes += size
        self.total += 1
        while len(self._entries) > 1 and (len(self._entries) > self.max_requests or self._bytes > self.max_bytes):
            _, dropped = self._entries.popleft()
            self._bytes -= dropped

    def clear(self) -> None:
        """Forget every kept request (``total`` keeps counting)."""
        self._entries.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[WireRequest]:
        return (request for request, _ in self._entries)

    def __getitem__(self, index: int) -> WireRequest:
        return self._entries[index][0]
