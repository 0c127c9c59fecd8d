"""Lists: iterate items lazily, or walk the provider's pages (offset, page number, or one page)."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from .response import RawResponse

if TYPE_CHECKING:
    from .executor import Outcome

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: the page's items.
        next: the cursor of the next page (offset or page number), None on the last page.
        total: how many items the whole list has, when the provider reports it.
        request_id: the provider's request id of this page's response.
    """

    items: list[T]
    next: Any | None
    total: int | None = None
    request_id: str | None = None


Fetch = Callable[[Any], "tuple[Page[T], Outcome]"]
AsyncFetch = Callable[[Any], "Awaitable[tuple[Page[T], Outcome]]"]


def _advance(cursor: Any, page: Page[T]) -> Any | None:
    # A server that answers the same cursor again (or an empty page) must not loop forever.
    return page.next if page.items and page.next is not None and page.next != cursor else None


class SyncPager(Generic[T]):
    """The items of a list, fetched page by page as they are consumed; ``pages()`` walks the pages themselves.

    Iterating is lazy: no request is sent before the first item is asked for.
    """

    def __init__(self, first: Any, fetch: Fetch[T]) -> None:
        self._first = first
        self._fetch = fetch
        self._items: Iterator[T] | None = None

    def pages(self) -> Iterator[Page[T]]:
        """Every page from the first, each with its items, ``total``, ``next`` cursor and ``request_id``."""
        return walk(self._first, lambda cursor: self._fetch(cursor)[0])

    def first_page_raw(self) -> RawResponse[Page[T]]:
        """The first page's raw response; ``parse()`` gives the Page."""
        page, outcome = self._fetch(self._first)
        outcome.value = page
        return RawResponse(outcome, page.request_id)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._items is None:
            self._items = (item for page in self.pages() for item in page.items)
        return next(self._items)


class AsyncPager(Generic[T]):
    """The items of a list, fetched page by page as they are consumed (``async for``); ``pages()`` walks the pages."""

    def __init__(self, first: Any, fetch: AsyncFetch[T]) -> None:
        self._first = first
        self._fetch = fetch
        self._items: AsyncIterator[T] | None = None

    def pages(self) -> AsyncIterator[Page[T]]:
        """Every page from the first, each with its items, ``total``, ``next`` cursor and ``request_id``."""

        async def page(cursor: Any) -> Page[T]:
            return (await self._fetch(cursor))[0]

        return awalk(self._first, page)

    async def first_page_raw(self) -> RawResponse[Page[T]]:
        """The first page's raw response; ``parse()`` gives the Page."""
        page, outcome = await self._fetch(self._first)
        outcome.value = page
        return RawResponse(outcome, page.request_id)

    async def _all_items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._all_items()
        return await anext(self._items)


def walk(first: Any, fetch: Callable[[Any], Page[T]]) -> Iterator[Page[T]]:
    """Yield pages from the cursor ``first``, fetching lazily, until one has no next cursor."""
    cursor: Any | None = first
    while cursor is not None:
        page = fetch(cursor)
        yield page
        cursor = _advance(cursor, page)


async def awalk(first: Any, fetch: Callable[[Any], Awaitable[Page[T]]]) -> AsyncIterator[Page[T]]:
    """Yield pages from the cursor ``first``, fetching lazily, until one has no next cursor."""
    cursor: Any | None = first
    while cursor is not None:
        page = await fetch(cursor)
        yield page
        cursor = _advance(cursor, page)


def iterate(first: Any, fetch: Callable[[Any], Page[T]]) -> Iterator[T]:
    """Yield items page by page, fetching lazily (a plain page function, no exchange details)."""
    for page in walk(first, fetch):
        yield from page.items


async def aiterate(first: Any, fetch: Callable[[Any], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Yield items page by page, fetching lazily (a plain page function, no exchange details)."""
    async for page in awalk(first, fetch):
        for item in page.items:
            yield item


def pager_to_raw(func: Callable[P, SyncPager[T]]) -> Callable[P, RawResponse[Page[T]]]:
    """A list operation returning its first page's RawResponse (``parse()`` gives the Page)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return func(*args, **kwargs).first_page_raw()

    return wrapped


def async_pager_to_raw(func: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """An async list operation returning its first page's RawResponse (``parse()`` gives the Page)."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return await func(*args, **kwargs).first_page_raw()

    return wrapped
