"""The simulator of each provider (``cloudprojects._providers``: module ``cloudprojects.sim._<key>``), imported on
first use."""

from __future__ import annotations

import importlib
from typing import Any

from cloudprojects._providers import KEYS as PROVIDERS
from cloudprojects._providers import PROVIDERS as _INFO

from ._base import Simulator

__all__ = ["PROVIDERS", "create", "simulator_class"]


def simulator_class(provider: str) -> type[Simulator]:
    """The Simulator subclass for ``provider`` (the ``SIMULATOR`` of its simulator module).

    Args:
        provider: a provider key.

    Returns:
        The simulator class.

    Raises:
        ValueError: no simulator has this key.
    """
    info = _INFO.get(provider)
    if info is None:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(PROVIDERS)}")
    cls: type[Simulator] = importlib.import_module(info.simulator).SIMULATOR
    return cls


def create(provider: str, **kwargs: Any) -> Simulator:
    """A fresh, empty simulator for ``provider``.

    Args:
        provider: a provider key.
        **kwargs: the :class:`Simulator` keywords: ``seed``, ``faults``, ``clock``, ``limits``.

    Returns:
        The simulator, with the provider's seed data.

    Raises:
        ValueError: no simulator has this key.
    """
    return simulator_class(provider)(**kwargs)
