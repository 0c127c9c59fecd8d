"""The package metadata points at the documentation site and its changelog page."""

from __future__ import annotations

import tomllib

import yaml
from docs_source import ROOT


def test_project_urls_point_at_the_site_and_the_changelog() -> None:
    urls = tomllib.loads((ROOT / "wrappers" / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    assert urls["Documentation"] == site_url
    assert urls["Changelog"] == f"{site_url}changelog/"
    assert (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8").strip() == '--8<-- "CHANGELOG.md"'
