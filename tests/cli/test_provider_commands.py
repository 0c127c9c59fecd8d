"""Every provider x every command x json and table output, through the real console script on loopback."""

from __future__ import annotations

from typing import Any

import pytest
from cli_support import PROVIDERS, Cli, environment_for

from cloudprojects import sim
from cloudprojects.cli import _facade, _listing
from cloudprojects.cli._names import command_name
from cloudprojects.cli._sim import list_values

OUTPUTS = ("json", "table")


def _value(item: _facade.Input, listed: dict[str, str], label: str) -> str:
    if item.name in listed:
        return listed[item.name]
    if item.type is bool:
        raise AssertionError("bool inputs are flags")
    return f"Described by {label}" if "description" in item.name else label


def _words(operation: _facade.Operation, ids: list[str], listed: dict[str, str], label: str) -> list[str]:
    """Positional ids (a name where create takes one), then a value for each required option (plus
    ``--description`` where it is optional)."""
    words = list(ids)
    for item in operation.inputs:
        if item.positional:
            if operation.name == "create" and item.name not in listed:
                words.append(label)
            continue
        if item.required or (item.name == "description" and operation.name != "create"):
            words += ["--" + item.name.replace("_", "-"), _value(item, listed, label)]
    return words


class Session:
    def __init__(self, cli: Cli, provider: str, endpoint: sim.Endpoint, output: str) -> None:
        self.cli, self.provider, self.endpoint, self.output = cli, provider, endpoint, output
        self.env = environment_for(provider, endpoint)

    def run(self, operation: str, *words: str) -> Any:
        result = self.cli(
            command_name(self.provider),
            "projects",
            operation,
            *words,
            "--base-url",
            self.endpoint.url,
            "-o",
            self.output,
            env=self.env,
        )
        assert result.code == 0, result.stderr
        deprecated = _facade.facade(self.provider).operations[operation].deprecated
        assert result.stderr == (
            f"DeprecationWarning: The command {operation!r} is deprecated.\n" if deprecated else ""
        )
        return result


def _facade_dict(value: Any) -> Any:
    return [v.to_dict() for v in value] if isinstance(value, list) else value.to_dict()


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_lifecycle_of_every_command(cli: Cli, served: sim.Served, provider: str, output: str) -> None:
    endpoint = served[provider]
    facade = _facade.facade(provider)
    listed = list_values(provider, endpoint)
    label = f"cli-{output}-{provider[:4]}".replace("_", "-")
    session = Session(cli, provider, endpoint, output)
    scope = [listed[i.name] for i in _listing.list_arguments(facade)]
    operations = facade.operations

    created = session.run("create", *_words(operations["create"], scope, listed, label))
    with endpoint.client() as client:
        mine = [p for p in client.projects.list(*scope) if _listing.row(provider, p.to_dict())["name"] == label]
        (project,) = mine
        ident = _listing.row(provider, project.to_dict())["id"]
        ids = [*scope, ident]
        typed = [item.type(v) for item, v in zip(operations["get"].arguments, ids, strict=True)]
        if output == "json" and created.stdout:
            assert created.json() == _facade_dict(client.projects.get(*typed))

        listing = session.run("list", *scope)
        if output == "json":
            assert listing.json() == _facade_dict(list(client.projects.list(*scope)))
        else:
            assert "┃ id" in listing.stdout and label in listing.stdout and ident in listing.stdout

        got = session.run("get", *ids)
        if output == "json":
            assert got.json() == _facade_dict(client.projects.get(*typed))
        else:
            assert label in got.stdout and "│" in got.stdout

        updated = session.run("update", *_words(operations["update"], ids, listed, label + "-u"))
        after = client.projects.get(*typed).to_dict()
        assert f"Described by {label}-u" in after.values() or label + "-u" in after.values()
        if output == "json" and updated.stdout:
            assert updated.json() == after

        if "replace" in operations:
            replaced = session.run("replace", *_words(operations["replace"], ids, listed, label + "-r"))
            assert client.projects.get(*typed).to_dict()["name"] == label + "-r"
            if output == "json":
                assert replaced.json()["name"] == label + "-r"

        deleted = session.run("delete", *ids)
        assert not [p for p in client.projects.list(*scope) if _listing.row(provider, p.to_dict())["id"] == ident]
        if output == "json" and deleted.stdout:
            assert set(deleted.json()) == {"tasks"}


def test_json_is_the_default_when_stdout_is_not_a_terminal(cli: Cli, served: sim.Served) -> None:
    endpoint = served["gcore_cloud"]
    result = cli(
        "gcore-cloud", "projects", "get", "1", "--base-url", endpoint.url, env=environment_for("gcore_cloud", endpoint)
    )
    assert result.code == 0
    with endpoint.client() as client:
        assert result.json() == client.projects.get(1).to_dict()


def test_yaml_output_and_list_limit(cli: Cli, served: sim.Served) -> None:
    endpoint = served["ncp_media_intelligence"]
    env = environment_for("ncp_media_intelligence", endpoint)
    result = cli(
        "ncp_media_intelligence",
        "projects",
        "list",
        "my-workspace",
        "--limit",
        "1",
        "-o",
        "yaml",
        "--base-url",
        endpoint.url,
        env=env,
    )
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("- projectId: 1000\n")
    assert result.stdout.count("- projectId") == 1


def test_provider_help_lists_the_derived_commands_and_says_replace_is_deprecated(cli: Cli) -> None:
    group = cli("gcore-cloud", "projects", "--help")
    for name in ("list", "get", "create", "update", "replace", "delete"):
        assert f"  {name} " in group.stdout
    replace = cli("gcore-cloud", "projects", "replace", "--help")
    assert replace.code == 0
    assert "deprecated upstream" in replace.stdout and "--name" in replace.stdout
    assert "PUT /cloud/v1/projects/{project_id}" in replace.stdout
    ncp = cli("ncp-media-intelligence", "projects", "get", "--help")
    assert ncp.stdout.index("WORKSPACE_NAME") < ncp.stdout.index("PROJECT_ID")
    for name in ("--base-url", "--timeout", "--max-retries", "--debug", "--profile", "--output"):
        assert name in ncp.stdout
    assert "--region" in cli("baidu-bls", "projects", "get", "--help").stdout
    assert "--region" in cli("aliyun-sls", "projects", "get", "--help").stdout
    assert "--region" not in ncp.stdout


def test_top_level_help_names_every_provider_and_tool(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for provider in PROVIDERS:
        assert command_name(provider) in result.stdout
    for tool in ("configure", "inventory", "sim"):
        assert f"  {tool} " in result.stdout
