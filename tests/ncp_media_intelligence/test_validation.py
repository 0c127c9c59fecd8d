"""Every input is checked against the spec before a request is built; path identifiers cannot escape their segment."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ncp_mi_support import Recorder, envelope, ok, sync_client

from cloudprojects import errors
from cloudprojects.ncp_media_intelligence._calls import VALIDATOR

NAME_RULE = VALIDATOR._validator("update_project")
CREATE_RULE = VALIDATOR._validator("create_project")
PATH_RULE = VALIDATOR._validator("get_project")
SETTINGS = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@SETTINGS
@given(st.text(max_size=120))
def test_every_name_is_accepted_or_rejected_before_sending(name: str) -> None:
    valid = NAME_RULE.is_valid(
        {"path": {"workspace_name": "ws", "project_id": "1"}, "query": {}, "body": {"name": name}}
    )
    assert valid == CREATE_RULE.is_valid({"path": {"workspace_name": "ws"}, "query": {}, "body": {"name": name}})
    recorder = Recorder(ok())
    with sync_client(recorder) as client:
        if valid:
            client.projects.update("ws", 1, name=name)
            client.projects.create("ws", name=name)
            assert [json.loads(r.content) for r in recorder.requests] == [{"name": name}] * 2
        else:
            for call in (
                lambda: client.projects.update("ws", 1, name=name),
                lambda: client.projects.create("ws", name=name),
            ):
                with pytest.raises(errors.ValidationError) as caught:
                    call()
                assert caught.value.field == "name"
            assert recorder.requests == []


@SETTINGS
@given(st.text(max_size=40))
def test_any_workspace_name_stays_one_path_segment(workspace: str) -> None:
    valid = PATH_RULE.is_valid({"path": {"workspace_name": workspace, "project_id": "7"}, "query": {}})
    recorder = Recorder(ok())  # verifies the signature of what is sent
    with sync_client(recorder) as client:
        if not valid or workspace in {".", ".."}:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.get(workspace, 7)
            assert caught.value.field == "workspace_name"
            assert recorder.requests == []
            return
        client.projects.get(workspace, 7)
    segments = recorder.requests[0].url.raw_path.decode().split("/")
    assert segments[:4] == ["", "api", "v1", "workspaces"]
    assert segments[5:] == ["projects", "7"]
    assert unquote(segments[4]) == workspace


@SETTINGS
@given(st.one_of(st.integers(), st.text(max_size=12), st.booleans(), st.floats(), st.none()))
def test_project_ids_are_digits_or_non_negative_ints(project_id: Any) -> None:
    as_sent = str(project_id) if isinstance(project_id, int) and not isinstance(project_id, bool) else project_id
    path = {"workspace_name": "ws"} | ({} if project_id is None else {"project_id": as_sent})
    valid = PATH_RULE.is_valid({"path": path, "query": {}})
    recorder = Recorder(httpx.Response(200, json=envelope()))
    with sync_client(recorder) as client:
        if valid:
            client.projects.delete("ws", project_id)
            assert recorder.requests[0].url.raw_path.decode() == f"/api/v1/workspaces/ws/projects/{as_sent}"
        else:
            with pytest.raises(errors.ValidationError) as caught:
                client.projects.delete("ws", project_id)
            assert caught.value.field == "project_id"
            assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda p: p.create("ws", name=""), "name", "minLength"),
        (lambda p: p.create("ws", name="x" * 101), "name", "maxLength"),
        (lambda p: p.update("ws", 1, name="a;b"), "name", "pattern"),
        (lambda p: p.update("ws", 1, name="a|b"), "name", "pattern"),
        (lambda p: p.update("ws", 1, name="a`b"), "name", "pattern"),
        (lambda p: p.update("ws", 1, name="line\nbreak"), "name", "pattern"),
        (lambda p: p.update("ws", 1, name=None), "name", "type"),
        (lambda p: p.get("ws", "../admin"), "project_id", "pattern"),
        (lambda p: p.get("ws", -1), "project_id", "pattern"),
        (lambda p: p.get("ws", True), "project_id", "type"),
        (lambda p: p.get("ws", 1.0), "project_id", "type"),
        (lambda p: p.delete("ws", ""), "project_id", "pattern"),
        (lambda p: p.get("", 1), "workspace_name", "minLength"),
        (lambda p: p.create(None, name="n"), "workspace_name", "required"),
        (lambda p: p.list(3), "workspace_name", "type"),
    ],
    ids=[
        "empty-name",
        "long-name",
        "semicolon",
        "vertical-bar",
        "backtick",
        "control-char",
        "null-name",
        "path-injection",
        "negative-id",
        "bool-id",
        "float-id",
        "empty-id",
        "empty-workspace",
        "null-workspace",
        "int-workspace",
    ],
)
def test_invalid_input_is_rejected_naming_field_and_rule(call: Callable[[Any], Any], field: str, rule: str) -> None:
    recorder = Recorder(ok())
    with sync_client(recorder) as client, pytest.raises(errors.ValidationError) as caught:
        call(client.projects)
    assert caught.value.field == field
    assert caught.value.rule.startswith(rule)
    assert recorder.requests == []


def test_a_100_character_name_with_special_characters_is_sent() -> None:
    name = ("Proj-é_ 한글!@#$%^&*()" * 6)[:100]
    recorder = Recorder(ok())
    with sync_client(recorder) as client:
        client.projects.update("ws", 1, name=name)
    assert json.loads(recorder.requests[0].content) == {"name": name}
