"""End to end: publish all six distributions to a real package index on loopback, install them into a fresh
virtual environment, and use the installed copies.

The index is pypiserver (from the `publish` dependency group) on 127.0.0.1; the distributions come from it and
their third-party dependencies (httpx, attrs, pydantic, …) from the machine's usual registry. What is published
is a one-commit copy of this working tree, so the clean-tree rule holds without touching the checkout.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from codegen.providers import ROOT, load_providers

VERSION = (ROOT / "VERSION").read_text(encoding="utf-8").strip()
PROVIDERS = load_providers()
DISTRIBUTIONS = [p.distribution for p in PROVIDERS.values()] + ["cloudprojects"]

# Run by the fresh environment's python with only the five generated clients installed: each imports and builds
# its own Client, and Gcore's makes the seed call (against an httpx.MockTransport answering the spec's example).
STANDALONE = """
import importlib, json, sys
import httpx
try:
    import cloudprojects
except ModuleNotFoundError:
    pass
else:
    sys.exit("cloudprojects is importable, but only the generated clients were installed")
modules, response_file = json.loads(sys.argv[1]), sys.argv[2]
clients = {m: type(importlib.import_module(m).Client(base_url="https://example.invalid")).__module__ for m in modules}

from cloudprojects_gen_gcore_cloud import Client
from cloudprojects_gen_gcore_cloud.api.projects import replace_project
from cloudprojects_gen_gcore_cloud.models import ProjectReplaceRequest

seen = []
def answer(request):
    seen.append([request.method, request.url.path, request.headers["authorization"], json.loads(request.content)])
    return httpx.Response(200, content=open(response_file, "rb").read(), headers={"content-type": "application/json"})
client = Client(base_url="https://api.gcore.com", headers={"Authorization": "apikey e2e"},
                httpx_args={"transport": httpx.MockTransport(answer)})
project = replace_project.sync(1, client=client, body=ProjectReplaceRequest(name="New Project"))
print(json.dumps({"clients": clients, "seen": seen, "project": [project.id, project.name]}))
"""

# Run by the same environment after `pip install cloudprojects[sim]`: one seed operation per provider through the
# facade, against the in-process simulator (SimTransport), plus where everything was imported from.
SEEDS = """
import importlib, json, sys, traceback
import cloudprojects
from cloudprojects import sim

def aliyun_sls(c):
    c.projects.create("ali-project-test", description="made by the e2e test")
    c.projects.update("ali-project-test", description="Description of my-project-test")
    return c.projects.get("ali-project-test").description

def microvisualizer(c):
    created = c.projects.create(name="e2e project", description="made by the e2e test")
    return c.projects.update(created.id, name="renamed", archived=True).name

def baidu_bls(c):
    c.projects.create(name="e2e", description="made by the e2e test")
    uuid = next(p.uuid for p in c.projects.list(name="e2e"))
    return c.projects.get(str(uuid)).name

def gcore_cloud(c):
    return c.projects.replace(1, name="New Project").name

def ncp_media_intelligence(c):
    created = c.projects.create("my-workspace", name="e2e_project")
    return c.projects.update("my-workspace", created.project_id, name="updated_project_name").name

SEEDS = {f.__name__: f for f in (aliyun_sls, microvisualizer, baidu_bls, gcore_cloud, ncp_media_intelligence)}
results = {}
for provider in sim.PROVIDERS:
    try:
        simulator = sim.create(provider)
    except ModuleNotFoundError as exc:
        results[provider] = ["no simulator", str(exc)]
        continue
    facade = importlib.import_module(f"cloudprojects.{provider}")
    try:
        with facade.Client(transport=sim.SimTransport(simulator), max_retries=0, **simulator.credentials) as client:
            results[provider] = ["ok", SEEDS[provider](client)]
    except Exception:
        results[provider] = ["failed", traceback.format_exc()]
print(json.dumps({
    "results": results,
    "version": cloudprojects.__version__,
    "specs": {k: dict(v.specs) for k, v in cloudprojects.versions().items()},
    "files": {m: importlib.import_module(m).__file__ for m in ["cloudprojects", "cloudprojects.sim"]
              + [f"cloudprojects_gen_{p}" for p in sim.PROVIDERS]},
}))
"""


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 240) -> str:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=timeout)
    assert proc.returncode == 0, f"{args[:4]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "TWINE_", "SOURCE_DATE_EPOCH"))}


def snapshot(dest: Path) -> Path:
    """This working tree (tracked and untracked, not ignored files) as a fresh one-commit repository."""
    listing = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, _clean_env())
    for rel in filter(None, listing.split("\0")):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    (dest / "node_modules").symlink_to(ROOT / "node_modules")  # Spectral, for regenerate.py --check (ignored)
    git = ["git", "-c", "user.name=e2e", "-c", "user.email=e2e@localhost", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        _run([*git, *args], dest, _clean_env())
    return dest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def local_index(packages: Path) -> Iterator[str]:
    """pypiserver on 127.0.0.1, uploads without authentication, no fallback to any other index."""
    packages.mkdir()
    for _attempt in range(3):
        url = f"http://127.0.0.1:{_free_port()}"
        args = ["run", "-i", "127.0.0.1", "-p", url.rsplit(":", 1)[1], "--disable-fallback", "-a", ".", "-P", "."]
        server = subprocess.Popen(
            [sys.executable, "-m", "pypiserver", *args, str(packages)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 20
            while server.poll() is None and time.monotonic() < deadline:
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        yield url
                        return
                time.sleep(0.1)
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    raise AssertionError("pypiserver did not start on loopback")


def _origins(report: Path) -> dict[str, str]:
    items = json.loads(report.read_text())["install"]
    return {item["metadata"]["name"]: item["download_info"]["url"] for item in items}


def test_publish_to_a_local_index_install_and_run_every_seed_operation(tmp_path: Path) -> None:
    repo = snapshot(tmp_path / "repo")
    env = {**_clean_env(), "TWINE_USERNAME": "e2e", "TWINE_PASSWORD": "e2e"}
    publish = [sys.executable, str(repo / "scripts" / "publish.py")]
    with local_index(tmp_path / "packages") as url:
        out = _run([*publish, "--repository-url", f"{url}/"], repo, env)
        for name in DISTRIBUTIONS:
            assert f"uploaded {name}\n" in out
        uploaded = sorted(p.name for p in (tmp_path / "packages").iterdir())
        assert len(uploaded) == 12, uploaded

        # A fresh environment (no pip of its own: the outer pip installs into it), away from the checkout.
        venv = tmp_path / "venv"
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path)
        python = str(venv / "bin" / "python")
        pip = [sys.executable, "-m", "pip", "--python", python, "install", "--extra-index-url", f"{url}/simple/"]

        # 1. The generated clients alone: installable, importable, callable with their own Client.
        _run(
            [*pip, "--report", str(tmp_path / "alone.json"), *(f"{d}=={VERSION}" for d in DISTRIBUTIONS[:-1])], tmp_path
        )
        origins = _origins(tmp_path / "alone.json")
        for name in DISTRIBUTIONS[:-1]:
            assert origins[name].startswith(f"{url}/"), (name, origins[name])
        modules = [
            f"{p.package}.{part.subpackage}" if part.subpackage else p.package
            for p in PROVIDERS.values()
            for part in p.parts
        ]
        response = ROOT / "specs" / "examples" / "gcore_cloud" / "replace_project.response.json"
        alone = json.loads(_run([python, "-I", "-c", STANDALONE, json.dumps(modules), str(response)], tmp_path))
        assert sorted(alone["clients"]) == sorted(modules)
        assert alone["seen"] == [["PUT", "/cloud/v1/projects/1", "apikey e2e", {"name": "New Project"}]]
        assert alone["project"][1] == json.loads(response.read_text())["name"]

        # 2. cloudprojects with the simulators, from the index; one seed operation per provider, in process.
        _run([*pip, "--report", str(tmp_path / "suite.json"), f"cloudprojects[sim]=={VERSION}"], tmp_path)
        assert _origins(tmp_path / "suite.json")["cloudprojects"].startswith(f"{url}/")
        run = json.loads(_run([python, "-I", "-c", SEEDS], tmp_path))
        assert list(run["results"]) == list(PROVIDERS), "the installed simulator registry lists other providers"
        failures = {p: r for p, r in run["results"].items() if r[0] != "ok"}
        assert not failures, json.dumps(failures, indent=1)
        assert run["results"]["gcore_cloud"] == ["ok", "New Project"]
        assert run["version"] == VERSION
        for key in PROVIDERS:
            manifest = json.loads((ROOT / "generated" / key / "MANIFEST.json").read_text())
            assert run["specs"][key] == manifest["inputs"]["specs"], key
        for module, location in run["files"].items():
            assert Path(location).is_relative_to(venv), f"{module} was imported from {location}, not the new venv"

        # 3. The same version again: refused before anything is built or sent, and the index is unchanged.
        before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "packages").iterdir()}
        again = subprocess.run(
            [*publish, "--repository-url", f"{url}/"], cwd=repo, env=env, capture_output=True, text=True, check=False
        )
        assert again.returncode == 1, again.stdout + again.stderr
        assert f"version {VERSION} already exists on {url}/simple/ for: {', '.join(DISTRIBUTIONS)}" in again.stderr
        assert "nothing was uploaded" in again.stderr
        assert "built" not in again.stdout
        assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "packages").iterdir()} == before


def test_a_dirty_tree_or_a_disagreeing_version_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    repo = snapshot(tmp_path / "repo")
    env = {**_clean_env(), "TWINE_PASSWORD": "token"}
    publish = [sys.executable, str(repo / "scripts" / "publish.py"), "--repository-url", "http://127.0.0.1:9/"]

    (repo / "wrappers" / "cloudprojects" / "stray.py").write_text("x = 1\n")
    proc = subprocess.run(publish, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "the working tree is not clean; commit or stash first" in proc.stderr
    assert "?? wrappers/cloudprojects/stray.py" in proc.stderr
    (repo / "wrappers" / "cloudprojects" / "stray.py").unlink()

    (repo / "VERSION").write_text("0.1.1\n")
    _run(["git", "-c", "user.name=e2e", "-c", "user.email=e2e@localhost", "commit", "-qam", "bump"], repo, _clean_env())
    proc = subprocess.run(publish, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "the version disagrees with VERSION" in proc.stderr
    assert "wrappers/pyproject.toml: version is '0.1.0', VERSION says '0.1.1'" in proc.stderr
    assert "nothing was uploaded" in proc.stderr


def test_stale_generated_code_is_refused(tmp_path: Path) -> None:
    repo = snapshot(tmp_path / "repo")
    client = repo / "generated" / "gcore_cloud" / "cloudprojects_gen_gcore_cloud" / "client.py"
    client.write_text(client.read_text() + "# a hand edit\n")
    _run(["git", "-c", "user.name=e2e", "-c", "user.email=e2e@localhost", "commit", "-qam", "edit"], repo, _clean_env())
    proc = subprocess.run(
        [sys.executable, str(repo / "scripts" / "publish.py"), "--dry-run"],
        cwd=repo,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "generated/ is out of date with specs/ (run scripts/regenerate.py)" in proc.stderr
    assert "drifted: generated/gcore_cloud/cloudprojects_gen_gcore_cloud/client.py" in proc.stderr
    assert "built" not in proc.stdout
