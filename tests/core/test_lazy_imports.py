"""Importing a facade and building a client loads no generated code: the generated package (and attrs, and
jsonschema-rs) is imported by the first use of ``client.projects`` or ``client.raw``, as openai-python loads its
resources. Each case runs in a fresh interpreter, where ``sys.modules`` tells what was imported."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing

import pytest

from cloudprojects._core.introspection import resource_names
from cloudprojects._providers import PROVIDERS

HEAVY = ("cloudprojects_gen_", "attr", "attrs", "jsonschema_rs")

_SCRIPT = """
import json, sys
from {facade} import AsyncClient, Client

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in {heavy} or m.startswith("cloudprojects_gen_"))

client = Client(**{credentials})
aclient = AsyncClient(**{credentials})
built = loaded()
{touch}
print(json.dumps([built, loaded()]))
"""


def _run(provider: str, touch: str) -> tuple[list[str], list[str]]:
    info = PROVIDERS[provider]
    credentials = {name: "Dummy0123456789abcdef" for name, _ in info.credentials}
    script = _SCRIPT.format(facade=info.facade, heavy=HEAVY, credentials=credentials, touch=touch)
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    built, after = json.loads(out.stdout)
    return built, after


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_building_clients_imports_no_generated_code_and_first_use_does(provider: str) -> None:
    built, after = _run(provider, "client.projects")
    assert built == [], f"building {provider} clients imported {built}"
    assert PROVIDERS[provider].client_package in after and "attrs" in after


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_raw_builds_the_generated_client_on_first_use(provider: str) -> None:
    _, after = _run(provider, "client.raw; aclient.raw")
    assert PROVIDERS[provider].client_package in after


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_resource_annotations_resolve_with_the_resource_names(provider: str, asynchronous: bool) -> None:
    module = importlib.import_module(PROVIDERS[provider].facade)
    client = module.AsyncClient if asynchronous else module.Client
    function = inspect.getattr_static(client, "projects").func
    returned = typing.get_type_hints(function, localns=resource_names(client))["return"]
    assert returned.__name__ == ("AsyncProjects" if asynchronous else "Projects")
    assert returned.__module__ == f"{PROVIDERS[provider].facade}._projects"
