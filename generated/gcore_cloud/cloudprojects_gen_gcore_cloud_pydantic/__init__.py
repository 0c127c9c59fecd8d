"""Pydantic v2 models of the Gcore Cloud spec(s), made by datamodel-code-generator."""
