from typing import Any, cast
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
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

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
        raise errors.UnexpectedResponseBody(response) from exc
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
