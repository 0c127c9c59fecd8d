"""Generic pagination: lazy, stops at the end, on an empty page, and on a cursor that does not advance."""

from __future__ import annotations

from typing import Any

from cloudprojects._core.pagination import Page, aiterate, iterate


def test_iterates_lazily_until_the_last_cursor() -> None:
    fetched: list[int] = []

    def fetch(cursor: int) -> Page[int]:
        fetched.append(cursor)
        return Page([cursor * 10, cursor * 10 + 1], cursor + 1 if cursor < 2 else None)

    items = iterate(0, fetch)
    assert fetched == []
    assert next(items) == 0
    assert fetched == [0]
    assert list(items) == [1, 10, 11, 20, 21]
    assert fetched == [0, 1, 2]


def test_stops_on_empty_page_and_on_a_repeated_cursor() -> None:
    assert list(iterate(0, lambda _: Page([], 1))) == []
    calls: list[Any] = []

    def stuck(cursor: int) -> Page[str]:
        calls.append(cursor)
        return Page(["x"], cursor)

    assert list(iterate(5, stuck)) == ["x"]
    assert calls == [5]


async def test_async_iteration() -> None:
    async def fetch(cursor: int) -> Page[int]:
        return Page([cursor], cursor + 1 if cursor < 3 else None)

    assert [i async for i in aiterate(1, fetch)] == [1, 2, 3]
