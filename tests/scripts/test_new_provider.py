"""scripts/new_provider.py in a scratch copy of the repository: a sixth provider registered in one place appears in
the facades, simulators, demo, versions, publishing and docs, and its tests pass, with no other file edited."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.providers import ROOT

KEY = "acme_cloud"
# What the scaffold writes by hand-editable template: the whole of a new API-key provider.
SCAFFOLDED = {
    f"specs/{KEY}.yaml",
    "specs/codegen/providers.yaml",
    f"wrappers/cloudprojects/{KEY}/__init__.py",
    f"wrappers/cloudprojects/{KEY}/_client.py",
    f"wrappers/cloudprojects/{KEY}/_calls.py",
    f"wrappers/cloudprojects/{KEY}/_projects.py",
    f"wrappers/cloudprojects/{KEY}/_profile.py",
    f"wrappers/cloudprojects/sim/_{KEY}.py",
    f"wrappers/cloudprojects/sim/lifecycles/{KEY}.py",
    f"tests/{KEY}/test_facade.py",
    f"tests/sim/test_{KEY}.py",
}
# What the tools rewrite from the registry (regenerate.py) and the workspace (uv lock): nobody edits these.
DERIVED = {
    "README.md",
    "wrappers/README.md",
    "pyproject.toml",
    "wrappers/pyproject.toml",
    "wrappers/cloudprojects/_providers.py",
    "uv.lock",
}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


def _copy_repository(dest: Path) -> None:
    """The working tree's files (tracked, and new ones not ignored), as a fresh repository with one commit."""
    listed = _git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "-c", "user.name=scratch", "-c", "user.email=scratch@localhost", "commit", "-qm", "base")
    for shared in ("node_modules", ".tools"):  # Spectral and the pinned uv: reused, not reinstalled
        (dest / shared).symlink_to(ROOT / shared)
    (dest / ".git" / "info" / "exclude").write_text("node_modules\n.tools\n", encoding="utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    _copy_repository(repo)
    proc = subprocess.run(
        [sys.executable, "scripts/new_provider.py", KEY, "--auth", "apikey", "--title", "Acme Cloud"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "UV_PROJECT_ENVIRONMENT": str(repo / ".venv")}
    env.pop("VIRTUAL_ENV", None)
    sync = subprocess.run(  # what `make setup` does: from the warm uv cache, in seconds
        [str(repo / ".tools/bin/uv"), "sync", "--frozen", "--all-groups", "--python", sys.executable, "--quiet"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert sync.returncode == 0, sync.stderr
    return repo


def _python(repo: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(repo / ".venv/bin/python"), *args], cwd=repo, capture_output=True, text=True, check=False, timeout=timeout
    )


def test_the_scaffold_touches_only_its_own_files_and_derived_ones(scratch: Path) -> None:
    changed = {line[3:] for line in _git(scratch, "status", "--porcelain", "--untracked-files=all").splitlines()}
    generated = {path for path in changed if path.startswith(f"generated/{KEY}/")}
    assert generated, "the raw client was generated"
    assert changed - generated == SCAFFOLDED | DERIVED


def test_the_new_providers_tests_pass_with_the_registry_tests(scratch: Path) -> None:
    proc = _python(
        scratch,
        *("-m", "pytest", "-q", "-p", "no:cacheprovider"),
        *(f"tests/{KEY}", f"tests/sim/test_{KEY}.py", "tests/scripts/test_registry.py"),
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert f"test_each_provider_has_what_its_entry_names[{KEY}]" not in proc.stdout  # passed, not listed as failed


def test_the_contract_and_fault_tests_include_it(scratch: Path) -> None:
    proc = _python(
        scratch,
        *("-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", KEY),
        *("tests/contract/test_openapi_core.py", "tests/sim/test_loopback_faults.py"),
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
    passed = int(proc.stdout.strip().splitlines()[-1].split(" passed")[0].split()[-1])
    assert passed >= 2 + 2 * 6 + 2  # openapi-core lifecycle and errors; every fault sync and async; retries


def test_lint_passes_on_what_the_scaffold_wrote(scratch: Path) -> None:
    written = sorted(p for p in SCAFFOLDED if p.endswith(".py"))
    assert _python(scratch, "-m", "ruff", "check", *written).returncode == 0
    assert _python(scratch, "-m", "ruff", "format", "--check", *written).returncode == 0
    mypy = _python(scratch, "-m", "mypy", *(p for p in written if p.startswith("wrappers/")))
    assert mypy.returncode == 0, mypy.stdout


def test_the_demo_drives_six_providers(scratch: Path) -> None:
    proc = _python(scratch, "scripts/demo.py")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"\n{KEY} " in proc.stdout
    assert "All 6 lifecycles completed" in proc.stdout


def test_versions_publishing_and_docs_list_it(scratch: Path) -> None:
    versions = _python(scratch, "-c", f"import cloudprojects; print(cloudprojects.versions()[{KEY!r}].distribution)")
    assert versions.stdout.strip() == "cloudprojects-gen-acme-cloud", versions.stderr
    publishing = _python(
        scratch,
        "-c",
        "import sys; sys.path.insert(0, 'scripts')\n"
        "from publishing.distributions import all_distributions\n"
        "from publishing.versions import version_problems\n"
        "print([d.name for d in all_distributions()][-2:], version_problems())",
    )
    assert publishing.stdout.strip() == "['cloudprojects-gen-acme-cloud', 'cloudprojects'] []", publishing.stderr
    assert "(`acme_cloud`)" in (scratch / "README.md").read_text(encoding="utf-8")
    assert "`ACME_CLOUD_API_KEY`" in (scratch / "README.md").read_text(encoding="utf-8")
    assert "| `acme_cloud` | Acme Cloud | `cloudprojects.acme_cloud` |" in (scratch / "wrappers/README.md").read_text(
        encoding="utf-8"
    )
    served = _python(scratch, "-c", f"from cloudprojects import sim; print({KEY!r} in sim.PROVIDERS)")
    assert served.stdout.strip() == "True"
