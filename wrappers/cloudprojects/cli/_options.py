"""Typer parameters built at run time: the options every provider command shares, and one per facade input."""

from __future__ import annotations

import enum
import inspect
from functools import cache
from typing import Annotated, Any

import typer

from ._facade import Facade, Input
from ._output import FORMATS
from ._profiles import DEFAULT_PROFILE
from ._tools import PROFILE_ENV

KW = inspect.Parameter.KEYWORD_ONLY


@cache
def choice_type(name: str, values: tuple[str, ...]) -> type[enum.Enum]:
    """A str Enum Typer turns into a choice (the value is read back with ``.value``)."""
    return enum.Enum(name, {v: v for v in values}, type=str)  # type: ignore[return-value]


def parameter(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, KW, default=default, annotation=annotation)


def output_option() -> inspect.Parameter:
    kind = choice_type("OutputFormat", FORMATS)
    help_text = "Output format (default: a table on a terminal, JSON otherwise)."
    return parameter("output", Annotated[kind | None, typer.Option("--output", "-o", help=help_text)], None)


def profile_option() -> inspect.Parameter:
    help_text = "Profile in the config file (see `cloudprojects configure`)."
    option = typer.Option("--profile", envvar=PROFILE_ENV, help=help_text)
    return parameter("profile", Annotated[str, option], DEFAULT_PROFILE)


def debug_option() -> inspect.Parameter:
    help_text = "Log each HTTP attempt (credentials redacted) and show tracebacks."
    return parameter("debug", Annotated[bool, typer.Option("--debug", help=help_text)], False)


def request_options() -> list[inspect.Parameter]:
    """``--timeout`` and ``--max-retries``."""
    timeout = typer.Option("--timeout", min=0.001, help="Seconds per attempt (default 30).")
    retries = typer.Option(
        "--max-retries", min=0, help="Retries of failed attempts that are safe to retry (default 2)."
    )
    return [
        parameter("timeout", Annotated[float | None, timeout], None),
        parameter("max_retries", Annotated[int | None, retries], None),
    ]


def connection_options(facade: Facade) -> list[inspect.Parameter]:
    """``--base-url`` on every provider, ``--region`` where it has regions, then the shared options."""
    where = "the region endpoint URL, " if "base_url" not in facade.constructor else ""
    env = " or ".join(facade.base_url_environment)
    base_help = f"API base URL ({where}e.g. http://127.0.0.1:8080)" + (f"; else ${env}" if env else "") + "."
    options = [parameter("base_url", Annotated[str | None, typer.Option("--base-url", help=base_help)], None)]
    if facade.has_regions:
        listed = f" ({', '.join(facade.regions)})" if facade.regions else ""
        region = typer.Option("--region", help=f"Region{listed}.")
        options.append(parameter("region", Annotated[str | None, region], None))
    if "allow_insecure_http" in facade.constructor:
        insecure = typer.Option("--allow-insecure-http", help="Allow a plain http:// base URL that is not loopback.")
        options.append(parameter("allow_insecure_http", Annotated[bool, insecure], False))
    return [*options, *request_options(), profile_option(), output_option(), debug_option()]


def input_parameter(item: Input) -> inspect.Parameter:
    """A facade input as a Typer argument (path ids) or ``--option``."""
    kind: Any = choice_type(item.name.title().replace("_", ""), item.choices) if item.choices else item.type
    flag = "--" + item.name.replace("_", "-")
    if item.positional:
        info = typer.Argument(help=item.help, metavar=item.name.upper(), show_default=False)
        if item.required:
            return parameter(item.name, Annotated[kind, info], ...)
        return parameter(item.name, Annotated[kind | None, info], None)
    if kind is bool:
        info = typer.Option(f"{flag}/--no-{flag[2:]}", help=item.help, show_default=False)
    else:
        info = typer.Option(flag, help=item.help, show_default=False)
    if item.required:
        return parameter(item.name, Annotated[kind, info], ...)
    return parameter(item.name, Annotated[kind | None, info], None)


def value_of(raw: Any) -> Any:
    """A Typer value as the facade wants it (choices back to their string)."""
    return raw.value if isinstance(raw, enum.Enum) else raw
