"""The facades' public types hold up under mypy --strict in user code (and a wrong call is caught)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MYPY = str(Path(sys.executable).parent / "mypy")


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [MYPY, "--strict", "--no-incremental", "--follow-imports=silent", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_typed_usage_example_passes_mypy_strict() -> None:
    proc = _mypy(HERE / "usage_example.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_wrong_call_is_a_type_error(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from cloudprojects import gcore_cloud\n"
        "def f(c: gcore_cloud.Client) -> None:\n"
        "    c.projects.replace('one', name=2)\n"
    )
    proc = _mypy(wrong)
    assert proc.returncode == 1
    assert 'incompatible type "str"' in proc.stdout and 'incompatible type "int"' in proc.stdout
