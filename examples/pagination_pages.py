"""Pagination with pages: iterate items lazily, or page by page with the provider's total and request id.

`client.projects.list(...)` follows the provider's own pagination (here Gcore's `limit`/`offset`), fetching a
page only when the iteration needs it. `.pages()` yields the pages themselves: each has `items`, the
provider's `total` where it reports one, the `next` offset/page/token (`None` on the last page) and the
`request_id` of the response that carried it.
"""

from __future__ import annotations

from cloudprojects import gcore_cloud, sim


def run(client: gcore_cloud.Client) -> None:
    """Walk five projects two at a time, first page by page, then item by item."""
    for i in range(4):
        client.projects.create(name=f"paged-{i}")  # plus the default project: five in all

    seen = 0
    for number, page in enumerate(client.projects.list(page_size=2).pages(), start=1):
        seen += len(page.items)
        names = ", ".join(project.name for project in page.items)
        print(f"page {number}: {names} (next {page.next!r}, request id {page.request_id!r})")
        total = page.total
    print(f"total reported: {total}")
    print(f"items across pages: {seen}")
    print(f"items iterated directly: {sum(1 for _ in client.projects.list(page_size=2))}")


def main() -> None:
    with sim.serve("gcore_cloud") as server, gcore_cloud.Client(**server.client_kwargs()) as client:
        run(client)


if __name__ == "__main__":
    main()
