"""Pydantic v2 models of the Baidu AI Cloud BLS spec(s), made by datamodel-code-generator."""
