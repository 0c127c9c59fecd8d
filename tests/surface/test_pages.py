"""Issue 10, point 5: pages. ``projects.list(...)`` still iterates items lazily, and ``.pages()`` yields Page objects
with ``items``, the provider's ``total`` (where it reports one), the ``next`` cursor and the page's ``request_id``.
Sync and async, every provider; ``with_raw_response.list(...)`` gives the first page.
"""

from __future__ import annotations

from typing import Any

import pytest
from surface_support import OPERATIONS, PROVIDERS, REQUEST_ID_HEADER, Wire, make_client, prepare

from cloudprojects import sim
from cloudprojects._core.pagination import AsyncPager, Page, SyncPager
from cloudprojects._core.response import RawResponse

REPORTS_TOTAL = {
    "aliyun_sls": True,  # total
    "microvisualizer": True,  # total
    "baidu_bls": True,  # total / totalCount
    "gcore_cloud": True,  # count
    "ncp_media_intelligence": False,  # one page, no total
}
PAGED = {provider: provider != "ncp_media_intelligence" for provider in PROVIDERS}
LIST = {provider: next(op for op in OPERATIONS[provider] if op.name == "list") for provider in PROVIDERS}


def dump(item: Any) -> Any:
    return item.to_dict()


def name(item: Any) -> str:
    return str(getattr(item, "project_name", None) or item.name)


def setup(provider: str, asynchronous: bool) -> tuple[Wire, Any]:
    simulator = sim.create(provider)
    prepare(provider, simulator, more=4)
    wire = Wire(simulator)
    return wire, make_client(provider, wire, asynchronous, simulator)


async def all_pages(pager: Any, asynchronous: bool) -> list[Page[Any]]:
    if asynchronous:
        return [page async for page in pager.pages()]
    return list(pager.pages())


async def all_items(pager: Any, asynchronous: bool) -> list[Any]:
    if asynchronous:
        return [item async for item in pager]
    return list(pager)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_pages_carry_items_total_next_and_request_id(provider: str, asynchronous: bool) -> None:
    wire, client = setup(provider, asynchronous)
    pager = LIST[provider].call(client.projects, {})
    assert isinstance(pager, AsyncPager if asynchronous else SyncPager)
    assert wire.requests == []  # nothing sent before a page or an item is asked for

    pages = await all_pages(pager, asynchronous)
    assert all(isinstance(page, Page) for page in pages)
    assert len(wire.requests) == len(pages) == len(wire.responses)
    items = [item for page in pages for item in page.items]
    assert len(items) >= 5  # the prepared project, four more, and what the simulator starts with

    if PAGED[provider]:
        assert len(pages) >= 3  # page_size=2
        assert all(1 <= len(page.items) <= 2 for page in pages)
        cursors = [page.next for page in pages[:-1]]
        assert all(isinstance(cursor, int) for cursor in cursors)
        assert cursors == sorted(set(cursors))  # strictly advancing
    assert pages[-1].next is None

    for page in pages:
        assert page.total == (len(items) if REPORTS_TOTAL[provider] else None)

    header = REQUEST_ID_HEADER[provider]
    for page, response in zip(pages, wire.responses, strict=True):
        assert page.request_id == (response.headers[header] if header else None)
    if header:
        assert len({page.request_id for page in pages}) == len(pages)  # each page its own response

    # items, lazily, are the pages' items in order; a fresh pager fetches again
    wire.requests.clear()
    lazy = await all_items(LIST[provider].call(client.projects, {}), asynchronous)
    assert [dump(item) for item in lazy] == [dump(item) for item in items]
    assert len(wire.requests) == len(pages)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_item_iteration_fetches_one_page_at_a_time(provider: str, asynchronous: bool) -> None:
    wire, client = setup(provider, asynchronous)
    pager = LIST[provider].call(client.projects, {})
    first = await anext(pager) if asynchronous else next(pager)
    assert len(wire.requests) == 1
    second = await anext(pager) if asynchronous else next(pager)
    assert dump(first) != dump(second)
    rest = await all_items(pager, asynchronous)
    assert len(rest) >= 3
    if PAGED[provider]:
        assert len(wire.requests) >= 3


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_with_raw_response_list_gives_the_first_page(provider: str, asynchronous: bool) -> None:
    wire, client = setup(provider, asynchronous)
    pages = await all_pages(LIST[provider].call(client.projects, {}), asynchronous)
    wire.requests.clear()
    wire.responses.clear()

    result = LIST[provider].call(client.projects.with_raw_response, {})
    raw = await result if asynchronous else result
    assert isinstance(raw, RawResponse)
    assert len(wire.requests) == 1
    assert raw.http_request is wire.requests[0]
    assert raw.status_code == 200
    page = raw.parse()
    assert isinstance(page, Page)
    assert [dump(item) for item in page.items] == [dump(item) for item in pages[0].items]
    assert (page.next, page.total) == (pages[0].next, pages[0].total)
    header = REQUEST_ID_HEADER[provider]
    assert raw.request_id == page.request_id == (wire.responses[0].headers[header] if header else None)
    assert raw.retries_taken == 0


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_page_is_retried_like_any_call(provider: str, asynchronous: bool) -> None:
    wire, client = setup(provider, asynchronous)
    expected = await all_pages(LIST[provider].call(client.projects, {}), asynchronous)
    wire, client = setup(provider, asynchronous)
    wire.connect_errors(1)
    pages = await all_pages(LIST[provider].call(client.projects, {}), asynchronous)
    assert [[name(i) for i in p.items] for p in pages] == [[name(i) for i in p.items] for p in expected]
    assert len(wire.requests) == len(pages) + 1
