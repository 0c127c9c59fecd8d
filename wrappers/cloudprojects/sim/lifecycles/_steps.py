"""What every scripted lifecycle shares: the step type and a bounded list of a lazy iterator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

Steps = Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]
"""(label, the facade call, a one-line description of its result) for each step."""


def first(items: Any, n: int = 100) -> list[Any]:
    """At most ``n`` items of a (lazy) iterator."""
    return list(islice(items, n))


async def collect(items: Any) -> list[Any]:
    """Every item of an async iterator."""
    return [item async for item in items]
