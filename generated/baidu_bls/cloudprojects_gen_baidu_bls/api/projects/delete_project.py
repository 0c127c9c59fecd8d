from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response, http_status


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/project/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EmptyEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmptyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[Any | EmptyEnvelope | ErrorResponse]:
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EmptyEnvelope | ErrorResponse]:
    """Delete a project

     `DELETE /v1/project/{uuid}` — delete an empty project. A project that still contains logstores
    is refused with 409 `ProjectLogStoreNotEmpty` ("has logstore in project"). Deleting again
    presumably returns 404 `ProjectNotFound` (unconfirmed).

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/7mhybgn2a-en

    Args:
        uuid (UUID): Project UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EmptyEnvelope | ErrorResponse | None:
    """Delete a project

     `DELETE /v1/project/{uuid}` — delete an empty project. A project that still contains logstores
    is refused with 409 `ProjectLogStoreNotEmpty` ("has logstore in project"). Deleting again
    presumably returns 404 `ProjectNotFound` (unconfirmed).

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/7mhybgn2a-en

    Args:
        uuid (UUID): Project UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyEnvelope | ErrorResponse
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EmptyEnvelope | ErrorResponse]:
    """Delete a project

     `DELETE /v1/project/{uuid}` — delete an empty project. A project that still contains logstores
    is refused with 409 `ProjectLogStoreNotEmpty` ("has logstore in project"). Deleting again
    presumably returns 404 `ProjectNotFound` (unconfirmed).

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/7mhybgn2a-en

    Args:
        uuid (UUID): Project UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EmptyEnvelope | ErrorResponse | None:
    """Delete a project

     `DELETE /v1/project/{uuid}` — delete an empty project. A project that still contains logstores
    is refused with 409 `ProjectLogStoreNotEmpty` ("has logstore in project"). Deleting again
    presumably returns 404 `ProjectNotFound` (unconfirmed).

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/7mhybgn2a-en

    Args:
        uuid (UUID): Project UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
