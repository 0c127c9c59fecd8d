"""The simulator of each provider, imported on first use."""

from __future__ import annotations

import importlib
from typing import Any

from ._base import Simulator

PROVIDERS = ("aliyun_sls", "microvisualizer", "baidu_bls", "gcore_cloud", "ncp_media_intelligence")


def simulator_class(provider: str) -> type[Simulator]:
    """The Simulator subclass for ``provider`` (module ``cloudprojects.sim._<provider>``).

    Args:
        provider: a provider key.

    Returns:
        The simulator class.

    Raises:
        ValueError: no simulator has this key.
    """
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(PROVIDERS)}")
    module = importlib.import_module(f"cloudprojects.sim._{provider}")
    cls: type[Simulator] = module.SIMULATOR
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
