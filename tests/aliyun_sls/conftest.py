"""SLS facade test setup: ``sls_support`` importable (import-mode=importlib), no SLS settings from the environment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

SLS_ENVIRONMENT = (
    "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN",
    "SLS_ENDPOINT",
)


@pytest.fixture(autouse=True)
def _clean_sls_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SLS_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
