"""Helpers of scripts/publish.py: the six distributions, their version, building, content checks, the index."""
