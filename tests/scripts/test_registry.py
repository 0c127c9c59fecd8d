"""specs/codegen/providers.yaml is the one place that names the providers: everything else derives from it."""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cloudprojects import _providers, sim
from cloudprojects.sim.lifecycles import LIFECYCLES, script
from codegen import registry_files
from codegen.providers import ROOT, RegistryError, load_providers

PROVIDERS = load_providers()
# Files that may name several providers side by side, and why that is not a provider list kept by hand.
EXEMPT = {
    "specs/codegen/providers.yaml": "the registry itself",
    "wrappers/cloudprojects/_providers.py": "generated from the registry (checked below)",
    "uv.lock": "written by `uv lock` from the pyproject files",
    "generated/": "generator output",
    "benchmarks/": "side-by-side comparisons with each provider's official SDK on recorded wire bytes",
    "tests/benchmarks/": "checks the benchmark table above",
    "tests/auth/": "signing vectors and benchmarks per signature scheme (aliyun_sls_v4 is a scheme, not a provider)",
    "tests/generated/test_seeds.py": "one entry per seed document in shared/seeds/, the ground truth",
    "tests/typing/usage_example.py": "type-checks each facade's own call signatures under mypy --strict",
    "specs/FIDELITY.md": "one row per official artefact (SDK, upstream document) that judges a provider",
    # Issue 10's surface tests keep per-provider facts (request-id header, owned headers, a missing id, page-size
    # field) in tables of their own; moving those facts into the registry is left to their owner.
    "tests/surface/": "per-provider fact tables of the facade surface tests (see above)",
    "tests/adversarial/": "per-provider hostile-server fixtures (credentials, valid and broken bodies) of issue 11",
}
SPELLINGS = {spelling: key for key in PROVIDERS for spelling in (key, key.replace("_", "-"))}
TOKEN = re.compile(r"[A-Za-z0-9_.\-]+")
# A list of all providers but one (SLS is often special) is still a list kept by hand.
THRESHOLD = max(3, len(PROVIDERS) - 1)
WINDOW = 2 * THRESHOLD


def _named(text: str) -> set[str]:
    return {key for token in TOKEN.findall(text) for spelling, key in SPELLINGS.items() if spelling in token}


def _python_lists(source: str) -> list[tuple[int, set[str]]]:
    """Collection literals (and from-imports) in which THRESHOLD or more providers are named."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            named = {SPELLINGS[a.name] for a in node.names if a.name in SPELLINGS}
        elif isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict):
            elements = [k for k in node.keys if k is not None] if isinstance(node, ast.Dict) else node.elts
            named = set()
            for element in elements:
                for leaf in ast.walk(element):
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        named |= _named(leaf.value)
                    elif isinstance(leaf, ast.Name) and leaf.id in SPELLINGS:
                        named.add(SPELLINGS[leaf.id])
        else:
            continue
        if len(named) >= THRESHOLD:
            found.append((node.lineno, named))
    return found


def _text_lists(text: str) -> list[tuple[int, set[str]]]:
    """Any WINDOW consecutive lines (a table, a bullet list) that name THRESHOLD or more providers."""
    lines = text.splitlines()
    found = []
    for index in range(len(lines)):
        named = _named(" ".join(lines[index : index + WINDOW]))
        if len(named) >= THRESHOLD:
            found.append((index + 1, named))
    return found


def _without_marked_blocks(path: str, text: str) -> str:
    if Path(path) not in registry_files.BLOCKS:
        return text
    return registry_files.BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def hand_written_lists(root: Path) -> list[str]:
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    problems = []
    for path in tracked.split():
        if any(path == e or (e.endswith("/") and path.startswith(e)) for e in EXEMPT):
            continue
        try:
            text = (root / path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        text = _without_marked_blocks(path, text)
        hits = _python_lists(text) if path.endswith(".py") else _text_lists(text)
        problems += [f"{path}:{line}: names {', '.join(sorted(named))}" for line, named in hits[:1]]
    return problems


def test_no_file_names_a_provider_list_by_hand() -> None:
    assert hand_written_lists(ROOT) == []


def test_the_scan_sees_a_list_kept_by_hand() -> None:
    listed = ", ".join(repr(k) for k in PROVIDERS)
    assert _python_lists(f"KEYS = ({listed})\n") == [(1, set(PROVIDERS))]
    assert _python_lists(f"X = {{{', '.join(f'{k!r}: 1' for k in PROVIDERS)}}}\n")
    assert _python_lists(f"from cloudprojects import {', '.join(PROVIDERS)}\n")
    assert _text_lists("Providers:\n- " + "\n- ".join(k.replace("_", "-") for k in list(PROVIDERS)[:THRESHOLD]) + "\n")
    assert _python_lists("X = ('gcore_cloud', 'baidu_bls')\n") == []


def test_registry_derived_files_are_up_to_date() -> None:
    assert registry_files.stale() == [], "run scripts/regenerate.py"


def test_run_time_registry_states_the_registry() -> None:
    assert tuple(_providers.PROVIDERS) == tuple(PROVIDERS) == sim.PROVIDERS == tuple(LIFECYCLES)
    for key, provider in PROVIDERS.items():
        info = _providers.PROVIDERS[key]
        assert (info.distribution, info.client_package, info.specs) == (
            provider.distribution,
            provider.package,
            provider.specs,
        )
        assert info.credentials == provider.credentials and info.auth == provider.auth


@pytest.mark.parametrize("key", list(PROVIDERS))
def test_each_provider_has_what_its_entry_names(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    info = _providers.PROVIDERS[key]
    facade = importlib.import_module(info.facade)
    assert sim.simulator_class(key).provider == key
    assert callable(script(key).lifecycle) and callable(script(key).missing)
    for _, envs in info.credentials + info.settings:
        for env in envs:
            monkeypatch.delenv(env, raising=False)
    with pytest.raises(ValueError, match=info.credentials[0][1][0]):
        facade.Client()
    for name, envs in info.credentials:
        monkeypatch.setenv(envs[-1], f"from-the-environment-{name}")
    with facade.Client() as client:  # every credential found under the names the registry gives
        assert client is not None


def test_the_registry_refuses_what_it_cannot_derive_from(tmp_path: Path) -> None:
    source = (ROOT / "specs" / "codegen" / "providers.yaml").read_text(encoding="utf-8")
    cases = {
        "Not-A-Key:\n  title: x\n": "snake_case",
        source + "other:\n  title: X\n  parts: [{spec: gcore_cloud.yaml}]\n  auth: ApiKeyAuth\n": "more than one",
        source.replace("  keywords: [gcore]", "  keywords: [gcore]\n  colour: blue"): "unknown field",
        source.replace("api_key: [GCORE_API_KEY]", "api_key: [gcore-key]"): "environment variable",
    }
    for text, message in cases.items():
        path = tmp_path / "providers.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(RegistryError, match=message):
            load_providers(path)


def test_a_registry_change_makes_every_derived_file_stale(tmp_path: Path) -> None:
    for rel in [*registry_files.paths(), Path("specs/codegen/providers.yaml"), Path("VERSION")]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, tmp_path / rel)
    assert registry_files.stale(tmp_path) == []
    registry = tmp_path / "specs" / "codegen" / "providers.yaml"
    key = f"extra_{len(PROVIDERS)}_cloud"
    registry.write_text(
        registry.read_text(encoding="utf-8")
        + f"{key}:\n  title: Extra Cloud\n  parts: [{{spec: {key}.yaml}}]\n  auth: ApiKeyAuth\n"
        f"  signers: [{key.replace('_', '-')}-apikey]\n  credentials: {{api_key: [{key.upper()}_API_KEY]}}\n",
        encoding="utf-8",
    )
    assert sorted(map(str, registry_files.stale(tmp_path))) == sorted(map(str, registry_files.paths()))
    registry_files.write(tmp_path)
    assert registry_files.stale(tmp_path) == []
    pins = (tmp_path / "wrappers" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"cloudprojects-gen-{key.replace("_", "-")}==' in pins
    assert f"`{key.upper()}_API_KEY`" in (tmp_path / "README.md").read_text(encoding="utf-8")
