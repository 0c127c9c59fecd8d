"""The benchmark harness runs end to end in smoke mode and its table has every row (no timing assertions)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "benchmarks" / "run.py"
PROVIDERS = ["aliyun_sls", "microvisualizer", "baidu_bls", "gcore_cloud", "ncp_media_intelligence"]
SECTIONS = [
    "## Machine and versions",
    "## Goals",
    "## 1. Sequential per-call latency (keep-alive)",
    "## 2. Async throughput",
    "## 3. Import time (whole process)",
    "## 4. Peak RSS",
    "## 5. Signing",
    "## 6. Regeneration",
    "## 7. Command line start-up",
    "## Profile",
]
NUMBER = re.compile(r"\d")


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("bench") / "RESULTS.md"
    subprocess.run([sys.executable, str(RUN), "--smoke", "--output", str(output)], check=True, cwd=ROOT, timeout=600)
    return output.read_text(encoding="utf-8")


def rows(text: str, section: str) -> list[list[str]]:
    """The table rows (cells stripped) of one section, header and separator excluded."""
    body = text.split(section, 1)[1].split("\n## ", 1)[0]
    lines = [line for line in body.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines if not line.startswith("|---")][1:]


def test_every_section_is_written(table: str) -> None:
    for section in SECTIONS:
        assert section in table
    assert "Smoke run" in table


def test_versions_and_machine(table: str) -> None:
    found = {row[0]: row[1] for row in rows(table, "## Machine and versions")}
    for name in ["date", "machine", "Python", "httpx", "gcore", "aliyun-log-python-sdk", "bce-python-sdk"]:
        assert found.get(name), name


def test_goals_each_have_a_figure_and_a_verdict(table: str) -> None:
    goals = rows(table, "## Goals")
    assert len(goals) >= 9
    for goal in goals:
        assert NUMBER.search(goal[2]) and goal[3] in ("met", "**not met**")


def test_latency_has_the_seed_and_get_of_every_provider(table: str) -> None:
    found = {(row[0], row[1]) for row in rows(table, "## 1. Sequential")}
    for provider in PROVIDERS:
        operations = {op for name, op in found if name == provider}
        assert any("seed" in op for op in operations), provider
        assert any(op.startswith("get") for op in operations), provider
    for row in rows(table, "## 1. Sequential"):
        assert all(NUMBER.search(cell) for cell in row[2:5])  # ours, ours + urllib3, raw httpx
    sdks = {row[0]: row[5] for row in rows(table, "## 1. Sequential")}
    for provider in ("aliyun_sls", "baidu_bls", "gcore_cloud"):
        assert NUMBER.search(sdks[provider]), provider


def test_throughput_at_8_and_64_in_flight(table: str) -> None:
    found = {(row[1], row[2]) for row in rows(table, "## 2. Async throughput") if NUMBER.search(row[3])}
    for inflight in ("8", "64"):
        for contender in ("ours", "ours + aiohttp transport", "raw httpx.AsyncClient", "AsyncGcore"):
            assert (inflight, contender) in found


def test_import_time_and_rss_of_every_client(table: str) -> None:
    stages = {(row[0], row[1]) for row in rows(table, "## 3. Import time")}
    rss = {row[0] for row in rows(table, "## 4. Peak RSS") if NUMBER.search(row[1])}
    clients = ["httpx", *(f"cloudprojects.{p}" for p in PROVIDERS), "gcore (official)"]
    clients += ["aliyun-log-python-sdk (official)", "bce-python-sdk (official)"]
    for client in clients:
        for stage in ("import", "import + client built", "import + client built + first call"):
            assert (client, stage) in stages
        assert client in rss


def test_signing_regeneration_and_profile(table: str) -> None:
    schemes = {row[0] for row in rows(table, "## 5. Signing")}
    assert {"aliyun_sls (v1)", "aliyun_sls_v4", "baidu_bls", "ncp_media_intelligence"} <= schemes
    runs = {row[0] for row in rows(table, "## 6. Regeneration")}
    assert runs == {"full (`--force`)", "no-op (inputs unchanged)"}
    profile = table.split("## Profile", 1)[1]
    assert "top functions by self time" in profile and "where the time goes" in profile
