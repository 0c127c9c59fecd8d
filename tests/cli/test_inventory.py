"""``cloudprojects inventory``: every configured provider, concurrently; failures reported, the rest shown."""

from __future__ import annotations

from cli_support import PROVIDERS, Cli, environment_for

from cloudprojects import sim
from cloudprojects.cli import _profiles
from cloudprojects.cli._names import command_name
from cloudprojects.cli._sim import profile_values


def _configure_all(cli: Cli, served: sim.Served) -> None:
    for provider, endpoint in served.items():
        _profiles.save(_profiles.DEFAULT_PROFILE, provider, profile_values(provider, endpoint), cli.config)


def test_json_has_every_providers_projects_as_the_facades_list_them(cli: Cli, served: sim.Served) -> None:
    _configure_all(cli, served)
    result = cli("inventory", "-o", "json")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    rows = result.json()
    assert {r["provider"] for r in rows} <= {command_name(p) for p in PROVIDERS}
    for row in rows:
        assert set(row) == {"provider", "id", "name", "description", "created"}
        assert row["created"] is None or row["created"].endswith("Z")
    with served["gcore_cloud"].client() as client:
        expected = [str(p.id) for p in client.projects.list()]
    assert [r["id"] for r in rows if r["provider"] == "gcore-cloud"] == expected
    assert [r["id"] for r in rows if r["provider"] == "ncp-media-intelligence"][:2] == ["1000", "1234"]


def test_table_output_and_provider_selection(cli: Cli, served: sim.Served) -> None:
    _configure_all(cli, served)
    result = cli("inventory", "--provider", "gcore_cloud", "--provider", "microvisualizer", "-o", "table")
    assert result.code == 0, result.stderr
    header = result.stdout.splitlines()[1]
    assert [c.strip() for c in header.strip("┃").split("┃")] == ["provider", "id", "name", "description", "created"]
    assert "gcore-cloud" in result.stdout and "microvisualizer" in result.stdout
    assert "baidu-bls" not in result.stdout


def test_a_failing_provider_is_reported_and_the_others_still_listed(cli: Cli, served: sim.Served) -> None:
    _configure_all(cli, served)
    result = cli("inventory", "-o", "json", env={"GCORE_API_KEY": "wrong-key"})
    assert result.code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: gcore-cloud: [401 ")
    providers = {r["provider"] for r in result.json()}
    assert "gcore-cloud" not in providers and "ncp-media-intelligence" in providers


def test_environment_only_providers_and_the_ncp_workspace_option(cli: Cli, served: sim.Served) -> None:
    env = {
        **environment_for("ncp_media_intelligence", served["ncp_media_intelligence"]),
        "NCP_MEDIA_INTELLIGENCE_BASE_URL": served["ncp_media_intelligence"].url,
    }
    missing = cli("inventory", env=env)
    assert missing.code == 2 and "--ncp-workspace" in missing.stderr
    result = cli("inventory", "--ncp-workspace", "my-workspace", env=env)
    assert result.code == 0, result.stderr
    assert {r["provider"] for r in result.json()} == {"ncp-media-intelligence"}


def test_nothing_configured_exits_2(cli: Cli) -> None:
    result = cli("inventory")
    assert result.code == 2
    assert "no provider is configured" in result.stderr
    assert cli("inventory", "--provider", "gcore-cloud").code == 2
