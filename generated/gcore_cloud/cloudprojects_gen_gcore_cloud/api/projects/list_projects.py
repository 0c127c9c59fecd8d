from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_list import ProjectList
from ...models.project_order_by import ProjectOrderBy
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    order_by: ProjectOrderBy | Unset = UNSET,
    client_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["name"] = name

    params["include_deleted"] = include_deleted

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cloud/v1/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectList | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = ProjectList.from_dict(_response_200)

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

    if response.status_code == 422:
        _response_422 = response.json()
        if not isinstance(_response_422, dict):
            raise TypeError(f"response_422: expected object, got {type(_response_422).__name__}")
        response_422 = ErrorResponse.from_dict(_response_422)

        return response_422

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectList]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    order_by: ProjectOrderBy | Unset = UNSET,
    client_id: int | Unset = UNSET,
) -> Response[ErrorResponse | ProjectList]:
    """List projects

     `GET /cloud/v1/projects` — list the client's projects, newest first by default, with offset
    pagination: the body gives `count` (total matching) and a page of `results`; request the next page
    with `offset = offset + len(results)` while that is below `count`.
    Docs: https://gcore.com/docs/api-reference/cloud/projects/list-projects

    Args:
        limit (int | Unset): Maximum number of projects to return (page size), 1-1000. Default:
            100.
        offset (int | Unset): Number of projects to skip before the first one returned. Default:
            0.
        name (str | Unset): Return only projects with this name (filter).
        include_deleted (bool | Unset): Also return deleted projects. Default: False.
        order_by (ProjectOrderBy | Unset): Sort order for `list_projects` (field and direction).
        client_id (int | Unset): Return the projects of this client (account) ID;
            administrator/reseller tokens only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name=name,
        include_deleted=include_deleted,
        order_by=order_by,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    order_by: ProjectOrderBy | Unset = UNSET,
    client_id: int | Unset = UNSET,
) -> ErrorResponse | ProjectList | None:
    """List projects

     `GET /cloud/v1/projects` — list the client's projects, newest first by default, with offset
    pagination: the body gives `count` (total matching) and a page of `results`; request the next page
    with `offset = offset + len(results)` while that is below `count`.
    Docs: https://gcore.com/docs/api-reference/cloud/projects/list-projects

    Args:
        limit (int | Unset): Maximum number of projects to return (page size), 1-1000. Default:
            100.
        offset (int | Unset): Number of projects to skip before the first one returned. Default:
            0.
        name (str | Unset): Return only projects with this name (filter).
        include_deleted (bool | Unset): Also return deleted projects. Default: False.
        order_by (ProjectOrderBy | Unset): Sort order for `list_projects` (field and direction).
        client_id (int | Unset): Return the projects of this client (account) ID;
            administrator/reseller tokens only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        name=name,
        include_deleted=include_deleted,
        order_by=order_by,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    order_by: ProjectOrderBy | Unset = UNSET,
    client_id: int | Unset = UNSET,
) -> Response[ErrorResponse | ProjectList]:
    """List projects

     `GET /cloud/v1/projects` — list the client's projects, newest first by default, with offset
    pagination: the body gives `count` (total matching) and a page of `results`; request the next page
    with `offset = offset + len(results)` while that is below `count`.
    Docs: https://gcore.com/docs/api-reference/cloud/projects/list-projects

    Args:
        limit (int | Unset): Maximum number of projects to return (page size), 1-1000. Default:
            100.
        offset (int | Unset): Number of projects to skip before the first one returned. Default:
            0.
        name (str | Unset): Return only projects with this name (filter).
        include_deleted (bool | Unset): Also return deleted projects. Default: False.
        order_by (ProjectOrderBy | Unset): Sort order for `list_projects` (field and direction).
        client_id (int | Unset): Return the projects of this client (account) ID;
            administrator/reseller tokens only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name=name,
        include_deleted=include_deleted,
        order_by=order_by,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    order_by: ProjectOrderBy | Unset = UNSET,
    client_id: int | Unset = UNSET,
) -> ErrorResponse | ProjectList | None:
    """List projects

     `GET /cloud/v1/projects` — list the client's projects, newest first by default, with offset
    pagination: the body gives `count` (total matching) and a page of `results`; request the next page
    with `offset = offset + len(results)` while that is below `count`.
    Docs: https://gcore.com/docs/api-reference/cloud/projects/list-projects

    Args:
        limit (int | Unset): Maximum number of projects to return (page size), 1-1000. Default:
            100.
        offset (int | Unset): Number of projects to skip before the first one returned. Default:
            0.
        name (str | Unset): Return only projects with this name (filter).
        include_deleted (bool | Unset): Also return deleted projects. Default: False.
        order_by (ProjectOrderBy | Unset): Sort order for `list_projects` (field and direction).
        client_id (int | Unset): Return the projects of this client (account) ID;
            administrator/reseller tokens only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            name=name,
            include_deleted=include_deleted,
            order_by=order_by,
            client_id=client_id,
        )
    ).parsed
