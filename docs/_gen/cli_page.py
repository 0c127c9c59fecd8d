"""The command line reference, rendered from the Typer app itself (``cloudprojects.cli.app``) when it is installed."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import click

MISSING = (
    "# Command line\n\n"
    "The `cloudprojects` command (extra `cli`) is not part of this build, so there is nothing to list yet.\n"
)


def cli_command() -> click.Command | None:
    """The CLI as a click command, or ``None`` when ``cloudprojects.cli`` does not import."""
    try:
        module = importlib.import_module("cloudprojects.cli")
    except ImportError:
        return None
    app: Any = module.app
    if isinstance(app, click.Command):
        return app
    import typer.main

    command: click.Command = typer.main.get_command(app)
    return command


def walk(command: click.Command, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command and subcommand with its full path, depth first, in name order."""
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name=path[-1])
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from walk(sub, (*path, name))


def _help(path: tuple[str, ...], command: click.Command) -> str:
    parent: click.Context | None = None
    for depth in range(1, len(path)):
        parent = click.Context(click.Group(path[depth - 1]), info_name=path[depth - 1], parent=parent)
    ctx = click.Context(command, info_name=path[-1], parent=parent, terminal_width=100, max_content_width=100)
    return command.get_help(ctx)


def cli_page() -> str:
    """The Markdown page: one section per command with its ``--help`` text."""
    command = cli_command()
    if command is None:
        return MISSING
    lines = ["# Command line", "", "Rendered from `cloudprojects --help` and each command's help at build time.", ""]
    for path, sub in walk(command, ("cloudprojects",)):
        lines += [f"## `{' '.join(path)}`", "", "```text", _help(path, sub).rstrip(), "```", ""]
    return "\n".join(lines)
