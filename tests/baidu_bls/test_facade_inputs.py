"""cloudprojects.baidu_bls: inputs validated before sending, region/endpoint, credentials, secrets, raw."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest
from bls_support import (
    AK,
    ENV_VARS,
    OK,
    SECRET,
    SEED_RESPONSE,
    UID,
    Recorder,
    body_of,
    signed_headers,
    sync_client,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cloudprojects import baidu_bls, errors
from cloudprojects._core.validation import load_spec
from cloudprojects.auth import BceAuth
from cloudprojects.baidu_bls._calls import VALIDATOR

# --- validation before sending -----------------------------------------------------------------------------------

CREATE_RULE = VALIDATOR._validator("create_project")
GET_RULE = VALIDATOR._validator("get_project")
FAST = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@FAST
@given(st.text(max_size=140))
def test_every_name_is_accepted_or_rejected_before_sending(name: str) -> None:
    recorder = Recorder(httpx.Response(201, json=OK))
    valid = CREATE_RULE.is_valid({"path": {}, "query": {}, "body": {"name": name}})
    with sync_client(recorder) as client:
        if valid:
            client.projects.create(name=name)
            assert body_of(recorder.requests[0]) == {"name": name}
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.create(name=name)
            assert caught.value.field == "name"
            assert recorder.requests == []


@FAST
@given(st.one_of(st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.text(max_size=40)))
def test_every_uuid_is_accepted_or_rejected_before_sending(uuid: str) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    valid = GET_RULE.is_valid({"path": {"uuid": uuid}, "query": {}})
    with sync_client(recorder) as client:
        if valid:
            client.projects.get(uuid)
            assert recorder.requests[0].url.raw_path.decode() == f"/v1/project/{UUID(uuid)}"
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.get(uuid)
            assert caught.value.field == "uuid"
            assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda p: p.create(name=""), "name", "minLength"),
        (lambda p: p.create(name="x" * 129), "name", "maxLength"),
        (lambda p: p.create(name="has space"), "name", "pattern"),
        (lambda p: p.create(name="demo", description=None), "description", "type"),
        (lambda p: p.get("../admin"), "uuid", "format"),
        (lambda p: p.get(12), "uuid", "type"),
        (lambda p: p.get(None), "uuid", "required"),
        (lambda p: p.delete(f"{UID}/../../admin"), "uuid", "format"),
        (lambda p: p.update("../admin", top=True), "uuid", "format"),
        (lambda p: p.update(UID, description=None), "description", "type"),
        (lambda p: p.update(UID, top=None), "top", "type"),
        (lambda p: p.update(UID, top="yes"), "top", "type"),
        (lambda p: list(p.list(page_size=101)), "pageSize", "maximum"),
        (lambda p: p.list(page_size=0), "pageSize", "minimum"),
        (lambda p: p.list(order_by="size"), "orderBy", "enum"),
        (lambda p: p.list(order="up"), "order", "enum"),
    ],
    ids=[
        "empty-name",
        "long-name",
        "name-pattern",
        "null-description",
        "path-traversal",
        "uuid-type",
        "uuid-missing",
        "delete-traversal",
        "update-traversal",
        "update-null-description",
        "update-null-top",
        "update-top-type",
        "page-size-max",
        "page-size-min",
        "order-by",
        "order",
    ],
)
def test_invalid_input_is_rejected_naming_field_and_rule(call: Callable[[Any], Any], field: str, rule: str) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        call(client.projects)
    assert caught.value.field == field
    assert caught.value.rule.startswith(rule)
    assert recorder.requests == []


# --- construction: region, endpoint, credentials, secrets --------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "url"),
    [
        ({"region": "gz"}, "https://bls-log.gz.baidubce.com/v1/project/"),
        (
            {"region": "hkg", "scheme": "http", "allow_insecure_http": True},
            "http://bls-log.hkg.baidubce.com/v1/project/",
        ),
        ({"endpoint": "localhost:8080", "scheme": "http"}, "http://localhost:8080/v1/project/"),
        ({"endpoint": "https://proxy.example/bls/"}, "https://proxy.example/bls/v1/project/"),
    ],
)
def test_region_and_endpoint_choose_the_host(kwargs: dict[str, Any], url: str) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder, **kwargs) as client:
        client.projects.get(UID)
    assert str(recorder.requests[0].url) == url + UID


def test_every_region_of_the_spec_is_accepted() -> None:
    regions = load_spec("cloudprojects_gen_baidu_bls", "baidu_bls")["servers"][0]["variables"]["region"]["enum"]
    for region in regions:
        with sync_client(Recorder(httpx.Response(204)), region=region) as client:
            assert repr(client).endswith(f"(base_url='https://bls-log.{region}.baidubce.com')")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"region": "mars"}, "region"),
        ({"scheme": "ftp"}, "scheme"),
        ({"endpoint": "ftp://h"}, "endpoint"),
        ({"endpoint": "http://"}, "endpoint"),
        ({"endpoint": "h?x=1"}, "endpoint"),
    ],
)
def test_invalid_settings_are_rejected(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        baidu_bls.Client(access_key_id=AK, secret_access_key=SECRET, **kwargs)
    assert caught.value.field == field


def test_secret_never_in_repr_logs_errors_or_the_wire(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudprojects")
    body = {"code": "Unauthorized", "message": "Check unauthorized: invalid ak/sk", "requestId": "r"}
    recorder = Recorder(httpx.Response(503), httpx.Response(401, json=body))
    with sync_client(recorder) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.projects.get(UID)
        texts = [repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._http.auth)]
    texts += [str(r.headers) + r.content.decode() for r in recorder.requests]
    assert caplog.records, "each attempt is logged"
    assert all(SECRET not in text and "XYZZY" not in text for text in texts)


@pytest.mark.parametrize(
    ("ak_env", "sk_env"), [("BCE_ACCESS_KEY_ID", "BCE_SECRET_ACCESS_KEY"), ("BAIDU_BCE_AK", "BAIDU_BCE_SK")]
)
def test_credentials_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch, ak_env: str, sk_env: str) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(ak_env, AK)
    monkeypatch.setenv(sk_env, SECRET)
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with baidu_bls.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.get(UID)
    assert "x-bce-security-token" not in recorder.requests[0].headers


def test_session_token_comes_from_the_environment_only_with_the_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in zip(ENV_VARS[:2], (AK, SECRET), strict=True):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BCE_SESSION_TOKEN", "sts-token")
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with baidu_bls.Client(transport=httpx.MockTransport(recorder)) as client:
        client.projects.get(UID)
    with sync_client(recorder) as client:  # explicit keys: the environment's token is not theirs
        client.projects.get(UID)
    first, second = recorder.requests
    assert first.headers["x-bce-security-token"] == "sts-token"
    assert "x-bce-security-token" in signed_headers(first).split(";")
    assert "x-bce-security-token" not in second.headers


def test_missing_credentials_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValueError, match="BCE_ACCESS_KEY_ID or BAIDU_BCE_AK"):
        baidu_bls.Client()
    with pytest.raises(ValueError, match="BCE_SECRET_ACCESS_KEY or BAIDU_BCE_SK"):
        baidu_bls.AsyncClient(access_key_id=AK)
    with baidu_bls.Client(auth=BceAuth(AK, SECRET)) as client:  # an explicit auth needs no credentials
        assert client.projects is client.projects


def test_raw_is_the_generated_client_sharing_the_pool() -> None:
    from cloudprojects_gen_baidu_bls.api.projects import get_project
    from cloudprojects_gen_baidu_bls.models import ProjectEnvelope

    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    with sync_client(recorder) as client:
        response = get_project.sync_detailed(UUID(UID), client=client.raw)
    assert response.status_code == 200
    assert isinstance(response.parsed, ProjectEnvelope)
    assert len(recorder.requests) == 1  # signed: the Recorder verified it
