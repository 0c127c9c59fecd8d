"""Shared MockTransport helpers for the facade tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a queue (the last answer repeats; a
    callable answers from the request). Subclasses check each request first by overriding :meth:`check`."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def check(self, request: httpx.Request) -> None:
        """Inspect a request before it is recorded (e.g. verify its signature as the server would)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.check(request)
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer if isinstance(answer, httpx.Response) else answer(request)


class TrackedStream(httpx.SyncByteStream):
    """A response body that records whether it was closed (an unclosed body pins a pooled connection)."""

    def __init__(self, content: bytes, closed: list[bool]) -> None:
        self.content, self.closed = content, closed

    def __iter__(self) -> Iterator[bytes]:
        yield self.content

    def close(self) -> None:
        self.closed.append(True)
