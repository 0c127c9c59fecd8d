"""Build sdists and wheels with pypa/build (the standard frontend), reproducibly.

Each wheel is built from its sdist, as an installer would build it, so a broken sdist cannot hide behind a good
wheel. One isolated build environment serves all six distributions: it is created once, gets the union of their
`build-system.requires`, constrained to the exact versions in BUILD_CONSTRAINTS (so the same commit builds the
same bytes next month too), and SOURCE_DATE_EPOCH fixes every timestamp in the archives.
"""

from __future__ import annotations

import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from build import BuildBackendException, BuildException, ProjectBuilder
from build.env import DefaultIsolatedEnv

from .distributions import Distribution

# The build backend and everything it imports, pinned: a new hatchling must not change the bytes of a rebuild.
BUILD_CONSTRAINTS = (
    "hatchling==1.33.0",
    "packaging==26.3",
    "pathspec==1.1.1",
    "pluggy==1.7.0",
    "tomlkit==0.15.2",
    "trove-classifiers==2026.9.21.13",
)


class BuildFailed(Exception):
    """A distribution did not build; the message names it and carries the backend's output."""


@dataclass(frozen=True)
class Artifacts:
    """The two files built for one distribution."""

    sdist: Path
    wheel: Path

    @property
    def files(self) -> tuple[Path, Path]:
        return (self.sdist, self.wheel)


def commit_epoch(root: Path) -> str:
    """SOURCE_DATE_EPOCH: the environment's if set, else the time of the last commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    proc = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not proc.stdout.strip().isdigit():
        raise SystemExit(f"cannot read the last commit time for SOURCE_DATE_EPOCH: {proc.stderr.strip()}")
    return proc.stdout.strip()


@contextmanager
def _environ(values: Mapping[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class _QuietRunner:
    """Runs the backend's hooks with their output captured, to show only when a build fails."""

    def __init__(self) -> None:
        self.log: list[str] = []

    def __call__(
        self, cmd: Sequence[str], cwd: str | None = None, extra_environ: Mapping[str, str] | None = None
    ) -> None:
        env = {**os.environ, **(extra_environ or {})}
        proc = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True, text=True, check=False)
        self.log.append(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            raise subprocess.CalledProcessError(proc.returncode, cmd, proc.stdout, proc.stderr)


def _unpack(sdist: Path, into: Path) -> Path:
    with tarfile.open(sdist) as archive:
        archive.extractall(into, filter="data")
    (top,) = [p for p in into.iterdir() if p.is_dir()]
    return top


def build_all(dists: Sequence[Distribution], out: Path, epoch: str) -> dict[str, Artifacts]:
    """Build an sdist, then a wheel from that sdist, for each distribution into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    runner = _QuietRunner()
    built: dict[str, Artifacts] = {}
    current = "the build environment"
    try:
        with (
            _environ({"SOURCE_DATE_EPOCH": epoch, "PYTHONHASHSEED": "0"}),
            DefaultIsolatedEnv() as env,
            tempfile.TemporaryDirectory(prefix="publish-unpack-") as scratch,
        ):
            builders = {d.name: ProjectBuilder.from_isolated_env(env, d.source, runner=runner) for d in dists}
            requires = sorted({r for b in builders.values() for r in b.build_system_requires})
            env.install(requires, constraints=BUILD_CONSTRAINTS)
            for dist in dists:
                current = dist.name
                runner.log.clear()
                sdist = Path(builders[dist.name].build("sdist", out))
                from_sdist = ProjectBuilder.from_isolated_env(
                    env, _unpack(sdist, Path(scratch) / dist.name), runner=runner
                )
                if extra := from_sdist.get_requires_for_build("wheel") - set(requires):
                    env.install(sorted(extra), constraints=BUILD_CONSTRAINTS)
                built[dist.name] = Artifacts(sdist, Path(from_sdist.build("wheel", out)))
    except (BuildException, BuildBackendException, subprocess.CalledProcessError) as exc:
        output = "".join(runner.log) + (getattr(exc, "stderr", None) or "")
        raise BuildFailed(f"{current}: build failed: {exc}\n{output}".rstrip()) from exc
    return built
