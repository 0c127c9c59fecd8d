"""Pydantic v2 models of the Alibaba Cloud Simple Log Service spec(s), made by datamodel-code-generator."""
