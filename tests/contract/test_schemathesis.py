"""schemathesis against each simulator's real HTTP server, from the spec: no 5xx, no response that breaks the
spec, invalid input rejected — with a bounded example budget."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (  # type: ignore[attr-defined]
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from signing_session import HttpxAuthSession, SignedSession, session

from cloudprojects import auth, errors, sim
from cloudprojects._providers import PROVIDERS

SPECS = Path(__file__).resolve().parents[2] / "specs"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
BUDGET = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("all", seed=9) as s:
        yield s


def _sessions(served: sim.Served) -> dict[str, Callable[[], tuple[str, requests.Session]]]:
    """Per spec: the base URL and a session that authenticates the way that provider requires."""

    def sls(project: bool) -> tuple[str, requests.Session]:
        endpoint = served["aliyun_sls"]
        creds = endpoint.credentials
        host = f"{endpoint.host}:{endpoint.port}"
        if project:
            with endpoint.client() as client, contextlib.suppress(errors.ConflictError):
                client.projects.create("ali-project-test", description="schemathesis")
            host = f"ali-project-test.{host}"
        signer = auth.AliyunSlsAuth(creds["access_key_id"], creds["access_key_secret"])
        return endpoint.url, session(SignedSession(signer, host=host))

    def signed(provider: str, spec: str) -> tuple[str, requests.Session]:
        """Any other provider: its registry auth class, over the header its spec's security scheme names."""
        endpoint = served[provider]
        info = PROVIDERS[provider]
        signer = getattr(auth, info.auth)(*(endpoint.credentials[name] for name, _ in info.credentials))
        return endpoint.url, session(HttpxAuthSession(signer, header=_security_header(spec)))

    sessions: dict[str, Callable[[], tuple[str, requests.Session]]] = {
        "aliyun_sls.yaml": lambda: sls(project=False),
        "aliyun_sls_project.yaml": lambda: sls(project=True),
    }
    for key, info in PROVIDERS.items():
        for spec in info.specs:
            sessions.setdefault(spec, lambda key=key, spec=spec: signed(key, spec))
    return sessions


def _security_header(spec: str) -> str:
    """The header schemathesis fills for the spec's (first) security scheme."""
    document = yaml.safe_load((SPECS / spec).read_text(encoding="utf-8"))
    scheme = next(iter(document["components"]["securitySchemes"].values()))
    return str(scheme["name"]) if scheme.get("in") == "header" else "Authorization"


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize("spec", sorted(p.name for p in SPECS.glob("*.yaml")))
def test_simulator_conforms_to_the_spec(spec: str, mode: GenerationMode, served: sim.Served) -> None:
    url, http = _sessions(served)[spec]()
    schema = schemathesis.openapi.from_path(SPECS / spec)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    for operation in operations:

        @BUDGET
        @given(case=operation.as_strategy(generation_mode=mode))
        def exercise(case: Any) -> None:
            case.call_and_validate(base_url=url, session=http, checks=CHECKS)

        exercise()


def test_schemathesis_catches_a_simulator_that_breaks_its_spec() -> None:
    """The same run against a server whose GET answers a body the spec forbids fails loudly."""

    class Broken(sim.simulator_class("gcore_cloud")):  # type: ignore[misc]
        def get_project(self, _request: Any, project_id: str) -> sim.SimResponse:  # noqa: ARG002
            return sim.SimResponse.json(200, {"id": "not-an-integer"})

    simulator = Broken(seed=1)
    schema = schemathesis.openapi.from_path(SPECS / "gcore_cloud.yaml")
    operation = next(
        o for o in (r.ok() for r in schema.get_all_operations()) if o.label == "GET /cloud/v1/projects/{project_id}"
    )
    http = session(headers={"Authorization": f"apikey {simulator.credentials['api_key']}"})
    with sim.serve_simulator(simulator) as endpoint:

        @BUDGET
        @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        def exercise(case: Any) -> None:
            case.call_and_validate(base_url=endpoint.url, session=http, checks=CHECKS)

        with pytest.raises(BaseException) as caught:
            exercise()
    assert "Response violates schema" in "".join(_messages(caught.value))


def _messages(error: BaseException) -> Iterator[str]:
    yield str(error)
    for inner in getattr(error, "exceptions", ()):
        yield from _messages(inner)
