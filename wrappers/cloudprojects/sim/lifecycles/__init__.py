"""One scripted lifecycle per provider: create → list → get → the seed operation → delete, through the facade.

Each provider's script is the module its registry entry names (``cloudprojects.sim.lifecycles.<key>``): its
``lifecycle(client)`` yields the steps; ``read``/``aread`` (an idempotent read) and ``missing`` (a 404) serve the
fault and contract tests. Used by the demo (``make demo``) and by the contract tests, which validate every exchange
against the specs.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from cloudprojects._providers import PROVIDERS

from ._steps import Steps


@dataclass(frozen=True)
class Step:
    """What one facade call did."""

    provider: str
    call: str
    outcome: str
    seconds: float


Lifecycle = Callable[[Any], Steps]


def script(provider: str) -> ModuleType:
    """The provider's script module (``lifecycle``, ``read``, ``aread``, ``missing``)."""
    return importlib.import_module(PROVIDERS[provider].lifecycle)


LIFECYCLES: dict[str, Lifecycle] = {key: script(key).lifecycle for key in PROVIDERS}


def run(provider: str, client: Any) -> list[Step]:
    """Drive ``client`` through the provider's lifecycle; any failure propagates as the facade raised it."""
    steps = []
    for label, call, describe in LIFECYCLES[provider](client):
        started = time.perf_counter()
        result = call()
        steps.append(Step(provider, label, describe(result), time.perf_counter() - started))
    return steps
