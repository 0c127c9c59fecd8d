"""``cloudprojects inventory``: every configured provider's projects in one table, fetched concurrently with the
async clients; a live progress display on a terminal; one failing provider does not stop the others."""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer

from . import _commands, _errors, _facade, _listing, _options, _output, _profiles, _settings
from ._names import PROVIDERS, command_name, provider_key

COLUMNS = ("provider", "id", "name", "description", "created")


@dataclass
class Target:
    """One provider to list: its facade, client keywords and the arguments ``projects.list`` needs."""

    facade: _facade.Facade
    kwargs: dict[str, Any]
    arguments: list[Any]
    rows: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0
    total: int | None = None
    error: BaseException | None = None


class _NoProgress:
    def update(self, target: Target, state: str) -> None:
        """Nothing to show when stderr is not a terminal."""


class _LiveProgress:
    """One Rich progress line per provider: state, pages fetched, projects so far (of the total, when reported)."""

    def __init__(self, progress: Any, targets: list[Target]) -> None:
        self._progress = progress
        self._tasks = {
            id(t): progress.add_task(command_name(t.facade.provider), total=None, state="waiting", pages=0, n="0")
            for t in targets
        }

    def update(self, target: Target, state: str) -> None:
        done = state in ("done", "failed")
        count = str(len(target.rows))
        if target.total is not None and not done:
            count += f"/{target.total}"
        self._progress.update(
            self._tasks[id(target)],
            state=state,
            pages=target.pages,
            n=count,
            total=1 if done else None,
            completed=int(done),
        )


async def _fetch(target: Target, progress: _NoProgress | _LiveProgress) -> None:
    module = target.facade.module
    progress.update(target, "fetching")
    try:
        async with module.AsyncClient(**target.kwargs) as client:
            async for page in client.projects.list(*target.arguments).pages():
                target.pages += 1
                target.total = page.total
                target.rows += [_listing.row(target.facade.provider, _output.plain(item)) for item in page.items]
                progress.update(target, "fetching")
    except Exception as exc:
        target.error = exc
        progress.update(target, "failed")
    else:
        progress.update(target, "done")


async def _fetch_all(targets: list[Target], progress: _NoProgress | _LiveProgress) -> None:
    await asyncio.gather(*(_fetch(t, progress) for t in targets))


def _run(targets: list[Target]) -> None:
    if not sys.stderr.isatty():
        asyncio.run(_fetch_all(targets, _NoProgress()))
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(finished_text="✓"),
        TextColumn("{task.description:<24}"),
        TextColumn("{task.fields[state]:<9}"),
        TextColumn("{task.fields[pages]:>3} pages"),
        TextColumn("{task.fields[n]:>9} projects"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        asyncio.run(_fetch_all(targets, _LiveProgress(progress, targets)))


def _selected(names: list[str] | None) -> list[str]:
    if not names:
        return list(PROVIDERS)
    keys = []
    for name in names:
        key = provider_key(name)
        if key is None:
            raise _errors.Failure(f"unknown provider {name!r}", _errors.USAGE_ERROR)
        keys.append(key)
    return list(dict.fromkeys(keys))


def _targets(values: dict[str, Any]) -> list[Target]:
    explicit = bool(values.get("provider"))
    flags = _settings.Flags(
        timeout=values.get("timeout"), max_retries=values.get("max_retries"), profile=values["profile"]
    )
    targets = []
    for key in _selected(values.get("provider")):
        facade = _facade.facade(key)
        stored = _profiles.load(flags.profile, key)
        if not _settings.configured(facade, stored):
            if explicit:
                raise _errors.Failure(
                    f"{command_name(key)} is not configured (run: cloudprojects configure {command_name(key)})",
                    _errors.USAGE_ERROR,
                )
            continue
        arguments = []
        for item in _listing.list_arguments(facade):
            value = values.get(_listing.option_name(facade, item)) or stored.get(_listing.setting_name(item))
            if not value:
                option = "--" + _listing.option_name(facade, item).replace("_", "-")
                raise _errors.Failure(
                    f"{command_name(key)} needs {option} (or {_listing.setting_name(item)} = … in its profile)",
                    _errors.USAGE_ERROR,
                )
            arguments.append(value)
        targets.append(Target(facade, _settings.client_kwargs(facade, flags, stored), arguments))
    if not targets:
        raise _errors.Failure(
            "no provider is configured: run `cloudprojects configure PROVIDER` or set the "
            "providers' environment variables",
            _errors.USAGE_ERROR,
        )
    return targets


def inventory(values: dict[str, Any]) -> None:
    """List every configured provider's projects."""
    debug = bool(values.get("debug"))
    _commands.enable_debug_log(debug)
    with _errors.reported(debug=debug):
        output = _output.choose(_options.value_of(values.get("output")))
        targets = _targets(values)
        _run(targets)
        rows = [r for t in targets for r in t.rows]
        _output.emit(rows, output, COLUMNS)
        failed = [t for t in targets if t.error is not None]
        for target in failed:
            assert target.error is not None
            _errors.report(target.error, debug=debug, prefix=f"{command_name(target.facade.provider)}: ")
        if failed:
            raise SystemExit(_errors.PROVIDER_ERROR)


def command() -> Callable[..., None]:
    """The Typer callback of ``inventory``, with one option per list argument a provider needs."""
    provider = typer.Option(
        "--provider", help="Only these providers (repeat the option); default: every configured one."
    )
    parameters = [_options.parameter("provider", Annotated[list[str] | None, provider], None)]
    for key in PROVIDERS:
        facade = _facade.facade(key)
        for item in _listing.list_arguments(facade):
            name = _listing.option_name(facade, item)
            help_text = f"{item.help} (default: {_listing.setting_name(item)} in the {command_name(key)} profile)"
            option = typer.Option("--" + name.replace("_", "-"), help=help_text)
            parameters.append(_options.parameter(name, Annotated[str | None, option], None))
    parameters += [
        *_options.request_options(),
        _options.profile_option(),
        _options.output_option(),
        _options.debug_option(),
    ]

    def callback(**values: Any) -> None:
        inventory(values)

    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__doc__ = "Every configured provider's projects in one table (fetched concurrently)."
    return callback
