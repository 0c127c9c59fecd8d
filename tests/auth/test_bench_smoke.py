"""The signing benchmark runs end to end in smoke mode (no timing assertions)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_signing.py"
SCHEMES = [
    "aliyun_sls (v1)",
    "aliyun_sls_v4",
    "baidu_bls",
    "ncp_media_intelligence",
    "gcore_cloud (apikey)",
    "microvisualizer (bearer)",
]


def test_benchmark_smoke_prints_a_row_per_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_signing", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_signing"] = module
    spec.loader.exec_module(module)
    rows = module.main(["--smoke"])
    table = capsys.readouterr().out.splitlines()
    assert [row[0] for row in rows] == SCHEMES
    for scheme in SCHEMES:
        (line,) = [line for line in table if line.startswith(scheme + " ")]
        cells = [cell.strip() for cell in line.split("|")]
        assert len(cells) == 4 and all(cells[1:3])
    sdk_cells = {row[0]: row[3] for row in rows}
    assert all(sdk_cells[name] is not None for name in SCHEMES[:4])
