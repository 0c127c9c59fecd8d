from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_error_response import GatewayErrorResponse
from ...models.project_envelope import ProjectEnvelope
from ...models.project_update_request import ProjectUpdateRequest
from ...types import Response, http_status


def _get_kwargs(
    workspace_name: str,
    project_id: str,
    *,
    body: ProjectUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/workspaces/{workspace_name}/projects/{project_id}".format(
            workspace_name=quote(str(workspace_name), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayErrorResponse | ProjectEnvelope | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = ProjectEnvelope.from_dict(_response_200)

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_400: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_401: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_403: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_404: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_429: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorResponse | GatewayErrorResponse:
            if isinstance(data, dict):
                try:
                    _componentsschemas_any_error_response_type_0 = data
                    if not isinstance(_componentsschemas_any_error_response_type_0, dict):
                        raise TypeError(
                            f"/components/schemas/AnyErrorResponse_type_0: expected object, got {type(_componentsschemas_any_error_response_type_0).__name__}"
                        )
                    componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(
                        _componentsschemas_any_error_response_type_0
                    )

                    return componentsschemas_any_error_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                _componentsschemas_any_error_response_type_1 = data
                if not isinstance(_componentsschemas_any_error_response_type_1, dict):
                    raise TypeError(
                        f"/components/schemas/AnyErrorResponse_type_1: expected object, got {type(_componentsschemas_any_error_response_type_1).__name__}"
                    )
                componentsschemas_any_error_response_type_1 = GatewayErrorResponse.from_dict(
                    _componentsschemas_any_error_response_type_1
                )

                return componentsschemas_any_error_response_type_1
            raise TypeError(f"response_500: expected ErrorResponse | GatewayErrorResponse, got {type(data).__name__}")

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GatewayErrorResponse | ProjectEnvelope]:
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
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | ProjectEnvelope]:
    """Edit project information

     `PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}` — renames a project and returns
    it. `name` is the only editable field and is required, so this PATCH is in effect a full
    replacement of the editable fields. The default project (`isBaseProject: true`) cannot be edited
    (the error returned is not documented). Idempotent in effect.
    Docs: https://api.ncloud-docs.com/docs/en/maiu-update-projects

    Args:
        workspace_name (str): Workspace name (constraints not documented; non-empty, not `.` or
            `..`).
        project_id (str): Project ID as decimal digits (the integer `projectId` of response
            bodies), e.g. `1234`.
        body (ProjectUpdateRequest): Body of `update_project`. `name` is required: it is the only
            editable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | ProjectEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> ErrorResponse | GatewayErrorResponse | ProjectEnvelope | None:
    """Edit project information

     `PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}` — renames a project and returns
    it. `name` is the only editable field and is required, so this PATCH is in effect a full
    replacement of the editable fields. The default project (`isBaseProject: true`) cannot be edited
    (the error returned is not documented). Idempotent in effect.
    Docs: https://api.ncloud-docs.com/docs/en/maiu-update-projects

    Args:
        workspace_name (str): Workspace name (constraints not documented; non-empty, not `.` or
            `..`).
        project_id (str): Project ID as decimal digits (the integer `projectId` of response
            bodies), e.g. `1234`.
        body (ProjectUpdateRequest): Body of `update_project`. `name` is required: it is the only
            editable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | ProjectEnvelope
    """

    return sync_detailed(
        workspace_name=workspace_name,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> Response[ErrorResponse | GatewayErrorResponse | ProjectEnvelope]:
    """Edit project information

     `PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}` — renames a project and returns
    it. `name` is the only editable field and is required, so this PATCH is in effect a full
    replacement of the editable fields. The default project (`isBaseProject: true`) cannot be edited
    (the error returned is not documented). Idempotent in effect.
    Docs: https://api.ncloud-docs.com/docs/en/maiu-update-projects

    Args:
        workspace_name (str): Workspace name (constraints not documented; non-empty, not `.` or
            `..`).
        project_id (str): Project ID as decimal digits (the integer `projectId` of response
            bodies), e.g. `1234`.
        body (ProjectUpdateRequest): Body of `update_project`. `name` is required: it is the only
            editable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayErrorResponse | ProjectEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_name=workspace_name,
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_name: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdateRequest,
) -> ErrorResponse | GatewayErrorResponse | ProjectEnvelope | None:
    """Edit project information

     `PATCH /api/v1/workspaces/{workspace_name}/projects/{project_id}` — renames a project and returns
    it. `name` is the only editable field and is required, so this PATCH is in effect a full
    replacement of the editable fields. The default project (`isBaseProject: true`) cannot be edited
    (the error returned is not documented). Idempotent in effect.
    Docs: https://api.ncloud-docs.com/docs/en/maiu-update-projects

    Args:
        workspace_name (str): Workspace name (constraints not documented; non-empty, not `.` or
            `..`).
        project_id (str): Project ID as decimal digits (the integer `projectId` of response
            bodies), e.g. `1234`.
        body (ProjectUpdateRequest): Body of `update_project`. `name` is required: it is the only
            editable field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayErrorResponse | ProjectEnvelope
    """

    return (
        await asyncio_detailed(
            workspace_name=workspace_name,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
