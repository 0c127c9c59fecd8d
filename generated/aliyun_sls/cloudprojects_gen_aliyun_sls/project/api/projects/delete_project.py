from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    force_delete: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["forceDelete"] = force_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = None

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    force_delete: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a project

     `DELETE /` on the project host (DeleteProject). Deletes the project and, irreversibly, all its
    data (Logstores, logs, dashboards, ...). Succeeds with 200 and an empty body (the newest doc
    sample shows `{}`; any body is ignored). Deleting a missing project returns 404 `ProjectNotExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-deleteproject

    Args:
        force_delete (bool | Unset): Whether to force the deletion (server default false).
            Documented only as a boolean switch in the newest DeleteProject doc and the generated SDK;
            the legacy SDK never sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        force_delete=force_delete,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a project

     `DELETE /` on the project host (DeleteProject). Deletes the project and, irreversibly, all its
    data (Logstores, logs, dashboards, ...). Succeeds with 200 and an empty body (the newest doc
    sample shows `{}`; any body is ignored). Deleting a missing project returns 404 `ProjectNotExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-deleteproject

    Args:
        force_delete (bool | Unset): Whether to force the deletion (server default false).
            Documented only as a boolean switch in the newest DeleteProject doc and the generated SDK;
            the legacy SDK never sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        force_delete=force_delete,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a project

     `DELETE /` on the project host (DeleteProject). Deletes the project and, irreversibly, all its
    data (Logstores, logs, dashboards, ...). Succeeds with 200 and an empty body (the newest doc
    sample shows `{}`; any body is ignored). Deleting a missing project returns 404 `ProjectNotExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-deleteproject

    Args:
        force_delete (bool | Unset): Whether to force the deletion (server default false).
            Documented only as a boolean switch in the newest DeleteProject doc and the generated SDK;
            the legacy SDK never sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        force_delete=force_delete,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a project

     `DELETE /` on the project host (DeleteProject). Deletes the project and, irreversibly, all its
    data (Logstores, logs, dashboards, ...). Succeeds with 200 and an empty body (the newest doc
    sample shows `{}`; any body is ignored). Deleting a missing project returns 404 `ProjectNotExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-deleteproject

    Args:
        force_delete (bool | Unset): Whether to force the deletion (server default false).
            Documented only as a boolean switch in the newest DeleteProject doc and the generated SDK;
            the legacy SDK never sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            force_delete=force_delete,
        )
    ).parsed
