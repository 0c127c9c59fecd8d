"""Command-line start-up: ``cloudprojects --help`` and one ``get`` against a loopback simulator, as whole processes,
side by side with ``python -c "import httpx"`` (and ``python -c pass``) in one run.

    benchmarks/bench_cli.py [--rounds N] [--write]

Each round runs every command once, in a freshly shuffled order; ratios to ``import httpx`` are taken round by round.
The processes may write bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped), as an installed package has them;
the unmeasured warm-up round writes them.
``--write`` puts the section into benchmarks/RESULTS.md (replacing the previous one); ``benchmarks/run.py`` writes
it too.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from _stats import Stat, ratios, verdict

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "## 7. Command line start-up"
BASELINE = 'python -c "import httpx"'
HELP = "cloudprojects --help"
GET = "cloudprojects gcore-cloud projects get 1"
GOAL = 1.5


def _script() -> str:
    return str(Path(sys.executable).with_name("cloudprojects"))


def _commands(url: str) -> dict[str, list[str]]:
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        BASELINE: [sys.executable, "-c", "import httpx"],
        HELP: [_script(), "--help"],
        GET: [_script(), "gcore-cloud", "projects", "get", "1", "--base-url", url, "-o", "json"],
    }


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(rounds: int) -> dict[str, list[float]]:
    """Seconds per command, one sample per round (after one unmeasured warm-up round)."""
    from cloudprojects import sim

    with sim.serve("gcore_cloud") as served:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(GCORE_API_KEY=served.credentials["api_key"], CLOUDPROJECTS_CONFIG=os.devnull)
        commands = _commands(served.url)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        shuffler = random.Random(14)
        for index in range(rounds + 1):
            order = list(commands)
            shuffler.shuffle(order)
            for name in order:
                seconds = _time(commands[name], env)
                if index:
                    samples[name].append(seconds)
    return samples


def section(samples: dict[str, list[float]]) -> list[str]:
    """The RESULTS.md section for these samples."""
    rounds = len(samples[BASELINE])
    help_ratio = ratios(samples[HELP], samples[BASELINE])
    lines = [
        TITLE,
        "",
        f"Wall time of whole processes from spawn to exit, median (min-max) over {rounds} rounds (`benchmarks/"
        "bench_cli.py`; every command once per round, shuffled; ratios to `import httpx` taken round by round). The"
        " `get` is against the Gcore simulator on loopback (credentials from the environment, JSON output). Bytecode"
        " caches present (written by an unmeasured warm-up round), as in an installed package.",
        "",
        "| command | ms | vs `import httpx` |",
        "|---|---|---|",
    ]
    for name, values in samples.items():
        ms = Stat.of([v * 1000 for v in values]).show()
        lines.append(f"| `{name}` | {ms} | {ratios(values, samples[BASELINE]).ratio()} |")
    lines += [
        "",
        f"Goal: `cloudprojects --help` within {GOAL}x of `import httpx`: {help_ratio.median:.2f}x,"
        f" {verdict(help_ratio.median <= GOAL)}. `--help` imports Typer and the provider list only (no facade, no"
        " httpx); a provider command imports that one facade and reads its spec.",
        "",
    ]
    return lines


def write(lines: list[str], results: Path = RESULTS) -> None:
    """Replace this section in RESULTS.md, or put it before ``## Profile``."""
    text = results.read_text(encoding="utf-8")
    block = "\n".join(lines).rstrip() + "\n\n"
    if TITLE in text:
        before, rest = text.split(TITLE, 1)
        after = rest.split("\n## ", 1)[1] if "\n## " in rest else ""
        text = before + block + ("## " + after if after else "")
    else:
        before, marker, after = text.partition("## Profile")
        text = before + block + marker + after if marker else text.rstrip() + "\n\n" + block
    results.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--write", action="store_true", help="put the section into benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    lines = section(measure(args.rounds))
    print("\n".join(lines))
    if args.write:
        write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
