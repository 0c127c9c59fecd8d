"""The main job (`make demo`): check the generated clients against the specs, then show what they cover.

The simulators (cloudprojects.sim) are not built yet; once they are, this drives every provider through its
lifecycle against them.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from codegen.providers import SPECS, load_providers  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: Path) -> list[tuple[str, str, str, bool]]:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    rows = []
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                rows.append((op["operationId"], method.upper(), path, "x-cloudprojects-seed" in op))
    return rows


def main() -> int:
    print("1. generated/ against specs/ (scripts/regenerate.py --check)")
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"], check=False)
    if check.returncode != 0:
        print("generated/ is out of date: run `scripts/regenerate.py` and commit the result", file=sys.stderr)
        return 1
    print("\n2. generated clients")
    print(f"{'provider':<24} {'operation':<22} {'method':<7} {'path':<58} {'module'}")
    for provider in load_providers().values():
        for part in provider.parts:
            package = f"{provider.package}.{part.subpackage}" if part.subpackage else provider.package
            for op_id, method, path, seed in _operations(SPECS / part.spec):
                module = importlib.import_module(f"{package}.api.projects.{op_id}")
                assert callable(module.sync_detailed)
                label = f"{op_id}{' (seed)' if seed else ''}"
                print(f"{provider.key:<24} {label:<22} {method:<7} {path:<58} {module.__name__}")
    print("\n3. lifecycle against the local simulators: simulators not built yet (cloudprojects.sim)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
