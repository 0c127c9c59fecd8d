"""Async throughput with 8 and 64 requests in flight: our AsyncClient vs raw httpx.AsyncClient vs AsyncGcore.

One event loop; ``inflight`` workers share a budget of ``total`` calls, each awaiting its next call as soon as
the previous one is answered (a closed loop, so the figure is requests per second at that concurrency). Every
client is built once per concurrency and warmed up (its pool filled); each round runs the contenders in a fresh
random order and ratios are taken within a round.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import _providers as P
from _stats import Stat, ratios

OURS, OURS_AIOHTTP = "ours", "ours + aiohttp transport"
RAW, RAW_AIOHTTP = "raw httpx.AsyncClient", "raw httpx.AsyncClient + aiohttp transport"
SDK, SDK_AIOHTTP = "AsyncGcore", "AsyncGcore + DefaultAioHttpClient"
INFLIGHT = (8, 64)


@dataclass(frozen=True)
class Case:
    provider: str
    operation: str
    label: str
    with_sdk: bool


CASES = [
    Case("gcore_cloud", "seed", "gcore_cloud replace (seed)", True),
    Case("aliyun_sls", "seed", "aliyun_sls update (seed, signed)", False),
]


@dataclass
class CaseResult:
    case: Case
    inflight: int
    rate: dict[str, list[float]] = field(default_factory=dict)  # contender -> requests/s, per round

    def stat(self, name: str) -> Stat | None:
        return Stat.of(self.rate[name]) if self.rate.get(name) else None

    def ratio(self, name: str, baseline: str) -> Stat | None:
        if name not in self.rate or baseline not in self.rate:
            return None
        return ratios(self.rate[name], self.rate[baseline])


def contenders(case: Case) -> dict[str, Callable[[int], Any]]:
    from cloudprojects import transports

    found: dict[str, Callable[[int], Any]] = {
        OURS: P.ours_async(case.provider, case.operation),
        OURS_AIOHTTP: P.ours_async(case.provider, case.operation, transports.aiohttp_transport),
        RAW: P.raw_httpx_async(case.provider, case.operation),
        RAW_AIOHTTP: P.raw_httpx_async(case.provider, case.operation, transports.aiohttp_transport),
    }
    if case.with_sdk:
        found[SDK] = P.gcore_sdk_async(case.operation)
        found[SDK_AIOHTTP] = P.gcore_sdk_async(case.operation, aiohttp=True)
    return found


async def _burst(call: P.AsyncCall, inflight: int, total: int) -> float:
    """Requests per second for ``total`` calls made by ``inflight`` concurrent workers."""
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(inflight)))
    return total / (time.perf_counter() - started)


async def _measure(port: int, rounds: int, total: int, warmup: int, cases: list[Case]) -> list[CaseResult]:
    results = []
    for case in cases:
        for inflight in INFLIGHT:
            made = {name: factory(port) for name, factory in contenders(case).items()}
            try:
                for call, _ in made.values():
                    await _burst(call, inflight, max(warmup, inflight * 2))
                result = CaseResult(case, inflight, {name: [] for name in made})
                names = list(made)
                shuffle = random.Random(f"{case.label} {inflight}").shuffle
                for _ in range(rounds):
                    shuffle(names)  # no contender always runs right after the same other one
                    for name in names:
                        result.rate[name].append(await _burst(made[name][0], inflight, total))
                results.append(result)
            finally:
                for _, close in made.values():
                    await close()
    return results


def measure(port: int, *, rounds: int, total: int, warmup: int, cases: list[Case] | None = None) -> list[CaseResult]:
    return asyncio.run(_measure(port, rounds, total, warmup, cases or CASES))


def table(results: list[CaseResult]) -> list[str]:
    lines = [
        "| operation | in flight | contender | requests/s | vs raw httpx.AsyncClient (default transport) |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        for name in result.rate:
            stat = result.stat(name)
            ratio = result.ratio(name, RAW)
            cells = [result.case.label, str(result.inflight), name, stat.show() if stat else "—"]
            cells.append(ratio.ratio() if ratio else "—")
            lines.append("| " + " | ".join(cells) + " |")
    return lines
