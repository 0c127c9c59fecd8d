from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_list import ProjectList
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    size: int | Unset = 100,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    resource_group_id: str | Unset = UNSET,
    fetch_quota: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["size"] = size

    params["projectName"] = project_name

    params["description"] = description

    params["resourceGroupId"] = resource_group_id

    params["fetchQuota"] = fetch_quota

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
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
    offset: int | Unset = 0,
    size: int | Unset = 100,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    resource_group_id: str | Unset = UNSET,
    fetch_quota: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectList]:
    """List projects

     `GET /` on the region endpoint (ListProject). Returns one page of the account's projects in the
    region, optionally filtered by name, description or resource group. Page with `offset`/`size`:
    the next page starts at `offset + count`; stop when `count` is 0 or `offset >= total`.
    Docs: https://www.alibabacloud.com/help/doc-detail/74955.htm

    Args:
        offset (int | Unset): Zero-based index of the first project to return. Default: 0.
        size (int | Unset): Maximum number of projects on this page (1-500). Default: 100.
        project_name (str | Unset): Fuzzy filter: return only projects whose name contains this
            string.
        description (str | Unset): Fuzzy filter: return only projects whose description contains
            this string.
        resource_group_id (str | Unset): Return only projects in this resource group. An empty
            value means no filter.
        fetch_quota (bool | Unset): Whether to include each project's `quota` object in the
            response (server default false; only the generated SDK alibabacloud-sls20201230 sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        size=size,
        project_name=project_name,
        description=description,
        resource_group_id=resource_group_id,
        fetch_quota=fetch_quota,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    size: int | Unset = 100,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    resource_group_id: str | Unset = UNSET,
    fetch_quota: bool | Unset = UNSET,
) -> ErrorResponse | ProjectList | None:
    """List projects

     `GET /` on the region endpoint (ListProject). Returns one page of the account's projects in the
    region, optionally filtered by name, description or resource group. Page with `offset`/`size`:
    the next page starts at `offset + count`; stop when `count` is 0 or `offset >= total`.
    Docs: https://www.alibabacloud.com/help/doc-detail/74955.htm

    Args:
        offset (int | Unset): Zero-based index of the first project to return. Default: 0.
        size (int | Unset): Maximum number of projects on this page (1-500). Default: 100.
        project_name (str | Unset): Fuzzy filter: return only projects whose name contains this
            string.
        description (str | Unset): Fuzzy filter: return only projects whose description contains
            this string.
        resource_group_id (str | Unset): Return only projects in this resource group. An empty
            value means no filter.
        fetch_quota (bool | Unset): Whether to include each project's `quota` object in the
            response (server default false; only the generated SDK alibabacloud-sls20201230 sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        size=size,
        project_name=project_name,
        description=description,
        resource_group_id=resource_group_id,
        fetch_quota=fetch_quota,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    size: int | Unset = 100,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    resource_group_id: str | Unset = UNSET,
    fetch_quota: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectList]:
    """List projects

     `GET /` on the region endpoint (ListProject). Returns one page of the account's projects in the
    region, optionally filtered by name, description or resource group. Page with `offset`/`size`:
    the next page starts at `offset + count`; stop when `count` is 0 or `offset >= total`.
    Docs: https://www.alibabacloud.com/help/doc-detail/74955.htm

    Args:
        offset (int | Unset): Zero-based index of the first project to return. Default: 0.
        size (int | Unset): Maximum number of projects on this page (1-500). Default: 100.
        project_name (str | Unset): Fuzzy filter: return only projects whose name contains this
            string.
        description (str | Unset): Fuzzy filter: return only projects whose description contains
            this string.
        resource_group_id (str | Unset): Return only projects in this resource group. An empty
            value means no filter.
        fetch_quota (bool | Unset): Whether to include each project's `quota` object in the
            response (server default false; only the generated SDK alibabacloud-sls20201230 sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        size=size,
        project_name=project_name,
        description=description,
        resource_group_id=resource_group_id,
        fetch_quota=fetch_quota,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    size: int | Unset = 100,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    resource_group_id: str | Unset = UNSET,
    fetch_quota: bool | Unset = UNSET,
) -> ErrorResponse | ProjectList | None:
    """List projects

     `GET /` on the region endpoint (ListProject). Returns one page of the account's projects in the
    region, optionally filtered by name, description or resource group. Page with `offset`/`size`:
    the next page starts at `offset + count`; stop when `count` is 0 or `offset >= total`.
    Docs: https://www.alibabacloud.com/help/doc-detail/74955.htm

    Args:
        offset (int | Unset): Zero-based index of the first project to return. Default: 0.
        size (int | Unset): Maximum number of projects on this page (1-500). Default: 100.
        project_name (str | Unset): Fuzzy filter: return only projects whose name contains this
            string.
        description (str | Unset): Fuzzy filter: return only projects whose description contains
            this string.
        resource_group_id (str | Unset): Return only projects in this resource group. An empty
            value means no filter.
        fetch_quota (bool | Unset): Whether to include each project's `quota` object in the
            response (server default false; only the generated SDK alibabacloud-sls20201230 sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            size=size,
            project_name=project_name,
            description=description,
            resource_group_id=resource_group_id,
            fetch_quota=fetch_quota,
        )
    ).parsed
