"""The main job (`make demo`): check the generated clients against the specs, start every registered provider's
simulator on loopback, and drive every provider through its lifecycle with the facades — with one injected fault
per provider that the retries recover from — printing what happened; then create one project per provider with
the `cloudprojects` command line and end with `cloudprojects inventory`, the cross-cloud table."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cloudprojects import sim
from cloudprojects.cli import _facade, _profiles
from cloudprojects.cli._names import command_name
from cloudprojects.cli._sim import list_values, profile_values
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
            before = endpoint.simulator.requests.total
            started = time.perf_counter()
            outcome = describe(call())
            rows.append((label, outcome, endpoint.simulator.requests.total - before, time.perf_counter() - started))
    return rows


def _cli() -> list[str]:
    script = shutil.which("cloudprojects", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-c", "from cloudprojects.cli import main; main()"]


def _create_words(provider: str, endpoint: sim.Endpoint) -> list[str]:
    """``<provider> projects create …`` with a demo value for each required input of the facade's ``create``."""
    operation = _facade.facade(provider).operations["create"]
    listed = list_values(provider, endpoint)
    words = [command_name(provider), "projects", "create"]
    for item in operation.inputs:
        if not item.required:
            continue
        value = listed.get(item.name) or ("Made by make demo" if "description" in item.name else "cli-demo")
        words += [value] if item.positional else ["--" + item.name.replace("_", "-"), value]
    return words


def _command_line(served: sim.Served) -> int:
    print("\n3. the command line: one project per provider, then `cloudprojects inventory` across all of them\n")
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "config.toml"
        env = {**os.environ, _profiles.CONFIG_ENV: str(config), "COLUMNS": "120"}
        for provider, endpoint in served.items():
            _profiles.save(_profiles.DEFAULT_PROFILE, provider, profile_values(provider, endpoint), config)
        for provider, endpoint in served.items():
            words = _create_words(provider, endpoint)
            print("$ cloudprojects " + shlex.join(words))
            created = subprocess.run([*_cli(), *words, "-o", "json"], env=env, capture_output=True, text=True)
            if created.returncode != 0:
                print(created.stderr, file=sys.stderr)
                return created.returncode
        print("$ cloudprojects inventory\n")
        return subprocess.run([*_cli(), "inventory", "-o", "table"], env=env, check=False).returncode


def main() -> int:
    if not _check_generated():
        print("generated/ is out of date: run `scripts/regenerate.py` and commit the result", file=sys.stderr)
        return 1
    print(f"\n2. the {len(sim.PROVIDERS)} simulators on loopback, each provider's lifecycle through its facade\n")
    header = f"{'provider':<24} {'call':<52} {'result':<44} {'attempts':>8} {'ms':>7}"
    print(header)
    print("-" * len(header))
    with sim.serve("all") as served:
        for provider, endpoint in served.items():
            for label, outcome, attempts, seconds in _drive(provider, endpoint):
                print(f"{provider:<24} {label:<52} {outcome[:44]:<44} {attempts:>8} {seconds * 1000:>7.1f}")
                provider = ""
        urls = ", ".join(f"{k} {e.url}" for k, e in served.items())
        print(f"\nAll {len(served)} lifecycles completed against real HTTP servers ({urls}).")
        return _command_line(served)


if __name__ == "__main__":
    sys.exit(main())
