"""Hostile inputs for every argument of every facade operation, sync and async: each is refused with
``cloudprojects.errors.ValidationError`` naming the spec field, and nothing is sent.

The values come from the spec's own schema for the argument (:mod:`hostile_values`); the table of arguments
(:mod:`facade_arguments`) is checked to cover every input of every operation of every spec.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from facade_arguments import ARGUMENTS, INTERNAL, Argument, spec_inputs
from hostile_tally import tally
from hostile_values import hostile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cloudprojects import aliyun_sls, baidu_bls, errors, gcore_cloud, microvisualizer, ncp_media_intelligence

CREDENTIALS: dict[str, dict[str, str]] = {
    "aliyun_sls": {"access_key_id": "LTAI5tHostileInputs01", "access_key_secret": "hostile-secret"},
    "microvisualizer": {"api_key": "mv-hostile-key"},
    "baidu_bls": {"access_key_id": "bls-ak", "secret_access_key": "bls-sk"},
    "gcore_cloud": {"api_key": "gcore-hostile-key"},
    "ncp_media_intelligence": {"access_key": "ncp-ak", "secret_key": "ncp-sk"},
}
MODULES: dict[str, Any] = {
    "aliyun_sls": aliyun_sls,
    "microvisualizer": microvisualizer,
    "baidu_bls": baidu_bls,
    "gcore_cloud": gcore_cloud,
    "ncp_media_intelligence": ncp_media_intelligence,
}
EXAMPLES = 40
pytestmark = pytest.mark.filterwarnings("ignore:gcore_cloud. projects.replace:DeprecationWarning")


class NothingSent:
    """A MockTransport handler that fails the test if any request reaches it."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        raise AssertionError(f"a request was sent: {request.method} {request.url}")


def test_the_table_covers_every_input_of_every_operation() -> None:
    covered = {(a.spec, a.operation_id, a.location, a.name) for a in ARGUMENTS}
    assert spec_inputs() - covered == set(INTERNAL)
    assert len({a.id for a in ARGUMENTS}) == len(ARGUMENTS)


def hostile_for(argument: Argument) -> st.SearchStrategy[Any]:
    return hostile(argument.schema()).filter(lambda value: not argument.accepts(value))


def _refused(argument: Argument, attempt: Callable[[], Any], value: Any, handler: NothingSent) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        attempt()
    assert caught.value.field == argument.field, f"{argument.id} = {value!r}: {caught.value}"
    assert argument.field in str(caught.value)
    assert len(str(caught.value)) < 1000, "an oversize input must not make an oversize error"
    assert handler.sent == []


@pytest.mark.parametrize("argument", ARGUMENTS, ids=lambda a: a.id)
def test_sync_facades_refuse_hostile_values_before_sending(argument: Argument) -> None:
    handler = NothingSent()
    client = MODULES[argument.provider].Client(transport=httpx.MockTransport(handler), **CREDENTIALS[argument.provider])

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(value=hostile_for(argument))
    def check(value: Any) -> None:
        tally("inputs: facade arguments, sync")
        _refused(argument, lambda: argument.call(client, value), value, handler)

    with client:
        check()


@pytest.mark.parametrize("argument", ARGUMENTS, ids=lambda a: a.id)
def test_async_facades_refuse_hostile_values_before_sending(argument: Argument) -> None:
    handler = NothingSent()
    module = MODULES[argument.provider]

    async def attempt(value: Any) -> None:
        async with module.AsyncClient(
            transport=httpx.MockTransport(handler), **CREDENTIALS[argument.provider]
        ) as client:
            result = argument.call(client, value)
            if inspect.isawaitable(result):
                await result

    @settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(value=hostile_for(argument))
    def check(value: Any) -> None:
        tally("inputs: facade arguments, async")
        _refused(argument, lambda: asyncio.run(attempt(value)), value, handler)

    check()


@pytest.mark.parametrize("argument", ARGUMENTS, ids=lambda a: a.id)
def test_the_strategy_itself_is_refused_by_the_schema_validator(argument: Argument) -> None:
    """A sanity check on the generator: the hostile values are ones the spec forbids, never valid ones."""
    from cloudprojects._core.validation import SpecValidator

    validator = SpecValidator("cloudprojects_gen_" + argument.spec.removesuffix("_project"), argument.spec)

    @settings(max_examples=EXAMPLES // 2, deadline=None)
    @given(value=hostile(argument.schema()))
    def check(value: Any) -> None:
        tally("inputs: generator sanity (spec validator alone)")
        with pytest.raises(errors.ValidationError):
            validator.validate(argument.operation_id, **{argument.location: {argument.name: value}})

    check()


def test_an_unknown_type_in_a_nested_body_is_named() -> None:
    with pytest.raises(errors.ValidationError) as caught:
        from cloudprojects._core.validation import SpecValidator

        SpecValidator("cloudprojects_gen_gcore_cloud", "gcore_cloud").validate(
            "create_project", body={"name": "ok", "description": st}
        )
    assert caught.value.field == "description"
