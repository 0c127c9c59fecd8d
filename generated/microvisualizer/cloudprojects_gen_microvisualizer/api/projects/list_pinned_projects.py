from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pinned_project import PinnedProject
from ...models.rate_limit_error_response import RateLimitErrorResponse
from ...types import Response, http_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pinned",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RateLimitErrorResponse | list[PinnedProject] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_pinned_project_list_item_data in _response_200:
            componentsschemas_pinned_project_list_item = PinnedProject.from_dict(
                componentsschemas_pinned_project_list_item_data
            )

            response_200.append(componentsschemas_pinned_project_list_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RateLimitErrorResponse | list[PinnedProject]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.UnexpectedResponseBody(response) from exc
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RateLimitErrorResponse | list[PinnedProject]]:
    """List pinned projects

     `GET /v1/pinned` — list the projects the calling member has pinned, most recently pinned
    first. Not paginated: the body is a bare JSON array of `PinnedProject` (project IDs only; fetch
    details with `get_project` or `list_projects` with `pinned=true`).
    Docs: https://docs.microvisualizer.com/api/

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitErrorResponse | list[PinnedProject]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RateLimitErrorResponse | list[PinnedProject] | None:
    """List pinned projects

     `GET /v1/pinned` — list the projects the calling member has pinned, most recently pinned
    first. Not paginated: the body is a bare JSON array of `PinnedProject` (project IDs only; fetch
    details with `get_project` or `list_projects` with `pinned=true`).
    Docs: https://docs.microvisualizer.com/api/

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitErrorResponse | list[PinnedProject]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RateLimitErrorResponse | list[PinnedProject]]:
    """List pinned projects

     `GET /v1/pinned` — list the projects the calling member has pinned, most recently pinned
    first. Not paginated: the body is a bare JSON array of `PinnedProject` (project IDs only; fetch
    details with `get_project` or `list_projects` with `pinned=true`).
    Docs: https://docs.microvisualizer.com/api/

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitErrorResponse | list[PinnedProject]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RateLimitErrorResponse | list[PinnedProject] | None:
    """List pinned projects

     `GET /v1/pinned` — list the projects the calling member has pinned, most recently pinned
    first. Not paginated: the body is a bare JSON array of `PinnedProject` (project IDs only; fetch
    details with `get_project` or `list_projects` with `pinned=true`).
    Docs: https://docs.microvisualizer.com/api/

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitErrorResponse | list[PinnedProject]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
