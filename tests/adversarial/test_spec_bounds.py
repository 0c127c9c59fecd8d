"""Every string input of every operation is bounded by the spec (``maxLength``, an ``enum`` or a ``format``), so an
oversize value is a ValidationError naming the field, never ``httpx.InvalidURL`` (issue 11, point 7)."""

from __future__ import annotations

import pytest
from facade_arguments import PACKAGES, spec_inputs
from hostile_values import flattened

from cloudprojects._core.validation import input_schema, load_spec

BOUNDING_FORMATS = {"uuid", "date-time", "date", "int32", "int64"}
URL_BUDGET = 2048
"""The longest path or query value any spec allows: well inside common 8 KB request-line limits."""


def _string_nodes(spec: str, operation_id: str, location: str, name: str) -> list[dict[str, object]]:
    root = input_schema(load_spec(PACKAGES[spec], spec), operation_id)
    group = root["properties"][location]
    nodes = flattened(root, flattened(root, group)[0]["properties"][name])
    return [n for n in nodes if n.get("type") == "string" or "string" in (n.get("type") or [])]


INPUTS = sorted(spec_inputs())


@pytest.mark.parametrize("where", INPUTS, ids=lambda w: ".".join(w))
def test_every_string_input_is_bounded(where: tuple[str, str, str, str]) -> None:
    for node in _string_nodes(*where):
        assert "maxLength" in node or "enum" in node or node.get("format") in BOUNDING_FORMATS, node


@pytest.mark.parametrize("where", [w for w in INPUTS if w[2] in ("path", "query")], ids=lambda w: ".".join(w))
def test_url_values_fit_in_a_url(where: tuple[str, str, str, str]) -> None:
    for node in _string_nodes(*where):
        assert int(str(node.get("maxLength", 0))) <= URL_BUDGET
