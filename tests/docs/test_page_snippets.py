"""The Python examples on the provider pages are real calls: run against the simulators, the facades accept them."""

from __future__ import annotations

import warnings

import pytest
from docs_source import providers
from spec_pages import Spec, python_example

from cloudprojects import errors, sim

PROVIDERS = providers()


def _snippets(key: str) -> list[tuple[str, bool, str]]:
    return [
        (op.operation_id, bool(op.raw.get("deprecated")), code)
        for part in PROVIDERS[key].parts
        for op in Spec(part.spec).operations()
        if (code := python_example(key, op)) is not None
    ]


@pytest.mark.parametrize("key", list(PROVIDERS))
def test_page_snippets_run_against_the_simulator(key: str) -> None:
    snippets = _snippets(key)
    assert snippets, f"no runnable example on the {key} page"
    answered = 0
    with sim.serve(key) as server:
        for operation_id, deprecated, code in snippets:
            wired = code.replace(f"{key}.Client()", f"{key}.Client(**_server_kwargs)")
            assert wired != code
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", DeprecationWarning)
                try:
                    exec(wired, {"_server_kwargs": server.client_kwargs(), "print": lambda *_: None})
                except errors.APIStatusError as exc:
                    # Sent, signed and accepted by the facade; the simulator's data may still say no (the example's
                    # id is the default project, its name is taken, ...). Authentication must never fail.
                    assert exc.status_code in {400, 404, 409}, f"{operation_id}: {exc!r}"
                else:
                    answered += 1
            # What the spec marks deprecated, the facade warns about (and nothing else).
            warned = any(issubclass(w.category, DeprecationWarning) for w in caught)
            assert warned == deprecated, f"{operation_id}: deprecated in the spec {deprecated}, warned {warned}"
    assert answered >= 1, f"no {key} page example succeeded against the simulator"
