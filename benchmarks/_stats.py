"""Medians, min-max and round-by-round ratios, and how the tables print them."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Stat:
    """The median and the min-max of a set of samples (one per round)."""

    median: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stat:
        if not samples:
            raise ValueError("no samples")
        return cls(statistics.median(samples), min(samples), max(samples), len(samples))

    def show(self, digits: int = 0, unit: str = "") -> str:
        """``123 (110-140)``."""
        f = f"{{:.{digits}f}}"
        return f"{f.format(self.median)}{unit} ({f.format(self.low)}-{f.format(self.high)})"

    def ratio(self) -> str:
        """``1.04x (0.98-1.10)``."""
        return f"{self.median:.2f}x ({self.low:.2f}-{self.high:.2f})"


def ratios(numerator: Sequence[float], denominator: Sequence[float]) -> Stat:
    """Ratios taken round by round (both measured in the same round), then summarised."""
    if len(numerator) != len(denominator):
        raise ValueError("ratios need the same rounds on both sides")
    return Stat.of([a / b for a, b in zip(numerator, denominator, strict=True)])


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"
