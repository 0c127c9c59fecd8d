"""The strict build, and that each page carries what the specs, the code and the repository say (read from HTML)."""

from __future__ import annotations

import html
import importlib
import json
import re
from pathlib import Path

import pytest
import yaml
from docs_source import ROOT, providers

PROVIDERS = providers()
METHODS = {"get", "put", "post", "delete", "patch"}


def page_text(site: Path, page: str) -> str:
    """The visible text of a built page: tags dropped, entities decoded, whitespace collapsed."""
    raw = (site / page / "index.html").read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", raw)).split())


def _spec_operations(spec_name: str) -> list[tuple[str, str, dict[str, object]]]:
    spec = yaml.safe_load((ROOT / "specs" / spec_name).read_text(encoding="utf-8"))
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


@pytest.mark.parametrize("key", list(PROVIDERS))
def test_provider_page_lists_every_operation_of_its_specs(built_site: Path, key: str) -> None:
    text = page_text(built_site, f"providers/{key}")
    provider = PROVIDERS[key]
    assert provider.title in text
    operations = [op for part in provider.parts for op in _spec_operations(part.spec)]
    assert operations
    for method, path, op in operations:
        assert op["operationId"] in text
        assert f"{method} {path}" in text, f"{method} {path} missing from the {key} page"
    raw = (built_site / "providers" / key / "index.html").read_text(encoding="utf-8")
    assert f'href="../../reference/{key}/#cloudprojects.{key}.' in raw  # facade methods link to their reference


@pytest.mark.parametrize("key", list(PROVIDERS))
def test_provider_page_has_auth_servers_parameters_errors_and_examples(built_site: Path, key: str) -> None:
    text = page_text(built_site, f"providers/{key}")
    for part in PROVIDERS[key].parts:
        spec = yaml.safe_load((ROOT / "specs" / part.spec).read_text(encoding="utf-8"))
        for name, scheme in spec["components"]["securitySchemes"].items():
            assert name in text
            assert scheme["x-cloudprojects-signer"] in text
        for server in spec["servers"]:
            assert server["url"] in text
            for variable in server.get("variables", {}).values():
                for value in variable.get("enum", []):
                    assert value in text
        for schema in spec["components"]["schemas"].values():
            for prop in schema.get("properties", {}).values():
                if "pattern" in prop:
                    assert prop["pattern"] in text  # request and response constraints are shown
        for _, _, op in _spec_operations(part.spec):
            for status in op["responses"]:
                if status[0] in "45":
                    assert f"{status} " in text
    assert "Example request" in text
    assert "Example response" in text
    client_module = importlib.import_module(f"cloudprojects.{key}._client")
    for name, value in vars(client_module).items():
        if re.fullmatch(r"[A-Z_]+_ENVS?", name):
            for variable in value if isinstance(value, tuple) else (value,):
                assert variable in text, f"{variable} (credentials from the environment) missing"
    raw = (built_site / "providers" / key / "index.html").read_text(encoding="utf-8")
    prose = re.sub(r"<(pre|code)\b.*?</\1>", " ", raw, flags=re.S)
    assert "**" not in prose  # the specs' Markdown is rendered, not shown
    assert "Error codes" in text


def test_seed_examples_appear_verbatim(built_site: Path) -> None:
    """The example bodies come from the spec (the seed examples among them), never copied by hand."""
    for path in sorted((ROOT / "specs" / "examples").glob("*/*.json")):
        text = page_text(built_site, f"providers/{path.parent.name}")
        body = json.loads(path.read_text(encoding="utf-8"))
        rendered = " ".join(json.dumps(body, indent=2, ensure_ascii=False).split())
        assert rendered in text, f"{path.relative_to(ROOT)} is not on the {path.parent.name} page"


def test_provider_overview_and_nav_reach_every_provider(built_site: Path) -> None:
    overview = (built_site / "providers" / "index.html").read_text(encoding="utf-8")
    home = (built_site / "index.html").read_text(encoding="utf-8")
    for key in PROVIDERS:
        assert f'href="{key}/"' in overview
        assert f"providers/{key}/" in home  # the navigation on every page


@pytest.mark.parametrize("module", ["auth", "errors", "sim", "timestamps", "transports", *PROVIDERS])
def test_reference_page_renders_every_exported_name(built_site: Path, module: str) -> None:
    text = page_text(built_site, f"reference/{module}")
    imported = importlib.import_module(f"cloudprojects.{module}")
    names = getattr(imported, "__all__", None) or [n for n in vars(imported) if not n.startswith("_")]
    for name in names:
        assert f"cloudprojects.{module}.{name}" in text or f" {name}" in text, f"{name} missing from {module}"
    assert f"cloudprojects.{module}" in text


@pytest.mark.parametrize("module", ["auth", "sim", *PROVIDERS])
def test_reference_pages_show_no_raw_sphinx_roles(built_site: Path, module: str) -> None:
    assert not re.search(r":(class|func|meth|attr|mod|exc):", page_text(built_site, f"reference/{module}"))


def test_reference_shows_documented_parameters(built_site: Path) -> None:
    text = page_text(built_site, "reference/timestamps")
    assert "to_datetime" in text
    assert "Parameters:" in text or "PARAMETER" in text.upper()
    assert "epoch seconds" in text


def test_examples_page_includes_every_script(built_site: Path) -> None:
    text = page_text(built_site, "examples")
    for path in sorted((ROOT / "examples").glob("*.py")):
        assert path.name in text
        lines = path.read_text(encoding="utf-8").splitlines()
        first_def = next(line for line in lines if line.startswith(("def ", "async def ")))
        assert " ".join(first_def.split()) in text


def test_static_pages(built_site: Path) -> None:
    started = page_text(built_site, "getting-started")
    assert "make demo" in started
    assert "make test" in started
    assert "sim.serve(" in started
    changelog = page_text(built_site, "changelog")
    assert "Unreleased" in changelog
    assert "0.1.0" in changelog
    policies = page_text(built_site, "policies")
    for needle in ("DeprecationWarning", "3.11", "3.13", "minor", "major", "replace"):
        assert needle in policies
    results = (ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    benchmarks = page_text(built_site, "benchmarks")
    for heading in re.findall(r"^## (.+)$", results, flags=re.M):
        assert heading in benchmarks
    publishing = page_text(built_site, "regenerating-and-publishing")
    assert "regenerate.py --check" in publishing
    assert "make publish" in publishing


def test_search_index_covers_the_provider_pages(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    for key in PROVIDERS:
        assert f"providers/{key}/" in locations


@pytest.mark.parametrize("key", list(PROVIDERS))
def test_provider_page_names_the_exception_of_each_special_code(built_site: Path, key: str) -> None:
    from spec_pages import error_classes

    text = page_text(built_site, f"providers/{key}")
    for code, cls in error_classes(key).items():
        assert f"{code} {cls.__name__}" in text


def test_spec_text_that_looks_like_html_is_shown_not_swallowed(built_site: Path) -> None:
    """Descriptions such as ``Bearer <api-key>`` or ``<partial key>`` reach the reader as text."""
    for key, provider in PROVIDERS.items():
        text = page_text(built_site, f"providers/{key}")
        for part in provider.parts:
            raw = (ROOT / "specs" / part.spec).read_text(encoding="utf-8")
            for phrase in re.findall(r"[A-Za-z:]+ <[a-z][a-z -]*>", raw):
                assert phrase in text, f"{phrase!r} lost on the {key} page"


def test_the_nav_file_is_not_a_page(built_site: Path) -> None:
    assert not (built_site / "SUMMARY").exists()
    assert "SUMMARY" not in (built_site / "search" / "search_index.json").read_text(encoding="utf-8")


def test_top_level_reference_documents_the_shared_types(built_site: Path) -> None:
    import cloudprojects

    text = page_text(built_site, "reference/cloudprojects")
    for name in cloudprojects.__all__:
        if not name.startswith("_"):
            assert f" {name} " in text, f"{name} missing"
    for attribute in ("items", "total", "next", "request_id", "retries_taken"):
        assert attribute in text
