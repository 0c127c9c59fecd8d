"""mkdocs-gen-files entry point: the pages made at build time (providers, API reference, CLI, examples, nav)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mkdocs_gen_files
from benchmarks_page import benchmarks_page
from cli_page import cli_page
from docs_source import providers
from examples_page import examples_page
from reference_pages import public_modules, reference_index, reference_page, top_level_page
from spec_pages import provider_page

nav = [
    "- [Home](index.md)",
    "- [Getting started](getting-started.md)",
    "- Providers",
    "    - [Overview](providers/index.md)",
]
overview = ["# Providers", "", "| Provider | Module | Distribution |", "|---|---|---|"]
for key, provider in providers().items():
    with mkdocs_gen_files.open(f"providers/{key}.md", "w") as page:
        page.write(provider_page(provider))
    nav.append(f"    - [{provider.title}](providers/{key}.md)")
    overview.append(f"| [{provider.title}]({key}.md) | `cloudprojects.{key}` | `{provider.distribution}` |")
with mkdocs_gen_files.open("providers/index.md", "w") as page:
    page.write("\n".join(overview) + "\n")

nav += ["- [Examples](examples.md)", "- API reference", "    - [Overview](reference/index.md)"]
with mkdocs_gen_files.open("reference/index.md", "w") as page:
    page.write(reference_index())
with mkdocs_gen_files.open("reference/cloudprojects.md", "w") as page:
    page.write(top_level_page())
nav.append("    - [cloudprojects](reference/cloudprojects.md)")
for module in public_modules():
    with mkdocs_gen_files.open(f"reference/{module}.md", "w") as page:
        page.write(reference_page(module))
    nav.append(f"    - [cloudprojects.{module}](reference/{module}.md)")

with mkdocs_gen_files.open("cli.md", "w") as page:
    page.write(cli_page())
with mkdocs_gen_files.open("examples.md", "w") as page:
    page.write(examples_page())
with mkdocs_gen_files.open("benchmarks.md", "w") as page:
    page.write(benchmarks_page())

nav += [
    "- [Command line](cli.md)",
    "- [Regenerating and publishing](regenerating-and-publishing.md)",
    "- [Adding a provider](adding-a-provider.md)",
    "- [Benchmarks](benchmarks.md)",
    "- [Policies](policies.md)",
    "- [Changelog](changelog.md)",
]
with mkdocs_gen_files.open("SUMMARY.md", "w") as summary:
    summary.write("\n".join(nav) + "\n")
