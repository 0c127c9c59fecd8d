"""Iterate over every item of a paginated list, whatever the provider's cursor (offset, page number, none)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items and the cursor of the next page (None at the end)."""

    items: list[T]
    next: Any | None


def _advance(cursor: Any, page: Page[T]) -> Any | None:
    # A server that answers the same cursor again (or an empty page) must not loop forever.
    return page.next if page.items and page.next is not None and page.next != cursor else None


def iterate(first: Any, fetch: Callable[[Any], Page[T]]) -> Iterator[T]:
    """Yield items page by page, fetching lazily."""
    cursor: Any | None = first
    while cursor is not None:
        page = fetch(cursor)
        yield from page.items
        cursor = _advance(cursor, page)


async def aiterate(first: Any, fetch: Callable[[Any], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Yield items page by page, fetching lazily."""
    cursor: Any | None = first
    while cursor is not None:
        page = await fetch(cursor)
        for item in page.items:
            yield item
        cursor = _advance(cursor, page)
