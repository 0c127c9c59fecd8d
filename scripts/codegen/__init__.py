"""Helpers behind scripts/regenerate.py: provider registry, lint, generation, manifest."""
