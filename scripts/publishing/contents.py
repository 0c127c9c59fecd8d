"""What each built archive must (and must not) contain; each function returns a list of problems, empty when fine."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from packaging.metadata import Metadata
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

from .distributions import LICENSE, Distribution

LICENSE_EXPRESSION = "Apache-2.0"
FORBIDDEN_PARTS = {"tests", "test", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", ".git"}
FORBIDDEN_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".swp"}
REQUIRED_METADATA = ("summary", "description", "requires_python", "project_urls", "classifiers")


def _junk(path: str) -> str | None:
    """Why a file has no place in a distribution, or None."""
    posix = PurePosixPath(path)
    name = posix.name
    if FORBIDDEN_PARTS & set(posix.parts):
        return "a test or cache directory"
    if posix.suffix in FORBIDDEN_SUFFIXES or name == ".DS_Store":
        return "a compiled or editor file"
    if name == "conftest.py" or (name.startswith("test_") and name.endswith(".py")) or name.endswith("_test.py"):
        return "a test module"
    return None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _source_files(dist: Distribution) -> dict[str, str]:
    """sha256 of each file the wheel should carry from the source tree, by wheel path."""
    if dist.manifest is not None:
        recorded: dict[str, str] = json.loads(dist.manifest.read_text(encoding="utf-8"))["files"]
        files = {p: h for p, h in recorded.items() if PurePosixPath(p).parts[0] in dist.packages}
        files[f"{dist.packages[0]}/MANIFEST.json"] = _sha256(dist.manifest.read_bytes())
        return files
    return {
        p.relative_to(dist.source).as_posix(): _sha256(p.read_bytes())
        for package in dist.packages
        for p in sorted((dist.source / package).rglob("*"))
        if p.is_file() and _junk(p.relative_to(dist.source).as_posix()) is None
    }


def _metadata_problems(dist: Distribution, meta: Metadata, version: str, where: str) -> list[str]:
    problems = []
    if canonicalize_name(meta.name) != canonicalize_name(dist.name) or str(meta.version) != version:
        problems.append(f"{where}: metadata says {meta.name} {meta.version}, expected {dist.name} {version}")
    problems += [f"{where}: metadata has no {field}" for field in REQUIRED_METADATA if not getattr(meta, field)]
    if str(meta.license_expression) != LICENSE_EXPRESSION:
        problems.append(f"{where}: License-Expression is {meta.license_expression!r}, expected {LICENSE_EXPRESSION}")
    if meta.description_content_type != "text/markdown":
        problems.append(f"{where}: the description is not markdown ({meta.description_content_type!r})")
    if "Typing :: Typed" not in (meta.classifiers or []):
        problems.append(f"{where}: no 'Typing :: Typed' classifier")
    requires = {canonicalize_name(r.name): r for r in meta.requires_dist or []}
    if dist.provider is not None and "cloudprojects" in requires:
        problems.append(f"{where}: a generated client must not depend on cloudprojects (it is usable on its own)")
    if dist.provider is None:
        pins = {n: r for n, r in requires.items() if n.startswith("cloudprojects-gen-")}
        if len(pins) < 5 or any(str(r.specifier) != f"=={version}" for r in pins.values()):
            problems.append(f"{where}: cloudprojects must pin all five generated clients =={version}: {sorted(pins)}")
    return problems


def _record_problems(archive: zipfile.ZipFile, dist_info: str, where: str) -> list[str]:
    """RECORD lists every member with its right hash, and nothing else."""
    members = set(archive.namelist())
    if f"{dist_info}/RECORD" not in members:
        return [f"{where}: no {dist_info}/RECORD"]
    rows = list(csv.reader(io.StringIO(archive.read(f"{dist_info}/RECORD").decode())))
    listed = {row[0] for row in rows}
    problems = [f"{where}: {n} is not in RECORD" for n in sorted(members - listed) if not n.endswith("/")]
    problems += [f"{where}: RECORD lists {n}, which is missing" for n in sorted(listed - members)]
    for path, digest, _size in rows:
        if not digest or path not in members:
            continue
        algorithm, _, expected = digest.partition("=")
        actual = base64.urlsafe_b64encode(hashlib.new(algorithm, archive.read(path)).digest()).rstrip(b"=").decode()
        if actual != expected:
            problems.append(f"{where}: RECORD hash of {path} does not match")
    return problems


def wheel_problems(dist: Distribution, wheel: Path, version: str) -> list[str]:
    """No tests, no caches, nothing outside the packages, py.typed, the generated manifest, the license."""
    where = wheel.name
    name, wheel_version, _build, _tags = parse_wheel_filename(wheel.name)
    if name != canonicalize_name(dist.name) or str(wheel_version) != version:
        return [f"{where}: expected {dist.name} {version}"]
    dist_info = f"{dist.filename_stem}-{version}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        contents = {n: archive.read(n) for n in names}
        problems = _record_problems(archive, dist_info, where)
    problems += [f"{where}: {n} is {why}" for n in names if (why := _junk(n))]
    tops = {PurePosixPath(n).parts[0] for n in names} - {dist_info, *dist.packages}
    problems += [f"{where}: unexpected top-level {t!r} (only {', '.join(dist.packages)})" for t in sorted(tops)]
    problems += [f"{where}: no {p}/py.typed" for p in dist.packages if f"{p}/py.typed" not in contents]
    expected = _source_files(dist)
    payload = {n: _sha256(data) for n, data in contents.items() if not n.startswith(f"{dist_info}/")}
    problems += [f"{where}: missing {p}" for p in sorted(expected.keys() - payload.keys())]
    problems += [f"{where}: not from the source tree: {p}" for p in sorted(payload.keys() - expected.keys())]
    problems += [
        f"{where}: {p} differs from the source tree"
        for p in sorted(expected)
        if p in payload and payload[p] != expected[p]
    ]
    if contents.get(f"{dist_info}/licenses/LICENSE") != LICENSE.read_bytes():
        problems.append(f"{where}: {dist_info}/licenses/LICENSE is missing or not the repository's LICENSE")
    meta = Metadata.from_email(contents[f"{dist_info}/METADATA"], validate=True)
    problems += _metadata_problems(dist, meta, version, where)
    if "LICENSE" not in (meta.license_files or []):
        problems.append(f"{where}: METADATA names no License-File LICENSE")
    return problems


def sdist_problems(dist: Distribution, sdist: Path, version: str) -> list[str]:
    """The sources, metadata, README, LICENSE (and the generated manifest); no tests or caches."""
    where = sdist.name
    name, sdist_version = parse_sdist_filename(sdist.name)
    if name != canonicalize_name(dist.name) or str(sdist_version) != version:
        return [f"{where}: expected {dist.name} {version}"]
    top = f"{dist.filename_stem}-{version}"
    with tarfile.open(sdist) as archive:
        members = {m.name: m for m in archive.getmembers() if m.isfile()}
        problems = [f"{where}: {n} is outside {top}/" for n in members if PurePosixPath(n).parts[0] != top]
        problems += [f"{where}: {n} is {why}" for n in members if (why := _junk(n))]
        required = ["PKG-INFO", "pyproject.toml", "README.md", "LICENSE"] + (["MANIFEST.json"] if dist.provider else [])
        problems += [f"{where}: no {r}" for r in required if f"{top}/{r}" not in members]
        if f"{top}/LICENSE" in members:
            handle = archive.extractfile(members[f"{top}/LICENSE"])
            if handle is None or handle.read() != LICENSE.read_bytes():
                problems.append(f"{where}: LICENSE is not the repository's LICENSE")
        if f"{top}/PKG-INFO" in members and (handle := archive.extractfile(members[f"{top}/PKG-INFO"])):
            problems += _metadata_problems(dist, Metadata.from_email(handle.read(), validate=True), version, where)
    return problems
