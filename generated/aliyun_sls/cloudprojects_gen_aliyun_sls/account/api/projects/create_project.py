from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 411:
        _response_411 = response.json()
        if not isinstance(_response_411, dict):
            raise TypeError(f"response_411: expected object, got {type(_response_411).__name__}")
        response_411 = ErrorResponse.from_dict(_response_411)

        return response_411

    if response.status_code == 415:
        _response_415 = response.json()
        if not isinstance(_response_415, dict):
            raise TypeError(f"response_415: expected object, got {type(_response_415).__name__}")
        response_415 = ErrorResponse.from_dict(_response_415)

        return response_415

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
    body: ProjectCreateRequest,
) -> Response[Any | ErrorResponse]:
    """Create a project

     `POST /` (CreateProject). Creates a project in the endpoint's region; the new name goes in the
    body (`projectName`). Succeeds with 200 and an empty body (`Content-Length: 0`).

    Host: this spec sends the request to the bare region endpoint `{endpoint}`, as the generated
    SDK (alibabacloud-sls20201230) does; the docs' sample and the legacy SDK (aliyun-log-python-sdk)
    send it to `{projectName}.{endpoint}` instead, and both forms are accepted (which one is
    canonical is unconfirmed). Not idempotent: repeating it returns 400 `ProjectAlreadyExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-createproject

    Args:
        body (ProjectCreateRequest): Body of CreateProject.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Create a project

     `POST /` (CreateProject). Creates a project in the endpoint's region; the new name goes in the
    body (`projectName`). Succeeds with 200 and an empty body (`Content-Length: 0`).

    Host: this spec sends the request to the bare region endpoint `{endpoint}`, as the generated
    SDK (alibabacloud-sls20201230) does; the docs' sample and the legacy SDK (aliyun-log-python-sdk)
    send it to `{projectName}.{endpoint}` instead, and both forms are accepted (which one is
    canonical is unconfirmed). Not idempotent: repeating it returns 400 `ProjectAlreadyExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-createproject

    Args:
        body (ProjectCreateRequest): Body of CreateProject.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest,
) -> Response[Any | ErrorResponse]:
    """Create a project

     `POST /` (CreateProject). Creates a project in the endpoint's region; the new name goes in the
    body (`projectName`). Succeeds with 200 and an empty body (`Content-Length: 0`).

    Host: this spec sends the request to the bare region endpoint `{endpoint}`, as the generated
    SDK (alibabacloud-sls20201230) does; the docs' sample and the legacy SDK (aliyun-log-python-sdk)
    send it to `{projectName}.{endpoint}` instead, and both forms are accepted (which one is
    canonical is unconfirmed). Not idempotent: repeating it returns 400 `ProjectAlreadyExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-createproject

    Args:
        body (ProjectCreateRequest): Body of CreateProject.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Create a project

     `POST /` (CreateProject). Creates a project in the endpoint's region; the new name goes in the
    body (`projectName`). Succeeds with 200 and an empty body (`Content-Length: 0`).

    Host: this spec sends the request to the bare region endpoint `{endpoint}`, as the generated
    SDK (alibabacloud-sls20201230) does; the docs' sample and the legacy SDK (aliyun-log-python-sdk)
    send it to `{projectName}.{endpoint}` instead, and both forms are accepted (which one is
    canonical is unconfirmed). Not idempotent: repeating it returns 400 `ProjectAlreadyExist`.
    Docs: https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-createproject

    Args:
        body (ProjectCreateRequest): Body of CreateProject.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
