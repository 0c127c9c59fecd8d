"""cloudprojects: one client suite for the project APIs of five clouds."""

from ._versions import GeneratedVersion, versions

__version__ = "0.1.0"

__all__ = ["GeneratedVersion", "__version__", "versions"]
