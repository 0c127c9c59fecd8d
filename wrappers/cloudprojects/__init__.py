"""cloudprojects: one client suite for the project APIs of five clouds."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._core.options import NOT_GIVEN, NotGiven
    from ._core.pagination import Page
    from ._core.response import RawResponse
    from ._core.retry import RetryPolicy
    from ._versions import GeneratedVersion, versions

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "GeneratedVersion",
    "NotGiven",
    "Page",
    "RawResponse",
    "RetryPolicy",
    "__version__",
    "versions",
]

_LAZY = {
    "GeneratedVersion": "cloudprojects._versions",
    "versions": "cloudprojects._versions",
    "NOT_GIVEN": "cloudprojects._core.options",
    "NotGiven": "cloudprojects._core.options",
    "Page": "cloudprojects._core.pagination",
    "RawResponse": "cloudprojects._core.response",
    "RetryPolicy": "cloudprojects._core.retry",
}


def __getattr__(name: str) -> object:
    """The public helpers, imported on first use (``import cloudprojects`` imports nothing else)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cloudprojects' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
