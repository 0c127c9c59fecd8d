"""Pair our specs' operations with the upstream contracts (``specs/upstream/``) and list where they differ."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from contracts import Operation, differences, openapi_contract, route

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
UPSTREAM = SPECS / "upstream"
MARK = "Upstream drift"
LISTED = re.compile(r"`([^`]+)`")
SLS_SDK_NAMES = {"list_projects": "list_project"}


@dataclass(frozen=True)
class Pair:
    """One of our operations, its upstream counterpart (None when upstream has none) and where it is written."""

    provider: str
    operation_id: str
    spec: Path
    ours: Operation
    theirs: Operation | None
    deviations: tuple[str, ...]

    def differences(self) -> dict[str, str]:
        return differences(self.ours, self.theirs)

    def listed(self) -> set[str]:
        """The difference ids the spec lists: ``Upstream drift `id`, `id`: reason`` entries of
        ``x-cloudprojects-seed-deviations`` (the ids are the quoted names before the reason)."""
        heads = [text.partition("`: ")[0] + "`" for text in self.deviations if text.startswith(MARK)]
        return {key for head in heads for key in LISTED.findall(head)}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ours(spec: Path, host: str | None = None) -> list[tuple[str, Operation, tuple[str, ...]]]:
    document = load(spec)
    contract = openapi_contract(document, host)
    found = []
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") in contract:
                deviations = tuple(operation.get("x-cloudprojects-seed-deviations", []))
                found.append((operation["operationId"], contract[operation["operationId"]], deviations))
    return found


def upstream_operations() -> dict[str, dict[str, Operation]]:
    """Every upstream contract by provider: the official MicroVisualizer document and the SDK-derived ones."""
    return {
        "microvisualizer": openapi_contract(load(UPSTREAM / "microvisualizer-v1.yaml")),
        "gcore_cloud": load(UPSTREAM / "gcore_cloud.sdk-contract.yaml")["operations"],
        "aliyun_sls": load(UPSTREAM / "aliyun_sls.sdk-contract.yaml")["operations"],
    }


def pairs() -> list[Pair]:
    """Every operation of our microvisualizer, gcore_cloud and aliyun_sls specs with its upstream counterpart."""
    upstream = upstream_operations()
    found = []
    for provider in ("microvisualizer", "gcore_cloud"):
        by_route = {route(op): op for op in upstream[provider].values()}
        spec = SPECS / f"{provider}.yaml"
        for operation_id, ours, deviations in _ours(spec):
            found.append(Pair(provider, operation_id, spec, ours, by_route.get(route(ours)), deviations))
    for spec, host in ((SPECS / "aliyun_sls.yaml", "endpoint"), (SPECS / "aliyun_sls_project.yaml", "project")):
        for operation_id, ours, deviations in _ours(spec, host):
            theirs = upstream["aliyun_sls"].get(SLS_SDK_NAMES.get(operation_id, operation_id))
            found.append(Pair("aliyun_sls", operation_id, spec, ours, theirs, deviations))
    return found
