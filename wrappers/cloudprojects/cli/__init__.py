"""The ``cloudprojects`` command line (``pip install 'cloudprojects[cli]'``).

``cloudprojects <provider> projects list|get|create|update|delete``, ``cloudprojects configure``,
``cloudprojects inventory`` and ``cloudprojects sim serve``. The library never imports this package; Typer and
Rich are imported only when a command needs them, and a provider's facade only when one of its commands runs.

``app`` is the complete Typer application (every provider's commands built), e.g. for rendering the reference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """The console script: run the command line on ``argv`` (default ``sys.argv[1:]``) and exit."""
    from ._app import run

    run(argv)


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import build_app

        application: typer.Typer = build_app()
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
