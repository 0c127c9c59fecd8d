"""Commands are derived from the facades and the specs: per-request options and sentinels never leak into them."""

from __future__ import annotations

from typing import Any

from cloudprojects._versions import PROVIDERS
from cloudprojects.cli import _facade, _listing
from cloudprojects.cli._names import command_name, provider_key


class _NotGiven:
    pass


NOT_GIVEN: Any = _NotGiven()


class _Projects:
    def update(
        self,
        project_id: int,
        *,
        name: str | None = NOT_GIVEN,
        archived: bool | None = None,
        timeout: float | None = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        total_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, str] | None = None,
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        """Not called."""


def test_per_request_options_are_skipped_and_sentinel_defaults_are_optional() -> None:
    operation = _facade._operation("gcore_cloud", "update", _Projects().update)
    assert [(i.name, i.positional, i.required, i.type) for i in operation.inputs] == [
        ("project_id", True, True, int),
        ("name", False, False, str),
        ("archived", False, False, bool),
    ]


def test_every_provider_gets_its_lifecycle_and_only_gcore_has_replace_and_wait() -> None:
    for provider in PROVIDERS:
        facade = _facade.facade(provider)
        assert {"list", "get", "create", "delete"} <= set(facade.operations), provider
        assert ("replace" in facade.operations) == (provider == "gcore_cloud")
        assert facade.waits_for_tasks == (provider == "gcore_cloud")
        assert facade.required_credentials, provider
        for name in facade.required_credentials:
            assert facade.environment.get(name), f"{provider}.{name} names no environment variable"
    assert _facade.facade("gcore_cloud").operations["replace"].deprecated


def test_ncp_takes_the_workspace_then_the_id_and_needs_a_workspace_to_list() -> None:
    ncp = _facade.facade("ncp_media_intelligence")
    assert [i.name for i in ncp.operations["get"].arguments] == ["workspace_name", "project_id"]
    (workspace,) = _listing.list_arguments(ncp)
    assert _listing.option_name(ncp, workspace) == "ncp_workspace"
    assert _listing.setting_name(workspace) == "workspace"


def test_regions_come_from_the_constructor_or_the_spec_server() -> None:
    assert "bj" in _facade.facade("baidu_bls").regions
    assert _facade.facade("aliyun_sls").region_endpoint == "{region}.log.aliyuncs.com"
    assert not _facade.facade("gcore_cloud").has_regions


def test_provider_names_hyphenated_and_underscored() -> None:
    for provider in PROVIDERS:
        assert provider_key(command_name(provider)) == provider
        assert provider_key(provider) == provider
    assert provider_key("nope") is None


def test_inventory_rows_from_each_providers_fields() -> None:
    assert _listing.row("aliyun_sls", {"projectName": "p-1", "description": "d", "createTime": "1524222931"}) == {
        "provider": "aliyun-sls",
        "id": "p-1",
        "name": "p-1",
        "description": "d",
        "created": "2018-04-20T11:15:31Z",
    }
    gcore = _listing.row(
        "gcore_cloud", {"id": 1, "name": "n", "description": None, "created_at": "2019-12-31T23:59:59"}
    )
    assert gcore["id"] == "1" and gcore["created"] == "2019-12-31T23:59:59Z"
    mv = _listing.row(
        "microvisualizer", {"id": "a", "name": "n", "createdBy": "x", "createdAt": "2025-01-01T00:00:00+01:00"}
    )
    assert mv["created"] == "2024-12-31T23:00:00Z"


def test_the_exported_app_has_every_command_built() -> None:
    import typer.main

    from cloudprojects.cli import app

    root = typer.main.get_command(app)
    context = typer.Context(root)
    names = set(root.list_commands(context))  # type: ignore[attr-defined]
    assert {command_name(p) for p in PROVIDERS} | {"configure", "inventory", "sim"} <= names
    for provider in PROVIDERS:
        group = root.get_command(context, command_name(provider))  # type: ignore[attr-defined]
        projects = group.get_command(context, "projects")
        assert set(_facade.facade(provider).operations) == set(projects.list_commands(context))
        get = projects.get_command(context, "get")
        options = {o for p in get.params for o in p.opts}
        assert {"--base-url", "--timeout", "--max-retries", "--profile", "--output", "--debug"} <= options
    inventory = root.get_command(context, "inventory")  # type: ignore[attr-defined]
    assert "--ncp-workspace" in {o for p in inventory.params for o in p.opts}
