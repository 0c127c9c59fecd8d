from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_response import ErrorResponse
from ...models.project_create_request import ProjectCreateRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: ProjectCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/project",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmptyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EmptyEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[EmptyEnvelope | ErrorResponse]:
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
    body: ProjectCreateRequest,
) -> Response[EmptyEnvelope | ErrorResponse]:
    """Create a project

     `POST /v1/project` — create a project. The name must be unique per account and region, at most
    128 characters of `a-z A-Z 0-9 _ - .`. The documented success is `201` with an envelope that has
    no `result` (the new project's uuid is not returned: find it with `list_projects`); `200` is
    accepted too. Creating an existing name fails with 409 `ProjectAlreadyExist`. Not idempotent.
    Docs: https://cloud.baidu.com/doc/BLS/s/2mhybgn4f-en (its request example sends `"project"`
    instead of `"name"`; the parameter table and the Go SDK use `name`, as modelled here).

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorResponse]
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
) -> EmptyEnvelope | ErrorResponse | None:
    """Create a project

     `POST /v1/project` — create a project. The name must be unique per account and region, at most
    128 characters of `a-z A-Z 0-9 _ - .`. The documented success is `201` with an envelope that has
    no `result` (the new project's uuid is not returned: find it with `list_projects`); `200` is
    accepted too. Creating an existing name fails with 409 `ProjectAlreadyExist`. Not idempotent.
    Docs: https://cloud.baidu.com/doc/BLS/s/2mhybgn4f-en (its request example sends `"project"`
    instead of `"name"`; the parameter table and the Go SDK use `name`, as modelled here).

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest,
) -> Response[EmptyEnvelope | ErrorResponse]:
    """Create a project

     `POST /v1/project` — create a project. The name must be unique per account and region, at most
    128 characters of `a-z A-Z 0-9 _ - .`. The documented success is `201` with an envelope that has
    no `result` (the new project's uuid is not returned: find it with `list_projects`); `200` is
    accepted too. Creating an existing name fails with 409 `ProjectAlreadyExist`. Not idempotent.
    Docs: https://cloud.baidu.com/doc/BLS/s/2mhybgn4f-en (its request example sends `"project"`
    instead of `"name"`; the parameter table and the Go SDK use `name`, as modelled here).

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorResponse]
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
) -> EmptyEnvelope | ErrorResponse | None:
    """Create a project

     `POST /v1/project` — create a project. The name must be unique per account and region, at most
    128 characters of `a-z A-Z 0-9 _ - .`. The documented success is `201` with an envelope that has
    no `result` (the new project's uuid is not returned: find it with `list_projects`); `200` is
    accepted too. Creating an existing name fails with 409 `ProjectAlreadyExist`. Not idempotent.
    Docs: https://cloud.baidu.com/doc/BLS/s/2mhybgn4f-en (its request example sends `"project"`
    instead of `"name"`; the parameter table and the Go SDK use `name`, as modelled here).

    Args:
        body (ProjectCreateRequest): Body of `create_project`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
