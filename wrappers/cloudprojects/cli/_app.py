"""The Typer application. ``run`` builds only the command the arguments name (the others stay light stubs), so
that ``cloudprojects --help`` imports no facade; ``build_app()`` builds everything (``cloudprojects.cli.app``)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import _tools
from ._names import PROVIDERS, command_name, provider_key

HELP = "The project APIs of five clouds from the shell: per-provider commands, profiles, one inventory."
TOP_LEVEL = ("configure", "inventory", "sim")


class _Root(TyperGroup):
    """Accepts provider names with underscores too (``gcore_cloud``)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        found = super().get_command(ctx, cmd_name)
        if found is None and provider_key(cmd_name) is not None:
            found = super().get_command(ctx, command_name(provider_key(cmd_name) or cmd_name))
        return found


def _version(value: bool) -> None:
    if value:
        from cloudprojects import __version__

        sys.stdout.write(f"cloudprojects {__version__}\n")
        raise typer.Exit()


def _root_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """The project APIs of five clouds from the shell."""


def _stub(help_text: str) -> typer.Typer:
    stub = typer.Typer(help=help_text, rich_markup_mode=None)

    @stub.callback(invoke_without_command=True)
    def _nothing() -> None:
        """Not built in this process."""

    return stub


def build_app(only: str | None = None) -> typer.Typer:
    """The application; with ``only``, the other top-level commands are stubs that carry their help only."""
    app = typer.Typer(
        name="cloudprojects",
        help=HELP,
        cls=_Root,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_callback)
    full = only is None
    for key in PROVIDERS:
        name = command_name(key)
        built = full or only == name
        app.add_typer(_provider_app(key) if built else _stub(_tools.provider_help(key)), name=name)
    _add_tools(app, full, only)
    return app


def _provider_app(provider: str) -> typer.Typer:
    from ._commands import provider_app

    return provider_app(provider)


def _add_tools(app: typer.Typer, full: bool, only: str | None) -> None:
    app.command("configure")(_tools.configure)
    if full or only == "inventory":
        from . import _inventory

        app.command("inventory", help=_tools.INVENTORY_HELP)(_inventory.command())
    else:
        app.command("inventory", help=_tools.INVENTORY_HELP)(_stub_command)
    sim = typer.Typer(help="Local simulators of the five APIs.", no_args_is_help=True, rich_markup_mode=None)
    sim.command("serve")(_tools.serve)
    app.add_typer(sim, name="sim")


def _stub_command() -> None:
    """Not built in this process."""


def _named_command(argv: list[str]) -> str | None:
    for word in argv:
        if not word.startswith("-"):
            key = provider_key(word)
            return command_name(key) if key else word
    return None


def run(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its code."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = build_app(only=_named_command(args) or "")
    app(args=args, prog_name="cloudprojects")
