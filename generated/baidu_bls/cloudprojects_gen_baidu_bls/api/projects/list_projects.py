from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_list_envelope import ProjectListEnvelope
from ...models.project_list_request import ProjectListRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: ProjectListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/project/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectListEnvelope | None:
    if response.status_code == 200:
        response_200 = ProjectListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectListEnvelope]:
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
    body: ProjectListRequest,
) -> Response[ErrorResponse | ProjectListEnvelope]:
    """List projects

     `POST /v1/project/list` — list the caller's projects in the region, filtered by keywords in
    `name` / `description`, sorted by `orderBy` / `order`, one page at a time (`pageNo` is 1-based,
    `pageSize` items per page; both sent in the JSON body, not the query string). Ask for the next
    page while `pageNo * pageSize < total`. The result also carries the account's default project.
    The success status is not documented; 200 is assumed.
    Docs: https://cloud.baidu.com/doc/BLS/s/gmhybgn6n-en

    Args:
        body (ProjectListRequest): Body of `list_projects`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectListRequest,
) -> ErrorResponse | ProjectListEnvelope | None:
    """List projects

     `POST /v1/project/list` — list the caller's projects in the region, filtered by keywords in
    `name` / `description`, sorted by `orderBy` / `order`, one page at a time (`pageNo` is 1-based,
    `pageSize` items per page; both sent in the JSON body, not the query string). Ask for the next
    page while `pageNo * pageSize < total`. The result also carries the account's default project.
    The success status is not documented; 200 is assumed.
    Docs: https://cloud.baidu.com/doc/BLS/s/gmhybgn6n-en

    Args:
        body (ProjectListRequest): Body of `list_projects`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectListRequest,
) -> Response[ErrorResponse | ProjectListEnvelope]:
    """List projects

     `POST /v1/project/list` — list the caller's projects in the region, filtered by keywords in
    `name` / `description`, sorted by `orderBy` / `order`, one page at a time (`pageNo` is 1-based,
    `pageSize` items per page; both sent in the JSON body, not the query string). Ask for the next
    page while `pageNo * pageSize < total`. The result also carries the account's default project.
    The success status is not documented; 200 is assumed.
    Docs: https://cloud.baidu.com/doc/BLS/s/gmhybgn6n-en

    Args:
        body (ProjectListRequest): Body of `list_projects`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectListRequest,
) -> ErrorResponse | ProjectListEnvelope | None:
    """List projects

     `POST /v1/project/list` — list the caller's projects in the region, filtered by keywords in
    `name` / `description`, sorted by `orderBy` / `order`, one page at a time (`pageNo` is 1-based,
    `pageSize` items per page; both sent in the JSON body, not the query string). Ask for the next
    page while `pageNo * pageSize < total`. The result also carries the account's default project.
    The success status is not documented; 200 is assumed.
    Docs: https://cloud.baidu.com/doc/BLS/s/gmhybgn6n-en

    Args:
        body (ProjectListRequest): Body of `list_projects`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
