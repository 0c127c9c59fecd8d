"""``cloudprojects <provider> projects <operation>``: one command per facade method, derived, never written out."""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Callable
from itertools import islice
from typing import Annotated, Any

import typer

from . import _errors, _facade, _listing, _options, _output, _settings
from ._names import command_name
from ._tools import provider_help

WAIT_POLL_INTERVAL = 0.5


def enable_debug_log(debug: bool) -> None:
    """The library's DEBUG log (already redacted) on stderr."""
    if debug:
        logging.basicConfig(stream=sys.stderr, format="%(asctime)s %(name)s %(levelname)s %(message)s")
        logging.getLogger("cloudprojects").setLevel(logging.DEBUG)


def _help(operation: _facade.Operation) -> str:
    summary = operation.summary + (" (deprecated upstream)" if operation.deprecated else "")
    return " ".join(p for p in (summary + ".", operation.description) if p.strip(". "))


def _extra_options(facade: _facade.Facade, operation: _facade.Operation) -> list[inspect.Parameter]:
    extra: list[inspect.Parameter] = []
    if operation.is_list:
        limit = typer.Option("--limit", min=1, help="Show at most N projects.")
        extra.append(_options.parameter("limit", Annotated[int | None, limit], None))
    if operation.name == "delete" and facade.waits_for_tasks:
        wait = typer.Option("--wait", help="Wait until the deletion tasks finish (exit 1 if one fails).")
        extra.append(_options.parameter("wait", Annotated[bool, wait], False))
        timeout = typer.Option("--wait-timeout", min=0.001, help="Seconds to wait for the tasks.")
        extra.append(_options.parameter("wait_timeout", Annotated[float, timeout], 300.0))
    return extra


def _signature(facade: _facade.Facade, operation: _facade.Operation) -> inspect.Signature:
    inputs = [_options.input_parameter(i) for i in operation.inputs]
    common = _options.connection_options(facade) + _extra_options(facade, operation)
    clash = {p.name for p in inputs} & {p.name for p in common}
    if clash:
        raise RuntimeError(f"{facade.provider}.projects.{operation.name}: inputs clash with CLI options: {clash}")
    return inspect.Signature([*inputs, *common])


def _wait_for_tasks(client: Any, result: Any, timeout: float) -> Any:
    ids = list(result.tasks)
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status(f"Waiting for {len(ids)} task(s) to finish…"):
            tasks = client.tasks.wait(ids, timeout=timeout, poll_interval=WAIT_POLL_INTERVAL)
    else:
        tasks = client.tasks.wait(ids, timeout=timeout, poll_interval=WAIT_POLL_INTERVAL)
    return tasks


def execute(facade: _facade.Facade, operation: _facade.Operation, values: dict[str, Any]) -> None:
    """Run one facade method with the command line's values and print the result."""
    debug = bool(values.get("debug"))
    enable_debug_log(debug)
    with _errors.reported(debug=debug):
        flags = _settings.Flags(
            base_url=values.get("base_url"),
            region=values.get("region"),
            timeout=values.get("timeout"),
            max_retries=values.get("max_retries"),
            profile=values["profile"],
            allow_insecure_http=bool(values.get("allow_insecure_http")),
        )
        output = _output.choose(_options.value_of(values.get("output")))
        kwargs = _settings.client_kwargs(facade, flags)
        args = [_options.value_of(values[i.name]) for i in operation.arguments if values.get(i.name) is not None]
        options = {
            i.name: _options.value_of(values[i.name])
            for i in operation.inputs
            if not i.positional and values.get(i.name) is not None
        }
        client = _construct(facade, kwargs)
        with client:
            result = getattr(client.projects, operation.name)(*args, **options)
            if operation.is_list:
                result = list(islice(result, values.get("limit")))
            failed: list[Any] = []
            if values.get("wait"):
                result = _wait_for_tasks(client, result, values["wait_timeout"])
                failed = [t for t in result if t.state == "ERROR"]
        data = _output.plain(result)
        if operation.is_list and output == "table":
            data = [_listing.summary(item) for item in data]
        _output.emit(data, output)
        for task in failed:
            sys.stderr.write(f"error: task {task.id} failed: {task.error or 'no reason given'}\n")
        if failed:
            raise SystemExit(_errors.PROVIDER_ERROR)


def _construct(facade: _facade.Facade, kwargs: dict[str, Any]) -> Any:
    try:
        return facade.module.Client(**kwargs)
    except ValueError as exc:
        hint = f" (or run: cloudprojects configure {command_name(facade.provider)})"
        raise _errors.Failure(f"{exc}{hint}", _errors.USAGE_ERROR) from None


def command(facade: _facade.Facade, operation: _facade.Operation) -> Callable[..., None]:
    """The Typer callback of one operation (its signature is built from the facade's)."""

    def callback(**values: Any) -> None:
        execute(facade, operation, values)

    callback.__signature__ = _signature(facade, operation)  # type: ignore[attr-defined]
    callback.__name__ = operation.name
    return callback


def provider_app(provider: str) -> typer.Typer:
    """``cloudprojects <provider>``: its ``projects`` group with one command per facade method."""
    facade = _facade.facade(provider)
    projects = typer.Typer(
        no_args_is_help=True, rich_markup_mode=None, help="Projects: " + ", ".join(facade.operations)
    )
    for operation in facade.operations.values():
        projects.command(operation.name, help=_help(operation), deprecated=operation.deprecated)(
            command(facade, operation)
        )
    group = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help=provider_help(provider))
    group.add_typer(projects, name="projects")
    return group
