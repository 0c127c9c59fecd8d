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
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"response_200: expected list, got {type(_response_200).__name__}")
        response_200 = []
        for componentsschemas_pinned_project_list_item_data in _response_200:
            _componentsschemas_pinned_project_list_item = componentsschemas_pinned_project_list_item_data
            if not isinstance(_componentsschemas_pinned_project_list_item, dict):
                raise TypeError(
                    f"/components/schemas/PinnedProjectList_item: expected object, got {type(_componentsschemas_pinned_project_list_item).__name__}"
                )
            componentsschemas_pinned_project_list_item = PinnedProject.from_dict(
                _componentsschemas_pinned_project_list_item
            )

            response_200.append(componentsschemas_pinned_project_list_item)

        return response_200

    if response.status_code == 401:
        _response_401 = response.json()
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = ErrorResponse.from_dict(_response_401)

        return response_401

    if response.status_code == 429:
        _response_429 = response.json()
        if not isinstance(_response_429, dict):
            raise TypeError(f"response_429: expected object, got {type(_response_429).__name__}")
        response_429 = RateLimitErrorResponse.from_dict(_response_429)

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        if not isinstance(_response_500, dict):
            raise TypeError(f"response_500: expected object, got {type(_response_500).__name__}")
        response_500 = ErrorResponse.from_dict(_response_500)

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
        raise errors.UnexpectedResponseBody(response, exc) from exc
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
