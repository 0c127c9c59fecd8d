"""Formatting and strict parsing of the time headers the schemes sign (locale-independent).

Formatting is cached per second: a busy client signs many requests within the same second.
"""

from __future__ import annotations

import re
import time
from calendar import timegm
from collections.abc import Callable
from functools import lru_cache

Clock = Callable[[], float]
"""Returns the current time in epoch seconds, like :func:`time.time` (the default)."""

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS, start=1)}
_RFC1123 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT",
    re.ASCII,
)
_ISO_EXTENDED = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z", re.ASCII)
_ISO_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z", re.ASCII)


def format_rfc1123(epoch: float) -> str:
    """``Sun, 27 May 2018 08:25:04 GMT`` (the HTTP ``Date`` format, always English)."""
    return _rfc1123(int(epoch))


def format_iso_extended(epoch: float) -> str:
    """``2019-09-10T07:00:20Z`` (BCE ``x-bce-date`` and auth-string timestamp)."""
    return _iso_extended(int(epoch))


def format_iso_basic(epoch: float) -> str:
    """``20180527T082504Z`` (SLS v4 ``x-log-date``)."""
    return _iso_basic(int(epoch))


@lru_cache(maxsize=4)
def _rfc1123(second: int) -> str:
    t = time.gmtime(second)
    return (
        f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year:04d} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT"
    )


@lru_cache(maxsize=4)
def _iso_extended(second: int) -> str:
    t = time.gmtime(second)
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}Z"


@lru_cache(maxsize=4)
def _iso_basic(second: int) -> str:
    t = time.gmtime(second)
    return f"{t.tm_year:04d}{t.tm_mon:02d}{t.tm_mday:02d}T{t.tm_hour:02d}{t.tm_min:02d}{t.tm_sec:02d}Z"


def parse_rfc1123(value: str) -> int | None:
    """Epoch seconds of an RFC 1123 GMT date, or None if it is not exactly that format."""
    match = _RFC1123.fullmatch(value)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    return _to_epoch(int(year), _MONTH_NUMBER[month], int(day), int(hour), int(minute), int(second))


def parse_iso_extended(value: str) -> int | None:
    """Epoch seconds of ``YYYY-MM-DDThh:mm:ssZ``, or None."""
    match = _ISO_EXTENDED.fullmatch(value)
    return None if match is None else _to_epoch(*map(int, match.groups()))


def parse_iso_basic(value: str) -> int | None:
    """Epoch seconds of ``YYYYMMDDThhmmssZ``, or None."""
    match = _ISO_BASIC.fullmatch(value)
    return None if match is None else _to_epoch(*map(int, match.groups()))


def _to_epoch(year: int, month: int, day: int, hour: int, minute: int, second: int) -> int | None:
    if not (year >= 1 and 1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 59):
        return None
    epoch = timegm((year, month, day, hour, minute, second, 0, 0, 0))
    return epoch if time.gmtime(epoch).tm_mday == day else None
