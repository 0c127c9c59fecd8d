"""Wall-clock deadlines for one attempt.

httpx's timeouts bound each socket operation (a read timeout is per chunk): a server that trickles one byte just
inside the read timeout holds a request open for ever. The executor sets the attempt's deadline in a context
variable; the default transports' sockets read it and never wait past it (a network backend wrapped around
httpcore's), and the executor checks it between body chunks whatever the transport.
"""

from __future__ import annotations

import contextvars
import time

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("cloudprojects_deadline", default=None)
"""The ``time.monotonic()`` instant the current attempt must end by, or None."""


def bounded(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left before the current deadline; raises when none is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise httpcore.ReadTimeout("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


def bound_pool(pool: object) -> None:
    """Make an httpcore pool (or proxy pool) of a sync transport honour the deadline; anything else is left alone."""
    if pool is None:
        return
    from ._deadline_backend import wrap_backend  # httpcore is imported only once a transport exists

    wrap_backend(pool)
