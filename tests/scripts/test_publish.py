"""scripts/publish.py: the one version, reproducible builds, the archive checks, the index query, the refusals.

The end-to-end run against a real local index is in test_publish_e2e.py.
"""

from __future__ import annotations

import filecmp
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest
from publishing.building import Artifacts, build_all, commit_epoch
from publishing.contents import sdist_problems, wheel_problems
from publishing.distributions import all_distributions, select
from publishing.index import IndexUnavailable, existing_versions, simple_url_for
from publishing.versions import suite_version, sync_version, version_problems

import cloudprojects
from codegen.providers import ROOT, load_providers

PUBLISH = ROOT / "scripts" / "publish.py"
VERSION = (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def publish(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    script = cwd / "scripts" / "publish.py"
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False, env=env, cwd=cwd
    )


# -- the one version -------------------------------------------------------------------------------------------------


def test_every_copy_of_the_version_agrees_with_the_version_file() -> None:
    assert version_problems() == []
    assert cloudprojects.__version__ == suite_version() == VERSION


def test_sync_version_rewrites_the_copies_and_the_check_names_each_disagreement(tmp_path: Path) -> None:
    for rel in [
        "VERSION",
        "wrappers/pyproject.toml",
        "wrappers/cloudprojects/__init__.py",
        "specs/codegen/providers.yaml",
    ]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, tmp_path / rel)
    for key in load_providers():
        (tmp_path / "generated" / key).mkdir(parents=True)
        shutil.copy2(ROOT / "generated" / key / "pyproject.toml", tmp_path / "generated" / key / "pyproject.toml")
    (tmp_path / "VERSION").write_text("0.2.0\n")

    problems = version_problems(tmp_path)
    assert any(p.startswith("wrappers/pyproject.toml: version is '0.1.0'") for p in problems)
    assert any("__version__ is '0.1.0'" in p for p in problems)
    assert sum("must pin ==0.2.0" in p for p in problems) == 10  # five pins, twice (dependencies and [sim])
    assert sum("(run scripts/regenerate.py)" in p for p in problems) == 5

    changed = sync_version(tmp_path)
    assert sorted(p.name for p in changed) == ["__init__.py", "pyproject.toml"]
    assert [p for p in version_problems(tmp_path) if "regenerate" not in p] == []
    assert sync_version(tmp_path) == []


def test_versions_reports_each_generated_client_and_its_spec_stamp() -> None:
    found = cloudprojects.versions()
    assert list(found) == list(load_providers())
    for key, provider in load_providers().items():
        manifest = json.loads((ROOT / "generated" / key / "MANIFEST.json").read_text())
        assert found[key].distribution == provider.distribution
        assert found[key].version == VERSION
        assert dict(found[key].specs) == manifest["inputs"]["specs"]
        assert set(found[key].specs) == {part.spec for part in provider.parts}


def test_wrappers_ship_the_repository_license() -> None:
    assert filecmp.cmp(ROOT / "wrappers" / "LICENSE", ROOT / "LICENSE", shallow=False)
    assert "Apache License" in (ROOT / "LICENSE").read_text()


# -- building: reproducible, and checked --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def epoch() -> str:
    return commit_epoch(ROOT)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, epoch: str) -> dict[str, Artifacts]:
    return build_all(all_distributions(), tmp_path_factory.mktemp("build-1"), epoch)


def test_two_builds_of_the_same_commit_are_byte_identical(
    built: dict[str, Artifacts], tmp_path_factory: pytest.TempPathFactory, epoch: str
) -> None:
    again = build_all(all_distributions(), tmp_path_factory.mktemp("build-2"), epoch)
    assert list(again) == list(built)
    for name, first in built.items():
        for a, b in zip(first.files, again[name].files, strict=True):
            assert a.name == b.name
            assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two builds"


def test_built_archives_pass_every_check(built: dict[str, Artifacts]) -> None:
    assert len(built) == 6
    for dist in all_distributions():
        assert sdist_problems(dist, built[dist.name].sdist, VERSION) == []
        assert wheel_problems(dist, built[dist.name].wheel, VERSION) == []
    twine = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *(str(f) for a in built.values() for f in a.files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert twine.returncode == 0, twine.stdout + twine.stderr


def _rewrite_wheel(source: Path, dest: Path, drop: set[str], add: dict[str, bytes]) -> Path:
    """A copy of a wheel without some members and with others (RECORD is left alone: the checks catch that too)."""
    target = dest / source.name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if item.filename not in drop:
                new.writestr(item, old.read(item.filename))
        for name, data in add.items():
            new.writestr(name, data)
    return target


def test_a_wheel_with_tests_caches_or_missing_files_is_refused(built: dict[str, Artifacts], tmp_path: Path) -> None:
    (dist,) = select(["gcore_cloud"])
    package = "cloudprojects_gen_gcore_cloud"
    bad = _rewrite_wheel(
        built[dist.name].wheel,
        tmp_path,
        drop={f"{package}/py.typed", f"{package}/MANIFEST.json", f"{package}/client.py"},
        add={
            f"{package}/__pycache__/client.cpython-311.pyc": b"\0",
            "tests/test_client.py": b"def test(): pass\n",
            f"{package}/api/extra.py": b"# not generated\n",
        },
    )
    problems = "\n".join(wheel_problems(dist, bad, VERSION))
    for expected in [
        f"no {package}/py.typed",
        f"missing {package}/MANIFEST.json",
        f"missing {package}/client.py",
        f"{package}/__pycache__/client.cpython-311.pyc is a test or cache directory",
        "tests/test_client.py is a test or cache directory",
        "unexpected top-level 'tests'",
        f"not from the source tree: {package}/api/extra.py",
        "is not in RECORD",
        f"RECORD lists {package}/client.py, which is missing",
    ]:
        assert expected in problems


def test_a_wheel_whose_manifest_is_not_the_committed_one_is_refused(
    built: dict[str, Artifacts], tmp_path: Path
) -> None:
    (dist,) = select(["cloudprojects-gen-baidu-bls"])
    member = "cloudprojects_gen_baidu_bls/MANIFEST.json"
    with zipfile.ZipFile(built[dist.name].wheel) as archive:
        manifest = json.loads(archive.read(member))
    manifest["inputs"]["specs"]["baidu_bls.yaml"] = "0" * 64
    bad = _rewrite_wheel(built[dist.name].wheel, tmp_path, {member}, {member: json.dumps(manifest).encode()})
    assert f"{bad.name}: {member} differs from the source tree" in wheel_problems(dist, bad, VERSION)


def test_an_sdist_without_the_license_is_refused(built: dict[str, Artifacts], tmp_path: Path) -> None:
    (dist,) = select(["cloudprojects"])
    source = built[dist.name].sdist
    target = tmp_path / source.name
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            if not member.name.endswith("/LICENSE"):
                new.addfile(member, old.extractfile(member) if member.isfile() else None)
        data = b"x = 1\n"
        info = tarfile.TarInfo(f"cloudprojects-{VERSION}/cloudprojects/.mypy_cache/x.json")
        info.size = len(data)
        new.addfile(info, io.BytesIO(data))
    problems = sdist_problems(dist, target, VERSION)
    assert f"{target.name}: no LICENSE" in problems
    assert any(".mypy_cache/x.json is a test or cache directory" in p for p in problems)


def test_distributions_are_named_by_distribution_or_provider_and_kept_in_upload_order() -> None:
    names = [d.name for d in select(["cloudprojects", "gcore_cloud", "cloudprojects_gen_aliyun_sls"])]
    assert names == ["cloudprojects-gen-aliyun-sls", "cloudprojects-gen-gcore-cloud", "cloudprojects"]
    assert [d.name for d in all_distributions()][-1] == "cloudprojects"
    with pytest.raises(SystemExit, match="unknown distribution"):
        select(["nope"])


# -- the index ------------------------------------------------------------------------------------------------------


def _index(pages: dict[str, httpx.Response]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return pages.get(str(request.url), httpx.Response(404))

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_existing_versions_reads_html_and_json_simple_pages() -> None:
    html = (
        '<html><body><a href="../../packages/cloudprojects_gen_gcore_cloud-0.1.0-py3-none-any.whl#sha256=ab">w</a>'
        '<a href="https://files.example/cloudprojects_gen_gcore_cloud-0.0.9.tar.gz">s</a>'
        '<a href="/packages/cloudprojects_gen_gcore_cloud_extra-0.3.0.tar.gz">other project</a></body></html>'
    )
    body = {"files": [{"filename": "cloudprojects-0.2.0-py3-none-any.whl"}, {"filename": "cloudprojects-0.1.0.tar.gz"}]}
    pages = {
        "http://127.0.0.1:1/simple/cloudprojects-gen-gcore-cloud/": httpx.Response(200, html=html),
        "http://127.0.0.1:1/simple/cloudprojects/": httpx.Response(
            200, json=body, headers={"content-type": "application/vnd.pypi.simple.v1+json"}
        ),
        "http://127.0.0.1:1/simple/cloudprojects-gen-baidu-bls/": httpx.Response(500),
        "http://127.0.0.1:1/simple/cloudprojects-gen-aliyun-sls/": httpx.Response(
            302, headers={"location": "http://127.0.0.2/simple/cloudprojects-gen-aliyun-sls/"}
        ),
    }
    with _index(pages) as client:
        simple = "http://127.0.0.1:1/simple/"
        assert existing_versions(simple, "cloudprojects_gen_gcore_cloud", client) == {"0.1.0", "0.0.9"}
        assert existing_versions(simple, "cloudprojects", client) == {"0.2.0", "0.1.0"}
        assert existing_versions(simple, "cloudprojects-gen-microvisualizer", client) == set()
        assert existing_versions(simple, "cloudprojects-gen-aliyun-sls", client) == set()  # another host: not here
        with pytest.raises(IndexUnavailable, match="answered 500"):
            existing_versions(simple, "cloudprojects-gen-baidu-bls", client)


def test_simple_url_next_to_the_upload_url() -> None:
    assert simple_url_for("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/simple/"
    assert simple_url_for("http://127.0.0.1:8080") == "http://127.0.0.1:8080/simple/"
    assert simple_url_for("https://upload.example/legacy/") == "https://upload.example/simple/"


# -- the command line --------------------------------------------------------------------------------------------


def test_it_wants_a_repository_or_a_dry_run() -> None:
    proc = publish()
    assert proc.returncode == 2
    assert "give --repository-url to upload, or --dry-run" in proc.stderr


def test_an_upload_without_credentials_is_refused_before_anything_else() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    proc = publish("--repository-url", "http://127.0.0.1:9/", env=env)
    assert proc.returncode == 1
    assert "no credentials: set TWINE_USERNAME and TWINE_PASSWORD" in proc.stderr
    assert "nothing was uploaded" in proc.stderr
    assert proc.stdout == ""
