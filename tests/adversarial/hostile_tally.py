"""How many hostile cases each category ran (printed by this folder's conftest)."""

from __future__ import annotations

from collections import Counter

TALLY: Counter[str] = Counter()


def tally(category: str, count: int = 1) -> None:
    """Count ``count`` hostile cases under ``category``."""
    TALLY[category] += count
