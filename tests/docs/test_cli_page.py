"""The command line page is rendered from the CLI itself, and cannot silently vanish once the CLI exists."""

from __future__ import annotations

import importlib.util
import sys
import types

import click
import pytest
from cli_page import MISSING, cli_page
from docs_source import providers


def _fake_cli() -> click.Group:
    root = click.Group("cloudprojects", help="Every provider's projects from the shell.")
    provider = click.Group("gcore-cloud", help="Gcore Cloud.")
    projects = click.Group("projects", help="Projects.")

    @projects.command("list", help="List the projects.")
    @click.option("-o", "--output", type=click.Choice(["table", "json"]), help="Output format.")
    def list_projects(output: str) -> None: ...

    @projects.command("secret", hidden=True)
    def hidden() -> None: ...

    provider.add_command(projects)
    root.add_command(provider)
    return root


def test_renders_every_visible_command_with_its_help(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("cloudprojects.cli")
    module.app = _fake_cli()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cloudprojects.cli", module)
    page = cli_page()
    assert "## `cloudprojects gcore-cloud projects list`" in page
    assert "List the projects." in page
    assert "--output [table|json]" in page
    assert "Usage: cloudprojects gcore-cloud projects list" in page
    assert "secret" not in page


def test_page_has_the_commands_exactly_when_the_cli_imports() -> None:
    page = cli_page()
    if importlib.util.find_spec("cloudprojects.cli") is None:
        assert page == MISSING
        return
    assert page != MISSING, "cloudprojects.cli exists but the page generator could not render it"
    for key in providers():
        assert f"cloudprojects {key.replace('_', '-')} projects list" in page
