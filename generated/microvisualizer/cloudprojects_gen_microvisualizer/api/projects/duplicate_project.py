from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project import Project
from ...models.project_duplicate_request import ProjectDuplicateRequest
from ...models.rate_limit_error_response import RateLimitErrorResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectDuplicateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/duplicate".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse | None:
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
        response_400 = ValidationErrorResponse.from_dict(_response_400)

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
) -> Response[ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse]:
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
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectDuplicateRequest | Unset = UNSET,
) -> Response[ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse]:
    """Duplicate project

     `POST /v1/projects/{projectId}/duplicate` — create a complete copy of a project, including
    all services, messaging topics, categories, owners, flows and relationships. The body is
    optional; without a `name` the copy gets the source project's name. Answers 200 with the new
    project. Not idempotent.
    Docs: https://docs.microvisualizer.com/api/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.
        body (ProjectDuplicateRequest | Unset): Optional body of `duplicate_project`
            (`ProjectDuplicate` in the provider's document).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectDuplicateRequest | Unset = UNSET,
) -> ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse | None:
    """Duplicate project

     `POST /v1/projects/{projectId}/duplicate` — create a complete copy of a project, including
    all services, messaging topics, categories, owners, flows and relationships. The body is
    optional; without a `name` the copy gets the source project's name. Answers 200 with the new
    project. Not idempotent.
    Docs: https://docs.microvisualizer.com/api/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.
        body (ProjectDuplicateRequest | Unset): Optional body of `duplicate_project`
            (`ProjectDuplicate` in the provider's document).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectDuplicateRequest | Unset = UNSET,
) -> Response[ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse]:
    """Duplicate project

     `POST /v1/projects/{projectId}/duplicate` — create a complete copy of a project, including
    all services, messaging topics, categories, owners, flows and relationships. The body is
    optional; without a `name` the copy gets the source project's name. Answers 200 with the new
    project. Not idempotent.
    Docs: https://docs.microvisualizer.com/api/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.
        body (ProjectDuplicateRequest | Unset): Optional body of `duplicate_project`
            (`ProjectDuplicate` in the provider's document).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectDuplicateRequest | Unset = UNSET,
) -> ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse | None:
    """Duplicate project

     `POST /v1/projects/{projectId}/duplicate` — create a complete copy of a project, including
    all services, messaging topics, categories, owners, flows and relationships. The body is
    optional; without a `name` the copy gets the source project's name. Answers 200 with the new
    project. Not idempotent.
    Docs: https://docs.microvisualizer.com/api/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.
        body (ProjectDuplicateRequest | Unset): Optional body of `duplicate_project`
            (`ProjectDuplicate` in the provider's document).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project | RateLimitErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
