"""cloudprojects: one client suite for the project APIs of five clouds."""

__version__ = "0.1.0"

__all__ = ["__version__"]
