from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rate_limit_error_response import RateLimitErrorResponse
from ...types import Response, http_status


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | RateLimitErrorResponse | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

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
) -> Response[Any | ErrorResponse | RateLimitErrorResponse]:
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
) -> Response[Any | ErrorResponse | RateLimitErrorResponse]:
    """Delete project

     `DELETE /v1/projects/{projectId}` — permanently delete a project and all its data (services,
    messaging topics, categories, owners, flows, relationships). Cannot be undone; consider
    archiving instead (`update_project` with `archived: true`). Answers 204 with no body; a
    repeated delete gets 404.
    Docs: https://docs.microvisualizer.com/api/operations/deleteproject/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RateLimitErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | RateLimitErrorResponse | None:
    """Delete project

     `DELETE /v1/projects/{projectId}` — permanently delete a project and all its data (services,
    messaging topics, categories, owners, flows, relationships). Cannot be undone; consider
    archiving instead (`update_project` with `archived: true`). Answers 204 with no body; a
    repeated delete gets 404.
    Docs: https://docs.microvisualizer.com/api/operations/deleteproject/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RateLimitErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | RateLimitErrorResponse]:
    """Delete project

     `DELETE /v1/projects/{projectId}` — permanently delete a project and all its data (services,
    messaging topics, categories, owners, flows, relationships). Cannot be undone; consider
    archiving instead (`update_project` with `archived: true`). Answers 204 with no body; a
    repeated delete gets 404.
    Docs: https://docs.microvisualizer.com/api/operations/deleteproject/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RateLimitErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | RateLimitErrorResponse | None:
    """Delete project

     `DELETE /v1/projects/{projectId}` — permanently delete a project and all its data (services,
    messaging topics, categories, owners, flows, relationships). Cannot be undone; consider
    archiving instead (`update_project` with `archived: true`). Answers 204 with no body; a
    repeated delete gets 404.
    Docs: https://docs.microvisualizer.com/api/operations/deleteproject/

    Args:
        project_id (str): Project identifier, e.g. `my-project-a1b2c`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RateLimitErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
