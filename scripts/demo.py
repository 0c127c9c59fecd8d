"""The main job (`make demo`): check the generated clients against the specs, start the five simulators on
loopback, and drive every provider through its lifecycle with the facades — with one injected fault per
provider that the retries recover from — printing what happened."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from cloudprojects import sim
from cloudprojects.sim.lifecycles import LIFECYCLES

ROOT = Path(__file__).resolve().parents[1]
FAULT_BEFORE = "get"


def _check_generated() -> bool:
    print("1. generated/ against specs/ (scripts/regenerate.py --check)")
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"], check=False)
    return check.returncode == 0


def _drive(provider: str, endpoint: sim.Endpoint) -> list[tuple[str, str, int, float]]:
    rows = []
    with endpoint.client(timeout=5.0) as client:
        for label, call, describe in LIFECYCLES[provider](client):
            if label.startswith(FAULT_BEFORE):
                endpoint.faults.queue(sim.Fault(sim.FaultKind.SERVER_ERROR, status=503))
                label += "  [injected 503, retried]"
            before = len(endpoint.simulator.requests)
            started = time.perf_counter()
            outcome = describe(call())
            rows.append((label, outcome, len(endpoint.simulator.requests) - before, time.perf_counter() - started))
    return rows


def main() -> int:
    if not _check_generated():
        print("generated/ is out of date: run `scripts/regenerate.py` and commit the result", file=sys.stderr)
        return 1
    print("\n2. the five simulators on loopback, each provider's lifecycle through its facade\n")
    header = f"{'provider':<24} {'call':<52} {'result':<44} {'attempts':>8} {'ms':>7}"
    print(header)
    print("-" * len(header))
    with sim.serve("all") as served:
        for provider, endpoint in served.items():
            for label, outcome, attempts, seconds in _drive(provider, endpoint):
                print(f"{provider:<24} {label:<52} {outcome[:44]:<44} {attempts:>8} {seconds * 1000:>7.1f}")
                provider = ""
        urls = ", ".join(f"{k} {e.url}" for k, e in served.items())
    print(f"\nAll five lifecycles completed against real HTTP servers ({urls}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
