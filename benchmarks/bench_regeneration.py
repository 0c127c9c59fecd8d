"""Regeneration time: a full regeneration of every provider and a no-op run, each as a whole process.

    benchmarks/bench_regeneration.py [--rounds N]

Full: `scripts/regenerate.py --force` into a scratch copy of generated/. No-op: `scripts/regenerate.py`
when nothing changed. Prints median and min-max wall time over the rounds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = ROOT / "scripts" / "regenerate.py"


def _time(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(REGENERATE), *args], check=True, capture_output=True)
    return time.perf_counter() - started


def _row(name: str, samples: list[float]) -> str:
    median, low, high = statistics.median(samples), min(samples), max(samples)
    return f"| {name} | {median:.2f} | {low:.2f}-{high:.2f} | {len(samples)} |"


def measure(rounds: int, providers: list[str] | None = None) -> tuple[list[float], list[float]]:
    """Seconds per full (``--force``) and per no-op regeneration, ``rounds`` of each, into a scratch copy."""
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        out = Path(tmp) / "generated"
        shutil.copytree(ROOT / "generated", out)
        target = [*(providers or []), "--output-dir", str(out)]
        full = [_time(["--force", *target]) for _ in range(rounds)]
        noop = [_time(target) for _ in range(rounds)]
    return full, noop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    full, noop = measure(args.rounds)
    print("| run | median s | min-max s | rounds |")
    print("|---|---|---|---|")
    print(_row("full regeneration (all providers, --force)", full))
    print(_row("no-op (inputs unchanged)", noop))
    return 0


if __name__ == "__main__":
    sys.exit(main())
