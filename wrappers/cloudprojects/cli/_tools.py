"""The commands besides the providers' (``configure``, ``sim serve``), declared without importing anything heavy:
each body imports its module when it runs."""

from __future__ import annotations

from typing import Annotated

import typer

from ._names import PROVIDERS, command_name

DEFAULT_PROFILE = "default"
PROFILE_ENV = "CLOUDPROJECTS_PROFILE"
INVENTORY_HELP = "All configured providers' projects in one table."


def provider_help(provider: str) -> str:
    """The one-line help of a provider's group."""
    return f"The {provider} projects API."


def configure(
    provider: Annotated[str, typer.Argument(help="Provider: " + ", ".join(command_name(p) for p in PROVIDERS))],
    profile: Annotated[str, typer.Option("--profile", envvar=PROFILE_ENV, help="Profile to write.")] = DEFAULT_PROFILE,
) -> None:
    """Store a provider's credentials in a profile (secrets asked with hidden input)."""
    from ._configure import configure as run

    run(provider, profile)


def serve(
    provider: Annotated[str, typer.Option("--provider", help="A provider, or all.")] = "all",
    port: Annotated[int, typer.Option("--port", min=0, help="First port (consecutive for all); 0: free ports.")] = 0,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option("--seed", help="Seeds request ids and generated values.")] = 0,
) -> None:
    """Run the simulators on loopback until interrupted; print each one's --base-url and credential variables."""
    from ._sim import serve as run

    run(provider, port, host, seed)
