from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_response import ErrorResponse
from ...models.project_update_request import ProjectUpdateRequest
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: ProjectUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/project",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EmptyEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = EmptyEnvelope.from_dict(_response_200)

        return response_200

    if response.status_code == 204:
        response_204 = None

        return response_204

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

    if response.status_code == 404:
        _response_404 = response.json()
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = ErrorResponse.from_dict(_response_404)

        return response_404

    if response.status_code == 413:
        _response_413 = response.json()
        if not isinstance(_response_413, dict):
            raise TypeError(f"response_413: expected object, got {type(_response_413).__name__}")
        response_413 = ErrorResponse.from_dict(_response_413)

        return response_413

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

    if response.status_code == 503:
        _response_503 = response.json()
        if not isinstance(_response_503, dict):
            raise TypeError(f"response_503: expected object, got {type(_response_503).__name__}")
        response_503 = ErrorResponse.from_dict(_response_503)

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
    body: ProjectUpdateRequest,
) -> Response[Any | EmptyEnvelope | ErrorResponse]:
    """Update a project

     `PUT /v1/project` — update a project's `description` and/or `top` (pinned) flag. The project is
    named by `uuid` in the JSON body; there is no uuid in the path. The name cannot be changed.
    Fields left out are not changed. Idempotent.

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/Mmhybgn8s-en (its table lists `description` twice, the
    second, Boolean, row being `top`; its example omits the required `uuid`).

    Args:
        body (ProjectUpdateRequest): Body of `update_project`. Only the fields given are changed;
            the name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyEnvelope | ErrorResponse]
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
    body: ProjectUpdateRequest,
) -> Any | EmptyEnvelope | ErrorResponse | None:
    """Update a project

     `PUT /v1/project` — update a project's `description` and/or `top` (pinned) flag. The project is
    named by `uuid` in the JSON body; there is no uuid in the path. The name cannot be changed.
    Fields left out are not changed. Idempotent.

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/Mmhybgn8s-en (its table lists `description` twice, the
    second, Boolean, row being `top`; its example omits the required `uuid`).

    Args:
        body (ProjectUpdateRequest): Body of `update_project`. Only the fields given are changed;
            the name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> Response[Any | EmptyEnvelope | ErrorResponse]:
    """Update a project

     `PUT /v1/project` — update a project's `description` and/or `top` (pinned) flag. The project is
    named by `uuid` in the JSON body; there is no uuid in the path. The name cannot be changed.
    Fields left out are not changed. Idempotent.

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/Mmhybgn8s-en (its table lists `description` twice, the
    second, Boolean, row being `top`; its example omits the required `uuid`).

    Args:
        body (ProjectUpdateRequest): Body of `update_project`. Only the fields given are changed;
            the name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> Any | EmptyEnvelope | ErrorResponse | None:
    """Update a project

     `PUT /v1/project` — update a project's `description` and/or `top` (pinned) flag. The project is
    named by `uuid` in the JSON body; there is no uuid in the path. The name cannot be changed.
    Fields left out are not changed. Idempotent.

    The docs show `HTTP/1.1 204` followed by a JSON envelope, but a 204 response cannot carry a
    body (RFC 9110; HTTP clients discard it), so both `200` with the envelope and `204` without
    content are modelled as success.
    Docs: https://cloud.baidu.com/doc/BLS/s/Mmhybgn8s-en (its table lists `description` twice, the
    second, Boolean, row being `top`; its example omits the required `uuid`).

    Args:
        body (ProjectUpdateRequest): Body of `update_project`. Only the fields given are changed;
            the name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
