"""Pydantic v2 models of the NAVER Cloud Media Intelligence spec(s), made by datamodel-code-generator."""
