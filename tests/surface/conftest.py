"""Surface test setup: ``surface_support`` importable (import-mode=importlib); no credentials, endpoints, proxies or
log settings from the environment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

CLEARED = (
    "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN",
    "SLS_ENDPOINT",
    "MICROVISUALIZER_API_KEY",
    "MICROVISUALIZER_BASE_URL",
    "BCE_ACCESS_KEY_ID",
    "BCE_SECRET_ACCESS_KEY",
    "BAIDU_BCE_AK",
    "BAIDU_BCE_SK",
    "GCORE_API_KEY",
    "GCORE_BASE_URL",
    "NCLOUD_ACCESS_KEY",
    "NCLOUD_SECRET_KEY",
    "CLOUDPROJECTS_LOG",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy") or name.lower().endswith("_proxy"):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def asynchronous(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)
