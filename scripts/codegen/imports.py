"""After generating: does the hand-written code that sits on the generated packages still import?

Every module of each regenerated provider's facade, its simulator and its lifecycle script is imported in a
fresh interpreter that sees the new packages first. Beyond import errors, each attribute such a module reads
from a generated module it imported (``m.ProjectCreateRequest``, ``list_projects._get_kwargs``) must exist.
Each problem is reported as ``file:line: what is missing``, with the spec operation or schema behind it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .providers import ROOT, Provider

WRAPPERS = ROOT / "wrappers"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Runs in the child interpreter: import each module, then check attribute reads on generated modules.
_PROBE = r"""
import ast, importlib, json, sys, traceback, types

def where(exc):
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/wrappers/cloudprojects/" in f.filename]
    return (frames[-1].filename, frames[-1].lineno) if frames else (None, None)

found = []
for name in json.loads(sys.argv[1]):
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        path, line = where(exc)
        found.append({"module": name, "file": path, "line": line, "error": str(exc).split(" (")[0],
                      "missing_module": exc.name if isinstance(exc, ModuleNotFoundError) else None})
        continue
    source = getattr(module, "__file__", None)
    if not source or not source.endswith(".py"):
        continue
    tree = ast.parse(open(source, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            target = getattr(module, node.value.id, None)
            if isinstance(target, types.ModuleType) and target.__name__.startswith("cloudprojects_gen_"):
                if not hasattr(target, node.attr):
                    found.append({"module": name, "file": source, "line": node.lineno,
                                  "error": f"cannot import name '{node.attr}' from '{target.__name__}'",
                                  "missing_module": None})
print(json.dumps(found))
"""
_CANNOT = re.compile(r"cannot import name '(?P<name>[^']+)' from '(?P<module>[^']+)'")


def _modules(provider: Provider, wrappers: Path) -> list[str]:
    """The facade's modules, the simulator and the lifecycle script of one provider."""
    facade = wrappers / "cloudprojects" / provider.key
    names = [f"cloudprojects.{provider.key}"]
    names += sorted(f"cloudprojects.{provider.key}.{p.stem}" for p in facade.glob("*.py") if p.stem != "__init__")
    for module in (provider.simulator, provider.lifecycle):
        if (wrappers / (module.replace(".", "/") + ".py")).exists():
            names.append(module)
    return names


def _display(path: str | None) -> str:
    if not path:
        return "?"
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return path


def _operations(spec: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(METHOD, path shape) -> (operationId, path) of one spec."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict) and operation.get("operationId"):
                found[(method.upper(), _shape(path))] = (operation["operationId"], path)
    return found


def _previous_route(previous: Path, module: str, name: str) -> tuple[str, str] | None:
    """Method and path of an operation module in the previous generation (generated/), when it is there."""
    parts = module.split(".")
    distribution = parts[0].removeprefix("cloudprojects_gen_")
    source = previous / distribution / Path(*parts) / f"{name}.py"
    if not source.exists():
        return None
    text = source.read_text(encoding="utf-8")
    method = re.search(r'"method": "(\w+)"', text)
    url = re.search(r'"url": f?"([^"]+)"', text)
    if not (method and url):
        return None
    return method.group(1).upper(), _shape(url.group(1))


def _shape(path: str) -> str:
    """A path with its parameter names blanked (the generator renames them to snake_case)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _spec_for(provider: Provider, module: str) -> str:
    parts = module.split(".")
    subpackage = parts[1] if len(parts) > 1 else None
    for part in provider.parts:
        if part.subpackage == subpackage:
            return part.spec
    return provider.parts[0].spec


def _explain(provider: Provider, specs_dir: Path, previous: Path, item: dict[str, Any]) -> str:
    where = f"{_display(item['file'])}:{item['line'] or '?'}"
    match = _CANNOT.search(item["error"])
    if match is None and item.get("missing_module"):
        module, _, name = item["missing_module"].rpartition(".")
    elif match is not None:
        module, name = match["module"], match["name"]
    else:
        return f"{where}: {item['module']}: {item['error']}"
    spec = _spec_for(provider, module.removeprefix(provider.package + "."))
    if ".api." in f".{module}.":
        behind = f"specs/{spec} has no operationId '{name}'"
        route = _previous_route(previous, module, name)
        if route is not None:
            now = _operations(specs_dir / spec).get(route)
            if now is None:
                behind += f" (the operation {route[0]} {route[1]} is no longer in the spec)".replace("{}", "{…}")
            else:
                behind += f" ({route[0]} {now[1]} was '{name}' and is now operationId '{now[0]}')"
    elif module.endswith(".models") or ".models." in module:
        behind = f"no schema in specs/{spec} (components.schemas) generates '{name}'"
    else:
        behind = f"the generated code for specs/{spec} has no '{name}'"
    return f"{where}: '{name}' is missing from {module}: {behind}"


def check_imports(
    providers: list[Provider], specs_dir: Path, packages: dict[str, Path], previous: Path, wrappers: Path = WRAPPERS
) -> list[str]:
    """Problems importing the hand-written code of ``providers`` against the generated trees in ``packages``."""
    names = [name for p in providers for name in _modules(p, wrappers)]
    if not names:
        return []
    env = dict(os.environ)
    paths = [str(path) for path in packages.values()] + [str(wrappers)]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(names)], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0:
        return [f"importing the facades failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr else ''}"]
    by_module = {name: p for p in providers for name in _modules(p, wrappers)}
    explained = [_explain(by_module[item["module"]], specs_dir, previous, item) for item in json.loads(proc.stdout)]
    return list(dict.fromkeys(explained))  # one failing import surfaces through every module that imports it
