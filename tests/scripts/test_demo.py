"""The README's main command: the demo runs every provider's lifecycle against the loopback simulators."""

from __future__ import annotations

import subprocess
import sys

from codegen.providers import ROOT, load_providers


def test_demo_drives_every_provider_and_exits_zero() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], capture_output=True, text=True, check=False, timeout=300
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "generated/ matches specs/" in proc.stdout
    for provider in load_providers():
        assert f"\n{provider} " in proc.stdout
    assert proc.stdout.count("[injected 503, retried]") == len(load_providers())
    assert proc.stdout.count("[seed]") == len(load_providers())
    assert f"All {len(load_providers())} lifecycles completed" in proc.stdout
    inventory = proc.stdout.split("$ cloudprojects inventory", 1)[1]
    assert "┃ provider" in inventory
    for provider in load_providers():
        assert any(provider.replace("_", "-") in line and "cli-demo" in line for line in inventory.splitlines())
