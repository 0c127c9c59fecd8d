"""Our specs against the providers' own contracts (``specs/upstream/``), operation by operation.

Every difference in method, path, host, parameters, body fields, types, formats, required, enums, nullability or
limits (length, range, pattern) must be listed, with its reason, in that operation's
``x-cloudprojects-seed-deviations`` as ``Upstream drift `<id>`[, `<id>`…]: <reason>``;
a listed id that no longer differs fails too.
"""

from __future__ import annotations

import hashlib
import json

import make_contracts
import pytest
from contracts import schema_fields
from drift import MARK, UPSTREAM, Pair, pairs, upstream_operations

PAIRS = pairs()


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p.provider}:{p.operation_id}" for p in PAIRS])
def test_every_difference_is_a_listed_deviation(pair: Pair) -> None:
    found = pair.differences()
    unlisted = {key: found[key] for key in sorted(set(found) - pair.listed())}
    assert not unlisted, f"{pair.spec.name} {pair.operation_id}: list with a reason, or fix: {unlisted}"
    stale = sorted(pair.listed() - set(found))
    assert not stale, f"{pair.spec.name} {pair.operation_id}: listed but no longer different: {stale}"
    for text in pair.deviations:
        if text.startswith(MARK):
            reason = text.partition("`: ")[2]
            assert len(reason.split()) >= 5, f"give the reason: {text!r}"


def test_every_official_project_operation_is_in_our_specs() -> None:
    upstream = upstream_operations()
    for provider in ("gcore_cloud", "aliyun_sls"):
        matched = [p.theirs for p in PAIRS if p.provider == provider and p.theirs is not None]
        missing = [name for name, op in upstream[provider].items() if op not in matched]
        assert not missing, f"{provider}: the official SDK offers {missing}, our spec does not"
    ours = {p.operation_id for p in PAIRS if p.provider == "microvisualizer" and p.theirs is not None}
    assert {"list_projects", "create_project", "get_project", "update_project", "delete_project"} <= ours


def test_the_drift_check_sees_a_change() -> None:
    """A made-up upstream change (a new required field) is reported, so the comparison is not vacuous."""
    pair = next(p for p in PAIRS if (p.provider, p.operation_id) == ("microvisualizer", "create_project"))
    assert pair.theirs is not None
    changed = {**pair.theirs, "request": {**pair.theirs["request"], "colour": {"type": "string", "required": True}}}
    renamed = {**changed, "path": "/v2/projects"}
    assert set(Pair(**{**pair.__dict__, "theirs": renamed}).differences()) == {
        "request.colour presence",
        "operation path",
    }


def test_openapi_30_and_31_nullability_normalise_alike() -> None:
    """The official document is OpenAPI 3.0 (``nullable``), ours are 3.1 (type lists, ``anyOf`` with null)."""
    old = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "nullable": True}}}
    lists = {"type": "object", "required": ["a"], "properties": {"a": {"type": ["string", "null"]}}}
    any_of = {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
    }
    expected = {"a": {"type": "string", "required": True, "nullable": True}}
    assert schema_fields({}, old) == schema_fields({}, lists) == schema_fields({}, any_of) == expected


def test_microvisualizer_document_is_the_recorded_one() -> None:
    record = json.loads((UPSTREAM / "microvisualizer-v1.source.json").read_text(encoding="utf-8"))
    data = (UPSTREAM / record["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == record["sha256"]
    assert record["repository"] == "https://github.com/microvisualizer/microvisualizer"
    assert len(record["commit"]) == 40 and record["path"] == "api/microvisualizer-v1.yaml"


def test_sdk_contracts_match_the_installed_sdks() -> None:
    for name, text in make_contracts.build_files().items():
        assert (UPSTREAM / name).read_text(encoding="utf-8") == text, f"rerun tests/fidelity/make_contracts.py: {name}"
