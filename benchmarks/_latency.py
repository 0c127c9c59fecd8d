"""Sequential per-call latency over keep-alive: each provider's seed operation and ``get``, every contender.

For each operation the contenders' clients are built once, warmed up, then measured in rounds; within a round
the contenders take turns of a few calls in a shuffled order, so a change of machine load hits them alike, and each
ratio is taken within one round.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import _providers as P
from _stats import Stat, ratios

BLOCK = 5  # consecutive calls per contender turn: the first pays for the caches the previous contender cooled
OURS, OURS_LEAN, RAW, SDK = "ours", "ours + urllib3 transport", "raw httpx", "official SDK"


@dataclass(frozen=True)
class Case:
    provider: str
    operation: str  # "seed" or "get"
    label: str  # what the row says, e.g. "replace (seed)"
    sdk: tuple[str, Callable[[str], P.SyncFactory]] | None = None


CASES = [
    Case("aliyun_sls", "seed", "update (seed)", ("aliyun-log-python-sdk", P.aliyun_sdk)),
    Case("aliyun_sls", "get", "get", ("aliyun-log-python-sdk", P.aliyun_sdk)),
    Case("microvisualizer", "seed", "update (seed)"),
    Case("microvisualizer", "get", "get"),
    Case("baidu_bls", "get", "get (seed)", ("bce-python-sdk", P.bce_sdk)),
    Case("gcore_cloud", "seed", "replace (seed)", ("gcore", P.gcore_sdk)),
    Case("gcore_cloud", "get", "get", ("gcore", P.gcore_sdk)),
    Case("ncp_media_intelligence", "seed", "update (seed)"),
    Case("ncp_media_intelligence", "get", "get"),
]


@dataclass
class CaseResult:
    case: Case
    per_call: dict[str, list[float]] = field(default_factory=dict)  # contender -> µs per call, per round

    def stat(self, contender: str) -> Stat | None:
        samples = self.per_call.get(contender)
        return Stat.of(samples) if samples else None

    def ratio(self, contender: str, baseline: str) -> Stat | None:
        if contender not in self.per_call or baseline not in self.per_call:
            return None
        return ratios(self.per_call[contender], self.per_call[baseline])


def contenders(case: Case) -> dict[str, P.SyncFactory]:
    from cloudprojects import transports

    found: dict[str, P.SyncFactory] = {
        OURS: P.ours(case.provider, case.operation),
        OURS_LEAN: P.ours(case.provider, case.operation, transports.urllib3_transport),
        RAW: P.raw_httpx(case.provider, case.operation),
    }
    if case.sdk is not None:
        found[SDK] = case.sdk[1](case.operation)
    return found


def measure(port: int, *, rounds: int, calls: int, warmup: int, cases: list[Case] | None = None) -> list[CaseResult]:
    """Per-call µs of every contender, one sample per round.

    Within a round the contenders take turns of ``BLOCK`` calls, in a fresh random order for every cycle (each contender
    follows each other one equally often, so none always inherits caches a heavier one has cooled), so a burst of
    load on this shared machine lands on all of them alike; each round's ratio compares calls made side by side.
    """
    results = []
    clock = time.perf_counter_ns
    for case in cases or CASES:
        made = {name: factory(port, None) for name, factory in contenders(case).items()}
        try:
            for call, _ in made.values():
                for _ in range(warmup):
                    call()
            result = CaseResult(case, {name: [] for name in made})
            names = list(made)
            order = [(name, made[name][0]) for name in names]
            shuffle = random.Random(f"{case.provider} {case.operation}").shuffle
            for _ in range(rounds):
                spent = dict.fromkeys(names, 0)
                for _ in range(max(calls // BLOCK, 1)):
                    shuffle(order)  # a fixed order would always run each contender after the same other one
                    for name, call in order:
                        started = clock()
                        for _ in range(BLOCK):
                            call()
                        spent[name] += clock() - started
                for name in names:
                    result.per_call[name].append(spent[name] / (max(calls // BLOCK, 1) * BLOCK) / 1000)
            results.append(result)
        finally:
            for _, close in made.values():
                close()
    return results


def sdk_name(case: Case) -> str | None:
    return case.sdk[0] if case.sdk else None


def table(results: list[CaseResult]) -> list[str]:
    """Markdown rows: per-call µs of each contender, then the goal ratios."""
    lines = [
        "| provider | operation | ours µs | ours + urllib3 µs | raw httpx µs | official SDK µs"
        " | ours / raw httpx (goal ≤ 1.10) | ours / SDK (goal < 1) | ours + urllib3 / SDK |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        case = result.case
        cells: list[Any] = [case.provider, case.label]
        for name in (OURS, OURS_LEAN, RAW, SDK):
            stat = result.stat(name)
            cells.append(stat.show() if stat else "—")
        if case.sdk:
            cells[-1] = f"{cells[-1]} ({case.sdk[0]})"
        for pair in ((OURS, RAW), (OURS, SDK), (OURS_LEAN, SDK)):
            ratio = result.ratio(*pair)
            cells.append(ratio.ratio() if ratio else "—")
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return lines
