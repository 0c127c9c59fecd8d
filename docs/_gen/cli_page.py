"""The command line reference, rendered from the Typer app itself (``cloudprojects.cli.app``) when it is installed.

Each command's help is what ``cloudprojects … --help`` prints (Typer's Rich panels included), captured as plain
text. Commands are found through click's interface by duck typing, because Typer may carry its own copy of click.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
from collections.abc import Iterator
from typing import Any

MISSING = (
    "# Command line\n\n"
    "The `cloudprojects` command (extra `cli`) is not part of this build, so there is nothing to list yet.\n"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_PLAIN_TERMINAL = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "TERMINAL_WIDTH": "100"}


def cli_command() -> Any | None:
    """The CLI as a click command, or ``None`` when ``cloudprojects.cli`` does not import."""
    try:
        module = importlib.import_module("cloudprojects.cli")
    except ImportError:
        return None
    app: Any = module.app
    if hasattr(app, "get_help") and hasattr(app, "context_class"):
        return app
    import typer.main

    return typer.main.get_command(app)


def _context(command: Any, name: str, parent: Any | None) -> Any:
    return command.context_class(command, info_name=name, parent=parent, terminal_width=100, max_content_width=100)


def walk(command: Any, path: tuple[str, ...], parent: Any | None = None) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every visible command with its full path and click context, depth first, in the CLI's own order."""
    ctx = _context(command, path[-1], parent)
    yield path, ctx
    if hasattr(command, "list_commands"):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not getattr(sub, "hidden", False):
                yield from walk(sub, (*path, name), ctx)


@contextlib.contextmanager
def _plain_terminal() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in _PLAIN_TERMINAL}
    os.environ.update(_PLAIN_TERMINAL)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def help_text(ctx: Any) -> str:
    """What ``--help`` shows for the command of ``ctx``, without colours."""
    printed = io.StringIO()
    with _plain_terminal(), contextlib.redirect_stdout(printed):
        returned = ctx.command.get_help(ctx)
    text = _ANSI.sub("", (returned or "") + printed.getvalue())
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def cli_page() -> str:
    """The Markdown page: one section per command with its ``--help`` text."""
    command = cli_command()
    if command is None:
        return MISSING
    lines = ["# Command line", "", "Rendered from `cloudprojects --help` and each command's help at build time.", ""]
    for path, ctx in walk(command, ("cloudprojects",)):
        lines += [f"## `{' '.join(path)}`", "", "```text", help_text(ctx), "```", ""]
    return "\n".join(lines)
