"""Validation reads its rules from the spec shipped in the generated package."""

from __future__ import annotations

import pytest

from cloudprojects._core.validation import SpecValidator, input_schema, load_spec
from cloudprojects.errors import ValidationError


def test_input_schema_is_built_from_the_spec_not_retyped() -> None:
    document = load_spec("cloudprojects_gen_microvisualizer", "microvisualizer")
    schema = input_schema(document, "update_project")
    path = schema["properties"]["path"]
    assert path["required"] == ["projectId"]
    assert (
        schema["properties"]["body"]
        == document["paths"]["/v1/projects/{projectId}"]["put"]["requestBody"]["content"]["application/json"]["schema"]
    )


@pytest.mark.parametrize(
    ("path", "body", "field", "rule"),
    [
        ({"projectId": "ab"}, {}, "projectId", "minLength"),
        ({"projectId": "../admin/x"}, {}, "projectId", "pattern"),
        ({"projectId": "my-project-a1b2c"}, {"name": "ab"}, "name", "minLength"),
        ({"projectId": "my-project-a1b2c"}, {"description": "d" * 201}, "description", "maxLength"),
        ({"projectId": "my-project-a1b2c"}, {"archived": "yes"}, "archived", "type"),
        ({"projectId": "my-project-a1b2c"}, {"colour": "red"}, "colour", "additionalProperties"),
    ],
)
def test_errors_name_field_and_rule(path: dict[str, str], body: dict[str, object], field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SpecValidator("cloudprojects_gen_microvisualizer", "microvisualizer").validate(
            "update_project", path=path, body=body
        )
    assert caught.value.field == field
    assert caught.value.rule.startswith(rule)
    assert field in str(caught.value)


def test_missing_required_body_field_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        SpecValidator("cloudprojects_gen_gcore_cloud", "gcore_cloud").validate(
            "replace_project", path={"project_id": 1}, body={"description": "x"}
        )
    assert (caught.value.field, caught.value.rule) == ("name", "required 'name'")


def test_valid_input_passes_and_none_query_values_are_skipped() -> None:
    validator = SpecValidator("cloudprojects_gen_gcore_cloud", "gcore_cloud")
    validator.validate("list_projects", query={"limit": 10, "offset": 0, "name": None})
    validator.validate("replace_project", path={"project_id": 1}, body={"name": "New Project", "description": None})


def test_unknown_operation_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        SpecValidator("cloudprojects_gen_gcore_cloud", "gcore_cloud").validate("no_such_operation")
