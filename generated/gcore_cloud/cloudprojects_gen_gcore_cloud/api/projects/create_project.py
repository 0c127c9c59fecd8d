from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project import Project
from ...models.project_create_request import ProjectCreateRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: ProjectCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cloud/v1/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 403:
        _response_403 = response.json()
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = ErrorResponse.from_dict(_response_403)

        return response_403

    if response.status_code == 409:
        _response_409 = response.json()
        if not isinstance(_response_409, dict):
            raise TypeError(f"response_409: expected object, got {type(_response_409).__name__}")
        response_409 = ErrorResponse.from_dict(_response_409)

        return response_409

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
    body: ProjectCreateRequest,
) -> Response[ErrorResponse | Project]:
    """Create project

     `POST /cloud/v1/projects` — create a project for the client (project management must be enabled
    for the client). Names are unique per client. Not idempotent: repeating the call with the same
    name fails. The success status is documented only as 2xx; 200 is assumed (unconfirmed).
    Docs: https://gcore.com/docs/api-reference/cloud/projects/create-project.md

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
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
    body: ProjectCreateRequest,
) -> ErrorResponse | Project | None:
    """Create project

     `POST /cloud/v1/projects` — create a project for the client (project management must be enabled
    for the client). Names are unique per client. Not idempotent: repeating the call with the same
    name fails. The success status is documented only as 2xx; 200 is assumed (unconfirmed).
    Docs: https://gcore.com/docs/api-reference/cloud/projects/create-project.md

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest,
) -> Response[ErrorResponse | Project]:
    """Create project

     `POST /cloud/v1/projects` — create a project for the client (project management must be enabled
    for the client). Names are unique per client. Not idempotent: repeating the call with the same
    name fails. The success status is documented only as 2xx; 200 is assumed (unconfirmed).
    Docs: https://gcore.com/docs/api-reference/cloud/projects/create-project.md

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest,
) -> ErrorResponse | Project | None:
    """Create project

     `POST /cloud/v1/projects` — create a project for the client (project management must be enabled
    for the client). Names are unique per client. Not idempotent: repeating the call with the same
    name fails. The success status is documented only as 2xx; 200 is assumed (unconfirmed).
    Docs: https://gcore.com/docs/api-reference/cloud/projects/create-project.md

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
