"""Build, check and upload the suite's six distributions.

    scripts/publish.py --repository-url URL [DIST ...]     build, check, upload (credentials from the environment)
    scripts/publish.py --dry-run [DIST ...]                build and check only
    scripts/publish.py --sync-version                      copy VERSION into wrappers/ (after bumping it)

DIST is a distribution name (`cloudprojects`, `cloudprojects-gen-gcore-cloud`) or a provider key (`gcore_cloud`);
default: all six. Uploads go generated clients first, `cloudprojects` last, and only once every check passed:

1. the version agrees everywhere with VERSION (wrappers/pyproject.toml, its pins, `cloudprojects.__version__`);
2. the working tree is clean (what is uploaded is a commit; --dry-run only warns);
3. generated/ matches specs/ (`scripts/regenerate.py --check`);
4. no selected distribution has this version on the index yet (its simple API, `--index-url`);
5. sdist + wheel (from the sdist) built by pypa/build with SOURCE_DATE_EPOCH = the last commit's time;
6. `twine check --strict`, and each archive's contents: no tests or caches, nothing but the packages, `py.typed`,
   the generated MANIFEST.json (the spec stamp) and every generated file byte-for-byte, the LICENSE, the metadata.

Credentials: TWINE_USERNAME and TWINE_PASSWORD, or TWINE_PASSWORD alone holding an API token (user `__token__`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from publishing.building import Artifacts, BuildFailed, build_all, commit_epoch
from publishing.contents import sdist_problems, wheel_problems
from publishing.distributions import Distribution, select
from publishing.index import IndexUnavailable, existing_versions, simple_url_for
from publishing.versions import suite_version, sync_version, version_problems

from codegen.providers import ROOT


class Refused(Exception):
    """A precondition failed: nothing was uploaded."""


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("distributions", nargs="*", metavar="DIST", help="distribution names or provider keys")
    parser.add_argument("--repository-url", help="upload endpoint of the index (twine's --repository-url)")
    parser.add_argument("--index-url", help="the index's simple API (default: next to --repository-url)")
    parser.add_argument("--dry-run", action="store_true", help="build and check only; upload nothing")
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist", help="where to leave the archives (dist/)")
    parser.add_argument("--sync-version", action="store_true", help="copy VERSION into wrappers/ and exit")
    args = parser.parse_args(argv)
    if not (args.dry_run or args.sync_version or args.repository_url):
        parser.error("give --repository-url to upload, or --dry-run to build and check only")
    return args


def _step(message: str) -> None:
    print(f"• {message}", flush=True)


def _credentials() -> dict[str, str]:
    """twine's environment: a user and password, or a token as the password of `__token__`."""
    env = dict(os.environ)
    if not env.get("TWINE_PASSWORD"):
        raise Refused("no credentials: set TWINE_USERNAME and TWINE_PASSWORD, or TWINE_PASSWORD to an API token")
    env.setdefault("TWINE_USERNAME", "__token__")
    env["NO_COLOR"] = "1"
    return env


def _dirty_paths(root: Path) -> list[str]:
    proc = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=root, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise Refused(f"cannot read the git state of {root}: {proc.stderr.strip()}")
    return [line for line in proc.stdout.splitlines() if line.strip()]


def _check_generated() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise Refused(f"generated/ is out of date with specs/ (run scripts/regenerate.py):\n{proc.stderr.strip()}")


def _check_index(simple_url: str, dists: list[Distribution], version: str) -> None:
    with httpx.Client(timeout=30, follow_redirects=False) as client:
        try:
            taken = [d.name for d in dists if version in existing_versions(simple_url, d.name, client)]
        except IndexUnavailable as exc:
            raise Refused(str(exc)) from exc
    if taken:
        raise Refused(
            f"version {version} already exists on {simple_url} for: {', '.join(taken)}. An index never accepts a "
            f"version twice: bump VERSION (then scripts/regenerate.py and scripts/publish.py --sync-version)."
        )


def _twine(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "twine", *args],
        capture_output=True,
        text=True,
        env=env or {**os.environ, "NO_COLOR": "1"},
    )


def _check_artifacts(dists: list[Distribution], built: dict[str, Artifacts], version: str) -> None:
    files = [str(f) for a in built.values() for f in a.files]
    proc = _twine("check", "--strict", *files)
    if proc.returncode != 0:
        raise Refused(f"twine check --strict failed:\n{(proc.stdout + proc.stderr).strip()}")
    problems = []
    for dist in dists:
        problems += sdist_problems(dist, built[dist.name].sdist, version)
        problems += wheel_problems(dist, built[dist.name].wheel, version)
    if problems:
        raise Refused("the archives are not what they should be:\n  " + "\n  ".join(problems))


def _upload(dists: list[Distribution], built: dict[str, Artifacts], repository_url: str, env: dict[str, str]) -> None:
    done: list[str] = []
    for dist in dists:
        files = [str(f) for f in built[dist.name].files]
        proc = _twine(
            "upload", "--non-interactive", "--disable-progress-bar", "--repository-url", repository_url, *files, env=env
        )
        if proc.returncode != 0:
            rest = [d.name for d in dists if d.name not in done]
            raise SystemExit(
                f"upload of {dist.name} failed:\n{(proc.stdout + proc.stderr).strip()}\n"
                f"uploaded: {', '.join(done) or 'nothing'}; not uploaded: {', '.join(rest)}"
            )
        done.append(dist.name)
        _step(f"uploaded {dist.name}")


def publish(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    dists = select(args.distributions)
    version = suite_version()
    upload = not args.dry_run
    env = _credentials() if upload else None
    _step(f"{len(dists)} distribution(s) at version {version}: {', '.join(d.name for d in dists)}")
    if problems := version_problems():
        raise Refused("the version disagrees with VERSION:\n  " + "\n  ".join(problems))
    if dirty := _dirty_paths(ROOT):
        listing = "\n  ".join(dirty[:20]) + ("\n  …" if len(dirty) > 20 else "")
        if upload:
            raise Refused(f"the working tree is not clean; commit or stash first:\n  {listing}")
        _step(f"warning: the working tree is not clean (an upload would be refused):\n  {listing}")
    if args.repository_url:
        simple_url = args.index_url or simple_url_for(args.repository_url)
        _check_index(simple_url, dists, version)
        _step(f"version {version} is new on {simple_url}")
    _check_generated()
    _step(f"generated/ matches specs/ ({time.perf_counter() - started:.1f} s)")
    epoch = commit_epoch(ROOT)
    with tempfile.TemporaryDirectory(prefix="publish-") as tmp:
        try:
            built = build_all(dists, Path(tmp), epoch)
        except BuildFailed as exc:
            raise Refused(str(exc)) from exc
        _step(f"built {2 * len(built)} archives, SOURCE_DATE_EPOCH={epoch} ({time.perf_counter() - started:.1f} s)")
        _check_artifacts(dists, built, version)
        _step("twine check --strict and the contents checks passed")
        args.dist_dir.mkdir(parents=True, exist_ok=True)
        kept = {name: Artifacts(*(Path(shutil.copy2(f, args.dist_dir)) for f in a.files)) for name, a in built.items()}
    if upload and env is not None:
        _upload(dists, kept, args.repository_url, env)
    verb = "published" if upload else "built and checked (dry run; nothing uploaded)"
    _step(f"{verb}: {len(dists)} distribution(s) in {time.perf_counter() - started:.1f} s; archives in {args.dist_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.sync_version:
        changed = sync_version()
        print("\n".join(f"updated {p.relative_to(ROOT)}" for p in changed) or "wrappers/ already matches VERSION")
        return 0
    try:
        return publish(args)
    except Refused as exc:
        print(f"refusing to {'build' if args.dry_run else 'upload'}: {exc}\nnothing was uploaded.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
