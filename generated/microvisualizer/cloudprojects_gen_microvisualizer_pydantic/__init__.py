"""Pydantic v2 models of the MicroVisualizer spec(s), made by datamodel-code-generator."""
