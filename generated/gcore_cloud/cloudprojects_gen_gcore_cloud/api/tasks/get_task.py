from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import Response, http_status


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cloud/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200

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
        response_429 = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | Task]:
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
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Task]:
    """Get task

     `GET /cloud/v1/tasks/{task_id}` — one asynchronous task, e.g. a project deletion started by
    `DELETE /cloud/v1/projects/{project_id}`. Poll it until `state` is `FINISHED` (done) or `ERROR`
    (failed; see `error`); `NEW` and `RUNNING` mean not yet. The official SDK polls every second.
    Docs: https://gcore.com/docs/api-reference/cloud/tasks/get-task,
    https://gcore.com/docs/developer-tools/rest-api/async-operations

    Args:
        task_id (str): Task ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Task | None:
    """Get task

     `GET /cloud/v1/tasks/{task_id}` — one asynchronous task, e.g. a project deletion started by
    `DELETE /cloud/v1/projects/{project_id}`. Poll it until `state` is `FINISHED` (done) or `ERROR`
    (failed; see `error`); `NEW` and `RUNNING` mean not yet. The official SDK polls every second.
    Docs: https://gcore.com/docs/api-reference/cloud/tasks/get-task,
    https://gcore.com/docs/developer-tools/rest-api/async-operations

    Args:
        task_id (str): Task ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Task]:
    """Get task

     `GET /cloud/v1/tasks/{task_id}` — one asynchronous task, e.g. a project deletion started by
    `DELETE /cloud/v1/projects/{project_id}`. Poll it until `state` is `FINISHED` (done) or `ERROR`
    (failed; see `error`); `NEW` and `RUNNING` mean not yet. The official SDK polls every second.
    Docs: https://gcore.com/docs/api-reference/cloud/tasks/get-task,
    https://gcore.com/docs/developer-tools/rest-api/async-operations

    Args:
        task_id (str): Task ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Task | None:
    """Get task

     `GET /cloud/v1/tasks/{task_id}` — one asynchronous task, e.g. a project deletion started by
    `DELETE /cloud/v1/projects/{project_id}`. Poll it until `state` is `FINISHED` (done) or `ERROR`
    (failed; see `error`); `NEW` and `RUNNING` mean not yet. The official SDK polls every second.
    Docs: https://gcore.com/docs/api-reference/cloud/tasks/get-task,
    https://gcore.com/docs/developer-tools/rest-api/async-operations

    Args:
        task_id (str): Task ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
