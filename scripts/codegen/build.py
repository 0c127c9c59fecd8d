"""Generate one provider's distribution into a staging folder: clients, pydantic models, metadata."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from string import Template

import yaml
from datamodel_code_generator.__main__ import main as datamodel_codegen
from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from .manifest import write_manifest
from .providers import CODEGEN, ROOT, Provider, ruff_binary, suite_version

TEMPLATES = CODEGEN / "templates"
DISTRIBUTION = CODEGEN / "distribution"
CLIENT_CONFIG = CODEGEN / "openapi-python-client.yaml"
LICENSE = ROOT / "LICENSE"
RUFF_ARGS = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120"]
DATAMODEL_ARGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--disable-timestamp",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--set-default-enum-member",
    "--openapi-scopes",
    "schemas",
    "paths",
    "parameters",
    "--include-path-parameters",
    "--use-operation-id-as-name",
    "--use-schema-description",
    "--use-field-description",
    "--no-formatters",
]


class GenerationError(Exception):
    """A generator refused a spec or warned about it; the message names the file and the problem."""


def _generate_client(spec: Path, package: str, dest: Path) -> None:
    """openapi-python-client, in process, failing on any warning."""
    options = yaml.safe_load(CLIENT_CONFIG.read_text(encoding="utf-8"))
    options["package_name_override"] = package
    options["post_hooks"] = []
    config = Config.from_sources(ConfigFile(**options), MetaType.NONE, spec, "utf-8", True, output_path=dest)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"; keep the output ours
        errors = generate(config=config, custom_template_path=TEMPLATES)
    if errors:
        details = "\n  ".join(f"{e.level.value}: {e.header} {e.detail or ''}".strip() for e in errors)
        raise GenerationError(f"{spec.name}: openapi-python-client reported:\n  {details}")


def _generate_models(spec: Path, dest: Path) -> None:
    """datamodel-code-generator (pydantic v2), in process, relative input name for stable headers."""
    with contextlib.chdir(spec.parent):
        code = datamodel_codegen(["--input", spec.name, "--output", str(dest), *DATAMODEL_ARGS])
    if code != 0:
        raise GenerationError(f"{spec.name}: datamodel-code-generator exited with {code}")


def _format(root: Path) -> None:
    """The pinned ruff: drop unused imports, sort imports, format."""
    ruff = ruff_binary()
    for args in (
        ["check", *RUFF_ARGS, "--select", "F401,I", "--fix-only", "--quiet", "."],
        ["format", *RUFF_ARGS, "--quiet", "."],
    ):
        proc = subprocess.run([ruff, *args], cwd=root, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed in {root}: {proc.stderr.strip()}")


def _first_server(spec: Path) -> str:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    server = document["servers"][0]
    url: str = server["url"]
    for name, variable in server.get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url


def _render(name: str, **values: str) -> str:
    return Template((DISTRIBUTION / name).read_text(encoding="utf-8")).substitute(values)


def _write_distribution_files(provider: Provider, specs_dir: Path, out: Path) -> None:
    from importlib.metadata import version

    packages = []
    usage_part = provider.parts[-1]
    for part in provider.parts:
        module = f"{provider.package}.{part.subpackage}" if part.subpackage else provider.package
        packages.append(f"- `{module}`: the client for `specs/{part.spec}`")
        packages.append(f"- `{provider.pydantic_package}.{part.pydantic_module}`: pydantic v2 models of the same spec")
    usage_module = f"{provider.package}.{usage_part.subpackage}" if usage_part.subpackage else provider.package
    usage = (
        f"import httpx\n"
        f"from {usage_module} import Client\n"
        f"from {usage_module}.api.projects import get_project\n\n"
        f'client = Client(base_url="{_first_server(specs_dir / usage_part.spec)}", '
        f'httpx_args={{"auth": my_httpx_auth}})\n'
        f"response = get_project.sync_detailed(client=client, ...)"
    )
    specs = ", ".join(f"`specs/{p.spec}`" for p in provider.parts)
    values = {
        "distribution": provider.distribution,
        "provider": provider.key,
        "title": provider.title,
        "package": provider.package,
        "version": suite_version(),
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "spec_word": "specs" if len(provider.parts) > 1 else "spec",
        "specs": specs,
        "packages": "\n".join(packages),
        "usage": usage,
    }
    (out / "pyproject.toml").write_text(_render("pyproject.toml.tmpl", **values), encoding="utf-8")
    shutil.copyfile(LICENSE, out / "LICENSE")
    (out / "README.md").write_text(_render("README.md.tmpl", **values), encoding="utf-8")


def _bundle_specs(provider: Provider, specs_dir: Path, dest: Path) -> None:
    """Ship each spec, as JSON, inside the client package: the facades validate input against it."""
    dest.mkdir()
    (dest / "__init__.py").write_text('"""The OpenAPI documents this package was generated from, as JSON."""\n')
    for part in provider.parts:
        document = yaml.safe_load((specs_dir / part.spec).read_text(encoding="utf-8"))
        text = json.dumps(document, indent=1, ensure_ascii=False)
        (dest / f"{Path(part.spec).stem}.json").write_text(text + "\n", encoding="utf-8")


SHARABLE = ("types.py", "errors.py", "models/*.py")


def _public_names(source: str) -> list[str]:
    """Top-level names a generated module defines (classes, functions, assignments), in order."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [n for n in dict.fromkeys(names) if not n.startswith("__")]


def share_identical_modules(provider: Provider, package_dir: Path) -> list[str]:
    """Generate once what several spec documents of one provider share.

    A schema both SLS documents use (``Project``) comes out of the generator byte-identical in each subpackage;
    the later subpackages' copies (and identical ``types.py``/``errors.py``, so ``UNSET`` is one object) become
    re-exports of the first subpackage's, so ``list`` and ``get`` give the same class. Returns the modules
    turned into re-exports, relative to the package.
    """
    parts = [p.subpackage for p in provider.parts if p.subpackage]
    if len(parts) < 2:
        return []
    first, shared = package_dir / parts[0], []
    for sub in parts[1:]:
        for pattern in SHARABLE:
            for module in sorted((package_dir / sub).glob(pattern)):
                rel = module.relative_to(package_dir / sub)
                original = first / rel
                if module.name == "__init__.py" or not original.exists():
                    continue
                if original.read_bytes() != module.read_bytes():
                    continue
                dotted = ".".join((parts[0], *rel.with_suffix("").parts))
                dots = "." * (len(rel.parts) + 1)
                names = _public_names(original.read_text(encoding="utf-8"))
                lines = [
                    f'"""The same as ``{provider.package}.{dotted}``: generated once, re-exported here."""',
                    "",
                    *(f"from {dots}{dotted} import {name} as {name}" for name in names),
                    "",
                    f"__all__ = {names!r}",
                    "",
                ]
                module.write_text("\n".join(lines), encoding="utf-8")
                shared.append(f"{sub}/{rel.as_posix()}")
    return shared


def build_provider(provider: Provider, specs_dir: Path, out: Path) -> None:
    """Generate the whole distribution of one provider into `out` (which must not exist)."""
    out.mkdir(parents=True)
    package_dir = out / provider.package
    models_dir = out / provider.pydantic_package
    models_dir.mkdir()
    with tempfile.TemporaryDirectory(prefix=f"regen-{provider.key}-") as tmp:
        for part in provider.parts:
            spec = (specs_dir / part.spec).resolve()
            staged = Path(tmp) / (part.subpackage or provider.package)
            _generate_client(spec, provider.package, staged)
            target = package_dir / part.subpackage if part.subpackage else package_dir
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(staged), str(target))
            _generate_models(spec, models_dir / f"{part.pydantic_module}.py")
    share_identical_modules(provider, package_dir)
    if any(p.subpackage for p in provider.parts):
        subs = ", ".join(f"`{p.subpackage}` ({p.spec})" for p in provider.parts)
        (package_dir / "__init__.py").write_text(
            f'"""Generated clients for the {provider.title} project API: {subs}."""\n', encoding="utf-8"
        )
    (models_dir / "__init__.py").write_text(
        f'"""Pydantic v2 models of the {provider.title} spec(s), made by datamodel-code-generator."""\n',
        encoding="utf-8",
    )
    _bundle_specs(provider, specs_dir, package_dir / "openapi")
    for typed in (package_dir, models_dir):
        (typed / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    _format(out)
    _write_distribution_files(provider, specs_dir, out)
    write_manifest(provider, specs_dir, out)
