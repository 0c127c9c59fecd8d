"""The suite's one version: the VERSION file. Everything else that spells it is checked against it.

scripts/regenerate.py stamps VERSION into generated/*/pyproject.toml. The `cloudprojects` distribution keeps
a static copy (wrappers/pyproject.toml: its version and its `==` pins on the generated distributions;
`cloudprojects.__version__`), because a static version is what every tool reads without running code and what
an sdist needs; `sync_version` rewrites those copies from VERSION and `version_problems` names any that differ.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from codegen.providers import ROOT, load_providers

GEN_PREFIX = "cloudprojects-gen-"


def _paths(root: Path) -> tuple[Path, Path, Path]:
    return root / "VERSION", root / "wrappers" / "pyproject.toml", root / "wrappers" / "cloudprojects" / "__init__.py"


def suite_version(root: Path = ROOT) -> str:
    """The VERSION file, stripped; it must be a PEP 440 version."""
    text = _paths(root)[0].read_text(encoding="utf-8").strip()
    try:
        Version(text)
    except InvalidVersion as exc:
        raise SystemExit(f"VERSION: {text!r} is not a PEP 440 version") from exc
    return text


def _dunder_version(init: Path) -> str | None:
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = node.value
            return value.value if isinstance(value, ast.Constant) and isinstance(value.value, str) else None
    return None


def version_problems(root: Path = ROOT) -> list[str]:
    """Every place whose version disagrees with VERSION (empty when all agree)."""
    version = suite_version(root)
    _, pyproject, init = _paths(root)
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    problems = []
    if project.get("version") != version:
        problems.append(f"wrappers/pyproject.toml: version is {project.get('version')!r}, VERSION says {version!r}")
    if "version" in project.get("dynamic", []):
        problems.append("wrappers/pyproject.toml: the version must be static (it is checked against VERSION)")
    if (found := _dunder_version(init)) != version:
        problems.append(f"wrappers/cloudprojects/__init__.py: __version__ is {found!r}, VERSION says {version!r}")
    groups = {"dependencies": project.get("dependencies", [])}
    groups.update({f"[{k}]": v for k, v in project.get("optional-dependencies", {}).items()})
    for group, requirements in groups.items():
        pinned = set()
        for text in requirements:
            req = Requirement(text)
            if not canonicalize_name(req.name).startswith(GEN_PREFIX):
                continue
            pinned.add(canonicalize_name(req.name))
            if str(req.specifier) != f"=={version}":
                problems.append(f"wrappers/pyproject.toml {group}: {text!r} must pin =={version}")
        if group == "dependencies":
            missing = {
                canonicalize_name(p.distribution)
                for p in load_providers(root / "specs" / "codegen" / "providers.yaml").values()
            } - pinned
            problems += [f"wrappers/pyproject.toml: cloudprojects does not depend on {m}" for m in sorted(missing)]
    for provider in load_providers(root / "specs" / "codegen" / "providers.yaml").values():
        generated = root / "generated" / provider.key / "pyproject.toml"
        found_gen = tomllib.loads(generated.read_text(encoding="utf-8"))["project"].get("version")
        if found_gen != version:
            problems.append(
                f"generated/{provider.key}/pyproject.toml: version is {found_gen!r}, VERSION says {version!r} "
                f"(run scripts/regenerate.py)"
            )
    return problems


_PIN = re.compile(r'("cloudprojects-gen-[a-z0-9-]+(?:\[[a-z0-9,]+\])?==)[^"]+(")')
_PROJECT_VERSION = re.compile(r'^(version = ")[^"]*(")$', re.MULTILINE)
_DUNDER = re.compile(r'^(__version__ = ")[^"]*(")$', re.MULTILINE)


def sync_version(root: Path = ROOT) -> list[Path]:
    """Rewrite the static copies in wrappers/ from VERSION; return the files changed."""
    version = suite_version(root)
    _, pyproject, init = _paths(root)
    changed = []
    for path, patterns in ((pyproject, (_PROJECT_VERSION, _PIN)), (init, (_DUNDER,))):
        text = path.read_text(encoding="utf-8")
        new = text
        for pattern in patterns:
            count = 1 if pattern is _PROJECT_VERSION else 0
            new = pattern.sub(lambda m: f"{m.group(1)}{version}{m.group(2)}", new, count=count)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed
