from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_page import ProjectPage
from ...models.rate_limit_error_response import RateLimitErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    page: int | Unset = 0,
    size: int | Unset = 20,
    pinned: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["pinned"] = pinned

    params["archived"] = archived

    params["createdBy"] = created_by

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectPage | RateLimitErrorResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = ProjectPage.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = ErrorResponse.from_dict(_response_400)

        return response_400

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
) -> Response[ErrorResponse | ProjectPage | RateLimitErrorResponse]:
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
    page: int | Unset = 0,
    size: int | Unset = 20,
    pinned: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPage | RateLimitErrorResponse]:
    """List projects

     `GET /v1/projects` — list the projects the caller can access, most recently updated first,
    without their services. Filters: `pinned`, `archived`, `createdBy` (member id) and `query`
    (case-insensitive partial name match). Page-number pagination, 0-based: request `page + 1`
    while the body's `last` is false (or while `page + 1 < totalPages`).
    Docs: https://docs.microvisualizer.com/api/operations/getprojects/

    Args:
        page (int | Unset): Page number (0-based). Default: 0.
        size (int | Unset): Number of items per page (1-100). Default: 20.
        pinned (bool | Unset): Filter by pinned status (for the calling member); omit for all
            projects.
        archived (bool | Unset): Filter by archived status; omit for all projects.
        created_by (str | Unset): Return only projects created by this member id.
        query (str | Unset): Search text matched against project names (case-insensitive partial
            match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPage | RateLimitErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        pinned=pinned,
        archived=archived,
        created_by=created_by,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    pinned: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ProjectPage | RateLimitErrorResponse | None:
    """List projects

     `GET /v1/projects` — list the projects the caller can access, most recently updated first,
    without their services. Filters: `pinned`, `archived`, `createdBy` (member id) and `query`
    (case-insensitive partial name match). Page-number pagination, 0-based: request `page + 1`
    while the body's `last` is false (or while `page + 1 < totalPages`).
    Docs: https://docs.microvisualizer.com/api/operations/getprojects/

    Args:
        page (int | Unset): Page number (0-based). Default: 0.
        size (int | Unset): Number of items per page (1-100). Default: 20.
        pinned (bool | Unset): Filter by pinned status (for the calling member); omit for all
            projects.
        archived (bool | Unset): Filter by archived status; omit for all projects.
        created_by (str | Unset): Return only projects created by this member id.
        query (str | Unset): Search text matched against project names (case-insensitive partial
            match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPage | RateLimitErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        pinned=pinned,
        archived=archived,
        created_by=created_by,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    pinned: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPage | RateLimitErrorResponse]:
    """List projects

     `GET /v1/projects` — list the projects the caller can access, most recently updated first,
    without their services. Filters: `pinned`, `archived`, `createdBy` (member id) and `query`
    (case-insensitive partial name match). Page-number pagination, 0-based: request `page + 1`
    while the body's `last` is false (or while `page + 1 < totalPages`).
    Docs: https://docs.microvisualizer.com/api/operations/getprojects/

    Args:
        page (int | Unset): Page number (0-based). Default: 0.
        size (int | Unset): Number of items per page (1-100). Default: 20.
        pinned (bool | Unset): Filter by pinned status (for the calling member); omit for all
            projects.
        archived (bool | Unset): Filter by archived status; omit for all projects.
        created_by (str | Unset): Return only projects created by this member id.
        query (str | Unset): Search text matched against project names (case-insensitive partial
            match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPage | RateLimitErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        pinned=pinned,
        archived=archived,
        created_by=created_by,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    size: int | Unset = 20,
    pinned: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ProjectPage | RateLimitErrorResponse | None:
    """List projects

     `GET /v1/projects` — list the projects the caller can access, most recently updated first,
    without their services. Filters: `pinned`, `archived`, `createdBy` (member id) and `query`
    (case-insensitive partial name match). Page-number pagination, 0-based: request `page + 1`
    while the body's `last` is false (or while `page + 1 < totalPages`).
    Docs: https://docs.microvisualizer.com/api/operations/getprojects/

    Args:
        page (int | Unset): Page number (0-based). Default: 0.
        size (int | Unset): Number of items per page (1-100). Default: 20.
        pinned (bool | Unset): Filter by pinned status (for the calling member); omit for all
            projects.
        archived (bool | Unset): Filter by archived status; omit for all projects.
        created_by (str | Unset): Return only projects created by this member id.
        query (str | Unset): Search text matched against project names (case-insensitive partial
            match).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPage | RateLimitErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            pinned=pinned,
            archived=archived,
            created_by=created_by,
            query=query,
        )
    ).parsed
