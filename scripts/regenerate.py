"""Regenerate the raw clients and simulator models from specs/.

    scripts/regenerate.py [PROVIDER ...] [--check] [--force]

Lint the specs (openapi-spec-validator, Spectral), then for each provider run openapi-python-client and
datamodel-code-generator into a staging folder, format with the pinned ruff, write MANIFEST.json, and
replace generated/<provider>/ with the result. A provider whose inputs match its manifest (and whose files
nobody touched) is skipped. --check regenerates everything into a temporary folder, changes nothing, and
exits 1 listing each drifted, missing or extra file.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codegen.lint import LintError, lint
from codegen.manifest import MANIFEST, is_current, tree_hashes
from codegen.providers import GENERATED, ROOT, SPECS, Provider, load_providers


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="provider keys (default: all)")
    parser.add_argument("--check", action="store_true", help="compare with generated/, change nothing")
    parser.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    parser.add_argument("--specs-dir", type=Path, default=SPECS, help=argparse.SUPPRESS)
    parser.add_argument("--output-dir", type=Path, default=GENERATED, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2, help="parallel providers (default 2)")
    return parser.parse_args(argv)


def _select(names: list[str]) -> list[Provider]:
    providers = load_providers()
    unknown = [n for n in names if n not in providers]
    if unknown:
        raise SystemExit(f"unknown provider(s): {', '.join(unknown)}; known: {', '.join(providers)}")
    return [providers[n] for n in names] if names else list(providers.values())


def _build(job: tuple[Provider, Path, Path]) -> str | None:
    """Build one provider in a worker; return an error message instead of raising across processes."""
    from codegen.build import GenerationError, build_provider

    provider, specs_dir, out = job
    try:
        build_provider(provider, specs_dir, out)
    except GenerationError as exc:
        return str(exc)
    return None


def _build_all(providers: list[Provider], specs_dir: Path, staging: Path, jobs: int) -> None:
    work = [(p, specs_dir, staging / p.key) for p in providers]
    if jobs > 1 and len(work) > 1:
        import codegen.build  # noqa: F401  (imports the generators once, before forking)

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            failures = [f for f in pool.map(_build, work) if f]
    else:
        failures = [f for f in map(_build, work) if f]
    if failures:
        raise SystemExit("generation failed:\n" + "\n".join(failures))


def _drift(staged: Path, current: Path) -> list[str]:
    """Relative paths that differ between a fresh generation and the committed one."""
    rel = current.relative_to(ROOT) if current.is_relative_to(ROOT) else current
    if not current.exists():
        return [f"missing: {rel}/"]
    new, old = tree_hashes(staged), tree_hashes(current)
    problems = [f"missing: {rel}/{p}" for p in sorted(new.keys() - old.keys())]
    problems += [f"extra: {rel}/{p}" for p in sorted(old.keys() - new.keys())]
    problems += [f"drifted: {rel}/{p}" for p in sorted(new.keys() & old.keys()) if new[p] != old[p]]
    if not (current / MANIFEST).exists():
        problems.append(f"missing: {rel}/{MANIFEST}")
    elif not filecmp.cmp(staged / MANIFEST, current / MANIFEST, shallow=False):
        problems.append(f"drifted: {rel}/{MANIFEST}")
    return problems


def _replace(staged: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(staged, dest)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    providers = _select(args.providers)
    specs_dir, output_dir = args.specs_dir.resolve(), args.output_dir.resolve()
    started = time.perf_counter()
    todo = providers
    if not (args.check or args.force):
        todo = [p for p in providers if not is_current(p, specs_dir, output_dir / p.key)]
        for p in providers:
            if p not in todo:
                print(f"{p.key}: up to date")
    if not todo:
        print(f"nothing to do ({time.perf_counter() - started:.2f} s)")
        return 0
    try:
        lint(specs_dir / part.spec for p in todo for part in p.parts)
    except LintError as exc:
        print(exc, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        staging = Path(tmp)
        _build_all(todo, specs_dir, staging, args.jobs)
        if args.check:
            problems = [d for p in todo for d in _drift(staging / p.key, output_dir / p.key)]
            if problems:
                print("generated/ is out of date with specs/ (run scripts/regenerate.py):", file=sys.stderr)
                print("\n".join(f"  {line}" for line in problems), file=sys.stderr)
                return 1
            elapsed = time.perf_counter() - started
            print(f"generated/ matches specs/ for {len(todo)} provider(s) ({elapsed:.2f} s)")
            return 0
        for p in todo:
            _replace(staging / p.key, output_dir / p.key)
            print(f"{p.key}: regenerated")
    print(f"done ({time.perf_counter() - started:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
