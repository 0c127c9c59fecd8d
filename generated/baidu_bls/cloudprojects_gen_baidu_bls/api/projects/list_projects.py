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
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = ProjectListEnvelope.from_dict(_response_200)

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

    if response.status_code == 403:
        _response_403 = response.json()
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = ErrorResponse.from_dict(_response_403)

        return response_403

    if response.status_code == 413:
        _response_413 = response.json()
        if not isinstance(_response_413, dict):
            raise TypeError(f"response_413: expected object, got {type(_response_413).__name__}")
        response_413 = ErrorResponse.from_dict(_response_413)

        return response_413

    if response.status_code == 429:
        _response_429 = response.json()
        if not isinstance(_response_429, dict):
            raise TypeError(f"response_429: expected object, got {type(_response_429).__name__}")
        response_429 = ErrorResponse.from_dict(_response_429)

        return response_429

    if response.status_code == 500:
        _response_500 = response.json()
        if not isinstance(_response_500, dict):
            raise TypeError(f"response_500: expected object, got {type(_response_500).__name__}")
        response_500 = ErrorResponse.from_dict(_response_500)

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        if not isinstance(_response_503, dict):
            raise TypeError(f"response_503: expected object, got {type(_response_503).__name__}")
        response_503 = ErrorResponse.from_dict(_response_503)

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
