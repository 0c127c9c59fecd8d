"""Issue 10, points 6 and 8: Gcore ``replace()`` deprecated (and still the seed's PUT), ``.message`` verbatim with the
provider's name in ``str(exc)`` only, Gcore PATCH ``description`` follows the provider's contract (no None), and no
generated distribution depends on python-dateutil."""

from __future__ import annotations

import json
import tomllib
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_http import Recorder
from surface_support import OPERATIONS, PROVIDERS, Wire, make_client

from cloudprojects import errors, gcore_cloud, sim
from cloudprojects._core.validation import load_spec

ROOT = Path(__file__).resolve().parents[2]
SEED_RESPONSE = json.loads((ROOT / "specs/examples/gcore_cloud/replace_project.response.json").read_text())
SEED_REQUEST = json.loads((ROOT / "specs/examples/gcore_cloud/replace_project.request.json").read_text())


# --- 6. Gcore replace(): deprecated, and exactly the seed on the wire ---------------------------------------------


def _gcore(recorder: Recorder, asynchronous: bool) -> Any:
    transport = httpx.MockTransport(recorder)
    if asynchronous:
        return gcore_cloud.AsyncClient(api_key="k", transport=transport)
    return gcore_cloud.Client(api_key="k", transport=transport)


async def test_replace_warns_naming_update_and_sends_the_seed_put(asynchronous: bool) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    client = _gcore(recorder, asynchronous)
    with pytest.warns(DeprecationWarning, match=r"update\(\)") as caught:
        result = client.projects.replace(1, name="New Project")
        if asynchronous:
            result = await result
    assert len([w for w in caught if issubclass(w.category, DeprecationWarning)]) == 1
    assert caught[0].filename == __file__  # attributed to the caller's line
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("PUT", "https://api.gcore.com/cloud/v1/projects/1")
    assert json.loads(request.content) == SEED_REQUEST == {"name": "New Project"}
    assert request.headers["authorization"] == "apikey k"
    assert result.to_dict() == SEED_RESPONSE


async def test_raw_replace_warns_too_and_update_does_not(asynchronous: bool) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    client = _gcore(recorder, asynchronous)
    with pytest.warns(DeprecationWarning, match=r"update\(\)"):
        raw = client.projects.with_raw_response.replace(1, name="New Project")
        if asynchronous:
            raw = await raw
    assert raw.http_request.method == "PUT"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = client.projects.update(1, name="New Project")
        if asynchronous:
            result = await result
    assert recorder.requests[-1].method == "PATCH"


def test_the_spec_marks_the_put_deprecated_and_the_docstring_says_so() -> None:
    spec = load_spec("cloudprojects_gen_gcore_cloud", "gcore_cloud")
    assert spec["paths"]["/cloud/v1/projects/{project_id}"]["put"].get("deprecated") is True
    for cls in (gcore_cloud.Client, gcore_cloud.AsyncClient):
        doc = cls(api_key="k").projects.replace.__doc__
        assert "deprecated" in doc.lower() and "update" in doc


# --- 8. .message verbatim; the provider's name in str(exc) ---------------------------------------------------------

MISSING = {
    "aliyun_sls": "no-such-project",
    "microvisualizer": "nosuch-a1b2c",
    "baidu_bls": "276c6cce-0350-4719-856d-ba675fa52c06",
    "gcore_cloud": 999,
    "ncp_media_intelligence": "99999",
}


def provider_text(provider: str, body: dict[str, Any]) -> tuple[str, str | None]:
    """The provider's own words in an error body: its message, and its details where it sends them."""
    if provider == "aliyun_sls":
        return str(body["errorMessage"]), None
    error = body.get("error", body) if provider == "ncp_media_intelligence" else body
    return str(error["message"]), error.get("details")


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_message_is_the_providers_text_and_str_names_the_provider(provider: str, asynchronous: bool) -> None:
    simulator = sim.create(provider)
    wire = Wire(simulator)
    client = make_client(provider, wire, asynchronous, simulator)
    get = next(op for op in OPERATIONS[provider] if op.name == "get")
    with pytest.raises(errors.NotFoundError) as caught:
        result = get.call(client.projects, {"id": MISSING[provider]})
        if asynchronous:
            await result
    error = caught.value
    message, details = provider_text(provider, error.response.json())
    assert (error.message, error.details) == (message, details)
    assert not error.message.startswith(provider)
    assert provider not in error.message
    text = str(error)
    assert text.startswith(f"{provider}: ")
    assert error.message in text
    assert details is None or f"({details})" in text
    assert error.provider == provider


# --- 8. Gcore PATCH description: a string, as the provider types it --------------------------------------------


async def test_gcore_update_refuses_description_none_before_sending(asynchronous: bool) -> None:
    recorder = Recorder(httpx.Response(200, json=SEED_RESPONSE))
    client = _gcore(recorder, asynchronous)
    with pytest.raises((errors.ValidationError, TypeError)) as caught:
        result = client.projects.update(1, description=None)
        if asynchronous:
            await result
    assert "description" in str(caught.value)
    assert recorder.requests == []
    # a string is fine, and only the fields given are sent
    result = client.projects.update(1, description="")
    if asynchronous:
        await result
    assert json.loads(recorder.requests[-1].content) == {"description": ""}


def test_gcore_spec_types_the_patch_description_as_a_string() -> None:
    spec = load_spec("cloudprojects_gen_gcore_cloud", "gcore_cloud")
    operation = spec["paths"]["/cloud/v1/projects/{project_id}"]["patch"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    while "$ref" in schema:
        target: Any = spec
        for key in schema["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        schema = target
    description = schema["properties"]["description"]
    assert description.get("type") == "string"
    assert "null" not in json.dumps(description.get("anyOf", description.get("oneOf", [])))


# --- 8. no python-dateutil in the generated distributions ----------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_distribution_does_not_depend_on_dateutil(provider: str) -> None:
    folder = ROOT / "generated" / provider
    project = tomllib.loads((folder / "pyproject.toml").read_text())
    dependencies = [
        *project.get("project", {}).get("dependencies", []),
        *project.get("tool", {}).get("poetry", {}).get("dependencies", {}),
    ]
    assert dependencies, "the distribution declares its dependencies"
    assert not [d for d in dependencies if "dateutil" in d.lower() or "tzdata" in d.lower()]
    for source in folder.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "dateutil" not in text, source
