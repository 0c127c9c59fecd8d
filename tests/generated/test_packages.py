"""Every generated package imports, is typed (py.typed) and passes mypy --strict."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.providers import GENERATED, ROOT, load_providers

PROVIDERS = load_providers()
PACKAGES = [name for p in PROVIDERS.values() for name in (p.package, p.pydantic_package)]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_imports(package: str) -> None:
    root = importlib.import_module(package)
    modules = [m.name for m in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")]
    assert modules, f"{package} has no modules"
    for name in modules:
        importlib.import_module(name)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_is_typed_and_installed_from_generated(package: str) -> None:
    module = importlib.import_module(package)
    location = Path(module.__file__ or "").resolve()
    assert location.is_relative_to(GENERATED.resolve()), f"{package} imported from {location}"
    assert (location.parent / "py.typed").is_file()


def test_generated_packages_pass_mypy_strict(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")
    dirs = [str(GENERATED / key / name) for key, p in PROVIDERS.items() for name in (p.package, p.pydantic_package)]
    proc = subprocess.run(
        [
            str(Path(sys.executable).parent / "mypy"),
            *("--strict", "--no-incremental", "--config-file", str(config), "--python-version", "3.11"),
            *dirs,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
