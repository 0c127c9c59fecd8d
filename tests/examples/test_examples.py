"""Every script in examples/ runs against the simulators and prints what its docstring promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen.providers import load_providers

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PROVIDERS = list(load_providers(ROOT / "specs" / "codegen" / "providers.yaml"))

# What each script must print (in this order); a lifecycle script must create and delete.
EXPECTED = {
    "async_usage.py": ["created 3 projects concurrently", "listed", "deleted 3 projects concurrently"],
    "error_handling.py": [
        "ValidationError before sending: name:",
        "NotFoundError: status 404",
        "after a 503, the retried get succeeded: Resilient",
        "RateLimitError: status 429",
    ],
    "testing_with_sim.py": [
        "passed: test_archives_only_the_stale_projects",
        "passed: test_survives_a_transient_server_error",
        "passed: test_reports_rate_limiting_when_retries_are_off",
    ],
    "pagination_pages.py": ["page 1:", "page 2:", "total reported: 5", "items across pages: 5"],
    **{f"{provider}_lifecycle.py": ["created", "listed", "deleted"] for provider in PROVIDERS},
}


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_every_example_is_checked_and_every_provider_has_a_lifecycle() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_against_the_simulators(script: str) -> None:
    proc = _run(script)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    position = 0
    for line in EXPECTED[script]:
        found = proc.stdout.find(line, position)
        assert found >= 0, f"{script} did not print {line!r} (after position {position}):\n{proc.stdout}"
        position = found + len(line)


def test_the_testing_example_is_a_pytest_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLES / "testing_with_sim.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 passed" in proc.stdout
