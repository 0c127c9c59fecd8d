"""Run the facade, signing, simulator and CLI tests on every supported CPython (`make test-matrix`).

    scripts/test_matrix.py [--python 3.12 ...]

The supported versions are the `Programming Language :: Python :: 3.X` classifiers of wrappers/pyproject.toml:
what the distributions claim is what is tested. Each version gets its own environment in .matrix/<version>/,
synced from uv.lock by the repository's pinned uv with interpreters already on the machine
(UV_PYTHON_DOWNLOADS=never). The test directories: tests/<provider> for every registered provider, tests/core,
tests/auth, tests/sim, and tests/cli when it exists. Exits 1 when any version fails or is missing, after a summary.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codegen.providers import ROOT, load_providers

UV = ROOT / ".tools" / "bin" / "uv"
MATRIX = ROOT / ".matrix"
CLASSIFIER = re.compile(r"^Programming Language :: Python :: (3\.\d+)$")
SUMMARY = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")


@dataclass
class Outcome:
    """One interpreter's run."""

    version: str
    interpreter: str = ""
    counts: str = ""
    seconds: float = 0.0
    ok: bool = False
    detail: str = ""


def supported_versions(pyproject: Path = ROOT / "wrappers" / "pyproject.toml") -> list[str]:
    """The CPython versions the `cloudprojects` classifiers claim, oldest first."""
    classifiers = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["classifiers"]
    found = [m.group(1) for c in classifiers if (m := CLASSIFIER.match(c))]
    return sorted(found, key=lambda v: tuple(map(int, v.split("."))))


def selected_tests(root: Path = ROOT) -> list[str]:
    """The facade, signing, simulator and CLI test directories that exist."""
    names = [*load_providers(root / "specs" / "codegen" / "providers.yaml"), "core", "auth", "sim", "cli"]
    return [f"tests/{name}" for name in names if (root / "tests" / name).is_dir()]


def find_interpreter(version: str) -> str | None:
    """An installed CPython X.Y: `pythonX.Y` on PATH when it runs, else pyenv's newest X.Y.* (shims of versions
    pyenv has not activated do not run)."""
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    installed = sorted(
        pyenv_root.glob(f"versions/{version}.*/bin/python{version}"),
        key=lambda p: int(p.parts[-3].rsplit(".", 1)[-1]) if p.parts[-3].rsplit(".", 1)[-1].isdigit() else -1,
        reverse=True,
    )
    candidates += [str(p) for p in installed]
    for candidate in candidates:
        if candidate and subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False).returncode == 0:
            return candidate
    return None


def _env(version: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(UV_PYTHON_DOWNLOADS="never", UV_PROJECT_ENVIRONMENT=str(MATRIX / version), VIRTUAL_ENV="")
    return env


def run_version(version: str, paths: list[str], workers: int) -> Outcome:
    outcome = Outcome(version)
    started = time.perf_counter()
    interpreter = find_interpreter(version)
    if interpreter is None:
        outcome.detail = f"no CPython {version} on this machine (PATH or pyenv)"
        return outcome
    sync = subprocess.run(
        [str(UV), "sync", "--frozen", "--all-groups", "--python", interpreter, "--quiet"],
        cwd=ROOT,
        env=_env(version),
        capture_output=True,
        text=True,
        check=False,
    )
    if sync.returncode != 0:
        outcome.detail = f"uv sync failed: {sync.stderr.strip().splitlines()[-1] if sync.stderr.strip() else ''}"
        outcome.seconds = time.perf_counter() - started
        return outcome
    python = MATRIX / version / "bin" / "python"
    outcome.interpreter = subprocess.run(
        [str(python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", str(workers), *paths]
    print(f"--- CPython {outcome.interpreter or version}: {' '.join(command[1:])}", flush=True)
    proc = subprocess.run(command, cwd=ROOT, env=_env(version), capture_output=True, text=True, check=False)
    tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    outcome.counts = ", ".join(f"{n} {word}" for n, word in SUMMARY.findall(tail)) or tail
    outcome.ok = proc.returncode == 0
    if not outcome.ok:
        failures = [line for line in proc.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        outcome.detail = "\n".join(failures[:20]) or (proc.stdout + proc.stderr)[-2000:]
    outcome.seconds = time.perf_counter() - started
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", action="append", metavar="X.Y", help="only these versions (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers per version (default 2)")
    args = parser.parse_args(argv)
    supported = supported_versions()
    wanted = args.python or supported
    unsupported = [v for v in wanted if v not in supported]
    if unsupported:
        parser.error(f"not a supported version: {', '.join(unsupported)} (classifiers say {', '.join(supported)})")
    paths = selected_tests()
    outcomes = [run_version(version, paths, args.workers) for version in wanted]
    print("\nCPython  interpreter  result                          seconds")
    for o in outcomes:
        print(f"{o.version:<8} {o.interpreter or '-':<12} {(o.counts or 'not run'):<31} {o.seconds:>7.1f}")
    for o in outcomes:
        if not o.ok:
            print(f"\n{o.version} failed:\n{o.detail}", file=sys.stderr)
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
