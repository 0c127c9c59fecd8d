"""Regenerate the raw clients and simulator models from specs/.

    scripts/regenerate.py [PROVIDER ...] [--check] [--force]

First rewrite what derives from the provider registry (specs/codegen/providers.yaml): the run-time registry
wrappers/cloudprojects/_providers.py and the marked provider blocks of the pyproject files and wrappers/README.md.
Then lint the specs (openapi-spec-validator, the registry's facts, Spectral), and for each provider run
openapi-python-client and datamodel-code-generator into a staging folder, format with the pinned ruff, write
MANIFEST.json, and replace generated/<provider>/ with the result. Last, import every facade, simulator and
lifecycle script against the new code: a symbol the new code no longer has fails the run, naming the spec
operation or schema behind it. A provider whose inputs match its manifest (and whose files nobody touched) is
skipped. --check does all of this in a temporary folder, changes nothing, and exits 1 listing each drifted,
missing or extra file and each broken import.
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

from codegen import registry_files
from codegen.imports import check_imports
from codegen.lint import LintError, lint
from codegen.manifest import MANIFEST, is_current, tree_hashes
from codegen.providers import GENERATED, ROOT, SPECS, Provider, RegistryError, load_providers


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
    try:
        providers = load_providers()
    except RegistryError as exc:
        raise SystemExit(f"specs/codegen/providers.yaml: {exc}") from exc
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


def _registry_files(check: bool) -> list[str]:
    """Bring the registry-derived files up to date (or, with check, list the stale ones)."""
    if check:
        return [f"drifted: {path} (derived from specs/codegen/providers.yaml)" for path in registry_files.stale()]
    for path in registry_files.write():
        print(f"{path}: rewritten from specs/codegen/providers.yaml")
    return []


def _imports(providers: list[Provider], specs_dir: Path, packages: dict[str, Path]) -> list[str]:
    return check_imports(providers, specs_dir, packages, previous=GENERATED)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    providers = _select(args.providers)
    specs_dir, output_dir = args.specs_dir.resolve(), args.output_dir.resolve()
    started = time.perf_counter()
    stale = _registry_files(args.check)
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
        lint([specs_dir / part.spec for p in todo for part in p.parts], providers=todo)
    except LintError as exc:
        print(exc, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        staging = Path(tmp)
        _build_all(todo, specs_dir, staging, args.jobs)
        broken = _imports(todo, specs_dir, {p.key: staging / p.key for p in todo})
        if args.check:
            problems = stale + [d for p in todo for d in _drift(staging / p.key, output_dir / p.key)]
            if problems:
                print("generated/ is out of date with specs/ (run scripts/regenerate.py):", file=sys.stderr)
                print("\n".join(f"  {line}" for line in problems), file=sys.stderr)
            if broken:
                print(_broken_message(broken), file=sys.stderr)
            if problems or broken:
                return 1
            elapsed = time.perf_counter() - started
            print(f"generated/ matches specs/ for {len(todo)} provider(s) ({elapsed:.2f} s)")
            return 0
        for p in todo:
            _replace(staging / p.key, output_dir / p.key)
            print(f"{p.key}: regenerated")
    if broken:
        print(_broken_message(broken), file=sys.stderr)
        return 1
    print(f"done ({time.perf_counter() - started:.2f} s)")
    return 0


def _broken_message(broken: list[str]) -> str:
    lines = "\n".join(f"  {line}" for line in broken)
    return f"the new code breaks what imports it (change the facade or the spec):\n{lines}"


if __name__ == "__main__":
    sys.exit(main())
