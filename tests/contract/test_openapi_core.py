"""Every request the facades send and every response the simulators return, over each provider's whole
lifecycle and its error paths, is valid for the spec according to openapi-core."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from openapi_judge import ValidatingTransport

from cloudprojects import errors, sim
from cloudprojects._providers import PROVIDERS
from cloudprojects.sim.lifecycles import run, script

ENDPOINT = "cn-hangzhou.log.aliyuncs.com"


def _pick(provider: str) -> Any:
    if provider == "aliyun_sls":
        return lambda request: "aliyun_sls.yaml" if request.url.host == ENDPOINT else "aliyun_sls_project.yaml"
    (spec,) = PROVIDERS[provider].specs
    return lambda _: spec


def _client(provider: str, simulator: sim.Simulator, **kwargs: Any) -> tuple[Any, Any]:
    """A facade on its production URL whose traffic goes, in process, through openapi-core to the simulator."""
    transport = ValidatingTransportFor(provider, simulator)
    options = dict(simulator.credentials)
    if provider == "aliyun_sls":
        options.update(endpoint=ENDPOINT)
    module = importlib.import_module(f"cloudprojects.{provider}")
    return module.Client(transport=transport, sleep=lambda _: None, **options, **kwargs), transport


def ValidatingTransportFor(provider: str, simulator: sim.Simulator) -> Any:
    return ValidatingTransport(sim.SimTransport(simulator), _pick(provider))


@pytest.mark.parametrize("provider", sim.PROVIDERS)
def test_lifecycle_traffic_matches_the_spec(provider: str) -> None:
    simulator = sim.create(provider, seed=1)
    client, transport = _client(provider, simulator)
    with client:
        steps = run(provider, client)
    assert len(steps) >= 5
    assert len(transport.exchanges) >= len(steps)
    assert transport.problems == []


@pytest.mark.parametrize("provider", sim.PROVIDERS)
def test_error_traffic_matches_the_spec(provider: str) -> None:
    """Not found, bad credentials, rate limiting and server errors: the provider's own bodies, as specified."""
    simulator = sim.create(provider, seed=2)
    client, transport = _client(provider, simulator, max_retries=0)
    missing = script(provider).missing
    with client:
        with pytest.raises(errors.NotFoundError):
            missing(client)
        for kind in (sim.FaultKind.RATE_LIMIT, sim.FaultKind.SERVER_ERROR):
            simulator.faults.queue(sim.Fault(kind, status=500))
            with pytest.raises(errors.APIStatusError):
                missing(client)
    assert transport.problems == []


def test_the_judge_is_not_blind() -> None:
    """A response that breaks the spec is reported: the validator does look at bodies."""

    def broken(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "not-an-integer", "name": 5})

    transport = ValidatingTransport(httpx.MockTransport(broken), lambda _: "gcore_cloud.yaml")
    with httpx.Client(transport=transport) as http:
        http.get("https://api.gcore.com/cloud/v1/projects/1", headers={"Authorization": "apikey x"})
    assert len(transport.problems) == 1
    assert transport.problems[0].startswith("response 200")
    assert "not-an-integer" in transport.problems[0]
