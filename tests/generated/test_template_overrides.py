"""What the template overrides buy: odd statuses and bodies reach the caller as typed, inspectable results."""

from __future__ import annotations

import httpx
import pytest

from cloudprojects_gen_gcore_cloud import Client, errors
from cloudprojects_gen_gcore_cloud.api.projects import get_project
from cloudprojects_gen_gcore_cloud.models import Project


def _client(status: int, content: bytes, content_type: str = "application/json") -> Client:
    def handler(_: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type})

    return Client(base_url="https://api.gcore.com", httpx_args={"transport": httpx.MockTransport(handler)})


def test_unregistered_status_is_kept_as_int() -> None:
    response = get_project.sync_detailed(1, client=_client(520, b"<html>origin error</html>", "text/html"))
    assert response.status_code == 520
    assert response.parsed is None
    assert response.content == b"<html>origin error</html>"


def test_registered_status_is_an_httpstatus() -> None:
    body = b'{"exception_class": "NotFoundError", "message": "Project 0 could not be found"}'
    response = get_project.sync_detailed(1, client=_client(404, body))
    assert response.status_code.__class__.__name__ == "HTTPStatus"
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("status", "content", "content_type"),
    [
        (500, b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        (200, b'{"id": 1, "name": "tru', "application/json"),
        (200, b"", "application/json"),
        (200, b'{"id": 1}', "application/json"),
        (200, b"[1, 2]", "application/json"),
    ],
    ids=["html-error-page", "truncated-json", "empty-body", "missing-required-fields", "wrong-json-type"],
)
def test_unparseable_body_raises_typed_error_keeping_the_response(
    status: int, content: bytes, content_type: str
) -> None:
    with pytest.raises(errors.UnexpectedResponseBody) as caught:
        get_project.sync_detailed(1, client=_client(status, content, content_type))
    assert caught.value.response.status_code == status
    assert caught.value.content == content
    assert caught.value.__cause__ is not None
    assert f"status {status}" in str(caught.value)


def test_valid_body_still_parses() -> None:
    body = (
        b'{"client_id": 1, "created_at": "2019-12-31T23:59:59", "id": 1, "is_default": true,'
        b' "name": "default", "state": "ACTIVE"}'
    )
    response = get_project.sync_detailed(1, client=_client(200, body))
    assert isinstance(response.parsed, Project)
    assert response.parsed.created_at == "2019-12-31T23:59:59"
