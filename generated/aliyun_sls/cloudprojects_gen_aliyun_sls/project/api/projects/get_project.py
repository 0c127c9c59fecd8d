from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project import Project
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    cross_region: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["crossRegion"] = cross_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Project | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = Project.from_dict(_response_200)

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

    if response.status_code == 404:
        _response_404 = response.json()
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = ErrorResponse.from_dict(_response_404)

        return response_404

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
) -> Response[ErrorResponse | Project]:
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
    cross_region: bool | Unset = UNSET,
) -> Response[ErrorResponse | Project]:
    """Get a project

     `GET /` on the project host (GetProject). Returns the project named by the Host.
    Docs: https://www.alibabacloud.com/help/doc-detail/74957.htm

    Args:
        cross_region (bool | Unset): Sent only by the generated SDK (alibabacloud-sls20201230);
            its semantics are undocumented (apparently: look the project up across regions). Leave
            unset unless you know you need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
    """

    kwargs = _get_kwargs(
        cross_region=cross_region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cross_region: bool | Unset = UNSET,
) -> ErrorResponse | Project | None:
    """Get a project

     `GET /` on the project host (GetProject). Returns the project named by the Host.
    Docs: https://www.alibabacloud.com/help/doc-detail/74957.htm

    Args:
        cross_region (bool | Unset): Sent only by the generated SDK (alibabacloud-sls20201230);
            its semantics are undocumented (apparently: look the project up across regions). Leave
            unset unless you know you need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return sync_detailed(
        client=client,
        cross_region=cross_region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cross_region: bool | Unset = UNSET,
) -> Response[ErrorResponse | Project]:
    """Get a project

     `GET /` on the project host (GetProject). Returns the project named by the Host.
    Docs: https://www.alibabacloud.com/help/doc-detail/74957.htm

    Args:
        cross_region (bool | Unset): Sent only by the generated SDK (alibabacloud-sls20201230);
            its semantics are undocumented (apparently: look the project up across regions). Leave
            unset unless you know you need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
    """

    kwargs = _get_kwargs(
        cross_region=cross_region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cross_region: bool | Unset = UNSET,
) -> ErrorResponse | Project | None:
    """Get a project

     `GET /` on the project host (GetProject). Returns the project named by the Host.
    Docs: https://www.alibabacloud.com/help/doc-detail/74957.htm

    Args:
        cross_region (bool | Unset): Sent only by the generated SDK (alibabacloud-sls20201230);
            its semantics are undocumented (apparently: look the project up across regions). Leave
            unset unless you know you need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return (
        await asyncio_detailed(
            client=client,
            cross_region=cross_region,
        )
    ).parsed
